// The command line: parses options, calls the library, prints. Nothing else lives here.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "ilacs/document_error.hpp"
#include "ilacs/exit_status.hpp"
#include "ilacs/extract.hpp"
#include "ilacs/readers.hpp"
#include "ilacs/writers.hpp"

namespace {

using ilacs::ExitStatus;

constexpr const char* kExitStatusHelp =
    "Exit status:\n"
    "  0  success\n"
    "  1  findings (reserved for the diff and validate commands, not built yet)\n"
    "  2  usage error\n"
    "  3  one or more inputs could not be read (their error records were still written)\n"
    "  4  the rule files are missing or broken\n"
    "  5  internal error\n";

struct GlobalOptions {
    std::string rules_dir;
    std::string color = "auto";
};

struct TextOptions {
    std::string file;
    bool all = false;
};

struct ExtractCliOptions {
    std::vector<std::string> files;
    std::string format = "json";
    bool pretty = false;
    bool compact = false;
    std::size_t max_size_mib = ilacs::kDefaultMaxInputBytes >> 20;
};

bool use_color(const std::string& mode, int fd) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (no_color == nullptr || *no_color == '\0') && isatty(fd);
}

void report(const std::string& file, const std::string& message) {
    std::cerr << fmt::format("ilacs: {}: {}\n", file, message);
}

ilacs::RuleSet load_rules(const GlobalOptions& g) {
    return ilacs::RuleSet::load(g.rules_dir.empty() ? ilacs::default_rules_dir() : std::filesystem::path(g.rules_dir));
}

int run_text(const GlobalOptions&, const TextOptions& o) {
    try {
        const ilacs::Source source = ilacs::load_source(o.file);
        const ilacs::Document doc = ilacs::read_document(source);
        std::cout << doc.plain_text(o.all);
        return code(ExitStatus::ok);
    } catch (const ilacs::DocumentError& e) {
        report(o.file, e.what());
        return code(ExitStatus::input_error);
    }
}

int run_extract(const GlobalOptions& g, const ExtractCliOptions& o) {
    const ilacs::RuleSet rules = load_rules(g);
    ilacs::ExtractOptions opts;
    opts.max_input_bytes = o.max_size_mib << 20;
    const bool terminal = isatty(STDOUT_FILENO);
    const bool pretty = o.pretty || (terminal && !o.compact);
    const bool color = use_color(g.color, STDOUT_FILENO);
    bool failed = false;
    if (o.format == "csv") ilacs::write_csv_header(std::cout);
    for (const std::string& file : o.files) {
        const ilacs::Record rec = ilacs::extract_file(file, rules, opts);
        if (rec.error) {
            failed = true;
            report(file, rec.error->message);
        }
        if (o.format == "json") std::cout << ilacs::to_json(rec).dump(pretty ? 2 : -1) << '\n';
        else if (o.format == "text") ilacs::write_text(std::cout, rec, color);
        else ilacs::write_csv_row(std::cout, rec);
        std::cout.flush();
    }
    return code(failed ? ExitStatus::input_error : ExitStatus::ok);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"ilacs: Ofsted children's services inspection reports and committee papers into records"};
    app.footer(kExitStatusHelp);
    app.set_version_flag("--version", std::string("ilacs ") + ILACS_VERSION);
    app.require_subcommand(1);

    GlobalOptions g;
    app.add_option("--rules", g.rules_dir, "Directory of *.rules files (default: $ILACS_RULES, else the installed data)")
        ->check(CLI::ExistingDirectory);
    app.add_option("--color", g.color, "Colour on a terminal: auto, always, never (NO_COLOR is respected)")
        ->check(CLI::IsMember({"auto", "always", "never"}));

    TextOptions text;
    CLI::App* text_cmd = app.add_subcommand("text", "Print a document's text in reading order, as the extractors see it");
    text_cmd->add_option("file", text.file, "Input file (PDF or text; - for standard input)")->required();
    text_cmd->add_flag("--all", text.all, "Also print page furniture: running headers, footers, page numbers, footnotes");

    ExtractCliOptions extract;
    CLI::App* extract_cmd = app.add_subcommand("extract", "Extract one record per file (schema ilacs/1)");
    extract_cmd->add_option("files", extract.files, "Input files (- for standard input)")->required();
    extract_cmd->add_option("-f,--format", extract.format, "json (default), text or csv")
        ->check(CLI::IsMember({"json", "text", "csv"}));
    extract_cmd->add_flag("--pretty", extract.pretty, "Indent JSON (the default on a terminal)");
    extract_cmd->add_flag("--compact", extract.compact, "One JSON record per line (the default when piped)");
    extract_cmd->add_option("--max-size", extract.max_size_mib, "Largest input read, in MiB")->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 exits with codes >= 100 for its own errors; ours is the usage status.
        const int status = app.exit(e);
        return status == 0 ? 0 : code(ExitStatus::usage);
    }

    try {
        if (*text_cmd) return run_text(g, text);
        if (*extract_cmd) return run_extract(g, extract);
    } catch (const ilacs::RulesError& e) {
        std::cerr << "ilacs: rules: " << e.what() << '\n';
        return code(ExitStatus::rules_error);
    } catch (const std::exception& e) {
        std::cerr << "ilacs: internal error: " << e.what() << '\n';
        return code(ExitStatus::internal);
    }
    return code(ExitStatus::usage);
}
