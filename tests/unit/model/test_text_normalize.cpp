#include <doctest/doctest.h>

#include "ilacs/model/text_normalize.hpp"

using namespace ilacs;

namespace {
std::string joined(std::initializer_list<std::string_view> lines) {
    std::string acc;
    for (std::string_view l : lines) join_wrapped(acc, l);
    return acc;
}
}  // namespace

TEST_CASE("text_normalize: repair_glyphs spells out ligatures") {
    CHECK(repair_glyphs("\uFB01nd \uFB02ow e\uFB00ect o\uFB03ce ba\uFB04e \uFB05ep") ==
          "find flow effect office baffle step");
}

TEST_CASE("text_normalize: repair_glyphs drops control characters, soft hyphens and zero widths") {
    CHECK(repair_glyphs(std::string("a\0b\x01" "c", 5)) == "abc");
    CHECK(repair_glyphs("a\tb\nc") == "a\tb\nc");  // tabs and line breaks carry layout
    CHECK(repair_glyphs("care\u00ADleavers") == "careleavers");
    CHECK(repair_glyphs("\uFEFFzero\u200Bwidth") == "zerowidth");
    CHECK(repair_glyphs("bad \xFF byte") == "bad  byte");
    CHECK(repair_glyphs("caf\u00E9 \u2013 \u2019") == "caf\u00E9 \u2013 \u2019");  // the rest is kept as is
}

TEST_CASE("text_normalize: normalize_for_matching folds quotes, dashes and spaces") {
    CHECK(normalize_for_matching("children\u2019s \u2018care\u2019") == "children's 'care'");
    CHECK(normalize_for_matching("\u201CGood\u201D") == "\"Good\"");
    CHECK(normalize_for_matching("19 November\u201330 November") == "19 November-30 November");
    CHECK(normalize_for_matching("a\u2014b\u2212c\u2010d") == "a-b-c-d");
    CHECK(normalize_for_matching("  Lead\u00A0inspector:\t\tJane \u2009 Smith  ") == "Lead inspector: Jane Smith");
    CHECK(normalize_for_matching("\uFB01rst") == "first");
    CHECK(normalize_for_matching(" \u00A0 ").empty());
}

TEST_CASE("text_normalize: collapse_spaces keeps the characters themselves") {
    CHECK(collapse_spaces("  a \t b\n\nc  ") == "a b c");
    CHECK(collapse_spaces("children\u2019s\u00A0care") == "children\u2019s care");
    CHECK(collapse_spaces("").empty());
}

TEST_CASE("text_normalize: to_lower_ascii and is_valid_utf8") {
    CHECK(to_lower_ascii("Derby CITY \u00C9") == "derby city \u00C9");
    CHECK(is_valid_utf8("plain \u2013 text \uFFFD"));
    CHECK_FALSE(is_valid_utf8("cut \xC3"));
    CHECK_FALSE(is_valid_utf8("bad \xC3\x28 pair"));
    CHECK_FALSE(is_valid_utf8("latin-1 caf\xE9"));
}

TEST_CASE("text_normalize: join_wrapped keeps a compound's hyphen across a line end") {
    CHECK(joined({"timely decision-", "making"}) == "timely decision-making");
    CHECK(joined({"pre-", "proceedings"}) == "pre-proceedings");
    CHECK(joined({"support for 17-", "year-olds"}) == "support for 17-year-olds");
}

TEST_CASE("text_normalize: join_wrapped keeps the space after a suspended hyphen") {
    CHECK(joined({"short-", "and longer-term plans"}) == "short- and longer-term plans");
    CHECK(joined({"support for 16-", "and 17-year-olds"}) == "support for 16- and 17-year-olds");
    CHECK(joined({"pre-", "or post-adoption"}) == "pre- or post-adoption");
    CHECK(joined({"full-", "to part-time"}) == "full- to part-time");
}

TEST_CASE("text_normalize: join_wrapped after a slash, a dash and plain words") {
    CHECK(joined({"child/", "young person"}) == "child/young person");
    CHECK(joined({"The quality of", "plans."}) == "The quality of plans.");
    CHECK(joined({"plans -", "and reviews"}) == "plans - and reviews");  // a spaced dash is no hyphen
    CHECK(joined({"", "first"}) == "first");
    CHECK(joined({"kept", ""}) == "kept");
}
