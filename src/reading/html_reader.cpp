// HTML (council web pages such as modern.gov minutes) through libxml2's HTML parser, laid
// out on the notional page: block elements become lines with a paragraph gap before them,
// list items lines with their bullet or number and their nesting as indentation, table rows
// lines whose cells stand in columns as a tab-separated text table's do.
//
// A page saved whole carries the site around its content. What is not content is told by
// structure, as assistive technology tells it: a page with a <main> (or role="main") is
// that element; navigation, asides, dialogs, forms' controls, hidden elements, and the
// page's own header and footer (not an article's) are dropped, as are the landmarks ARIA
// names for them (banner, navigation, contentinfo, search, complementary) and the consent
// banners that sites label as such (id, class or label naming cookies or consent). A table
// that lays the page out is read cell by cell, as blocks of the page.
#include <algorithm>
#include <climits>
#include <mutex>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reading/readers.hpp"
#include "notional_page.hpp"

namespace ilacs {

namespace {

constexpr double kListIndent = 18;  // points per level of list nesting

std::string name_of(const xmlNode* n) {
    return to_lower_ascii(reinterpret_cast<const char*>(n->name));
}

bool is_any(const std::string& name, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (name == n) return true;
    return false;
}

bool is_skipped(const std::string& name) {
    return is_any(name, {"head", "script", "style", "noscript", "template", "title", "object", "svg", "nav", "aside",
                         "dialog", "iframe", "button", "select", "input", "textarea", "menu"});
}

std::string attribute(const xmlNode* n, const char* attr) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
    if (!v) return "";
    std::string out = to_lower_ascii(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

bool has_attribute(const xmlNode* n, const char* attr) {
    return xmlHasProp(n, reinterpret_cast<const xmlChar*>(attr)) != nullptr;
}

bool contains(const std::string& text, std::initializer_list<const char*> parts) {
    for (const char* p : parts)
        if (text.find(p) != std::string::npos) return true;
    return false;
}

bool is_main(const xmlNode* n) {
    return name_of(n) == "main" || attribute(n, "role") == "main";
}

// Elements a reader of the page does not read as its content (see the top of the file).
bool is_furniture(const xmlNode* n, bool in_content) {
    const std::string name = name_of(n);
    if (is_skipped(name)) return true;
    if (!in_content && (name == "header" || name == "footer")) return true;
    const std::string role = attribute(n, "role");
    if (is_any(role, {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog", "menu",
                      "menubar", "toolbar"}))
        return true;
    std::string style = attribute(n, "style");
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (has_attribute(n, "hidden") || attribute(n, "aria-hidden") == "true" ||
        contains(style, {"display:none", "visibility:hidden"}))
        return true;
    const std::string names = attribute(n, "id") + " " + attribute(n, "class") + " " + attribute(n, "aria-label");
    return contains(names, {"cookie", "consent"});
}

// A form that holds no text of its own (a search box, a sign-up): controls only. Some sites
// wrap the whole page in one form, which is kept.
bool is_bare_form(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = name_of(c);
        if (is_any(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "article", "main", "section", "ul", "ol"}) ||
            !is_bare_form(c))
            return false;
    }
    return true;
}

// A table that lays out a page rather than holding data: marked as presentation, or with
// headings or another table inside its cells. Its cells are read as blocks of the page.
bool holds_page_content(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = name_of(c);
        if (is_any(name, {"h1", "h2", "h3", "h4", "h5", "h6", "table", "main", "article"}) || holds_page_content(c))
            return true;
    }
    return false;
}

bool is_layout_table(const xmlNode* n) {
    const std::string role = attribute(n, "role");
    return role == "presentation" || role == "none" || holds_page_content(n);
}

// The page's <main> elements (or role="main"), outermost only.
void find_main(const xmlNode* n, std::vector<const xmlNode*>& out) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_main(c)) out.push_back(c);
        else find_main(c, out);
    }
}

