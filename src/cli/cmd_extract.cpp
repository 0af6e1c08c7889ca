// ilacs extract FILE...: one record per file, as JSON, text or CSV.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/output/writers.hpp"
#include "ilacs/pipeline/extract.hpp"

namespace ilacs::cli {
namespace {

struct ExtractCliOptions {
    std::vector<std::string> files;
    std::string format = "json";
    bool pretty = false;
    bool compact = false;
    bool every_page = false;
    std::size_t max_size_mib = kDefaultMaxInputBytes >> 20;
};

int run_extract(const GlobalOptions& g, const ExtractCliOptions& o) {
    const RuleSet rules = load_rules(g);
    ExtractOptions opts;
    opts.max_input_bytes = o.max_size_mib << 20;
    opts.read_every_page = o.every_page;
    const bool terminal = isatty(STDOUT_FILENO);
    const bool pretty = o.pretty || (terminal && !o.compact);
    const bool color = use_color(g.color, STDOUT_FILENO);
    bool failed = false;
    if (o.format == "csv") write_csv_header(std::cout);
    for (const std::string& file : o.files) {
        const Record rec = extract_file(file, rules, opts);
        if (rec.error) {
            failed = true;
            report(file, rec.error->message);
        }
        if (o.format == "json") std::cout << to_json(rec).dump(pretty ? 2 : -1) << '\n';
        else if (o.format == "text") write_text(std::cout, rec, color);
        else write_csv_row(std::cout, rec);
        std::cout.flush();
    }
    return code(failed ? ExitStatus::input_error : ExitStatus::ok);
}

}  // namespace

Command add_extract_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<ExtractCliOptions>();
    CLI::App* cmd = app.add_subcommand("extract", "Extract one record per file (schema ilacs/1)");
    cmd->add_option("files", o->files, "Input files (- for standard input)")->required();
    cmd->add_option("-f,--format", o->format, "json (default), text or csv")->check(CLI::IsMember({"json", "text", "csv"}));
    cmd->add_flag("--pretty", o->pretty, "Indent JSON (the default on a terminal)");
    cmd->add_flag("--compact", o->compact, "One JSON record per line (the default when piped)");
    cmd->add_flag("--every-page", o->every_page,
                  "Read every page of a PDF report, so that section headings far on are checked against its table");
    cmd->add_option("--max-size", o->max_size_mib, "Largest input read, in MiB")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
    return {cmd, [&global, o] { return run_extract(global, *o); }};
}

}  // namespace ilacs::cli
