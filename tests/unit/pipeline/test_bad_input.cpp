// Bad input: every damaged, encrypted, empty, mislabelled, huge or oddly encoded input gets an
// error record with the code of SPEC.md, or a record with a warning, and never an exception.
// Every input is made here; none comes from a file of the project or of ../shared.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>

#include <fmt/format.h>

#include "ilacs/pipeline/extract.hpp"
#include "ilacs/reading/readers.hpp"
#include "support.hpp"
#include "tiny_pdf.hpp"

using namespace ilacs;
using ilacs::test::rules;
using ilacs::test::show;
using ilacs::test::TempDir;
using ilacs::test::tiny_pdf;

namespace {

const std::string kHtmlPage =
    "<!DOCTYPE html><html><head><title>Report not found</title></head><body>Not found</body></html>";

std::string two_page_pdf() {
    return tiny_pdf({show("F2", 16, 72, 770, "Inspection of children's social care services"),
                     show("F1", 11, 72, 770, "Lead inspector: Jane Smith")});
}

std::string error_code(const Record& rec) { return rec.error ? rec.error->code : "(no error)"; }
std::string error_message(const Record& rec) { return rec.error ? rec.error->message : "(no error)"; }

bool has_warning(const Record& rec, const std::string& part) {
    for (const std::string& w : rec.warnings)
        if (w.find(part) != std::string::npos) return true;
    return false;
}

// ctest runs each test case in a process of its own and counts exit status 77 as skipped.
void require_program(const std::string& name) {
    if (std::system(fmt::format("command -v {} >/dev/null 2>&1", name).c_str()) == 0) return;
    std::cerr << "SKIPPED: " << name << " is not installed (Debian package " << name
              << "; scripts/setup.sh installs it)\n";
    std::exit(77);
}

// Text as a UTF-16 file holds it: a byte order mark, then two bytes a code unit.
std::string utf16(const std::u16string& text, bool big_endian) {
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t unit : text) {
        const char high = static_cast<char>(unit >> 8), low = static_cast<char>(unit & 0xFF);
        out += big_endian ? std::string{high, low} : std::string{low, high};
    }
    return out;
}

