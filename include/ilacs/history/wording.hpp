// How alike two improvement items are worded, and the pairing of an older list's items with
// a newer list's: every report words its areas afresh, so items are matched by the content
// words they share, not by equal text.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ilacs {

// 0 (no content word shared) to 1 (the same content words): the Dice coefficient of the
// two texts' sets of content-word stems (lower case, function words left out, plural and
// common suffixes cut, so "assessments" meets "assessed").
double wording_similarity(const std::string& a, const std::string& b);

// Items of the two lists whose wording is at least this alike may be paired.
inline constexpr double kPairingThreshold = 0.25;

// One line of a side-by-side list: an item of each list, or of one only.
struct WordingPair {
    std::optional<std::size_t> before, after;  // indices into the lists given
    double similarity = 0;                     // 0 when one side is missing
};

// The most alike pairs first, each item used once, pairs below kPairingThreshold left
// apart; then the older items left unpaired, then the newer ones, each in list order.
// Pairs are listed in the order of their older item.
std::vector<WordingPair> pair_by_wording(const std::vector<std::string>& before, const std::vector<std::string>& after);

}  // namespace ilacs
