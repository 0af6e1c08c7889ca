// libFuzzer: the date parser on arbitrary text; every range it returns must be a real one.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ilacs/model/dates.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const ilacs::DateRange& r : ilacs::parse_date_ranges(text))
        if (r.end < r.start || ilacs::days_spanned(r) < 1) std::abort();
    (void)ilacs::parse_date(text);
    return 0;
}