template <typename F>
double seconds_taken(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("bad input: an HTML page saved as .pdf is not_pdf, and keeps its digest and format") {
    const Record rec = extract_source(make_source("in/report.pdf", kHtmlPage), rules());
    CHECK(error_code(rec) == "not_pdf");
    CHECK(error_message(rec) == "not a PDF: the file holds an HTML page");
    CHECK(rec.source.path == "in/report.pdf");
    CHECK(rec.source.format == "html");
    CHECK(rec.source.sha256 == sha256_hex(kHtmlPage));
    CHECK(rec.judgements.empty());

    const TempDir dir("bad_not_pdf");
    const Record from_disk = extract_file(dir.write("report.PDF", kHtmlPage).string(), rules());
    CHECK(error_code(from_disk) == "not_pdf");
}

TEST_CASE("bad input: a PDF cut in half is damaged, and says it was cut short") {
    const std::string pdf = two_page_pdf();
    const Record rec = extract_source(make_source("cut.pdf", pdf.substr(0, pdf.size() / 2)), rules());
    CHECK(error_code(rec) == "damaged");
    CHECK(error_message(rec) == "damaged PDF: cut short (no %%EOF at its end): poppler could not open it");
    CHECK(rec.source.format == "pdf");
}

TEST_CASE("bad input: a PDF that lost only its end marker is read whole") {
    // Poppler recovers every page: the record is complete, so it is given without an error.
    const std::string pdf = two_page_pdf();
    const Record rec = extract_source(make_source("cut.pdf", pdf.substr(0, pdf.rfind("%%EOF"))), rules());
    CHECK(error_code(rec) == "(no error)");
    CHECK(rec.source.pages == 2);
    CHECK(rec.kind == "ilacs_inspection");
    CHECK(rec.inspection.lead_inspector == "Jane Smith");
}

TEST_CASE("bad input: a PDF cut at any length gives an error or a whole record, never an exception") {
    const std::string pdf = two_page_pdf();
    for (std::size_t n = 1; n < pdf.size(); ++n) {
        CAPTURE(n);
        const Record rec = extract_source(make_source("cut.pdf", pdf.substr(0, n)), rules());
        if (rec.error) {
            // Shorter than "%PDF-", the bytes are not a PDF at all.
            CHECK(rec.error->code == (n < 5 ? "not_pdf" : "damaged"));
        } else {
            CHECK(rec.source.pages == 2);
            CHECK(rec.inspection.lead_inspector == "Jane Smith");
        }
    }
}

TEST_CASE("bad input: a PDF with a user password is encrypted, with only an owner password it reads") {
    require_program("qpdf");
    const TempDir dir("bad_encrypted");
    const auto plain = dir.write("plain.pdf", two_page_pdf());
    const auto locked = dir.path() / "locked.pdf";
    const auto owner_only = dir.path() / "owner_only.pdf";
    REQUIRE(std::system(fmt::format("qpdf --encrypt user owner 256 -- '{}' '{}'", plain.string(), locked.string()).c_str()) == 0);
    REQUIRE(std::system(fmt::format("qpdf --encrypt '' owner 256 -- '{}' '{}'", plain.string(), owner_only.string()).c_str()) == 0);

    const Record rec = extract_file(locked.string(), rules());
    CHECK(error_code(rec) == "encrypted");
    CHECK(error_message(rec) == "encrypted PDF: a password is needed to open it");
    CHECK(rec.source.format == "pdf");

    const Record readable = extract_file(owner_only.string(), rules());
    CHECK(error_code(readable) == "(no error)");
    CHECK(readable.source.pages == 2);
    CHECK(readable.inspection.lead_inspector == "Jane Smith");
}

TEST_CASE("bad input: an empty file, one of white space only, a directory and a missing file") {
    const TempDir dir("bad_empty");
    const Record empty = extract_file(dir.write("empty.pdf", "").string(), rules());
    CHECK(error_code(empty) == "empty");
    CHECK(error_message(empty) == "empty file");

    for (const char* name : {"blank.txt", "blank.pdf"}) {
        CAPTURE(name);
        const Record blank = extract_file(dir.write(name, " \n\t\r\n  \n").string(), rules());
        CHECK(error_code(blank) == "empty");
        CHECK(error_message(blank) == "empty file: only white space");
    }
    CHECK(ilacs::test::document_error_code([] { make_source("-", "\xEF\xBB\xBF \n"); }) == "empty");

    const Record directory = extract_file(dir.path().string(), rules());
    CHECK(error_code(directory) == "unreadable");
    CHECK(error_message(directory) == "a directory, not a file");

    const Record missing = extract_file((dir.path() / "missing.pdf").string(), rules());
    CHECK(error_code(missing) == "unreadable");
    CHECK(error_message(missing) == std::string("cannot open: ") + std::strerror(ENOENT));
    CHECK(missing.source.path == (dir.path() / "missing.pdf").string());
}

TEST_CASE("bad input: a PDF whose page only draws has no text layer") {
    const Record rec = extract_source(make_source("scan.pdf", tiny_pdf({"0.5 g 72 72 200 100 re f"})), rules());
    CHECK(error_code(rec) == "no_text");
    CHECK(error_message(rec) == "no text layer: scanned?");
}

TEST_CASE("bad input: random bytes are not_pdf whatever their name") {
    std::mt19937 random(20260608);
    std::string bytes(4096, '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    REQUIRE(bytes.substr(0, 1024).find("%PDF-") == std::string::npos);

    const Record bin = extract_source(make_source("data.bin", bytes), rules());
    CHECK(error_code(bin) == "not_pdf");
    CHECK(error_message(bin) == "not a PDF, HTML or text file (unrecognised bytes)");
    CHECK(bin.source.format == "binary");
    const Record pdf = extract_source(make_source("data.pdf", bytes), rules());
    CHECK(error_code(pdf) == "not_pdf");
    CHECK(error_message(pdf) == "not a PDF: the file holds unrecognised bytes");
}

TEST_CASE("bad input: short random inputs and random bytes after a PDF header never throw") {
    std::mt19937 random(7);
    for (int round = 0; round < 300; ++round) {
        std::string bytes(1 + random() % 200, '\0');
        for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
        if (round % 2 == 1) bytes = "%PDF-1.4\n" + bytes;
        CAPTURE(round);
        CHECK_NOTHROW(extract_source(make_source(round % 3 == 0 ? "x.pdf" : "x.txt", bytes), rules()));
    }
}

TEST_CASE("bad input: UTF-16 text with a byte order mark is read, as UTF-8") {
    // An unpaired surrogate at the end of the line becomes U+FFFD, which the reader drops.
    std::u16string text = u"Caf\u00E9 \u2013 \U0001F600";
    text += static_cast<char16_t>(0xD800);
    text += u"\n";
    for (const bool big_endian : {false, true}) {
        CAPTURE(big_endian);
        const std::string bytes = utf16(text, big_endian);
        const Source s = make_source("utf16.txt", bytes);
        CHECK(s.format == InputFormat::text);
        CHECK(s.bytes == "Caf\u00E9 \u2013 \U0001F600\uFFFD\n");
        CHECK(s.sha256 == sha256_hex(bytes));
        CHECK(s.warnings.empty());
        const Document doc = read_plain_text(s);
        REQUIRE(doc.pages.front().lines.size() == 1);
        CHECK(doc.pages.front().lines.front().text == "Caf\u00E9 \u2013 \U0001F600");
    }
}

TEST_CASE("bad input: UTF-16 HTML is HTML, and its name still decides not_pdf") {
    const std::string bytes = utf16(std::u16string(kHtmlPage.begin(), kHtmlPage.end()), false);
    CHECK(make_source("page.html", bytes).format == InputFormat::html);
    CHECK(error_code(extract_source(make_source("page.pdf", bytes), rules())) == "not_pdf");
}

TEST_CASE("bad input: text that is not UTF-8 is read as Windows-1252, with a warning") {
    const std::string latin1 = "Lead inspector: Jos\xE9 N\xFA\xF1" "ez\n\x93Good\x94 \x96 \x80" "5\n";
    const Source s = make_source("notes.txt", latin1);
    CHECK(s.format == InputFormat::text);
    CHECK(s.bytes == "Lead inspector: Jos\u00E9 N\u00FA\u00F1" "ez\n\u201CGood\u201D \u2013 \u20AC" "5\n");
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings.front() == "the text is not UTF-8: read as Windows-1252 (Latin-1)");
    const Record rec = extract_source(s, rules());
    CHECK(error_code(rec) == "(no error)");
    CHECK(has_warning(rec, "Windows-1252"));
}

TEST_CASE("bad input: a NUL in the middle of text is dropped with a warning, many make it binary") {
    std::string text = "Inspection of children's social care services\nLead inspector: Jane";
    text += '\0';
    text += " Smith\n";
    const Source s = make_source("report.txt", text);
    CHECK(s.format == InputFormat::text);
    CHECK(s.bytes.find('\0') == std::string::npos);
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings.front() == "1 control byte (such as NUL) dropped from the text");
    const Record rec = extract_source(s, rules());
    CHECK(rec.inspection.lead_inspector == "Jane Smith");
    CHECK(has_warning(rec, "control byte"));

    // A control byte in every few is what binary files look like, not damage to text.
    std::string binary;
    for (int i = 0; i < 100; ++i) binary += std::string("ab\0\x01", 4);
    CHECK(make_source("data.txt", binary).format == InputFormat::binary);
}

