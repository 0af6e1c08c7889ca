// What every command of the front end shares: the global options, how a command is
// registered, and how it reports on standard error.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "ilacs/model/dates.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs::cli {

// Options given before the command; they apply to every command.
struct GlobalOptions {
    std::string rules_dir;
    std::string color = "auto";
};

// A subcommand: its CLI11 app (true once parsed) and what runs it, returning the exit status.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

// Each command lives in its own cmd_<name>.cpp and adds itself to the app.
Command add_text_command(CLI::App& app, const GlobalOptions& global);
Command add_extract_command(CLI::App& app, const GlobalOptions& global);
Command add_batch_command(CLI::App& app, const GlobalOptions& global);
Command add_diff_command(CLI::App& app, const GlobalOptions& global);
Command add_history_command(CLI::App& app, const GlobalOptions& global);
Command add_report_command(CLI::App& app, const GlobalOptions& global);
Command add_validate_command(CLI::App& app, const GlobalOptions& global);

// Colour on fd: --color always/never, else only on a terminal and without NO_COLOR.
bool use_color(const std::string& mode, int fd);

// One line on standard error naming the file: "ilacs: FILE: MESSAGE".
void report(const std::string& file, const std::string& message);

// Today's date on this machine, for --as-of's default.
Date today();

// The rules from --rules, else from the default places (ILACS_RULES, installed, source tree).
RuleSet load_rules(const GlobalOptions& global);
// The directory load_rules reads.
std::filesystem::path rules_dir(const GlobalOptions& global);

}  // namespace ilacs::cli
