// Each authority's timeline of inspections and visits, the diff of each successive pair of
// graded inspections, and a summary across authorities.
#pragma once

#include <string>
#include <vector>

#include "ilacs/history/authority_key.hpp"
#include "ilacs/history/diff.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

struct HistoryOptions {
    std::optional<AuthorityKey> authority;  // only this authority's records (find_authority)
};

struct AuthorityHistory {
    AuthorityKey authority;
    std::vector<Record> timeline;   // its inspections and visits, in fieldwork order
    std::vector<DiffResult> diffs;  // each successive pair of graded inspections, oldest first
};

// A record history does not place, and why (a committee paper, an error record, ...).
struct LeftOut {
    std::string path, reason;
};

struct HistoryResult {
    std::vector<AuthorityHistory> authorities;  // by name
    std::vector<LeftOut> left_out;
};

// An inspection that grades the authority's services: an LSCB review on its own grades the
// board, and is shown in the timeline but not compared.
bool is_graded_inspection(const Record& rec);

// Groups records by authority (authority_of), orders each group by record_date (undated
// last) and diffs each successive pair of graded inspections. A document met twice (the
// same sha256) counts once.
HistoryResult build_history(const std::vector<Record>& records, const RuleSet& rules, const HistoryOptions& options = {});

// How many authorities improved, declined or stayed in an area between their last two
// graded inspections.
struct AreaTally {
    std::string area, label;
    int improved = 0, declined = 0, stayed = 0;
};

// A theme: how many authorities' last two inspections both name it, and how many latest
// inspections name it.
struct ThemeTally {
    std::string theme;
    int persisting = 0, named = 0;
};

struct HistorySummary {
    int authorities = 0;  // with a timeline
    int compared = 0;     // with two graded inspections or more
    std::vector<AreaTally> judgements;  // crosswalk areas first, in its order
    std::vector<ThemeTally> themes;     // most persisting first, then most named
};

HistorySummary summarise(const HistoryResult& history);

}  // namespace ilacs
