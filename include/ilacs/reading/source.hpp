// Stage 1: the input file's bytes, its digest, and its type told from its content.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ilacs {

enum class InputFormat { pdf, html, text, binary };

const char* format_name(InputFormat f);

struct Source {
    std::string path;     // as given; "-" for standard input
    std::string bytes;    // as read; text in UTF-16 or a single-byte code page comes as UTF-8
    std::string sha256;   // of the file as read, lowercase hex
    InputFormat format = InputFormat::binary;
    std::vector<std::string> warnings;  // what reading the bytes had to guess or drop
};

inline constexpr std::size_t kDefaultMaxInputBytes = std::size_t{512} << 20;

// Reads path ("-": standard input) and detects its format from the bytes, never the name.
// Throws DocumentError (unreadable, empty, too_large); a file over max_bytes is refused
// before it is read.
Source load_source(const std::string& path, std::size_t max_bytes = kDefaultMaxInputBytes);

// The same, for bytes already in memory (tests, fuzzing, standard input).
Source make_source(std::string path, std::string bytes);

// The format of the bytes as they stand: a PDF header, HTML, UTF-8 text, else binary
// (make_source then tries the other encodings text comes in).
InputFormat detect_format(const std::string& bytes);

std::string sha256_hex(const std::string& bytes);

}  // namespace ilacs
