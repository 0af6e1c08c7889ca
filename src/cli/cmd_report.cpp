// ilacs report DATASET... -o report.html: one self-contained page of the records.
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "common.hpp"
#include "ilacs/history/inputs.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/report/html_report.hpp"

namespace ilacs::cli {
namespace {

struct ReportCliOptions {
    std::vector<std::string> inputs;
    std::string output;
    std::string authority;
    bool only = false;
    std::string as_of;
};

int run_report(const GlobalOptions& g, const ReportCliOptions& o) {
    const RuleSet rules = load_rules(g);
    ReportOptions opts;
    opts.authority = o.authority;
    opts.only_authority = o.only;
    opts.generator = std::string("ilacs ") + ILACS_VERSION;
    if (o.as_of.empty()) {
        opts.as_of = today();
    } else if (const auto d = parse_iso_date(o.as_of)) {
        opts.as_of = *d;
    } else {
        report("--as-of", "not a date YYYY-MM-DD: " + o.as_of);
        return code(ExitStatus::usage);
    }
    const LoadedInputs loaded = load_inputs(o.inputs, rules);
    for (const InputFailure& f : loaded.failures) report(f.path, f.message);
    std::ofstream file;
    if (o.output != "-") {
        file.open(o.output, std::ios::binary);
        if (!file) {
            report(o.output, "cannot be written");
            return code(ExitStatus::input_error);
        }
    }
    try {
        write_report(o.output == "-" ? std::cout : file, loaded.records, rules, opts);
    } catch (const std::invalid_argument& e) {
        report("--authority", e.what());
        return code(ExitStatus::usage);
    }
    return code(!loaded.failures.empty() ? ExitStatus::input_error : ExitStatus::ok);
}

}  // namespace

Command add_report_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<ReportCliOptions>();
    CLI::App* cmd = app.add_subcommand("report", "Write one self-contained HTML page of the records: overview, timelines, themes, tables");
    cmd->add_option("inputs", o->inputs, "Datasets (JSON Lines from extract or batch) or documents, read first")->required();
    cmd->add_option("-o,--output", o->output, "The HTML file to write (- for standard output)")->required();
    cmd->add_option("--authority", o->authority, "An authority (LA code, name) whose section comes first");
    cmd->add_flag("--only", o->only, "Report that authority alone (with --authority)")->needs("--authority");
    cmd->add_option("--as-of", o->as_of, "The date days are counted to, YYYY-MM-DD (default today)");
    return {cmd, [&global, o] { return run_report(global, *o); }};
}

}  // namespace ilacs::cli
