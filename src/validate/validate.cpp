#include "ilacs/validate/validate.hpp"

#include <algorithm>

#include "ilacs/batch/dataset.hpp"
#include "ilacs/validate/against.hpp"
#include "ilacs/validate/checks.hpp"

namespace ilacs {

std::size_t ValidateResult::problems() const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return !f.issue.note; }));
}

std::vector<Finding> check_rows(const std::vector<DatasetRows>& datasets, const Date& today, const RuleSet& rules) {
    std::vector<Finding> out;
    for (const DatasetRows& ds : datasets) {
        out.insert(out.end(), ds.findings.begin(), ds.findings.end());
        for (const DatasetRow& row : ds.rows) {
            if (row.record.error)
                out.push_back({ds.name, row.line, {"schema", "error", "the document was not read: " + row.record.error->code, true}});
            for (Issues issues : {check_vocabularies(row), check_dates(row, today), check_framework(row), check_authority(row, rules)})
                for (Issue& issue : issues) out.push_back({ds.name, row.line, std::move(issue)});
        }
    }
    const std::vector<Finding> duplicates = check_duplicates(datasets);
    out.insert(out.end(), duplicates.begin(), duplicates.end());
    return out;
}

ValidateResult validate(const ValidateOptions& opts, const RuleSet& rules) {
    ValidateResult result;
    std::vector<DatasetRows> datasets;
    for (const auto& path : opts.datasets) {
        try {
            datasets.push_back(read_dataset_rows(path, opts.columns, rules));
            result.rows += datasets.back().rows.size();
        } catch (const DatasetError& e) {
            result.unreadable.push_back(e.what());
        }
    }
    result.findings = check_rows(datasets, opts.today, rules);
    if (opts.against) {
        const std::vector<Finding> against = check_against(datasets, *opts.against, rules, opts.extract);
        result.findings.insert(result.findings.end(), against.begin(), against.end());
    }
    // Dataset by dataset in line order; within a line, in the order the checks ran.
    std::vector<std::string> order;
    for (const DatasetRows& ds : datasets) order.push_back(ds.name);
    auto rank = [&](const Finding& f) { return std::find(order.begin(), order.end(), f.dataset) - order.begin(); };
    std::stable_sort(result.findings.begin(), result.findings.end(), [&](const Finding& a, const Finding& b) {
        return std::make_pair(rank(a), a.line) < std::make_pair(rank(b), b.line);
    });
    return result;
}

}  // namespace ilacs
