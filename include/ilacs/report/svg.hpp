// Charts drawn from records as inline SVG: small, no script, readable printed and by a
// screen reader (a <title> and a description of what is shown; values in <title>s too).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ilacs {

// Text made safe inside HTML and SVG, for element content and quoted attributes alike.
std::string html_escape(std::string_view text);

// One series of a bar chart: its name in the legend, the CSS class that colours it, and a
// value per category.
struct ChartSeries {
    std::string name;
    std::string css_class;
    std::vector<int> values;
};

// Stacked vertical bars, one per category (e.g. a year), each split by series.
std::string stacked_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                              const std::vector<ChartSeries>& series);

// Horizontal bars, one per label, longest first as given.
std::string horizontal_bar_chart(std::string_view title, const std::vector<std::string>& labels, const std::vector<int>& values);

}  // namespace ilacs
