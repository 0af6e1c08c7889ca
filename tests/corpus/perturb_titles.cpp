// The title-perturbation test: every report of the corpus, read once, then its title block
// deleted, its provider renamed to a children's trust, its title reflowed and reordered, its
// first page dropped, in the document model; each perturbed document must keep the kind and
// the grades of the unperturbed one. A report's kind must not rest on its title line.
//
//     perturb_titles RULES_DIR REPORTS_DIR
//
// Exits 0 when every report passes, 1 naming each failure, 77 (CTest's skip) when the
// corpus is not there.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/reading/readers.hpp"

namespace fs = std::filesystem;
using namespace ilacs;

namespace {

// The first page that has content: a blank cover does not count.
Page* first_content_page(Document& doc) {
    for (Page& p : doc.pages)
        for (const Line& l : p.lines)
            if (l.role == LineRole::content) return &p;
    return nullptr;
}

// The title block: the content lines of the first page above its "Inspection date(s)"
// label; without one, its lines in larger print than the body before the first that is not.
std::vector<std::size_t> title_block(Document& doc) {
    static const RE2 dates_label(R"((?i)^inspection dates?\b)");
    std::vector<std::size_t> block;
    Page* page = first_content_page(doc);
    if (!page) return block;
    for (std::size_t i = 0; i < page->lines.size(); ++i) {
        const Line& l = page->lines[i];
        if (l.role != LineRole::content) continue;
        if (RE2::PartialMatch(l.norm, dates_label)) return block;
        block.push_back(i);
    }
    block.clear();
    const double body = doc.body_font_size();
    for (std::size_t i = 0; i < page->lines.size(); ++i) {
        const Line& l = page->lines[i];
        if (l.role != LineRole::content) continue;
        if (l.font_size < body + 1.5) break;
        block.push_back(i);
    }
    return block;
}

// The line given new text, one cell from its left edge; its place and print kept.
void set_text(Line& line, const std::string& text) {
    Cell cell;
    cell.x0 = line.x0;
    double x = line.x0;
    std::istringstream words(text);
    for (std::string w; words >> w;) {
        const double width = 0.5 * line.font_size * static_cast<double>(w.size());
        cell.words.push_back(Word{w, x, line.y0, x + width, line.y1, line.font_size, line.bold});
        cell.text += (cell.text.empty() ? "" : " ") + w;
        x += width + 0.25 * line.font_size;
    }
    cell.x1 = x;
    line.cells = {std::move(cell)};
    finish_line(line);
}

void erase_lines(Page& page, const std::vector<std::size_t>& indices) {
    for (auto it = indices.rbegin(); it != indices.rend(); ++it)
        page.lines.erase(page.lines.begin() + static_cast<std::ptrdiff_t>(*it));
}

// The title replaced by one line naming a provider that is not a council.
std::function<bool(Document&)> renamed(const std::string& title) {
    return [title](Document& doc) {
        std::vector<std::size_t> block = title_block(doc);
        if (block.empty()) return false;
        Page& page = *first_content_page(doc);
        set_text(page.lines[block.front()], title);
        block.erase(block.begin());
        erase_lines(page, block);
        return true;
    };
}

bool delete_title(Document& doc) {
    const std::vector<std::size_t> block = title_block(doc);
    if (block.empty()) return false;
    erase_lines(*first_content_page(doc), block);
    return true;
}

// The title's lines in reverse order, each in the other's place; a one-line title is first
// broken in two ("children's services" / "Inspection of Barsetshire local authority").
bool reorder_title(Document& doc) {
    std::vector<std::size_t> block = title_block(doc);
    if (block.empty()) return false;
    Page& page = *first_content_page(doc);
    if (block.size() == 1) {
        Line& only = page.lines[block.front()];
        std::istringstream in(only.text);
        std::vector<std::string> words;
        for (std::string w; in >> w;) words.push_back(w);
        if (words.size() < 2) return false;
        std::string first, second;
        for (std::size_t k = 0; k < words.size(); ++k) (k < words.size() / 2 ? first : second) += words[k] + " ";
        Line below = only;
        below.y0 = only.y1;
        below.y1 = only.y1 + (only.y1 - only.y0);
        set_text(only, first);
        set_text(below, second);
        page.lines.insert(page.lines.begin() + static_cast<std::ptrdiff_t>(block.front()) + 1, below);
        block.push_back(block.front() + 1);
    }
    std::vector<std::string> texts;
    for (std::size_t i : block) texts.push_back(page.lines[i].text);
    std::reverse(texts.begin(), texts.end());
    for (std::size_t k = 0; k < block.size(); ++k) set_text(page.lines[block[k]], texts[k]);
    return true;
}

// The title's words wrapped two to a line, over the height the title had.
bool reflow_title(Document& doc) {
    const std::vector<std::size_t> block = title_block(doc);
    if (block.empty()) return false;
    Page& page = *first_content_page(doc);
    std::vector<std::string> words;
    for (std::size_t i : block) {
        std::istringstream in(page.lines[i].text);
        for (std::string w; in >> w;) words.push_back(w);
    }
    const Line model = page.lines[block.front()];
    const double top = model.y0, bottom = page.lines[block.back()].y1;
    const std::size_t rows = (words.size() + 1) / 2;
    const double pitch = (bottom - top) / static_cast<double>(std::max<std::size_t>(rows, 1));
    std::vector<Line> reflowed;
    for (std::size_t r = 0; r < rows; ++r) {
        Line l = model;
        l.y0 = top + pitch * static_cast<double>(r);
        l.y1 = l.y0 + std::min(pitch, model.y1 - model.y0);
        set_text(l, words[2 * r] + (2 * r + 1 < words.size() ? " " + words[2 * r + 1] : ""));
        reflowed.push_back(std::move(l));
    }
    erase_lines(page, block);
    page.lines.insert(page.lines.begin() + static_cast<std::ptrdiff_t>(block.front()), reflowed.begin(),
                      reflowed.end());
    return true;
}

bool drop_first_page(Document& doc) {
    Page* page = first_content_page(doc);
    if (!page) return false;
    doc.pages.erase(doc.pages.begin() + (page - doc.pages.data()));
    return true;
}

struct Perturbation {
    std::string name;
    std::function<bool(Document&)> apply;
    bool keeps_first_page;  // grades on page 1 can only be compared when it stays
};

std::multiset<std::string> grades_of(const Record& rec, int from_page = 0) {
    std::multiset<std::string> out;
    for (const Judgement& j : rec.judgements)
        if (!j.page || *j.page > from_page) out.insert(j.key + "=" + j.grade);
    return out;
}

std::string join(const std::multiset<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
    return "{" + out + "}";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: perturb_titles RULES_DIR REPORTS_DIR\n";
        return 2;
    }
    const fs::path reports = argv[2];
    if (!fs::is_directory(reports)) {
        std::cout << "skipped: no corpus at " << reports << "\n";
        return 77;
    }
    const RuleSet rules = RuleSet::load(argv[1]);
    const std::vector<Perturbation> perturbations = {
        {"title deleted", delete_title, true},
        {"children's trust", renamed("Inspection of Barsetshire Children's Trust"), true},
        {"children first", renamed("Barsetshire Children First"), true},
        {"title reordered", reorder_title, true},
        {"title reflowed", reflow_title, true},
        {"first page dropped", drop_first_page, false},
    };

    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(reports))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    int reports_seen = 0, failures = 0, runs = 0;
    for (const fs::path& file : files) {
        Document doc;
        try {
            doc = read_document(load_source(file.string()));
        } catch (const DocumentError&) {
            continue;  // files that are not reports (HTML saved as .pdf) have nothing to perturb
        }
        const Record base = extract_document(doc, rules);
        const std::string name = fs::relative(file, reports).string();
        if (base.kind.size() < 11 || base.kind.compare(base.kind.size() - 11, 11, "_inspection") != 0) {
            std::cout << name << ": unperturbed kind " << base.kind << ", not a report\n";
            ++failures;
            continue;
        }
        ++reports_seen;
        for (const Perturbation& p : perturbations) {
            Document changed = doc;
            if (!p.apply(changed)) {
                std::cout << name << ": " << p.name << ": no title block found\n";
                ++failures;
                continue;
            }
            ++runs;
            const Record rec = extract_document(changed, rules);
            // Grades read from a dropped page are gone; the rest must stay, and what is
            // read instead must agree with the whole report.
            const std::multiset<std::string> all = grades_of(base), got = grades_of(rec);
            const std::multiset<std::string> want =
                p.keeps_first_page ? all : grades_of(base, first_content_page(doc)->number);
            const bool same = p.keeps_first_page
                                  ? got == want
                                  : std::includes(all.begin(), all.end(), got.begin(), got.end()) &&
                                        std::includes(got.begin(), got.end(), want.begin(), want.end());
            if (rec.kind != base.kind) {
                std::cout << name << ": " << p.name << ": kind " << rec.kind << ", want " << base.kind << "\n";
                ++failures;
            } else if (!same) {
                std::cout << name << ": " << p.name << ": grades " << join(got) << ", want " << join(want) << "\n";
                ++failures;
            }
        }
    }
    std::cout << reports_seen << " reports, " << runs << " perturbed documents, " << failures << " failures\n";
    return failures == 0 && reports_seen > 0 ? 0 : 1;
}
