// The inspection frameworks and the judgements each grades (SPEC.md): what validate holds
// a record to, and how a table's "in care" column is told apart by date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ilacs/model/dates.hpp"

namespace ilacs {

struct FrameworkEra {
    std::string framework;             // ILACS, SIF, legacy
    std::string name;                  // for messages: "ILACS 2018-22"
    Date from, until;                  // fieldwork dates it covers, inclusive
    std::vector<std::string> required; // judgements every inspection of it grades
    std::vector<std::string> optional; // judgements it may grade
    bool any_other_key = false;        // legacy frameworks: their own keys
};

const std::vector<FrameworkEra>& framework_eras();

// The era of framework that covers date, if any.
const FrameworkEra* framework_era(const std::string& framework, const Date& date);

// Whether key may be a judgement of the era.
bool era_allows(const FrameworkEra& era, const std::string& key);

// The judgement keys of ILACS and SIF (SPEC.md); legacy keys are any other snake_case.
const std::vector<std::string>& framework_judgement_keys();

}  // namespace ilacs
