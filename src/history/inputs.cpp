#include "ilacs/history/inputs.hpp"

#include <fstream>

#include "ilacs/batch/dataset.hpp"

namespace ilacs {

namespace {

// Datasets are told by their first bytes, as documents are: a JSON object or SQLite's header.
bool is_dataset(const std::string& path) {
    if (path == "-") return false;
    std::ifstream in(path, std::ios::binary);
    std::string head(16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.rfind("SQLite format 3", 0) == 0) return true;
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    return first != std::string::npos && head[first] == '{';
}

}  // namespace

LoadedInputs load_inputs(const std::vector<std::string>& paths, const RuleSet& rules, const ExtractOptions& options) {
    LoadedInputs loaded;
    for (const std::string& path : paths) {
        if (is_dataset(path)) {
            try {
                for (Record& rec : read_dataset(path)) loaded.records.push_back(std::move(rec));
            } catch (const DatasetError& e) {
                loaded.failures.push_back({path, e.what()});
            }
            continue;
        }
        Record rec = extract_file(path, rules, options);
        if (rec.error) loaded.failures.push_back({path, rec.error->message});
        else loaded.records.push_back(std::move(rec));
    }
    return loaded;
}

}  // namespace ilacs
