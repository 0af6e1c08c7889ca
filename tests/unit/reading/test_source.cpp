#include <doctest/doctest.h>

#include "ilacs/reading/source.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::document_error_code;

TEST_CASE("source: detect_format tells a PDF by its header, not its name") {
    CHECK(detect_format("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") == InputFormat::pdf);
    // Readers accept junk before the header, within the first kilobyte.
    CHECK(detect_format(std::string(100, ' ') + "%PDF-1.4\n") == InputFormat::pdf);
    CHECK(detect_format(std::string(2000, 'x') + "%PDF-1.4\n") == InputFormat::text);
}

TEST_CASE("source: detect_format tells HTML from text") {
    CHECK(detect_format("<!DOCTYPE html><html><body>Report not found</body></html>") == InputFormat::html);
    CHECK(detect_format("\xEF\xBB\xBF\n  <HTML lang=en>") == InputFormat::html);
    CHECK(detect_format("<?xml version=\"1.0\"?>\n<html><head><title>x</title></head>") == InputFormat::html);
    CHECK(detect_format("Inspection dates: 8 to 19 June 2026\n") == InputFormat::text);
    CHECK(detect_format("children\u2019s services \u2013 # Markdown *is* text\n") == InputFormat::text);
}

TEST_CASE("source: detect_format calls NULs and bad UTF-8 binary") {
    CHECK(detect_format(std::string("PK\x03\x04\0\0", 6)) == InputFormat::binary);
    CHECK(detect_format("caf\xE9 latin-1") == InputFormat::binary);
    // A multibyte character cut by the 64 KiB sample is still text.
    std::string long_text(64 * 1024 - 1, 'a');
    long_text += "\u2019 and more";
    CHECK(detect_format(long_text) == InputFormat::text);
}

TEST_CASE("source: sha256_hex of known vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("source: make_source fills digest and format") {
    const Source s = make_source("in/report.pdf", "<html><body>Not found</body></html>");
    CHECK(s.path == "in/report.pdf");
    CHECK(s.format == InputFormat::html);
    CHECK(s.sha256 == sha256_hex(s.bytes));
    CHECK(std::string(format_name(s.format)) == "html");
    CHECK(std::string(format_name(InputFormat::pdf)) == "pdf");
    CHECK(std::string(format_name(InputFormat::text)) == "text");
    CHECK(std::string(format_name(InputFormat::binary)) == "binary");
}

TEST_CASE("source: make_source on empty bytes throws DocumentError empty") {
    CHECK(document_error_code([] { make_source("empty.pdf", ""); }) == "empty");
}

TEST_CASE("source: load_source reads a file and enforces the size limit") {
    const ilacs::test::TempDir dir("source");
    const std::string path = dir.write("in.txt", "Lead inspector: Jane Smith\n").string();
    const Source s = load_source(path);
    CHECK(s.path == path);
    CHECK(s.bytes == "Lead inspector: Jane Smith\n");
    CHECK(s.format == InputFormat::text);
    CHECK(document_error_code([&] { load_source(path, 10); }) == "too_large");
    CHECK(document_error_code([&] { load_source(path + ".missing"); }) == "unreadable");
    CHECK(document_error_code([&] { load_source(dir.path().string()); }) == "unreadable");
}
