// --against FOLDER: each dataset row's source document found and read again, and every
// field where the row and the document disagree.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/validate/dataset_rows.hpp"
#include "ilacs/validate/finding.hpp"

namespace ilacs {

// The documents of a folder, found for dataset rows by path relative to it, else by
// sha256, else by file name (several of one name: the one whose folders name the row's
// authority).
class DocumentFolder {
public:
    explicit DocumentFolder(std::filesystem::path root);
    // The document of row, or an issue saying why there is none.
    std::optional<std::filesystem::path> find(const DatasetRow& row, const RuleSet& rules, Issue* why) const;

private:
    std::filesystem::path root_;
    std::vector<std::filesystem::path> files_;  // relative to root_, sorted
    mutable std::vector<std::string> sha256_;   // of files_, computed when first needed
};

// The fields where the row and the record of its document disagree; a value the dataset
// marks as not read is a note.
Issues compare_with_document(const DatasetRow& row, const Record& document, const RuleSet& rules);

// Every row of every dataset compared with its document under folder.
std::vector<Finding> check_against(const std::vector<DatasetRows>& datasets, const std::filesystem::path& folder,
                                   const RuleSet& rules, const ExtractOptions& extract);

}  // namespace ilacs
