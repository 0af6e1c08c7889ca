#include "ilacs/report/svg.hpp"
#include "support.hpp"

TEST_CASE("svg: text is escaped for element content and attributes alike") {
    CHECK(ilacs::html_escape(R"(<script>alert("x")</script> & 'onload=')") ==
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;onload=&#39;");
}

TEST_CASE("svg: a stacked bar chart has a bar per non-zero value, a title for each, and a legend") {
    const std::string svg = ilacs::stacked_bar_chart("Grades <by> year", {"2019", "2020"},
                                                     {{"Good", "g-good", {3, 0}}, {"Inadequate", "g-inadequate", {1, 2}}});
    CHECK(svg.rfind("<svg", 0) == 0);
    CHECK(svg.find("<title>Grades &lt;by&gt; year</title>") != std::string::npos);
    CHECK(svg.find("<title>2019 Good: 3</title>") != std::string::npos);
    CHECK(svg.find("<title>2020 Good: 0</title>") == std::string::npos);
    CHECK(svg.find("<title>2020 Inadequate: 2</title>") != std::string::npos);
    CHECK(svg.find(">Inadequate</text>") != std::string::npos);
}

TEST_CASE("svg: horizontal bars scale to the largest value") {
    const std::string svg = ilacs::horizontal_bar_chart("Themes", {"front door", "placements"}, {4, 2});
    CHECK(svg.find("<title>front door: 4</title>") != std::string::npos);
    CHECK(svg.find("<title>placements: 2</title>") != std::string::npos);
}
