// The command line: parses options, calls the library, prints. Nothing else lives here;
// each command is in its own cmd_<name>.cpp.
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/model/rules.hpp"

namespace {

constexpr const char* kExitStatusHelp =
    "Exit status:\n"
    "  0  success\n"
    "  1  findings: diff found a change, validate found problems\n"
    "  2  usage error (in batch, also an output that cannot be written)\n"
    "  3  one or more inputs could not be read (their error records were still written;\n"
    "     in batch, documents that timed out or crashed too)\n"
    "  4  the rule files are missing or broken\n"
    "  5  internal error\n";

}  // namespace

int main(int argc, char** argv) {
    using ilacs::ExitStatus;
    CLI::App app{"ilacs: Ofsted children's services inspection reports and committee papers into records"};
    app.footer(kExitStatusHelp);
    app.set_version_flag("--version", std::string("ilacs ") + ILACS_VERSION);
    app.require_subcommand(1);

    ilacs::cli::GlobalOptions g;
    app.add_option("--rules", g.rules_dir, "Directory of *.rules files (default: $ILACS_RULES, else the installed data)")
        ->check(CLI::ExistingDirectory);
    app.add_option("--color", g.color, "Colour on a terminal: auto, always, never (NO_COLOR is respected)")
        ->check(CLI::IsMember({"auto", "always", "never"}));

    const std::vector<ilacs::cli::Command> commands = {
        ilacs::cli::add_text_command(app, g),
        ilacs::cli::add_extract_command(app, g),
        ilacs::cli::add_batch_command(app, g),
        ilacs::cli::add_diff_command(app, g),
        ilacs::cli::add_history_command(app, g),
        ilacs::cli::add_report_command(app, g),
        ilacs::cli::add_validate_command(app, g),
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 exits with codes >= 100 for its own errors; ours is the usage status.
        const int status = app.exit(e);
        return status == 0 ? 0 : code(ExitStatus::usage);
    }

    try {
        for (const ilacs::cli::Command& command : commands)
            if (*command.app) return command.run();
    } catch (const ilacs::RulesError& e) {
        std::cerr << "ilacs: rules: " << e.what() << '\n';
        return code(ExitStatus::rules_error);
    } catch (const std::exception& e) {
        std::cerr << "ilacs: internal error: " << e.what() << '\n';
        return code(ExitStatus::internal);
    }
    return code(ExitStatus::usage);
}
