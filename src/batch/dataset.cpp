#include "ilacs/batch/dataset.hpp"

#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ilacs/output/writers.hpp"

namespace ilacs {

std::vector<Record> read_dataset(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DatasetError(fmt::format("{}: cannot be read", path.string()));
    std::vector<Record> records;
    long number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            records.push_back(record_from_json(nlohmann::json::parse(line)));
        } catch (const nlohmann::json::exception& e) {
            throw DatasetError(fmt::format("{}:{}: not JSON ({})", path.string(), number, e.what()));
        } catch (const RecordFormatError& e) {
            throw DatasetError(fmt::format("{}:{}: {}", path.string(), number, e.what()));
        }
    }
    return records;
}

}  // namespace ilacs
