// ilacs diff OLD NEW: what changed between two documents or records of one authority.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "ilacs/history/inputs.hpp"
#include "ilacs/history/render.hpp"
#include "ilacs/model/exit_status.hpp"

namespace ilacs::cli {
namespace {

struct DiffCliOptions {
    std::string old_file, new_file;
    std::string format;  // empty: text on a terminal, else JSON
    bool force = false;
};

int run_diff(const GlobalOptions& g, const DiffCliOptions& o) {
    const RuleSet rules = load_rules(g);
    std::vector<Record> records;
    for (const std::string& file : {o.old_file, o.new_file}) {
        LoadedInputs loaded = load_inputs({file}, rules);
        if (!loaded.failures.empty()) {
            report(file, loaded.failures.front().message);
            return code(ExitStatus::input_error);
        }
        if (loaded.records.size() != 1) {
            report(file, fmt::format("holds {} records; diff compares one with one (ilacs history compares many)", loaded.records.size()));
            return code(ExitStatus::usage);
        }
        if (const auto& error = loaded.records.front().error) {
            report(file, "an error record (" + error->code + "): " + error->message);
            return code(ExitStatus::input_error);
        }
        records.push_back(std::move(loaded.records.front()));
    }
    DiffResult diff;
    try {
        diff = diff_records(records[0], records[1], rules, DiffOptions{o.force});
    } catch (const DifferentAuthorities& e) {
        std::cerr << "ilacs: " << e.what() << '\n';
        return code(ExitStatus::usage);
    }
    const bool terminal = isatty(STDOUT_FILENO);
    const std::string format = o.format.empty() ? (terminal ? "text" : "json") : o.format;
    if (format == "json") std::cout << diff_to_json(diff).dump(terminal ? 2 : -1) << '\n';
    else if (format == "markdown") write_diff_markdown(std::cout, diff);
    else write_diff_text(std::cout, diff, use_color(g.color, STDOUT_FILENO));
    return code(diff.changed() ? ExitStatus::findings : ExitStatus::ok);
}

}  // namespace

Command add_diff_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<DiffCliOptions>();
    CLI::App* cmd = app.add_subcommand("diff", "What changed between two inspections of one authority (exit 1 when something did)");
    cmd->add_option("old", o->old_file, "A document, or a record file from extract or batch")->required();
    cmd->add_option("new", o->new_file, "The other; the two are put in fieldwork order")->required();
    cmd->add_option("-f,--format", o->format, "text (the default on a terminal), json (the default when piped) or markdown")
        ->check(CLI::IsMember({"text", "json", "markdown"}));
    cmd->add_flag("--force", o->force, "Compare documents of two different authorities");
    return {cmd, [&global, o] { return run_diff(global, *o); }};
}

}  // namespace ilacs::cli
