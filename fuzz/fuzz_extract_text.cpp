// libFuzzer: arbitrary bytes as a plain-text input, through the reader and every extractor
// with the real rules of data/. A DocumentError is an expected answer; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ilacs/model/document_error.hpp"
#include "ilacs/pipeline/extract.hpp"
#include "ilacs/reading/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ilacs::RuleSet rules = ilacs::RuleSet::load(ILACS_FUZZ_RULES_DIR);
    try {
        const ilacs::Source source = ilacs::make_source("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
        const ilacs::Document doc = ilacs::read_plain_text(source);
        (void)ilacs::extract_document(doc, rules);
    } catch (const ilacs::DocumentError&) {
    }
    return 0;
}
