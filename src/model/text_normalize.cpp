#include "ilacs/model/text_normalize.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace ilacs {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i. Invalid
// bytes come back as U+FFFD, one byte at a time.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += len;
    return cp;
}

const char* ligature(char32_t cp) {
    static constexpr std::array<const char*, 7> spelt = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    return cp >= 0xFB00 && cp <= 0xFB06 ? spelt[cp - 0xFB00] : nullptr;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string repair_glyphs(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        if (const char* l = ligature(cp)) out += l;
        else if (cp < 0x20 && cp != '\t' && cp != '\n') continue;
        else if (cp == 0xFFFD || cp == 0xAD || cp == 0x200B || cp == 0xFEFF) continue;  // soft hyphen, zero width
        else append_utf8(out, cp);
    }
    return out;
}

namespace {

// Walks s with runs of white space folded to one space and none at either end; `emit` gets
// each other code point with its original bytes.
template <typename Emit>
std::string fold_spaces(std::string_view s, Emit emit) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const char32_t cp = next_code_point(s, i);
        if (is_space(cp)) { pending_space = !out.empty(); continue; }
        if (pending_space) { out += ' '; pending_space = false; }
        emit(out, cp, s.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string normalize_for_matching(std::string_view s) {
    return fold_spaces(s, [](std::string& out, char32_t cp, std::string_view) {
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) cp = '\'';
        else if (cp == 0x201C || cp == 0x201D || cp == 0x201F || cp == 0x2033) cp = '"';
        else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0x2500 || cp == 0xF02D) cp = '-';
        if (const char* l = ligature(cp)) out += l;
        else append_utf8(out, cp);
    });
}

std::string collapse_spaces(std::string_view s) {
    return fold_spaces(s, [](std::string& out, char32_t, std::string_view bytes) { out.append(bytes); });
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string snake_case(std::string_view s) {
    std::string key;
    for (const char c : to_lower_ascii(s)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
        else if (!key.empty() && key.back() != '_') key += '_';
    }
    while (!key.empty() && key.back() == '_') key.pop_back();
    return key;
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            static_cast<unsigned char>(s[i + 2]) == 0xBD) { i += 3; continue; }  // a real U+FFFD
        if (next_code_point(s, i) == 0xFFFD) return false;
    }
    return true;
}

}  // namespace ilacs

namespace ilacs {

void join_wrapped(std::string& acc, std::string_view next) {
    if (next.empty()) return;
    if (acc.empty()) {
        acc = std::string(next);
        return;
    }
    const char last = acc.back();
    bool glue = last == '/';
    if (last == '-' && acc.size() >= 2 && std::isalnum(static_cast<unsigned char>(acc[acc.size() - 2]))) {
        static constexpr std::string_view kSuspended[] = {"and ", "or ", "to "};
        glue = true;
        for (std::string_view w : kSuspended)
            if (next.substr(0, w.size()) == w) glue = false;
    }
    if (!glue) acc += ' ';
    acc += next;
}

}  // namespace ilacs
