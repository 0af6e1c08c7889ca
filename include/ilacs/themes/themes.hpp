// Improvement themes: which of the taxonomy's 26 themes (data/themes.json, from
// ../shared/themes/taxonomy.json) an improvement item asks to improve, so that successive
// inspections of one authority can be compared theme by theme whatever their wording.
//
// The wordings are rules (data/themes.rules, whose header says how the groups work): what
// names no theme is set aside, purposes ("so that ...") do not count, qualifiers
// ("including ...") rank after the main demand, and each theme wording claims its text in
// file order, so that a group's own procedure ("pathway plans") is read before the
// generic practice ("plans").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

// At most this many themes an item (TAXONOMY G5).
inline constexpr std::size_t kMaxThemes = 3;

// The theme ids of one item's text, the lead first; empty when no rule names a theme.
std::vector<std::string> improvement_themes(std::string_view text, const RuleSet& rules);

// Fills the themes of every improvement of a record.
void assign_themes(std::vector<Improvement>& improvements, const RuleSet& rules);

}  // namespace ilacs
