#include "ilacs/batch/inputs.hpp"

#include <fstream>

#include "ilacs/batch/dataset.hpp"

namespace ilacs {

bool is_dataset_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c))
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c == '{';
    return false;
}

std::vector<Record> load_records(const std::vector<std::string>& paths, const RuleSet& rules,
                                 const std::function<void(const std::string&, const std::string&)>& on_error,
                                 const ExtractOptions& opts) {
    std::vector<Record> records;
    for (const std::string& path : paths) {
        if (path != "-" && is_dataset_file(path)) {
            try {
                std::vector<Record> more = read_dataset(path);
                records.insert(records.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
            } catch (const DatasetError& e) {
                on_error(path, e.what());
            }
            continue;
        }
        Record rec = extract_file(path, rules, opts);
        if (rec.error) on_error(path, rec.error->message);
        else records.push_back(std::move(rec));
    }
    return records;
}

}  // namespace ilacs
