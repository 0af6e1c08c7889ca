#include "ilacs/report/svg.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace ilacs {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

constexpr int kWidth = 720, kBarAreaHeight = 220, kMargin = 40, kLegendRow = 18;

// The largest value and a round step for the axis: 1, 2 or 5 times a power of ten.
int axis_step(int max_value) {
    int step = 1;
    while (max_value / step > 5) {
        if (max_value / (step * 2) <= 5) return step * 2;
        if (max_value / (step * 5) <= 5) return step * 5;
        step *= 10;
    }
    return step;
}

std::string legend(const std::vector<ChartSeries>& series, int y) {
    std::string out;
    int x = kMargin;
    for (const ChartSeries& s : series) {
        out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="12" height="12"/><text x="{}" y="{}">{}</text>)",
                           html_escape(s.css_class), x, y, x + 16, y + 11, html_escape(s.name));
        x += 28 + 7 * static_cast<int>(s.name.size());
    }
    return out;
}

}  // namespace

std::string stacked_bar_chart(std::string_view title, const std::vector<std::string>& categories,
                              const std::vector<ChartSeries>& series) {
    int max_total = 1;
    for (std::size_t c = 0; c < categories.size(); ++c) {
        int total = 0;
        for (const ChartSeries& s : series) total += c < s.values.size() ? s.values[c] : 0;
        max_total = std::max(max_total, total);
    }
    const int step = axis_step(max_total);
    const int top = (max_total + step - 1) / step * step;
    const int height = kBarAreaHeight + 2 * kMargin + kLegendRow;
    const double slot = categories.empty() ? 0.0 : static_cast<double>(kWidth - 2 * kMargin) / static_cast<double>(categories.size());
    const auto y_of = [&](int v) { return kMargin + kBarAreaHeight - static_cast<double>(v) * kBarAreaHeight / top; };
    std::string out = fmt::format(R"(<svg class="chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}"><title>{}</title>)",
                                  kWidth, height, kWidth, height, html_escape(title));
    for (int v = 0; v <= top; v += step)
        out += fmt::format(R"(<line class="grid" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/><text class="axis" x="{}" y="{:.1f}" text-anchor="end">{}</text>)",
                           kMargin, kWidth - kMargin, y_of(v), y_of(v), kMargin - 4, y_of(v) + 4, v);
    for (std::size_t c = 0; c < categories.size(); ++c) {
        const double x = kMargin + slot * static_cast<double>(c) + slot * 0.15;
        int base = 0;
        for (const ChartSeries& s : series) {
            const int v = c < s.values.size() ? s.values[c] : 0;
            if (v == 0) continue;
            out += fmt::format(R"(<rect class="{}" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}"><title>{} {}: {}</title></rect>)",
                               html_escape(s.css_class), x, y_of(base + v), slot * 0.7, y_of(base) - y_of(base + v),
                               html_escape(categories[c]), html_escape(s.name), v);
            base += v;
        }
        out += fmt::format(R"(<text class="axis" x="{:.1f}" y="{}" text-anchor="middle">{}</text>)", x + slot * 0.35,
                           kMargin + kBarAreaHeight + 14, html_escape(categories[c]));
    }
    out += legend(series, kMargin + kBarAreaHeight + 26);
    return out + "</svg>";
}

std::string horizontal_bar_chart(std::string_view title, const std::vector<std::string>& labels, const std::vector<int>& values) {
    constexpr int kRow = 18, kLabelWidth = 300;
    const int max_value = std::max(1, values.empty() ? 1 : *std::max_element(values.begin(), values.end()));
    const int height = static_cast<int>(labels.size()) * kRow + 10;
    std::string out = fmt::format(R"(<svg class="chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}"><title>{}</title>)",
                                  kWidth, height, kWidth, height, html_escape(title));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int v = i < values.size() ? values[i] : 0;
        const double w = static_cast<double>(v) * (kWidth - kLabelWidth - 50) / max_value;
        const int y = static_cast<int>(i) * kRow + 4;
        out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text><rect class="bar" x="{}" y="{}" width="{:.1f}" height="{}"><title>{}: {}</title></rect><text x="{:.1f}" y="{}">{}</text>)",
                           kLabelWidth - 6, y + 12, html_escape(labels[i]), kLabelWidth, y, w, kRow - 4,
                           html_escape(labels[i]), v, kLabelWidth + w + 4, y + 12, v);
    }
    return out + "</svg>";
}

}  // namespace ilacs
