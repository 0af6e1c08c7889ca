// PDF text through poppler-cpp: every word's box and font, assembled into lines.
#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>
#include <string_view>

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reading/line_assembly.hpp"
#include "ilacs/reading/readers.hpp"

namespace ilacs {

namespace {

// Poppler reports every oddity of a file on stderr; a damaged file is told by the load
// failing, so its chatter is dropped once for the whole process.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8(const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

bool is_bold_font(const std::string& name) {
    return name.find("Bold") != std::string::npos || name.find("Black") != std::string::npos ||
           name.find("Heavy") != std::string::npos || name.find("Semibold") != std::string::npos;
}

// A PDF ends with "%%EOF" (readers allow some junk after it): a file without one was cut
// short, usually by a broken download.
bool cut_short(std::string_view bytes) {
    constexpr std::size_t kTail = 1024;
    return bytes.substr(bytes.size() > kTail ? bytes.size() - kTail : 0).find("%%EOF") == std::string_view::npos;
}

}  // namespace

struct PdfPages::State {
    std::unique_ptr<poppler::document> pdf;
    int page_count = 0;
    bool truncated = false;
    const char* damage = "";
    Document doc;           // the pages read, in page order
    std::vector<bool> read;  // by page index
    std::size_t characters = 0;
    int lost_pages = 0;

    Page read_page(int index) {
        Page out;
        out.number = index + 1;
        std::unique_ptr<poppler::page> page(pdf->create_page(index));
        if (!page) {
            ++lost_pages;
            return out;
        }
        const poppler::rectf box = page->page_rect();
        out.width = box.width();
        out.height = box.height();
        std::vector<PlacedWord> words;
        for (const poppler::text_box& tb : page->text_list(poppler::page::text_list_include_font)) {
            const poppler::rectf r = tb.bbox();
            PlacedWord pw;
            pw.word.text = repair_glyphs(utf8(tb.text()));
            pw.word.x0 = r.left();
            pw.word.y0 = r.top();
            pw.word.x1 = r.right();
            pw.word.y1 = r.bottom();
            if (tb.has_font_info()) {
                pw.word.font_size = tb.get_font_size();
                pw.word.bold = is_bold_font(tb.get_font_name());
            }
            pw.space_after = tb.has_space_after();
            characters += pw.word.text.size();
            words.push_back(std::move(pw));
        }
        out.lines = assemble_lines(std::move(words), out.number);
        return out;
    }

    // What only the whole file can tell.
    void check_whole() const {
        if (truncated && characters == 0) throw DocumentError("damaged", fmt::format("{}: no text could be read", damage));
        if (truncated && lost_pages > 0)
            throw DocumentError("damaged", fmt::format("{}: {} of {} pages could not be read", damage, lost_pages, page_count));
        if (characters == 0) throw DocumentError("no_text", "no text layer: scanned?");
    }
};

PdfPages::PdfPages(const Source& source) : state_(std::make_unique<State>()) {
    silence_poppler();
    if (source.bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw DocumentError("too_large", "too large for the PDF reader");
    State& s = *state_;
    s.pdf.reset(poppler::document::load_from_raw_data(source.bytes.data(), static_cast<int>(source.bytes.size())));
    // Poppler reads what it can of a file that was cut short; when that is every page, the
    // record is whole. Otherwise the file is reported as damaged, so that it is fetched
    // again, rather than read as a report that seems to lack its later pages or its text.
    s.truncated = cut_short(source.bytes);
    s.damage = s.truncated ? "damaged PDF: cut short (no %%EOF at its end)" : "damaged PDF";
    if (!s.pdf) throw DocumentError("damaged", fmt::format("{}: poppler could not open it", s.damage));
    if (s.pdf->is_locked()) throw DocumentError("encrypted", "encrypted PDF: a password is needed to open it");
    s.page_count = s.pdf->pages();
    if (s.page_count <= 0) throw DocumentError("damaged", fmt::format("{}: no pages", s.damage));
    s.read.assign(static_cast<std::size_t>(s.page_count), false);
    // Whether a file cut short lost pages is known only from all of them: it is read whole.
    if (s.truncated) read_through(s.page_count);
}

PdfPages::~PdfPages() = default;

int PdfPages::page_count() const { return state_->page_count; }

int PdfPages::pages_read() const { return static_cast<int>(state_->doc.pages.size()); }

const Document& PdfPages::document() const { return state_->doc; }

bool PdfPages::has_read(int number) const {
    return number >= 1 && number <= page_count() && state_->read[static_cast<std::size_t>(number - 1)];
}

int PdfPages::leading_pages_read() const {
    int n = 0;
    while (n < page_count() && has_read(n + 1)) ++n;
    return n;
}

void PdfPages::read_through(int count) {
    std::vector<int> numbers;
    for (int n = 1; n <= std::min(count, page_count()); ++n) numbers.push_back(n);
    read_pages(numbers);
}

void PdfPages::read_pages(const std::vector<int>& numbers) {
    State& s = *state_;
    bool added = false;
    for (const int n : numbers) {
        if (n < 1 || n > s.page_count || has_read(n)) continue;
        Page page = s.read_page(n - 1);
        s.read[static_cast<std::size_t>(n - 1)] = true;
        const auto at = std::upper_bound(s.doc.pages.begin(), s.doc.pages.end(), n,
                                         [](int number, const Page& p) { return number < p.number; });
        s.doc.pages.insert(at, std::move(page));
        added = true;
    }
    if (!added) return;
    if (all_read()) s.check_whole();
    mark_page_furniture(s.doc);
}

Document read_pdf(const Source& source) {
    PdfPages pages(source);
    pages.read_through(pages.page_count());
    return pages.document();
}

}  // namespace ilacs
