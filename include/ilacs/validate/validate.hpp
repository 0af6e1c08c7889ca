// ilacs validate: a dataset's problems, for CI (schema, vocabularies, dates, duplicates,
// framework consistency, authorities) and, against the documents, every disagreement.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ilacs/model/dates.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/validate/dataset_rows.hpp"
#include "ilacs/validate/finding.hpp"

namespace ilacs {

struct ValidateOptions {
    std::vector<std::filesystem::path> datasets;
    std::optional<std::filesystem::path> against;  // the folder of the source documents
    ColumnMap columns;
    Date today;                                     // no date may be after it
    ExtractOptions extract;
};

struct ValidateResult {
    std::vector<Finding> findings;           // problems and notes, dataset by dataset in line order
    std::vector<std::string> unreadable;     // "path: reason" of each dataset that could not be read
    std::size_t rows = 0;

    std::size_t problems() const;
};

ValidateResult validate(const ValidateOptions& opts, const RuleSet& rules);

// The checks of every row of datasets already read, without --against.
std::vector<Finding> check_rows(const std::vector<DatasetRows>& datasets, const Date& today, const RuleSet& rules);

}  // namespace ilacs
