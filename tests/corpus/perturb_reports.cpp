// The perturbation test: every labelled report of the corpus, read once, then changed in its
// document model the ways an unseen report could differ (its title reworded, deleted or
// reflowed, the authority named in another form, the improvement list's heading and the
// judgement table worded or cased otherwise, the date and inspector labels reworded, a
// running header and footer added, a cover page added or the first page lost); each perturbed
// document's record must still match the report's labels: kind, authority (LA code of the
// folder's URN, asked only while the document still names it more than any other: column
// "unnamed" counts the rest),
// fieldwork dates, lead inspector and grades, and the improvement items of the unperturbed
// record (which score.py holds to the labels, text matched loosely).
//
//     perturb_reports RULES_DIR CORPUS_DIR FAMILY      FAMILY: titles, wording or layout
//
// Prints each failure, then a table of failures by perturbation and field. Exits 0 when every
// perturbed report passes, 1 otherwise, 77 (CTest's skip) when the corpus is not there.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/model/paragraphs.hpp"
#include "ilacs/model/rules.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/reading/readers.hpp"

namespace fs = std::filesystem;
using namespace ilacs;

namespace {

// What a report's labels say, and what a perturbed record is held to.
struct Label {
    std::string path, kind, authority_name, la_code;
    const Authority* row = nullptr;
    std::vector<std::pair<std::string, std::string>> date_ranges;
    std::string lead_inspector;
    std::map<std::string, std::string> judgements;
};

enum Field : unsigned { kKind = 1, kAuthority = 2, kDates = 4, kInspector = 8, kGrades = 16, kItems = 32 };
const std::vector<std::pair<Field, std::string>> kFields = {{kKind, "kind"},         {kAuthority, "authority"},
                                                            {kDates, "dates"},       {kInspector, "inspector"},
                                                            {kGrades, "grades"},     {kItems, "items"}};

std::string field_name(Field f) {
    for (const auto& [field, name] : kFields)
        if (field == f) return name;
    return "?";
}

// ---- The document model, changed in place ----------------------------------------------

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

// Each word of the line rewritten by change; cells and boxes kept.
void rewrite_words(Line& line, const std::function<std::string(const std::string&)>& change) {
    for (Cell& c : line.cells) {
        c.text.clear();
        for (Word& w : c.words) {
            w.text = change(w.text);
            c.text += (c.text.empty() ? "" : " ") + w.text;
        }
    }
    finish_line(line);
}

std::string upper(const std::string& s) {
    std::string out = s;
    for (char& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

std::string lower(const std::string& s) { return to_lower_ascii(s); }

std::string capitalised(const std::string& s) {
    std::string out = lower(s);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

void erase_lines(Page& page, const std::vector<std::size_t>& indices) {
    for (auto it = indices.rbegin(); it != indices.rend(); ++it)
        page.lines.erase(page.lines.begin() + static_cast<std::ptrdiff_t>(*it));
}

// A line of the given text in the print of model, placed at y.
Line line_like(const Line& model, double y, const std::string& text) {
    Line l = model;
    l.y0 = y;
    l.y1 = y + (model.y1 - model.y0);
    set_text(l, text);
    return l;
}

// The title replaced by these lines, in the print of its first line, over its height.
bool replace_title(Document& doc, const std::vector<std::string>& lines) {
    const std::vector<std::size_t> block = title_block(doc);
    if (block.empty() || lines.empty()) return false;
    Page& page = *first_content_page(doc);
    const Line model = page.lines[block.front()];
    const double pitch = (model.y1 - model.y0) * 1.2;
    std::vector<Line> title;
    for (std::size_t k = 0; k < lines.size(); ++k)
        title.push_back(line_like(model, model.y0 + pitch * static_cast<double>(k), lines[k]));
    erase_lines(page, block);
    page.lines.insert(page.lines.begin() + static_cast<std::ptrdiff_t>(block.front()), title.begin(), title.end());
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
        Line below = line_like(only, only.y1, second);
        set_text(only, first);
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

bool delete_title(Document& doc) {
    const std::vector<std::size_t> block = title_block(doc);
    if (block.empty()) return false;
    erase_lines(*first_content_page(doc), block);
    return true;
}

bool drop_first_page(Document& doc) {
    Page* page = first_content_page(doc);
    if (!page) return false;
    doc.pages.erase(doc.pages.begin() + (page - doc.pages.data()));
    return true;
}

// A cover before the report: a page holding only the inspectorate's name and a page number.
bool add_cover(Document& doc) {
    Page* first = first_content_page(doc);
    if (!first) return false;
    const Line& model = first->lines.front();
    Page cover;
    cover.width = first->width;
    cover.height = first->height;
    cover.lines.push_back(line_like(model, first->height * 0.3, "Ofsted"));
    cover.lines.push_back(line_like(model, first->height * 0.4, "Children's services inspection report"));
    doc.pages.insert(doc.pages.begin(), cover);
    for (std::size_t k = 0; k < doc.pages.size(); ++k) {
        doc.pages[k].number = static_cast<int>(k) + 1;
        for (Line& l : doc.pages[k].lines) l.page = doc.pages[k].number;
    }
    mark_page_furniture(doc);
    return true;
}

// Every page from the second given a running header naming the report and, where it has no
// foot, a footer with a date and the page number, as 2021-on reports print them; the
// furniture marked anew.
bool add_running_header(Document& doc, const std::string& header, const std::string& footer) {
    if (doc.pages.size() < 3) return false;
    const double body = doc.body_font_size();
    for (std::size_t k = 1; k < doc.pages.size(); ++k) {
        Page& page = doc.pages[k];
        const Line* model = nullptr;
        for (const Line& l : page.lines)
            if (l.role == LineRole::content) {
                model = &l;
                break;
            }
        if (!model) continue;
        // In small plain print, as running heads are.
        Line small = *model;
        small.font_size = std::max(6.0, body - 2);
        small.bold = false;
        small.y1 = small.y0 + small.font_size;
        const Line head = line_like(small, 20, header);
        const Line foot = line_like(small, page.height - 30, fmt::format("{}   {}", footer, page.number));
        page.lines.insert(page.lines.begin(), head);
        // The footer where the page has no foot of its own: a second footer under a page
        // number is no layout Ofsted prints (and unmarks the number: see the report).
        const bool has_foot = std::any_of(page.lines.begin(), page.lines.end(), [](const Line& l) {
            return l.role == LineRole::page_number || l.role == LineRole::running_footer;
        });
        if (!has_foot) page.lines.push_back(foot);
    }
    mark_page_furniture(doc);
    return true;
}

// The content lines whose norm fully matches re, in reading order.
std::vector<Line*> lines_matching(Document& doc, const RE2& re) {
    std::vector<Line*> out;
    for (Page& p : doc.pages)
        for (Line& l : p.lines)
            if (l.role == LineRole::content && RE2::FullMatch(l.norm, re)) out.push_back(&l);
    return out;
}

// The improvement list's heading: the first heading-like line of one of the families the
// corpus prints ("What needs to improve?", "What does the local authority need to improve?",
// "Recommendations", "Areas for improvement"), not a contents entry nor a sentence that ends
// a paragraph of prose with "... what needs to improve.".
Line* improvement_heading(Document& doc) {
    static const RE2 heading(
        R"((?i)(?:\d{1,2}\.?\s+)?(?:what needs to improve(?: in [^.]{1,40})?|what does the (?:local authority|council)(?: \([^)]*\))? need to improve\??\d?|recommendations|areas for improvement)\s*[?:]?\d?)");
    for (Line* l : lines_matching(doc, heading))
        if (l->norm.find("LSCB") == std::string::npos) return l;
    return nullptr;
}

// A cell that is a grade, or a grade's wrapped part, alone.
bool grade_cell(const Cell& c) {
    static const RE2 grade(
        R"((?i)(?:requires?|improvement|to|be|good|outstanding|inadequate|adequate|requires improvement to|be good|to be good|requires improvement|requires improvement to be good)\.?)");
    return RE2::FullMatch(normalize_for_matching(c.text), grade);
}

// Every grade cell of the judgement tables rewritten by change.
bool recase_grades(Document& doc, const std::function<std::string(const std::string&)>& change) {
    bool any = false;
    for (Page& p : doc.pages)
        for (Line& l : p.lines) {
            if (l.role != LineRole::content) continue;
            bool changed = false;
            for (Cell& c : l.cells) {
                if (!grade_cell(c)) continue;
                c.text.clear();
                for (Word& w : c.words) {
                    w.text = change(w.text);
                    c.text += (c.text.empty() ? "" : " ") + w.text;
                }
                changed = true;
            }
            if (changed) {
                finish_line(l);
                any = true;
            }
        }
    return any;
}

// Every line that starts with a judgement's name (table rows, section headings) rewritten.
bool recase_judgement_names(Document& doc, const RuleSet& rules,
                            const std::function<std::string(const std::string&)>& change) {
    bool any = false;
    static const RE2 starts(R"((?i)^(?:\d(?:\.\d)?\.?\s+)?(?:the )?(?:experiences|impact|overall|children|adoption|leadership))");
    for (Page& p : doc.pages)
        for (Line& l : p.lines)
            if (l.role == LineRole::content && RE2::PartialMatch(l.norm, starts) && rules.any_match("judgement", l.norm)) {
                rewrite_words(l, change);
                any = true;
            }
    return any;
}

// The label that opens a front-page line replaced: "Inspection dates: 8 to 19 May" becomes
// "Dates of inspection: 8 to 19 May"; split, the label stands alone and its value below.
bool relabel(Document& doc, const RE2& label, const std::string& replacement, bool split) {
    Page* page = first_content_page(doc);
    if (!page) return false;
    for (std::size_t i = 0; i < page->lines.size(); ++i) {
        Line& l = page->lines[i];
        std::string rest;
        if (l.role != LineRole::content || !RE2::FullMatch(l.norm, label, &rest)) continue;
        if (!split) {
            set_text(l, replacement + " " + rest);
            return true;
        }
        if (rest.empty()) return false;
        Line below = line_like(l, l.y1 + 0.2 * (l.y1 - l.y0), rest);
        set_text(l, replacement);
        page->lines.insert(page->lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, below);
        return true;
    }
    return false;
}

// The fieldwork dates printed anew from the labels, in a form given by one date's print.
bool reprint_dates(Document& doc, const Label& label, const std::function<std::string(const std::string&)>& print) {
    static const RE2 dates(R"((?i)(inspection dates?\s*:?)\s*.*)");
    if (label.date_ranges.empty()) return false;
    std::string text;
    for (const auto& [from, to] : label.date_ranges) {
        if (!text.empty()) text += " and ";
        text += from == to ? print(from) : print(from) + " to " + print(to);
    }
    Page* page = first_content_page(doc);
    if (!page) return false;
    for (std::size_t i = 0; i < page->lines.size(); ++i) {
        Line& l = page->lines[i];
        std::string name;
        if (l.role != LineRole::content || !RE2::FullMatch(l.norm, dates, &name)) continue;
        // A date wrapped onto the next line goes with the rest.
        if (i + 1 < page->lines.size() && RE2::PartialMatch(page->lines[i + 1].norm, R"(^\d{1,2}\b.*\d{4})") &&
            !RE2::PartialMatch(l.norm, R"(\d{4}$)"))
            page->lines.erase(page->lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        set_text(page->lines[i], name + " " + text);
        return true;
    }
    return false;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

int iso_part(const std::string& iso, std::size_t at, std::size_t n) { return std::stoi(iso.substr(at, n)); }

std::string ordinal_date(const std::string& iso) {
    const int day = iso_part(iso, 8, 2);
    const char* suffix = (day % 10 == 1 && day != 11) ? "st" : (day % 10 == 2 && day != 12) ? "nd"
                                                         : (day % 10 == 3 && day != 13) ? "rd" : "th";
    return fmt::format("{}{} {} {}", day, suffix, kMonths[iso_part(iso, 5, 2) - 1], iso_part(iso, 0, 4));
}

std::string abbreviated_date(const std::string& iso) {
    return fmt::format("{} {:.3} {}", iso_part(iso, 8, 2), kMonths[iso_part(iso, 5, 2) - 1], iso_part(iso, 0, 4));
}

std::string slashed_date(const std::string& iso) {
    return fmt::format("{:02}/{:02}/{}", iso_part(iso, 8, 2), iso_part(iso, 5, 2), iso_part(iso, 0, 4));
}

// ---- The authority's name in other forms -----------------------------------------------

// The place's bare name: the table's name without its ", City of" tail.
std::string place(const Label& label) {
    if (!label.row) return label.authority_name;
    const std::string& name = label.row->name;
    return name.substr(0, name.find(','));
}

// The place as its council calls itself, by the kind of authority it is.
std::string council(const Label& label) {
    const std::string type = label.row ? label.row->type : "";
    if (type == "London Borough") return "London Borough of " + place(label);
    if (type == "County") return place(label) + " County Council";
    if (type == "Metropolitan District") return place(label) + " Metropolitan Borough Council";
    return place(label) + " Council";
}

const char* const kSifTitle = "Inspection of services for children in need of help and protection, children looked after and care leavers";

// A title of the report's framework naming the authority as name gives it.
std::function<bool(Document&, const Label&)> titled(const std::string& form,
                                                    std::function<std::string(const Label&)> name) {
    return [form, name](Document& doc, const Label& label) {
        const std::string n = name(label);
        if (label.kind == "ilacs_inspection") {
            if (form == "before") return replace_title(doc, {n, "Inspection of children's social care services"});
            if (form == "in") return replace_title(doc, {"Inspection of children's services in " + n});
            if (form == "upper") return replace_title(doc, {upper("Inspection of " + n + " local authority children's services")});
            return replace_title(doc, {"Inspection of " + n + " local authority children's services"});
        }
        if (label.kind == "sif_inspection") {
            // A review of the LSCB alone given the authority's title would be another report.
            static const RE2 authority_title(R"((?i)in need of help and protection)");
            std::string title;
            for (std::size_t i : title_block(doc)) title += first_content_page(doc)->lines[i].norm + " ";
            if (!RE2::PartialMatch(title, authority_title)) return false;
            if (form == "upper") return replace_title(doc, {upper(n), upper(kSifTitle)});
            return replace_title(doc, {n, kSifTitle});
        }
        return false;  // legacy titles are too various to write one
    };
}

// ---- Perturbations ----------------------------------------------------------------------

struct Perturbation {
    std::string name;
    std::function<bool(Document&, const Label&)> apply;  // false: not applicable to this report
    unsigned may_lose = 0;                               // fields the change takes away
    bool drops_first_page = false;
};

using Apply = std::function<bool(Document&, const Label&)>;

Apply doc_only(std::function<bool(Document&)> f) {
    return [f](Document& doc, const Label&) { return f(doc); };
}

Apply heading_to(std::function<std::string(const Label&)> text) {
    return [text](Document& doc, const Label& label) {
        Line* h = improvement_heading(doc);
        if (!h) return false;
        set_text(*h, text(label));
        return true;
    };
}

std::vector<Perturbation> perturbations(const std::string& family, const RuleSet& rules) {
    if (family == "titles")
        return {
            {"title deleted", doc_only(delete_title)},
            {"title: children's trust", [](Document& d, const Label&) { return replace_title(d, {"Inspection of Barsetshire Children's Trust"}); }},
            {"title: children first", [](Document& d, const Label&) { return replace_title(d, {"Barsetshire Children First"}); }},
            {"title reordered", doc_only(reorder_title)},
            {"title reflowed", doc_only(reflow_title)},
            {"title: Inspection of <council> local authority children's services", titled("of", council)},
            {"title: Inspection of <place> local authority children's services", titled("of", place)},
            {"title: <council> / Inspection of children's social care services", titled("before", council)},
            {"title: Inspection of children's services in <place>", titled("in", place)},
            {"title in capitals", titled("upper", council)},
            {"cover page added", doc_only(add_cover)},
            {"first page dropped", doc_only(drop_first_page), kDates | kInspector, true},
        };
    if (family == "wording") {
        static const RE2 dates_label(R"((?i)inspection dates?\s*:?\s*(.*))");
        static const RE2 inspector_label(R"((?i)lead inspectors?\s*:\s*(.*))");
        return {
            {"heading: What needs to improve", heading_to([](const Label&) { return "What needs to improve"; })},
            {"heading: What needs to be improved?", heading_to([](const Label&) { return "What needs to be improved?"; })},
            {"heading: Areas for improvement", heading_to([](const Label&) { return "Areas for improvement"; })},
            {"heading: Recommendations", heading_to([](const Label&) { return "Recommendations"; })},
            {"heading: What does <place> need to improve?", heading_to([](const Label& l) { return "What does " + place(l) + " need to improve?"; })},
            {"heading: What does <council> need to improve?", heading_to([](const Label& l) { return "What does " + council(l) + " need to improve?"; })},
            {"heading: What needs to improve in <place>?", heading_to([](const Label& l) { return "What needs to improve in " + place(l) + "?"; })},
            {"heading in capitals", heading_to([](const Label&) { return "WHAT NEEDS TO IMPROVE?"; })},
            {"grades in capitals", [](Document& d, const Label&) { return recase_grades(d, upper); }},
            {"grades in lower case", [](Document& d, const Label&) { return recase_grades(d, lower); }},
            {"grades in title case", [](Document& d, const Label&) { return recase_grades(d, capitalised); }},
            {"judgement names in capitals", [&rules](Document& d, const Label&) { return recase_judgement_names(d, rules, upper); }},
            {"judgement names in title case", [&rules](Document& d, const Label&) { return recase_judgement_names(d, rules, capitalised); }},
            {"dates label: Dates of inspection:", [](Document& d, const Label&) { return relabel(d, dates_label, "Dates of inspection:", false); }},
            {"dates label: Inspection date(s):", [](Document& d, const Label&) { return relabel(d, dates_label, "Inspection date(s):", false); }},
            {"dates label: Date of inspection", [](Document& d, const Label&) { return relabel(d, dates_label, "Date of inspection", false); }},
            {"dates label: Inspection dates -", [](Document& d, const Label&) { return relabel(d, dates_label, "Inspection dates -", false); }},
            {"dates: 8th October 2018", [](Document& d, const Label& l) { return reprint_dates(d, l, ordinal_date); }},
            {"dates: 8 Oct 2018", [](Document& d, const Label& l) { return reprint_dates(d, l, abbreviated_date); }},
            {"dates: 08/10/2018", [](Document& d, const Label& l) { return reprint_dates(d, l, slashed_date); }},
            {"inspector label: Lead Inspector -", [](Document& d, const Label&) { return relabel(d, inspector_label, "Lead Inspector -", false); }},
            {"inspector label: Lead inspector(s):", [](Document& d, const Label&) { return relabel(d, inspector_label, "Lead inspector(s):", false); }},
        };
    }
    static const RE2 dates_label(R"((?i)inspection dates?\s*:?\s*(.*))");
    static const RE2 inspector_label(R"((?i)lead inspectors?\s*:\s*(.*))");
    return {
        {"running header and footer", [](Document& d, const Label& l) {
             return add_running_header(d, "Inspection of " + place(l) + " local authority children's services",
                                       l.date_ranges.empty() ? std::string("Ofsted") : ordinal_date(l.date_ranges.front().first));
         }},
        {"dates split from their label", [](Document& d, const Label&) { return relabel(d, dates_label, "Inspection dates:", true); }},
        {"inspector split from the label", [](Document& d, const Label&) { return relabel(d, inspector_label, "Lead inspector:", true); }},
        {"heading wrapped over two lines", [](Document& d, const Label&) {
             Line* h = improvement_heading(d);
             if (!h) return false;
             std::istringstream in(h->text);
             std::vector<std::string> words;
             for (std::string w; in >> w;) words.push_back(w);
             if (words.size() < 2) return false;
             std::string first, second;
             for (std::size_t k = 0; k < words.size(); ++k) (k + 1 < words.size() ? first : second) += words[k] + " ";
             for (Page& p : d.pages)
                 for (std::size_t i = 0; i < p.lines.size(); ++i)
                     if (&p.lines[i] == h) {
                         Line below = line_like(*h, h->y1 + 0.15 * (h->y1 - h->y0), second);
                         set_text(*h, first);
                         p.lines.insert(p.lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, below);
                         return true;
                     }
             return false;
         }},
    };
}

// Whether the document's text still names the labelled authority more often than any other:
// a report that named it only in the title it lost, or as often as a partner it shares
// services with, cannot be asked for it.
bool names_authority(const Document& doc, const RuleSet& rules, const Label& label) {
    std::map<const Authority*, int> count;
    for (const Paragraph& p : paragraphs(doc))
        for (const AuthorityMention& m : authority_mentions(rules, p.text)) ++count[m.authority];
    const int own = count[label.row];
    return own > 0 && std::all_of(count.begin(), count.end(), [&](const auto& c) {
               return c.first == label.row || c.second < own;
           });
}

// ---- Comparing a record with the labels -------------------------------------------------

std::string norm_name(const std::string& s) { return to_lower_ascii(collapse_spaces(normalize_for_matching(s))); }

std::multiset<std::string> grades_of(const Record& rec, int after_page = 0) {
    std::multiset<std::string> out;
    for (const Judgement& j : rec.judgements)
        if (!j.page || *j.page > after_page) out.insert(j.key + "=" + j.grade);
    return out;
}

std::string join(const std::multiset<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : " ") + s;
    return "{" + out + "}";
}

std::vector<std::string> item_texts(const Record& rec, int after_page = 0) {
    std::vector<std::string> out;
    for (const Improvement& i : rec.improvements)
        if (!i.page || *i.page > after_page) out.push_back((i.priority ? "[P] " : "") + norm_name(i.text));
    return out;
}

// The fields of rec that differ from what the labels (and the unperturbed record, for its
// items, case aside as score.py sets it aside) say, each with a short reason.
std::vector<std::pair<Field, std::string>> differences(const Record& rec, const Record& base, const Label& label,
                                                       const Perturbation& p, int dropped_page, bool names_authority) {
    std::vector<std::pair<Field, std::string>> out;
    auto want = [&](Field f) { return !(p.may_lose & f); };
    if (want(kKind) && rec.kind != label.kind) out.push_back({kKind, rec.kind + ", want " + label.kind});
    if (want(kAuthority) && !label.la_code.empty() && names_authority) {
        const std::string got = rec.local_authority && rec.local_authority->code ? *rec.local_authority->code : "none";
        if (got != label.la_code)
            out.push_back({kAuthority, fmt::format("code {} ('{}'), want {}", got,
                                                   rec.local_authority ? rec.local_authority->name : "", label.la_code)});
    }
    if (want(kDates) && !label.date_ranges.empty()) {
        std::vector<std::pair<std::string, std::string>> got;
        for (const DateRange& r : rec.inspection.date_ranges) got.emplace_back(r.start.iso(), r.end.iso());
        if (got != label.date_ranges) {
            std::string g;
            for (const auto& [a, b] : got) g += a + ".." + b + " ";
            out.push_back({kDates, "got " + (g.empty() ? std::string("none") : g)});
        }
    }
    if (want(kInspector) && !label.lead_inspector.empty() &&
        norm_name(rec.inspection.lead_inspector.value_or("")) != norm_name(label.lead_inspector))
        out.push_back({kInspector, "'" + rec.inspection.lead_inspector.value_or("") + "', want '" + label.lead_inspector + "'"});
    if (want(kGrades)) {
        std::multiset<std::string> all;
        for (const auto& [k, g] : label.judgements) all.insert(k + "=" + g);
        const std::multiset<std::string> got = grades_of(rec);
        // Grades read from a dropped page are gone; the rest must stay, and what is read
        // instead must agree with the whole report.
        const std::multiset<std::string> must = p.drops_first_page ? grades_of(base, dropped_page) : all;
        const bool same = p.drops_first_page ? std::includes(all.begin(), all.end(), got.begin(), got.end()) &&
                                                   std::includes(got.begin(), got.end(), must.begin(), must.end())
                                             : got == all;
        if (!same) out.push_back({kGrades, join(got) + ", want " + join(must)});
    }
    if (want(kItems)) {
        const std::vector<std::string> got = item_texts(rec, p.drops_first_page ? dropped_page : 0);
        const std::vector<std::string> must = item_texts(base, p.drops_first_page ? dropped_page : 0);
        if (got != must)
            out.push_back({kItems, fmt::format("{} items{}, want {}{}", got.size(),
                                               got.empty() ? "" : " ('" + got.front().substr(0, 50) + "')", must.size(),
                                               must.empty() ? "" : " ('" + must.front().substr(0, 50) + "')")});
    }
    return out;
}

std::vector<Label> load_labels(const fs::path& file, const RuleSet& rules) {
    static const std::map<std::string, std::string> kinds = {
        {"ilacs", "ilacs_inspection"}, {"sif", "sif_inspection"}, {"legacy", "legacy_inspection"}};
    std::vector<Label> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const nlohmann::json j = nlohmann::json::parse(line);
        const auto kind = kinds.find(j.at("kind").get<std::string>());
        if (kind == kinds.end()) continue;  // files that are not reports have nothing to perturb
        Label l;
        l.path = j.at("path").get<std::string>();
        l.kind = kind->second;
        l.authority_name = j.value("local_authority", "");
        l.row = rules.authorities().by_urn(l.path.substr(0, l.path.find('_')));
        if (l.row) l.la_code = l.row->code;
        if (j.contains("date_ranges"))
            for (const auto& r : j.at("date_ranges"))
                l.date_ranges.emplace_back(r.at(0).get<std::string>(), r.at(1).get<std::string>());
        if (j.contains("lead_inspector") && j["lead_inspector"].is_string()) l.lead_inspector = j["lead_inspector"];
        if (j.contains("judgements"))
            for (const auto& [k, g] : j.at("judgements").items()) l.judgements[k] = g.get<std::string>();
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: perturb_reports RULES_DIR CORPUS_DIR titles|wording|layout\n";
        return 2;
    }
    const fs::path corpus = argv[2];
    if (!fs::is_regular_file(corpus / "labels.jsonl")) {
        std::cout << "skipped: no corpus at " << corpus << "\n";
        return 77;
    }
    const RuleSet rules = RuleSet::load(argv[1]);
    const std::vector<Perturbation> changes = perturbations(argv[3], rules);

    // Per perturbation: documents changed, and failures per field.
    std::map<std::string, std::pair<int, std::map<Field, int>>> table;
    std::map<std::string, int> unnamed;  // documents that no longer name their authority most
    int reports = 0, failures = 0;
    for (const Label& label : load_labels(corpus / "labels.jsonl", rules)) {
        Document doc;
        try {
            doc = read_document(load_source((corpus / "reports" / label.path).string()));
        } catch (const DocumentError& e) {
            std::cout << label.path << ": unreadable: " << e.what() << "\n";
            ++failures;
            continue;
        }
        ++reports;
        const Record base = extract_document(doc, rules);
        const Page* first = first_content_page(doc);
        const int dropped_page = first ? first->number : 0;
        for (const Perturbation& p : changes) {
            Document changed = doc;
            if (!p.apply(changed, label)) continue;
            const Record rec = extract_document(changed, rules);
            auto& [documents, lost] = table[p.name];
            ++documents;
            const bool named = names_authority(changed, rules, label);
            if (!named) ++unnamed[p.name];
            for (const auto& [field, why] : differences(rec, base, label, p, dropped_page, named)) {
                std::cout << label.path << ": " << p.name << ": " << field_name(field) << ": " << why << "\n";
                ++lost[field];
                ++failures;
            }
        }
    }
    std::cout << fmt::format("\n{:<62} {:>5} {:>8}", "perturbation", "docs", "unnamed");
    for (const auto& [f, name] : kFields) std::cout << fmt::format(" {:>9}", name);
    std::cout << "\n";
    for (const Perturbation& p : changes) {
        const auto& [documents, lost] = table[p.name];
        std::cout << fmt::format("{:<62} {:>5} {:>8}", p.name, documents, unnamed[p.name]);
        for (const auto& [f, name] : kFields) {
            const auto it = lost.find(f);
            std::cout << fmt::format(" {:>9}", (p.may_lose & f) ? "-" : std::to_string(it == lost.end() ? 0 : it->second));
        }
        std::cout << "\n";
    }
    std::cout << reports << " reports, " << failures << " fields lost\n";
    return failures == 0 && reports > 0 ? 0 : 1;
}