// Elements that start a line of their own.
bool is_block(const std::string& name) {
    return is_any(name, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "ul", "ol",
                         "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
                         "main", "address", "figure", "figcaption", "caption", "form", "fieldset",
                         "legend", "hr", "br", "center", "table", "tr"});
}

// Elements that a browser sets off from the text above by a margin.
bool has_margin(const std::string& name) {
    return is_any(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "hr", "table"});
}

bool is_bold_element(const std::string& name) {
    return is_any(name, {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"});
}

double heading_size(const std::string& name) {
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '3')
        return NotionalPage::kFontSize + 2 * (4 - (name[1] - '0'));
    return 0;
}

int attribute_int(const xmlNode* n, const char* attr, int fallback) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
    if (!v) return fallback;
    int out = fallback;
    try {
        out = std::stoi(reinterpret_cast<const char*>(v));
    } catch (const std::exception&) {
    }
    xmlFree(v);
    return out;
}

// All the text inside an element, block boundaries and line breaks as spaces: a table
// cell's content, which stays one cell however it is marked up inside.
void gather_text(const xmlNode* n, std::string& out, bool& all_bold, bool bold) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const std::string text = repair_glyphs(reinterpret_cast<const char*>(c->content));
            if (!bold && !collapse_spaces(text).empty()) all_bold = false;
            out += text;
        } else if (c->type == XML_ELEMENT_NODE) {
            const std::string name = name_of(c);
            if (is_furniture(c, true)) continue;
            if (is_block(name) || name == "td" || name == "th") out += ' ';
            gather_text(c, out, all_bold, bold || is_bold_element(name));
            if (is_block(name)) out += ' ';
        }
    }
}

class Layout {
public:
    explicit Layout(NotionalPage& page) : page_(page) {}

    void node(const xmlNode* n) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            add_text(repair_glyphs(reinterpret_cast<const char*>(n->content)));
        else if (n->type == XML_ELEMENT_NODE)
            element(n);
    }

    void flush() {
        if (!collapse_spaces(text_).empty()) {
            const bool bold = bold_chars_ * 2 > total_chars_;
            page_.add_line({{0, prefix_ + text_}}, indent_, font_size_, bold);
            prefix_.clear();
        }
        text_.clear();
        bold_chars_ = total_chars_ = 0;
    }

