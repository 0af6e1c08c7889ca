// A problem with one document. It travels into that document's error record; the run goes on.
#pragma once

#include <stdexcept>
#include <string>

namespace ilacs {

class DocumentError : public std::runtime_error {
public:
    DocumentError(std::string code, const std::string& reason)
        : std::runtime_error(reason), code_(std::move(code)) {}
    const std::string& code() const { return code_; }

private:
    std::string code_;  // not_pdf, damaged, encrypted, empty, no_text, unreadable, too_large
};

}  // namespace ilacs