TEST_CASE("bad input: a file over the size limit is too_large, refused without reading it") {
    const TempDir dir("bad_too_large");
    // Sparse: it takes no disk space, and reading it would take far longer than the check.
    const auto huge = dir.path() / "huge.pdf";
    std::ofstream(huge).put('%');
    std::filesystem::resize_file(huge, std::uintmax_t{16} << 30);
    Record rec;
    CHECK(seconds_taken([&] { rec = extract_file(huge.string(), rules()); }) < 2.0);
    CHECK(error_code(rec) == "too_large");
    CHECK(error_message(rec) == fmt::format("too large: {} bytes, over the limit of {} bytes (--max-size)",
                                            std::uintmax_t{16} << 30, kDefaultMaxInputBytes));

    const auto two_mib = dir.write("two_mib.txt", std::string(2 << 20, 'a'));
    CHECK(error_code(extract_file(two_mib.string(), rules(), ExtractOptions{1 << 20})) == "too_large");
    CHECK(error_code(extract_file(two_mib.string(), rules(), ExtractOptions{3 << 20})) == "(no error)");
}

TEST_CASE("bad input: a device or pipe, whose size is unknown, is read only up to the limit") {
    Record rec;
    CHECK(seconds_taken([&] { rec = extract_file("/dev/zero", rules(), ExtractOptions{1 << 20}); }) < 2.0);
    CHECK(error_code(rec) == "too_large");
    CHECK(error_message(rec) == "too large: over the limit of 1048576 bytes (--max-size)");
}

TEST_CASE("bad input: a large text input within the limit is read in reasonable time") {
    std::string text = "Inspection of children's social care services\nLead inspector: Jane Smith\n";
    const std::string paragraph =
        "The quality of plans for children in need varies.\tGood\n- Leaders know their services well.\n\n";
    while (text.size() < (8u << 20)) text += paragraph;
    Record rec;
    // Linear work takes a second or two; anything worse than linear takes hours.
    CHECK(seconds_taken([&] { rec = extract_source(make_source("big.txt", text), rules()); }) < 60.0);
    CHECK(error_code(rec) == "(no error)");
    CHECK(rec.inspection.lead_inspector == "Jane Smith");
}

TEST_CASE("bad input: in a batch a bad file between two good ones leaves them their records") {
    const TempDir dir("bad_batch");
    const std::vector<std::string> files = {dir.write("a.pdf", two_page_pdf()).string(),
                                            dir.write("bad.pdf", kHtmlPage).string(),
                                            dir.write("c.pdf", two_page_pdf()).string()};
    std::vector<Record> records;
    for (const std::string& f : files) records.push_back(extract_file(f, rules()));
    CHECK(error_code(records[0]) == "(no error)");
    CHECK(records[0].inspection.lead_inspector == "Jane Smith");
    CHECK(error_code(records[1]) == "not_pdf");
    CHECK(error_code(records[2]) == "(no error)");
    CHECK(records[2].inspection.lead_inspector == "Jane Smith");
}
