// --against: each row's document read again, and the fields where they disagree.
#include "ilacs/validate/against.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reading/source.hpp"

namespace ilacs {

namespace fs = std::filesystem;

DocumentFolder::DocumentFolder(fs::path root) : root_(std::move(root)) {
    for (const auto& entry : fs::recursive_directory_iterator(root_, fs::directory_options::skip_permission_denied))
        if (entry.is_regular_file()) files_.push_back(entry.path().lexically_relative(root_));
    std::sort(files_.begin(), files_.end());
}

namespace {

// The id of the row a printed name stands for, "" when none does.
std::string matched_id(const RuleSet& rules, const std::string& name) {
    const Authority* row = name.empty() ? nullptr : match_authority(rules, name);
    return row ? row->id : "";
}

// Whether a folder name such as "80418_norfolk" names the authority by one of its clues
// (URN, code, id), as whole words.
bool folder_names(const fs::path& relative, const std::vector<std::string>& clues) {
    for (const auto& part : relative.parent_path()) {
        const std::string words = "_" + snake_case(part.string()) + "_";
        for (const std::string& clue : clues)
            if (!clue.empty() && words.find("_" + clue + "_") != std::string::npos) return true;
    }
    return false;
}

std::string file_sha256(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return sha256_hex(std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
}

}  // namespace

std::optional<fs::path> DocumentFolder::find(const DatasetRow& row, const RuleSet& rules, Issue* why) const {
    const Record& rec = row.record;
    const fs::path given = rec.source.path;
    auto known = [&](const fs::path& relative) { return std::binary_search(files_.begin(), files_.end(), relative); };
    if (!given.empty()) {
        std::error_code ec;
        if (fs::exists(given, ec)) {
            const fs::path relative = fs::weakly_canonical(given, ec).lexically_relative(fs::weakly_canonical(root_, ec));
            if (known(relative)) return root_ / relative;
        }
        if (known(given.lexically_normal())) return root_ / given.lexically_normal();
    }
    const std::string& sha = rec.source.sha256;
    if (sha.size() >= 16) {
        if (sha256_.empty())
            for (const fs::path& f : files_) sha256_.push_back(file_sha256(root_ / f));
        for (std::size_t i = 0; i < files_.size(); ++i)
            if (sha256_[i].compare(0, sha.size(), sha) == 0) return root_ / files_[i];
    }
    std::vector<fs::path> named;
    if (!given.empty())
        for (const fs::path& f : files_)
            if (f.filename() == given.filename()) named.push_back(f);
    if (named.size() > 1 && rec.local_authority) {
        const LocalAuthority& la = *rec.local_authority;
        const std::vector<std::string> clues = {la.urn.value_or(""), la.code.value_or(""), la.id.value_or(""),
                                                matched_id(rules, la.name), snake_case(la.name)};
        std::vector<fs::path> in_its_folder;
        for (const fs::path& f : named)
            if (folder_names(f, clues)) in_its_folder.push_back(f);
        named = in_its_folder;
    }
    if (named.size() == 1) return root_ / named.front();
    const std::string field = row.label(given.empty() ? "source.sha256" : "source.path");
    *why = {"no document", field,
            named.empty() ? fmt::format("no document under {} has its path, sha256 or file name", root_.string())
                          : fmt::format("{} documents under {} have its file name, none in a folder of its authority alone", named.size(), root_.string())};
    return std::nullopt;
}

namespace {

std::string plain(const std::optional<std::string>& s) {
    return s ? to_lower_ascii(collapse_spaces(normalize_for_matching(*s))) : "";
}

std::optional<std::string> date_text(const std::optional<Date>& d) {
    return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

std::string ranges_text(const std::vector<DateRange>& ranges) {
    std::string out;
    for (const DateRange& r : ranges) out += (out.empty() ? "" : ", ") + r.start.iso() + ".." + r.end.iso();
    return out;
}

// The document's authority row, so that a dataset's code or URN can be compared with it.
const Authority* document_authority(const Record& doc, const RuleSet& rules) {
    if (!doc.local_authority) return nullptr;
    const AuthorityTable& table = rules.authorities();
    if (doc.local_authority->code)
        if (const Authority* a = table.by_code(*doc.local_authority->code)) return a;
    if (doc.local_authority->id)
        if (const Authority* a = table.by_id(*doc.local_authority->id)) return a;
    return match_authority(rules, doc.local_authority->name);
}

}  // namespace

Issues compare_with_document(const DatasetRow& row, const Record& doc, const RuleSet& rules) {
    Issues out;
    const Record& rec = row.record;
    // One field: the dataset's value against the document's (nullopt: none). Equal after
    // `same` folds them; a value the dataset marks as not read is a note.
    auto compare = [&](const std::string& field, const std::optional<std::string>& mine, const std::optional<std::string>& theirs,
                       bool fold = false) {
        if (!row.has(field)) return;
        const std::string label = row.label(field);
        if (const auto unread = row.unread.find(field); unread != row.unread.end()) {
            if (theirs) out.push_back({"not read", label, fmt::format("not read by the dataset ('{}'); the document has '{}'", unread->second, *theirs), true});
            return;
        }
        if (!mine && !theirs) return;
        if (mine && theirs && (fold ? plain(mine) == plain(theirs) : *mine == *theirs)) return;
        if (!mine) out.push_back({"missing", label, fmt::format("none in the dataset, '{}' in the document", *theirs)});
        else if (!theirs) out.push_back({"extra", label, fmt::format("'{}' in the dataset, none in the document", *mine)});
        else out.push_back({"mismatch", label, fmt::format("'{}' in the dataset, '{}' in the document", *mine, *theirs)});
    };
    auto present = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    if (!rec.kind.empty()) compare("kind", rec.kind, doc.kind);
    compare("framework", rec.framework, doc.framework);
    if (rec.inspection.type && doc.inspection.type) compare("inspection.type", rec.inspection.type, doc.inspection.type);
    if (rec.local_authority && doc.local_authority) {
        const LocalAuthority& la = *rec.local_authority;
        if (const Authority* a = document_authority(doc, rules)) {
            if (la.code) compare("local_authority.code", la.code, a->code);
            if (la.urn) compare("local_authority.urn", la.urn, a->urn);
            if (la.id) compare("local_authority.id", la.id, a->id);
            const Authority* named = match_authority(rules, la.name);
            if (named && named != a)
                out.push_back({"mismatch", row.label("local_authority.name"), fmt::format("'{}' in the dataset, '{}' in the document", la.name, doc.local_authority->name)});
        }
    }
    const auto& mine = rec.inspection.date_ranges;
    const auto& theirs = doc.inspection.date_ranges;
    if (row.partial) {
        compare("inspection.start_date", mine.empty() ? std::nullopt : date_text(mine.front().start),
                theirs.empty() ? std::nullopt : date_text(theirs.front().start));
        compare("inspection.end_date", mine.empty() ? std::nullopt : date_text(mine.back().end),
                theirs.empty() ? std::nullopt : date_text(theirs.back().end));
    } else {
        compare("inspection.date_ranges", present(ranges_text(mine)), present(ranges_text(theirs)));
    }
    compare("inspection.lead_inspector", rec.inspection.lead_inspector, doc.inspection.lead_inspector, true);
    if (doc.inspection.published) compare("inspection.published", date_text(rec.inspection.published), date_text(doc.inspection.published));
    std::map<std::string, std::string> grades, document_grades;
    for (const Judgement& j : rec.judgements) grades[j.key] = j.grade;
    for (const Judgement& j : doc.judgements) document_grades[j.key] = j.grade;
    std::vector<std::string> keys;
    for (const auto* m : {&grades, &document_grades})
        for (const auto& [key, grade] : *m)
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    for (const auto& [field, value] : row.unread)
        if (field.rfind("judgements.", 0) == 0 && std::find(keys.begin(), keys.end(), field.substr(11)) == keys.end())
            keys.push_back(field.substr(11));
    auto grade_of = [](const std::map<std::string, std::string>& m, const std::string& key) {
        const auto it = m.find(key);
        return it == m.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    for (const std::string& key : keys) compare("judgements." + key, grade_of(grades, key), grade_of(document_grades, key));
    return out;
}

std::vector<Finding> check_against(const std::vector<DatasetRows>& datasets, const fs::path& folder, const RuleSet& rules,
                                   const ExtractOptions& extract) {
    std::vector<Finding> out;
    const DocumentFolder documents(folder);
    std::map<fs::path, Record> read;  // each document read once, however many rows name it
    for (const DatasetRows& ds : datasets) {
        for (const DatasetRow& row : ds.rows) {
            if (row.record.error) continue;
            Issue why;
            const auto path = documents.find(row, rules, &why);
            if (!path) {
                out.push_back({ds.name, row.line, why});
                continue;
            }
            auto it = read.find(*path);
            if (it == read.end()) it = read.emplace(*path, extract_file(path->string(), rules, extract)).first;
            const Record& doc = it->second;
            if (doc.error) {
                out.push_back({ds.name, row.line, {"unreadable document", row.label("source.path"), fmt::format("its document {} cannot be read: {}", path->string(), doc.error->message)}});
                continue;
            }
            for (Issue& issue : compare_with_document(row, doc, rules)) out.push_back({ds.name, row.line, std::move(issue)});
        }
    }
    return out;
}

}  // namespace ilacs
