// Helpers the unit tests share: the real rules, and documents made in the test, either
// from text through the plain-text reader or line by line with a position and a print size.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "ilacs/classify/classify.hpp"
#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/document.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/reading/readers.hpp"
#include "ilacs/reading/source.hpp"
#include "ilacs/reports/extractors.hpp"

namespace ilacs::test {

// The rules under data/, loaded once for the whole test binary.
inline const RuleSet& rules() {
    static const RuleSet loaded = RuleSet::load(ILACS_TEST_RULES_DIR);
    return loaded;
}

// A document as the plain-text reader makes it: one line a text line, tabs between cells.
inline Document text_document(const std::string& text) {
    return read_plain_text(make_source("test.txt", text));
}

inline Record extract_text(const std::string& text) { return extract_document(text_document(text), rules()); }

// One extraction stage (extract_improvements, ...) run on doc with the real rules, into rec.
inline Record run_stage(void (*stage)(const Document&, const RuleSet&, Record&), const Document& doc,
                        Record rec = {}) {
    stage(doc, rules(), rec);
    return rec;
}

// A cell of a placed row: its text starts at x0.
struct PlacedCell {
    double x0;
    std::string text;
};

// One line of cells, y0 points from the top of its page, one word box a word.
inline Line placed_row(int page, double y0, const std::vector<PlacedCell>& cells, double size = 11,
                       bool bold = false) {
    Line line;
    line.page = page;
    line.y0 = y0;
    line.y1 = y0 + size;
    line.font_size = size;
    line.bold = bold;
    for (const PlacedCell& pc : cells) {
        Cell cell;
        cell.x0 = pc.x0;
        double x = cell.x0;
        std::istringstream words(pc.text);
        for (std::string w; words >> w;) {
            const double width = 0.5 * size * static_cast<double>(w.size());
            cell.words.push_back(Word{w, x, y0, x + width, y0 + size, size, bold});
            cell.text += (cell.text.empty() ? "" : " ") + w;
            cell.x1 = x + width;
            x += width + 0.25 * size;
        }
        line.cells.push_back(std::move(cell));
    }
    finish_line(line);
    return line;
}

// One line of one cell at the left margin.
inline Line placed_line(int page, double y0, const std::string& text, double size = 11, bool bold = false) {
    return placed_row(page, y0, {{72, text}}, size, bold);
}

// A page of A4 size (595 x 842 points) holding the given lines.
inline Page a4_page(int number, std::vector<Line> lines) {
    Page page;
    page.number = number;
    page.width = 595;
    page.height = 842;
    page.lines = std::move(lines);
    return page;
}

// The texts of the judgements, "key=grade" each, in record order.
inline std::vector<std::string> grades(const Record& rec) {
    std::vector<std::string> out;
    for (const Judgement& j : rec.judgements) out.push_back(j.key + "=" + j.grade);
    return out;
}

// A record with every field filled, for the writers.
inline Record sample_record() {
    Record rec;
    rec.source = {"in/barsetshire, 2026.pdf", std::string(64, 'a'), "pdf", 14};
    rec.kind = "ilacs_inspection";
    rec.framework = "ILACS";
    rec.local_authority = LocalAuthority{"Barsetshire County Council", "barsetshire"};
    rec.inspection.type = "standard";
    rec.inspection.date_ranges = {{{2019, 7, 8}, {2019, 7, 12}}, {{2019, 8, 7}, {2019, 8, 8}}};
    rec.inspection.lead_inspector = "Jane \"JJ\" Smith";
    rec.judgements = {{"help_and_protection", "Children who need help and protection", "requires_improvement",
                       "Requires improvement to be good", 1},
                      {"overall_effectiveness", "Overall effectiveness", "good", "Good", 1}};
    rec.improvements = {{"The timeliness of assessments, for all children.", false, 2},
                        {"Supervision.", true, std::nullopt}};
    rec.actions = {{std::string("Assessments"), std::string("Audit monthly"), std::nullopt, std::string("2020-03")}};
    rec.warnings = {"page 3: a warning"};
    return rec;
}

inline std::vector<std::string> improvement_texts(const Record& rec) {
    std::vector<std::string> out;
    for (const Improvement& i : rec.improvements) out.push_back(i.text);
    return out;
}

// The code of the DocumentError that f throws, or a text that says it threw none.
template <typename F>
std::string document_error_code(F&& f) {
    try {
        f();
    } catch (const DocumentError& e) {
        return e.code();
    }
    return "(no DocumentError)";
}

// A directory of its own under the system's temporary directory, removed at the end.
// ctest runs test cases in parallel processes, so the name carries the process id.
class TempDir {
public:
    explicit TempDir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("ilacs_test_" + name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Writes content to a file of the directory; returns its path.
    std::filesystem::path write(const std::string& file, const std::string& content) const {
        const auto p = path_ / file;
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

private:
    std::filesystem::path path_;
};

}  // namespace ilacs::test

// Lists of texts print as lists when a check on them fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
    static doctest::String convert(const std::vector<std::string>& texts) {
        std::string out = "{";
        for (const std::string& t : texts) out += (out.size() > 1 ? ", \"" : "\"") + t + "\"";
        return (out + "}").c_str();
    }
};
