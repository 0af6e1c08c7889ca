#include "ilacs/source.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "ilacs/document_error.hpp"
#include "ilacs/text_normalize.hpp"

namespace ilacs {

const char* format_name(InputFormat f) {
    switch (f) {
        case InputFormat::pdf: return "pdf";
        case InputFormat::html: return "html";
        case InputFormat::text: return "text";
        case InputFormat::binary: break;
    }
    return "binary";
}

std::string sha256_hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
    std::string hex;
    hex.reserve(len * 2);
    for (unsigned int i = 0; i < len; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

InputFormat detect_format(const std::string& bytes) {
    // The PDF header may follow some junk; readers accept it within the first kilobyte.
    if (bytes.substr(0, 1024).find("%PDF-") != std::string::npos) return InputFormat::pdf;
    std::size_t i = 0;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
    const std::string head = to_lower_ascii(bytes.substr(i, 512));
    if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
        head.find("<head") != std::string::npos || head.find("<body") != std::string::npos)
        return InputFormat::html;
    const std::string sample = bytes.substr(0, 64 * 1024);
    if (sample.find('\0') == std::string::npos) {
        // A cut in the middle of a multibyte character at the sample's end is not binary.
        std::size_t end = sample.size();
        for (int back = 0; back < 3 && end > 0 && (static_cast<unsigned char>(sample[end - 1]) & 0xC0) == 0x80; ++back) --end;
        if (end > 0 && (static_cast<unsigned char>(sample[end - 1]) & 0xC0) == 0xC0) --end;
        if (is_valid_utf8(std::string_view(sample).substr(0, end))) return InputFormat::text;
    }
    return InputFormat::binary;
}

Source make_source(std::string path, std::string bytes) {
    if (bytes.empty()) throw DocumentError("empty", "empty file");
    Source s;
    s.path = std::move(path);
    s.sha256 = sha256_hex(bytes);
    s.format = detect_format(bytes);
    s.bytes = std::move(bytes);
    return s;
}

Source load_source(const std::string& path, std::size_t max_bytes) {
    std::string bytes;
    if (path == "-") {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        // An ifstream opens a directory on Linux and reports a huge size for it.
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) throw DocumentError("unreadable", "a directory, not a file");
        std::ifstream in(path, std::ios::binary);
        if (!in) throw DocumentError("unreadable", std::strerror(errno));
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        if (size < 0) throw DocumentError("unreadable", "cannot tell its size (not a regular file?)");
        if (static_cast<std::size_t>(size) > max_bytes)
            throw DocumentError("too_large", fmt::format("{} bytes, over the limit of {} (--max-size)",
                                                         size, max_bytes));
        in.seekg(0);
        bytes.resize(static_cast<std::size_t>(size));
        if (!in.read(bytes.data(), size)) throw DocumentError("unreadable", "read failed");
    }
    if (bytes.size() > max_bytes)
        throw DocumentError("too_large", fmt::format("{} bytes, over the limit of {} (--max-size)",
                                                     bytes.size(), max_bytes));
    return make_source(path, std::move(bytes));
}

}  // namespace ilacs
