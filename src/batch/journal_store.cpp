// JSON Lines and CSV outputs: a journal of finished records, the output written at the end.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ilacs/output/writers.hpp"
#include "record_store.hpp"

namespace fs = std::filesystem;

namespace ilacs {

namespace {

std::string system_reason() { return std::strerror(errno); }

// Writes content to a file beside target and renames it into place, so that target is
// either the old file or the new one whole, whenever the process is killed.
// The temporary file has a fixed name, so that one left by a killed run is simply
// overwritten by the next.
fs::path temporary_for(const fs::path& target) { return target.string() + ".ilacs-tmp"; }

void replace_file(const fs::path& target, const std::string& content) {
    const fs::path temporary = temporary_for(target);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) throw BatchError(fmt::format("{}: cannot be written: {}", temporary.string(), system_reason()));
    }
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw BatchError(fmt::format("{}: cannot be written: {}", target.string(), ec.message()));
    }
}

// One journal line: the record and what decides whether a re-run may keep it.
std::string journal_line(const std::string& path, const StoredRecord& s) {
    nlohmann::ordered_json line = {{"path", path},         {"sha256", s.sha256},
                                   {"rules", s.rules_digest}, {"version", s.version},
                                   {"record", nlohmann::ordered_json::parse(s.json)}};
    return line.dump() + '\n';
}

class JournalStore : public RecordStore {
public:
    JournalStore(fs::path output, DatasetFormat format)
        : output_(std::move(output)), journal_(output_.string() + ".ilacs-journal"), format_(format) {
        load();
        fd_ = ::open(journal_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd_ < 0) throw BatchError(fmt::format("{}: cannot be written: {}", journal_.string(), system_reason()));
        // Two runs writing one output would interleave their journals.
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0)
            throw BatchError(fmt::format("{}: another batch is writing this output", output_.string()));
    }
    ~JournalStore() override {
        if (fd_ >= 0) ::close(fd_);
    }

    const std::map<std::string, StoredRecord>& previous() const override { return previous_; }

    void put(std::size_t, const std::string& path, const StoredRecord& stored, const Record&) override {
        // One write() per line: a run killed mid-way leaves at worst a torn last line,
        // which load() drops.
        const std::string line = journal_line(path, stored);
        if (::write(fd_, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
            throw BatchError(fmt::format("{}: cannot be written: {}", journal_.string(), system_reason()));
        finished_[path] = stored;
    }

    void finish(const std::vector<std::string>& paths) override {
        std::ostringstream out, journal;
        if (format_ == DatasetFormat::csv) write_csv_header(out);
        for (const std::string& path : paths) {
            const StoredRecord& stored = record_of(path);
            if (format_ == DatasetFormat::csv) write_csv_row(out, record_from_json(nlohmann::json::parse(stored.json)));
            else out << stored.json << '\n';
            journal << journal_line(path, stored);
        }
        replace_file(output_, out.str());
        // The journal keeps only what the output holds, so that it does not grow run by run.
        replace_file(journal_, journal.str());
    }

    std::set<fs::path> own_files() const override {
        return {output_, journal_, temporary_for(output_), temporary_for(journal_)};
    }

private:
    void load() {
        std::ifstream in(journal_, std::ios::binary);
        if (!in) return;
        std::uintmax_t whole_lines_bytes = 0;
        std::size_t number = 0;
        for (std::string line; std::getline(in, line);) {
            if (in.eof()) break;  // a last line without its newline is torn: the run was killed writing it
            ++number;
            try {
                const nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
                const nlohmann::ordered_json& record = j.at("record");
                StoredRecord s{j.at("sha256"), j.at("rules"), j.at("version"), "", record.dump()};
                if (record.contains("error") && record["error"].is_object()) s.error_code = record["error"].value("code", "");
                previous_[j.at("path").get<std::string>()] = std::move(s);
            } catch (const nlohmann::json::exception& e) {
                throw BatchError(fmt::format("{}:{}: not a batch journal ({}); remove it to start afresh",
                                             journal_.string(), number, e.what()));
            }
            whole_lines_bytes += line.size() + 1;
        }
        in.close();
        // Cut a torn last line off before appending to the journal.
        std::error_code ec;
        if (fs::file_size(journal_, ec) != whole_lines_bytes && !ec) fs::resize_file(journal_, whole_lines_bytes, ec);
        if (ec) throw BatchError(fmt::format("{}: cannot be repaired: {}", journal_.string(), ec.message()));
    }

    const StoredRecord& record_of(const std::string& path) const {
        if (const auto it = finished_.find(path); it != finished_.end()) return it->second;
        if (const auto it = previous_.find(path); it != previous_.end()) return it->second;
        throw BatchError(fmt::format("{}: no record was made", path));
    }

    fs::path output_, journal_;
    DatasetFormat format_;
    int fd_ = -1;
    std::map<std::string, StoredRecord> previous_, finished_;
};

}  // namespace

std::unique_ptr<RecordStore> open_journal_store(const fs::path& output, DatasetFormat format) {
    return std::make_unique<JournalStore>(output, format);
}

}  // namespace ilacs
