// The checks of one record and of a dataset's rows together. Each returns its issues; none
// throws for bad data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ilacs/model/dates.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/validate/dataset_rows.hpp"
#include "ilacs/validate/finding.hpp"

namespace ilacs {

// The JSON of one record against schema ilacs/1: every field present, none unknown, each of
// its type; dates real calendar dates; start_date and end_date those of date_ranges.
Issues check_record_json(const nlohmann::json& j);

// Kinds, frameworks, inspection types, judgement keys and grades in SPEC.md's vocabularies.
Issues check_vocabularies(const DatasetRow& row);

// Ranges start before they end and come in order, publication follows fieldwork, and no
// date is after today.
Issues check_dates(const DatasetRow& row, const Date& today);

// The judgements the framework of the inspection's date has, and no others.
Issues check_framework(const DatasetRow& row);

// The authority's code, URN, id and name agree with one row of the reference table.
Issues check_authority(const DatasetRow& row, const RuleSet& rules);

// The same document twice (sha256 or path), or one authority inspected twice on the same
// dates, across every dataset given; each finding names the earlier row.
std::vector<Finding> check_duplicates(const std::vector<DatasetRows>& datasets);

}  // namespace ilacs
