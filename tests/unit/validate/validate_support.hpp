// Records and datasets made in the validate tests: one clean ILACS record to plant faults in.
#pragma once

#include <string>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/output/writers.hpp"
#include "ilacs/validate/finding.hpp"

namespace ilacs::test {

// Derbyshire's 2019 inspection as ilacs extracts it: split fieldwork, the four 2018-22
// judgements, the authority's row of the reference table.
inline Record clean_record() {
    Record rec;
    rec.source = {"80460_derbyshire/report 2019.pdf", std::string(64, 'a'), "pdf", 14};
    rec.kind = "ilacs_inspection";
    rec.framework = "ILACS";
    rec.local_authority = LocalAuthority{"Derbyshire County Council", "derbyshire", "830", "80460"};
    rec.inspection.type = "standard";
    rec.inspection.date_ranges = {{{2019, 7, 8}, {2019, 7, 12}}, {{2019, 8, 7}, {2019, 8, 8}}};
    rec.inspection.lead_inspector = "Julie Knight";
    rec.judgements = {{"overall_effectiveness", "Overall effectiveness", "requires_improvement", "Requires improvement to be good", 1},
                      {"impact_of_leaders", "Leaders", "good", "Good", 1},
                      {"help_and_protection", "Help and protection", "requires_improvement", "Requires improvement to be good", 1},
                      {"children_in_care_and_care_leavers", "In care", "requires_improvement", "Requires improvement to be good", 1}};
    return rec;
}

inline std::string jsonl(const std::vector<Record>& records) {
    std::string out;
    for (const Record& r : records) out += to_json(r).dump() + "\n";
    return out;
}

// Whether an issue of field says words (and is of check, when one is given).
inline bool has_issue(const Issues& issues, const std::string& field, const std::string& words, const std::string& check = "") {
    for (const Issue& i : issues)
        if (i.field == field && i.message.find(words) != std::string::npos && (check.empty() || i.check == check)) return true;
    return false;
}

}  // namespace ilacs::test
