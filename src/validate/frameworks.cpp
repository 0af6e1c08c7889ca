#include "ilacs/validate/frameworks.hpp"

#include <algorithm>

namespace ilacs {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

const std::vector<FrameworkEra>& framework_eras() {
    // ILACS changed at the start of 2023 (care leavers judged apart from children in care)
    // and for fieldwork from April 2026 (no overall effectiveness). SIF usually reviewed the
    // LSCB alongside; adoption was judged in most of its reports.
    static const std::vector<FrameworkEra> eras = {
        {"ILACS", "ILACS 2018-22", {2018, 1, 1}, {2022, 12, 31},
         {"overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care_and_care_leavers"}, {}},
        {"ILACS", "ILACS 2023-26", {2023, 1, 1}, {2026, 3, 31},
         {"overall_effectiveness", "impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers"}, {}},
        {"ILACS", "ILACS from April 2026", {2026, 4, 1}, {9999, 12, 31},
         {"impact_of_leaders", "help_and_protection", "children_in_care", "care_leavers"}, {}},
        {"SIF", "SIF", {2013, 11, 1}, {2018, 12, 31},
         {"overall_effectiveness", "help_and_protection", "children_looked_after", "care_leavers",
          "leadership_management_governance"},
         {"adoption", "lscb"}},
        {"legacy", "legacy", {2005, 1, 1}, {2014, 12, 31}, {}, {}, true},
    };
    return eras;
}

const FrameworkEra* framework_era(const std::string& framework, const Date& date) {
    for (const FrameworkEra& era : framework_eras())
        if (era.framework == framework && !(date < era.from) && !(era.until < date)) return &era;
    return nullptr;
}

const std::vector<std::string>& framework_judgement_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> all;
        for (const FrameworkEra& era : framework_eras())
            for (const auto* list : {&era.required, &era.optional})
                for (const std::string& k : *list)
                    if (!contains(all, k)) all.push_back(k);
        return all;
    }();
    return keys;
}

bool era_allows(const FrameworkEra& era, const std::string& key) {
    if (contains(era.required, key) || contains(era.optional, key)) return true;
    // A legacy framework names its own judgements, but not those of the frameworks after it
    // (overall effectiveness it shares).
    return era.any_other_key && (key == "overall_effectiveness" || !contains(framework_judgement_keys(), key));
}

}  // namespace ilacs
