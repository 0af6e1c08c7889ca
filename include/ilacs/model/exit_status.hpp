// The one table of exit statuses: `ilacs --help`, README.md and the tests use these values.
#pragma once

namespace ilacs {

enum class ExitStatus : int {
    ok = 0,            // every input read, every check passed
    findings = 1,      // diff found a change (like diff(1)); validate found problems in a dataset
    usage = 2,         // bad command line (CLI11's own parse errors are mapped here too)
    input_error = 3,   // at least one input could not be read; its error record was written
    rules_error = 4,   // a rule file is missing or broken; nothing was read
    internal = 5,      // a bug: an unexpected exception escaped
};

constexpr int code(ExitStatus s) { return static_cast<int>(s); }

}  // namespace ilacs
