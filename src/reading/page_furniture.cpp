// Page furniture: what repeats at the top and foot of pages, bare page numbers, and
// footnotes. They keep their text (`ilacs text --all` shows them) but are not content.
#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "ilacs/reading/readers.hpp"

namespace ilacs {

namespace {

constexpr double kHeaderBand = 0.11;  // share of the page height at the top
constexpr double kFooterBand = 0.10;  // and at the foot

// Digits vary from page to page in a running header ("... services  7"), so they are
// folded before comparing.
std::string fold_digits(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (out.empty() || out.back() != '#') out += '#';
        } else {
            out += c;
        }
    }
    return out;
}

bool is_contents_title(const std::string& norm) {
    static const RE2 re(R"((?i)^(?:table of )?contents$)");
    return RE2::FullMatch(norm, re);
}

// A contents entry ends in its page number, spaced or glued ("... improve?4").
bool ends_in_page_number(const Line& l) {
    static const RE2 re(R"(\D\s*\d{1,3}$)");
    return RE2::PartialMatch(l.norm, re);
}

// Every line after a "Contents" title on its page that ends in a page number is an entry.
void mark_contents(Page& page) {
    bool in_contents = false;
    for (Line& l : page.lines) {
        if (l.role != LineRole::content) continue;
        if (is_contents_title(l.norm)) in_contents = true;
        else if (in_contents && ends_in_page_number(l)) l.role = LineRole::contents_entry;
    }
}

bool is_page_number(const std::string& norm) {
    static const RE2 re(R"((?i)^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$)");
    return RE2::FullMatch(norm, re);
}

}  // namespace

std::vector<ContentsEntry> contents_entries(const Document& doc) {
    static const RE2 entry(R"(^(.*?)[\s.]*(\d{1,3})$)");
    constexpr double kIndent = 3;  // points: less than this is the same margin
    struct Printed {
        double x0;
        bool bold;
        std::string title;
    };
    // A part's entry stands out from those under it: bold over plain, or printed further left.
    auto outranks = [&](const Printed& part, const Printed& e) {
        return part.bold != e.bold ? part.bold : part.x0 < e.x0 - kIndent;
    };
    std::vector<ContentsEntry> entries;
    for (const Page& p : doc.pages) {
        bool in_contents = false;
        const Line* wrapped = nullptr;  // a title's first line, which has no page number
        std::vector<Printed> above;
        for (const Line& l : p.lines) {
            if (l.role == LineRole::content && is_contents_title(l.norm)) {
                in_contents = true;
                wrapped = nullptr;
            } else if (in_contents && l.role == LineRole::contents_entry) {
                ContentsEntry e;
                if (!RE2::FullMatch(l.norm, entry, &e.title, &e.page)) continue;
                const Line& first = wrapped ? *wrapped : l;
                if (wrapped) e.title = wrapped->norm + " " + e.title;
                wrapped = nullptr;
                const Printed printed{first.x0, first.bold, e.title};
                for (auto it = above.rbegin(); it != above.rend(); ++it) {
                    if (!outranks(*it, printed)) continue;
                    e.part = it->title;
                    break;
                }
                above.push_back(printed);
                entries.push_back(std::move(e));
            } else if (in_contents && l.role == LineRole::content) {
                wrapped = &l;
            }
        }
    }
    return entries;
}

void mark_page_furniture(Document& doc) {
    if (!doc.paged) return;
    for (Page& p : doc.pages)
        for (Line& l : p.lines) l.role = LineRole::content;
    // Which folded texts stand in the header or footer band of more than one page.
    std::map<std::string, std::set<int>> header_pages, footer_pages;
    for (const Page& p : doc.pages) {
        for (const Line& l : p.lines) {
            if (l.y1 <= p.height * kHeaderBand) header_pages[fold_digits(l.norm)].insert(p.number);
            if (l.y0 >= p.height * (1 - kFooterBand)) footer_pages[fold_digits(l.norm)].insert(p.number);
        }
    }
    const double body = doc.body_font_size();
    // A running header is in small print or on many pages: a heading that happens to open
    // two pages ("Recommendations" for the authority and for the LSCB) is not one.
    const std::size_t many = std::max<std::size_t>(3, doc.pages.size() / 4);
    auto running = [&](std::size_t pages_with_it, const Line& l) {
        return pages_with_it >= many || (pages_with_it > 1 && l.font_size < body * 0.9);
    };
    for (Page& p : doc.pages) {
        mark_contents(p);
        for (Line& l : p.lines) {
            const bool top = l.y1 <= p.height * kHeaderBand;
            const bool foot = l.y0 >= p.height * (1 - kFooterBand);
            // A bare number first or last on the page is its number, wherever the margin is.
            const bool outermost = &l == &p.lines.front() || &l == &p.lines.back();
            if ((top || foot || outermost) && is_page_number(l.norm)) l.role = LineRole::page_number;
            else if (top && running(header_pages[fold_digits(l.norm)].size(), l)) l.role = LineRole::running_header;
            else if (foot && running(footer_pages[fold_digits(l.norm)].size(), l)) l.role = LineRole::running_footer;
        }
        // Footnotes: the run of small-print lines at the foot of the page, the first of
        // them starting with its number.
        if (body <= 0) continue;
        std::vector<Line*> run;
        for (auto it = p.lines.rbegin(); it != p.lines.rend(); ++it) {
            if (it->role != LineRole::content) continue;
            if (it->y0 < p.height * 0.6 || it->font_size > body * 0.9 || it->font_size <= 0) break;
            run.push_back(&*it);
        }
        // The run reads upwards; it is a footnote block if its top line starts with a number.
        while (!run.empty()) {
            const std::string& top = run.back()->norm;
            if (!top.empty() && top[0] >= '0' && top[0] <= '9') break;
            run.pop_back();
        }
        for (Line* l : run) l->role = LineRole::footnote;
    }
}

}  // namespace ilacs
