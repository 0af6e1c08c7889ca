// libFuzzer: arbitrary rule-file text. A RulesError is the expected answer to a broken file;
// rules that load are then run against their own text, as the extractors would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ilacs/model/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const ilacs::RuleSet rules = ilacs::RuleSet::from_text(text, "fuzz.rules");
        for (const char* group : {"kind", "grade", "judgement"}) {
            std::string capture;
            (void)rules.first_match(group, text, &capture);
        }
    } catch (const ilacs::RulesError&) {
    }
    return 0;
}
