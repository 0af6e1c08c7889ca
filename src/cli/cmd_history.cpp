// ilacs history DATASET_OR_DOCUMENTS...: each authority's timeline and the diff of each
// successive pair of graded inspections; --summary across authorities.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "ilacs/history/inputs.hpp"
#include "ilacs/history/render.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/output/writers.hpp"
#include "ilacs/report/tables.hpp"

namespace ilacs::cli {
namespace {

struct HistoryCliOptions {
    std::vector<std::string> inputs;
    std::string authority;
    std::string format;  // empty: text on a terminal, else JSON
    bool summary = false;
    std::string table;
    std::string as_of;
};

// One of the report's tables (ilacs report shows them all) in the format asked for.
void write_table(const ReportTable& table, const std::string& format) {
    if (format == "json") {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : table.rows) {
            nlohmann::ordered_json obj;
            for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) obj[table.columns[c]] = row[c];
            rows.push_back(std::move(obj));
        }
        std::cout << nlohmann::ordered_json{{"table", table.name}, {"title", table.title}, {"rows", rows}}.dump() << '\n';
        return;
    }
    const bool markdown = format == "markdown" || format == "text";
    const std::string sep = markdown ? " | " : ",";
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string out = markdown ? "| " : "";
        for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? sep : "") + (markdown ? cells[c] : csv_field(cells[c]));
        std::cout << out << (markdown ? " |" : "") << '\n';
    };
    line(table.columns);
    if (markdown) line(std::vector<std::string>(table.columns.size(), "---"));
    for (const auto& row : table.rows) line(row);
}

int run_history(const GlobalOptions& g, const HistoryCliOptions& o) {
    const RuleSet rules = load_rules(g);
    HistoryOptions options;
    if (!o.authority.empty()) {
        options.authority = find_authority(o.authority, rules);
        if (!options.authority) {
            report("--authority", "'" + o.authority + "' is no authority's name, DfE code or URN");
            return code(ExitStatus::usage);
        }
    }
    Date as_of = today();
    if (!o.as_of.empty()) {
        const auto date = parse_iso_date(o.as_of);
        if (!date) {
            report("--as-of", "not a date YYYY-MM-DD: " + o.as_of);
            return code(ExitStatus::usage);
        }
        as_of = *date;
    }
    const LoadedInputs loaded = load_inputs(o.inputs, rules);
    for (const InputFailure& f : loaded.failures) report(f.path, f.message);
    const HistoryResult history = build_history(loaded.records, rules, options);
    const bool terminal = isatty(STDOUT_FILENO);
    const bool color = use_color(g.color, STDOUT_FILENO);
    const std::string format = o.format.empty() ? (terminal ? "text" : "json") : o.format;
    if (!o.table.empty()) {
        write_table(report_table(o.table, history, rules.authorities(), as_of), o.format.empty() ? "csv" : format);
        return code(loaded.failures.empty() ? ExitStatus::ok : ExitStatus::input_error);
    }
    if (o.summary) {
        const HistorySummary summary = summarise(history);
        if (format == "json") std::cout << summary_to_json(summary).dump(terminal ? 2 : -1) << '\n';
        else if (format == "markdown") write_summary_markdown(std::cout, summary);
        else if (format == "csv") write_summary_csv(std::cout, summary);
        else write_summary_text(std::cout, summary, color);
    } else {
        if (format == "json") std::cout << history_to_json(history).dump(terminal ? 2 : -1) << '\n';
        else if (format == "markdown") write_history_markdown(std::cout, history);
        else if (format == "csv") write_history_csv(std::cout, history);
        else write_history_text(std::cout, history, color);
    }
    return code(loaded.failures.empty() ? ExitStatus::ok : ExitStatus::input_error);
}

}  // namespace

Command add_history_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<HistoryCliOptions>();
    CLI::App* cmd = app.add_subcommand("history", "Each authority's inspections in order, and what changed between them");
    cmd->add_option("inputs", o->inputs, "Dataset files (JSON Lines from extract or batch) and documents")->required();
    cmd->add_option("-a,--authority", o->authority, "Only this authority: a name, DfE code or Ofsted URN");
    cmd->add_option("-f,--format", o->format, "text (the default on a terminal), json (the default when piped), markdown or csv")
        ->check(CLI::IsMember({"text", "json", "markdown", "csv"}));
    cmd->add_flag("--summary", o->summary, "Across authorities: grades improved, declined or stayed, and the themes that recur");
    cmd->add_option("--table", o->table, "One of the tables analysts keep by hand (CSV unless --format says otherwise)")
        ->check(CLI::IsMember(report_table_names()))
        ->excludes("--summary");
    cmd->add_option("--as-of", o->as_of, "The date --table last_inspections counts days to, YYYY-MM-DD (default today)");
    return {cmd, [&global, o] { return run_history(global, *o); }};
}

}  // namespace ilacs::cli
