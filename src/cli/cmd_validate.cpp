// ilacs validate DATASET...: a dataset's problems, one a line, for CI.
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/validate/validate.hpp"

namespace ilacs::cli {
namespace {

struct ValidateCliOptions {
    std::vector<std::string> datasets;
    std::string against;
    std::vector<std::string> columns;
    std::vector<std::string> grade_columns;
    std::string format = "text";
    std::string today;
    bool notes = false;
};

Date system_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// "field=column" into the map; CLI11 has checked the form.
void add_mapping(const std::string& text, std::map<std::string, std::string>& into) {
    const std::size_t eq = text.find('=');
    into[text.substr(0, eq)] = text.substr(eq + 1);
}

void print_text(const Finding& f) {
    const std::string where = f.line > 0 ? fmt::format("{}:{}", f.dataset, f.line) : f.dataset;
    std::cout << fmt::format("{}: {}: {}{}\n", where, f.issue.field, f.issue.note ? "note: " : "", f.issue.message);
}

void print_json(const Finding& f) {
    const nlohmann::ordered_json j = {{"dataset", f.dataset}, {"line", f.line}, {"field", f.issue.field},
                                      {"check", f.issue.check}, {"severity", f.issue.note ? "note" : "problem"},
                                      {"message", f.issue.message}};
    std::cout << j.dump() << '\n';
}

int run_validate(const GlobalOptions& g, const ValidateCliOptions& o) {
    const RuleSet rules = load_rules(g);
    ValidateOptions opts;
    for (const std::string& d : o.datasets) opts.datasets.emplace_back(d);
    if (!o.against.empty()) opts.against = o.against;
    for (const std::string& c : o.columns) add_mapping(c, opts.columns.fields);
    for (const std::string& c : o.grade_columns) add_mapping(c, opts.columns.grades);
    opts.today = o.today.empty() ? system_today() : *parse_iso_date(o.today);
    const ValidateResult result = validate(opts, rules);
    for (const std::string& why : result.unreadable) std::cerr << "ilacs: " << why << '\n';
    std::map<std::string, int> by_check;
    std::size_t notes = 0;
    for (const Finding& f : result.findings) {
        if (f.issue.note) ++notes;
        else ++by_check[f.issue.check];
        if (f.issue.note && !o.notes) continue;
        if (o.format == "json") print_json(f);
        else print_text(f);
    }
    std::string counts;
    for (const auto& [check, n] : by_check) counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", n, check);
    std::cerr << fmt::format("ilacs: validate: {} rows, {} problems{}, {} notes{}\n", result.rows, result.problems(),
                             counts.empty() ? "" : " (" + counts + ")", notes, notes && !o.notes ? " (--notes shows them)" : "");
    std::cout.flush();
    if (!result.unreadable.empty()) return code(ExitStatus::input_error);
    return code(result.problems() > 0 ? ExitStatus::findings : ExitStatus::ok);
}

}  // namespace

Command add_validate_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<ValidateCliOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check datasets for CI: schema, vocabularies, dates, duplicates, frameworks, authorities");
    cmd->add_option("datasets", o->datasets, "Datasets: JSON Lines or SQLite of ilacs, or CSV (ilacs's or another tool's)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--against", o->against, "Folder of the source documents: read them again and report every disagreement")
        ->check(CLI::ExistingDirectory);
    std::string fields;
    for (const std::string& f : mappable_fields()) fields += (fields.empty() ? "" : ", ") + f;
    auto mapping = [](const std::string& form) {
        return CLI::Validator(
            [form](std::string& s) { return s.find('=') == std::string::npos || s.front() == '=' || s.back() == '=' ? "not " + form : std::string(); },
            form);
    };
    cmd->add_option("--column", o->columns, "A CSV column holding a record field, FIELD=COLUMN; fields: " + fields)
        ->check(mapping("FIELD=COLUMN"))
        ->check(CLI::Validator(
            [](std::string& s) {
                const std::string field = s.substr(0, s.find('='));
                for (const std::string& f : mappable_fields())
                    if (f == field) return std::string();
                return "no field '" + field + "'";
            },
            ""));
    cmd->add_option("--grade-column", o->grade_columns, "A CSV column holding a judgement's grade, KEY=COLUMN (e.g. help_and_protection=hp_grade)")
        ->check(mapping("KEY=COLUMN"));
    cmd->add_option("-f,--format", o->format, "text (default): dataset:line: field: problem; json: one JSON object a line")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->add_flag("--notes", o->notes, "Also print notes: values the dataset's tool did not read, columns not checked");
    cmd->add_option("--today", o->today, "The date no date may be after (default: today), YYYY-MM-DD")
        ->check(CLI::Validator([](std::string& s) { return parse_iso_date(s) ? std::string() : "not a date YYYY-MM-DD"; }, "DATE"));
    return {cmd, [&global, o] { return run_validate(global, *o); }};
}

}  // namespace ilacs::cli
