// Character-level repairs shared by the readers and the extractors.
#pragma once

#include <string>
#include <string_view>

namespace ilacs {

// Ligatures (U+FB00-FB06) spelt out, NUL and control characters dropped.
std::string repair_glyphs(std::string_view s);

// For matching: curly quotes to ASCII, dashes and minus signs to '-', no-break and other
// Unicode spaces to ' ', runs of spaces to one, trimmed.
std::string normalize_for_matching(std::string_view s);

// Runs of white space to one space, trimmed.
std::string collapse_spaces(std::string_view s);

std::string to_lower_ascii(std::string_view s);

// Lower-case ASCII letters and digits, every other run of characters one '_', none at the
// ends: "Outcomes for looked after children" gives "outcomes_for_looked_after_children".
std::string snake_case(std::string_view s);

// True when s is valid UTF-8.
bool is_valid_utf8(std::string_view s);

// Appends code point cp to out, encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}  // namespace ilacs

namespace ilacs {

// Appends the next wrapped line of a paragraph to acc. A word hyphenated at the line end
// keeps its hyphen ("decision-" + "making"), a suspended hyphen keeps its space ("short-"
// + "and longer-term"), a line ending in '/' joins without a space; otherwise one space.
void join_wrapped(std::string& acc, std::string_view next);

}  // namespace ilacs
