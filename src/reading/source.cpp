#include "ilacs/reading/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "ilacs/model/document_error.hpp"
#include "ilacs/model/text_normalize.hpp"

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

namespace {

// Bytes no text file holds, NUL among them; white space and form feeds are text.
bool is_stray_control(unsigned char b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r') || b == 0x7F;
}

std::string utf16_to_utf8(std::string_view b, bool big_endian) {
    const auto unit = [&](std::size_t i) {
        const auto hi = static_cast<unsigned char>(b[big_endian ? i : i + 1]);
        const auto lo = static_cast<unsigned char>(b[big_endian ? i + 1 : i]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    std::string out;
    out.reserve(b.size());
    for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < b.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;  // an unpaired surrogate; the readers drop U+FFFD
        }
        append_utf8(out, cp);
    }
    return out;
}

// Windows-1252, the superset of Latin-1 that Windows text exports use: 0x80-0x9F hold
// curly quotes, dashes and the euro sign (0: unassigned, dropped).
std::string cp1252_to_utf8(std::string_view b) {
    static constexpr char32_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(b.size() + b.size() / 8);
    for (const char c : b) {
        const auto u = static_cast<unsigned char>(c);
        const char32_t cp = u >= 0x80 && u < 0xA0 ? high[u - 0x80] : u;
        if (cp != 0) append_utf8(out, cp);
    }
    return out;
}

// Text that detect_format cannot take as UTF-8 as it stands: UTF-16 with a byte order mark,
// a single-byte code page, or text with a stray NUL or two. Returns it as UTF-8, noting in
// warnings what was guessed or dropped; nullopt for bytes that are not text.
std::optional<std::string> as_utf8_text(const std::string& bytes, std::vector<std::string>& warnings) {
    const bool little_endian = bytes.compare(0, 2, "\xFF\xFE") == 0;
    const bool utf16 = little_endian || bytes.compare(0, 2, "\xFE\xFF") == 0;
    const auto stray = [](char c) { return is_stray_control(static_cast<unsigned char>(c)); };
    std::string decoded = utf16 ? utf16_to_utf8(std::string_view(bytes).substr(2), !little_endian) : std::string();
    const std::string& text = utf16 ? decoded : bytes;
    const auto strays = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), stray));
    // A control byte in a thousand is damage to text; more than that, it is not text at all.
    if (strays > std::max<std::size_t>(1, text.size() / 1000)) return std::nullopt;
    std::string out = utf16 ? std::move(decoded) : bytes;
    if (strays > 0) {
        out.erase(std::remove_if(out.begin(), out.end(), stray), out.end());
        warnings.push_back(fmt::format("{} control byte{} (such as NUL) dropped from the text", strays,
                                       strays == 1 ? "" : "s"));
    }
    if (!utf16 && !is_valid_utf8(out)) {
        out = cp1252_to_utf8(out);
        warnings.push_back("the text is not UTF-8: read as Windows-1252 (Latin-1)");
    }
    return out;
}

bool only_white_space(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::string errno_reason(const char* what) { return fmt::format("{}: {}", what, std::strerror(errno)); }

// Reads fd to its end, stopping as soon as it passes max_bytes.
std::string read_all(int fd, std::size_t max_bytes, std::size_t expected) {
    std::string bytes;
    bytes.reserve(std::min(expected, max_bytes) + 1);
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw DocumentError("unreadable", errno_reason("cannot read"));
        if (n == 0) return bytes;
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > max_bytes)
            throw DocumentError("too_large", fmt::format("too large: over the limit of {} bytes (--max-size)", max_bytes));
    }
}

}  // namespace

Source make_source(std::string path, std::string bytes) {
    if (bytes.empty()) throw DocumentError("empty", "empty file");
    Source s;
    s.path = std::move(path);
    s.sha256 = sha256_hex(bytes);
    s.format = detect_format(bytes);
    if (s.format == InputFormat::binary) {
        if (auto text = as_utf8_text(bytes, s.warnings)) {
            bytes = std::move(*text);
            s.format = detect_format(bytes);
        }
    }
    if (s.format != InputFormat::pdf && only_white_space(bytes)) throw DocumentError("empty", "empty file: only white space");
    s.bytes = std::move(bytes);
    return s;
}

Source load_source(const std::string& path, std::size_t max_bytes) {
    if (path == "-") return make_source(path, read_all(STDIN_FILENO, max_bytes, 0));
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw DocumentError("unreadable", errno_reason("cannot open"));
    const struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw DocumentError("unreadable", errno_reason("cannot read"));
    if (S_ISDIR(st.st_mode)) throw DocumentError("unreadable", "a directory, not a file");
    // The size of a regular file is known before reading: a huge one is refused at once.
    // Pipes and devices say nothing of their size and are read up to the limit.
    const bool regular = S_ISREG(st.st_mode);
    if (regular && static_cast<std::size_t>(st.st_size) > max_bytes)
        throw DocumentError("too_large", fmt::format("too large: {} bytes, over the limit of {} bytes (--max-size)",
                                                     st.st_size, max_bytes));
    return make_source(path, read_all(fd, max_bytes, regular ? static_cast<std::size_t>(st.st_size) : 0));
}

}  // namespace ilacs
