// `ilacs report`: one self-contained HTML page (inline CSS, SVG and a little script,
// nothing fetched) of where every authority stands, how each moved, which improvement
// themes recur, and the tables analysts keep by hand.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "ilacs/model/dates.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

struct ReportOptions {
    std::string authority;        // an LA code, URN or name (find_authority): its section comes first
    bool only_authority = false;  // report that authority alone
    Date as_of;                   // the date "days since" counts to
    std::string generator;        // "ilacs 0.1.0", printed in the footer
};

// Writes the page: history's timelines and diffs of the records (build_history), the
// authorities table of the rules. Throws std::invalid_argument when opts.authority names no
// authority of the records. Every string from a document is escaped: the page runs no text
// it was given.
void write_report(std::ostream& out, const std::vector<Record>& records, const RuleSet& rules, const ReportOptions& opts);

}  // namespace ilacs