private:
    void walk(const xmlNode* n) {
        for (const xmlNode* c = n->children; c; c = c->next) node(c);
    }

    void add_text(const std::string& raw) {
        if (in_pre_) {
            // Preformatted text keeps its line breaks.
            std::size_t start = 0;
            for (std::size_t nl; (nl = raw.find('\n', start)) != std::string::npos; start = nl + 1) {
                add_run(raw.substr(start, nl - start));
                flush();
            }
            add_run(raw.substr(start));
        } else {
            add_run(raw);
        }
    }

    void add_run(const std::string& run) {
        const std::size_t visible = collapse_spaces(run).size();
        total_chars_ += visible;
        if (bold_depth_ > 0) bold_chars_ += visible;
        text_ += run;
    }

    void element(const xmlNode* n) {
        const std::string name = name_of(n);
        if (is_furniture(n, content_depth_ > 0) || (name == "form" && is_bare_form(n))) return;
        // Within an article or a section, a header or footer is the article's own.
        const bool content = is_any(name, {"article", "main", "section"}) || is_main(n);
        content_depth_ += content ? 1 : 0;
        if (name == "table") {
            if (is_layout_table(n)) layout_cells(n);
            else table(n);
            content_depth_ -= content ? 1 : 0;
            return;
        }
        const bool block = is_block(name);
        if (block) {
            flush();
            if (has_margin(name) || ((name == "ul" || name == "ol") && lists_.empty())) page_.gap();
        }
        if (name == "br" || name == "hr") {
            content_depth_ -= content ? 1 : 0;
            return;
        }
        const double saved_size = font_size_;
        if (const double size = heading_size(name)) font_size_ = size;
        const bool bold = is_bold_element(name);
        bold_depth_ += bold ? 1 : 0;
        const bool pre = name == "pre";
        in_pre_ = in_pre_ || pre;
        if (name == "ul" || name == "ol") {
            lists_.push_back(name == "ol" ? attribute_int(n, "start", 1) : 0);
            walk(n);
            lists_.pop_back();
        } else if (name == "li") {
            // The bullet or number a browser draws, and the list's nesting as indentation.
            const double saved_indent = indent_;
            indent_ = kListIndent * static_cast<double>(lists_.size());
            if (lists_.empty() || lists_.back() == 0) prefix_ = "\u2022 ";
            else prefix_ = std::to_string(lists_.back()++) + ". ";
            walk(n);
            flush();
            indent_ = saved_indent;
        } else {
            walk(n);
        }
        // The block's own text is flushed while its print size and weight still hold.
        if (block) flush();
        if (pre) in_pre_ = false;
        bold_depth_ -= bold ? 1 : 0;
        content_depth_ -= content ? 1 : 0;
        font_size_ = saved_size;
    }

    // Each row a line; each cell, however marked up inside, one cell in its column.
    void table(const xmlNode* n) {
        flush();
        page_.gap();
        rows(n);
    }

    // A layout table's cells, each a block of the page, in reading order.
    void layout_cells(const xmlNode* n) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            const std::string name = name_of(c);
            if (name == "td" || name == "th") {
                if (is_furniture(c, content_depth_ > 0)) continue;
                flush();
                page_.gap();
                walk(c);
                flush();
            } else if (is_any(name, {"thead", "tbody", "tfoot", "tr"})) {
                layout_cells(c);
            }
        }
    }

    void rows(const xmlNode* n) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            const std::string name = name_of(c);
            if (name == "tr") row(c);
            else if (name == "caption") row_text(c);
            else if (is_any(name, {"thead", "tbody", "tfoot"})) rows(c);
        }
    }

    void row_text(const xmlNode* n) {
        std::string text;
        bool all_bold = true;
        gather_text(n, text, all_bold, false);
        page_.add_line({{0, text}}, 0, NotionalPage::kFontSize, all_bold);
    }

    void row(const xmlNode* tr) {
        std::vector<NotionalPage::CellText> cells;
        bool all_bold = true;
        int column = 0;
        for (const xmlNode* c = tr->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            const std::string name = name_of(c);
            if (name != "td" && name != "th") continue;
            std::string text;
            gather_text(c, text, all_bold, name == "th");
            cells.push_back({column, text});
            column += std::max(1, std::min(attribute_int(c, "colspan", 1), 50));
        }
        page_.add_line(cells, 0, NotionalPage::kFontSize, all_bold);
    }

    NotionalPage& page_;
    std::string text_, prefix_;
    std::size_t bold_chars_ = 0, total_chars_ = 0;
    int bold_depth_ = 0;
    int content_depth_ = 0;  // open article, main and section elements
    bool in_pre_ = false;
    double font_size_ = NotionalPage::kFontSize;
    double indent_ = 0;
    std::vector<int> lists_;  // per open list: 0 for bullets, else the next item's number
};

struct FreeDoc {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

Document read_html(const Source& source) {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
    if (source.bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw DocumentError("too_large", "too large for the HTML reader");
    // UTF-8 unless the page is not: then the parser goes by the page's own declaration.
    const char* encoding = is_valid_utf8(source.bytes) ? "UTF-8" : nullptr;
    std::unique_ptr<xmlDoc, FreeDoc> html(htmlReadMemory(
        source.bytes.data(), static_cast<int>(source.bytes.size()), nullptr, encoding,
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!html) throw DocumentError("damaged", "the HTML parser could not read the page");
    NotionalPage page;
    if (const xmlNode* root = xmlDocGetRootElement(html.get())) {
        Layout layout(page);
        std::vector<const xmlNode*> main;
        find_main(root, main);
        if (main.empty()) main.push_back(root);
        for (const xmlNode* n : main) layout.node(n);
        layout.flush();
    }
    return page.finish("no_text", "the HTML page holds no text");
}

}  // namespace ilacs
