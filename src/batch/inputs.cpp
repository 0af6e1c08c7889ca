#include "ilacs/batch/inputs.hpp"

#include <algorithm>
#include <fstream>
#include <set>

#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reading/source.hpp"

namespace fs = std::filesystem;

namespace ilacs {

namespace {

// Enough of a file to tell a PDF header, HTML tags or text from binary.
constexpr std::size_t kSniffBytes = 8192;

bool named_pdf(const fs::path& p) { return to_lower_ascii(p.extension().string()) == ".pdf"; }

bool looks_like_document(const fs::path& p) {
    if (named_pdf(p)) return true;
    std::ifstream in(p, std::ios::binary);
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return !head.empty() && make_source(p.string(), head).format != InputFormat::binary;
}

fs::path identity(const fs::path& p) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : canonical;
}

}  // namespace

Shard parse_shard(const std::string& text) {
    static const re2::RE2 kShard(R"((\d{1,6})/(\d{1,6}))");
    Shard s;
    if (!re2::RE2::FullMatch(text, kShard, &s.index, &s.count))
        throw std::invalid_argument("a shard is I/N, two whole numbers, such as 2/8");
    if (s.count == 0 || s.index == 0 || s.index > s.count) throw std::invalid_argument("a shard I/N needs 1 <= I <= N");
    return s;
}

bool in_shard(const std::string& key, const Shard& s) {
    // The first 64 bits of the key's SHA-256: the same on every machine and spread evenly.
    const std::uint64_t h = std::stoull(sha256_hex(key).substr(0, 16), nullptr, 16);
    return h % s.count == s.index - 1;
}

InputSet collect_inputs(const std::vector<std::string>& inputs, const std::optional<Shard>& shard,
                        const std::set<fs::path>& exclude) {
    std::set<fs::path> excluded;
    for (const fs::path& p : exclude) excluded.insert(identity(p));
    std::set<fs::path> taken;
    InputSet set;
    const auto take = [&](const std::string& path, const std::string& key) {
        if (excluded.count(identity(path)) || !taken.insert(identity(path)).second) return;
        if (!shard || in_shard(key, *shard)) set.documents.push_back({path, key});
    };
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (!fs::is_directory(input, ec)) {
            take(input, fs::path(input).filename().string());
            continue;
        }
        std::vector<fs::path> files;
        for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            // FIFOs, sockets and devices in a folder are not documents (and reading one could
            // block); a file given by name is read whatever it is.
            if (it->is_regular_file(ec)) files.push_back(it->path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            if (looks_like_document(file)) take(file.string(), file.lexically_relative(input).generic_string());
            else ++set.skipped;
        }
    }
    return set;
}

}  // namespace ilacs
