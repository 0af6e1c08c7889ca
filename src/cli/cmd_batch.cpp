// ilacs batch INPUT... -o OUT: every document under the inputs into one dataset, read by
// worker processes, kept up to date by re-runs.
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "common.hpp"
#include "ilacs/batch/batch.hpp"
#include "ilacs/model/exit_status.hpp"

namespace ilacs::cli {
namespace {

struct BatchCliOptions {
    std::vector<std::string> inputs;
    std::string output;
    std::string format;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    double timeout = 120;
    bool force = false;
    bool every_page = false;
    bool quiet = false;
    std::string shard;
    std::size_t max_size_mib = kDefaultMaxInputBytes >> 20;
};

std::string clock_time(double seconds) {
    const auto s = static_cast<long>(std::lround(seconds));
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

// One line, redrawn in place: done/total, rate, time left, failures so far.
std::string progress_line(const BatchProgress& p) {
    const std::size_t read = p.done - p.unchanged;
    const double rate = p.elapsed_seconds > 0 ? static_cast<double>(read) / p.elapsed_seconds : 0;
    const std::string left = rate > 0 ? clock_time(static_cast<double>(p.total - p.done) / rate) + " left" : "";
    return fmt::format("{}/{} documents  {:.1f}/s  {}  {} failed", p.done, p.total, rate, left, p.failed);
}

std::string counts(const std::map<std::string, std::size_t>& by_name) {
    std::string out;
    for (const auto& [name, n] : by_name) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, name);
    return out.empty() ? "none" : out;
}

int run_batch_command(const GlobalOptions& g, const BatchCliOptions& o) {
    BatchOptions opts;
    opts.inputs = o.inputs;
    opts.output = o.output;
    const auto format = o.format.empty() ? dataset_format_for(o.output) : parse_dataset_format(o.format);
    if (!format) {
        report(o.output, "cannot tell the format from the name: end it in .jsonl, .csv or .sqlite, or give --format");
        return code(ExitStatus::usage);
    }
    opts.format = *format;
    if (!o.shard.empty()) {
        try {
            opts.shard = parse_shard(o.shard);
        } catch (const std::invalid_argument& e) {
            report("--shard " + o.shard, e.what());
            return code(ExitStatus::usage);
        }
    }
    opts.jobs = o.jobs;
    opts.timeout_seconds = o.timeout;
    opts.force = o.force;
    opts.extract.max_input_bytes = o.max_size_mib << 20;
    opts.extract.read_every_page = o.every_page;
    const RuleSet rules = load_rules(g);
    opts.rules_digest = rules_digest(rules_dir(g));

    // Progress is drawn only on a terminal; error lines clear it before they are printed.
    const bool draw = !o.quiet && isatty(STDERR_FILENO);
    bool drawn = false;
    const auto clear = [&] {
        if (drawn) std::cerr << "\r\033[K";
        drawn = false;
    };
    if (draw)
        opts.on_progress = [&](const BatchProgress& p) {
            std::cerr << "\r\033[K" << progress_line(p) << std::flush;
            drawn = true;
        };
    opts.on_error = [&](const std::string& path, const RecordError& error) {
        clear();
        report(path, error.message);
    };

    BatchSummary s;
    try {
        s = run_batch(opts, rules);
    } catch (const BatchError& e) {
        clear();
        std::cerr << "ilacs: " << e.what() << '\n';
        return code(ExitStatus::usage);
    }
    clear();
    if (!o.quiet) {
        std::cerr << fmt::format("ilacs batch: {} documents in {:.1f} s: {} read, {} unchanged", s.documents, s.seconds,
                                 s.read, s.unchanged);
        if (s.skipped > 0) std::cerr << fmt::format(", {} other files skipped", s.skipped);
        std::cerr << fmt::format("\n  records: {}\n  errors: {}\n  written to {}\n", counts(s.kinds), counts(s.errors),
                                 o.output);
    }
    return code(s.errors.empty() ? ExitStatus::ok : ExitStatus::input_error);
}

}  // namespace

Command add_batch_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<BatchCliOptions>();
    CLI::App* cmd = app.add_subcommand("batch", "Extract the records of many documents into one dataset, in parallel");
    cmd->add_option("inputs", o->inputs, "Files and folders (folders are walked; documents are told by content)")
        ->required();
    cmd->add_option("-o,--output", o->output, "The dataset to write: .jsonl, .csv or .sqlite")->required();
    cmd->add_option("-f,--format", o->format, "jsonl, csv or sqlite (default: from the output's name)")
        ->check(CLI::IsMember({"jsonl", "csv", "sqlite"}));
    cmd->add_option("-j,--jobs", o->jobs, "Worker processes (default: the number of cores)")
        ->check(CLI::Range(1u, 256u));
    cmd->add_option("--timeout", o->timeout, "Seconds one document may take before its worker is stopped")
        ->check(CLI::Range(0.1, 86400.0));
    cmd->add_flag("--force", o->force, "Read every document again, even those unchanged since the last run");
    cmd->add_flag("--every-page", o->every_page,
                  "Read every page of a PDF report, so that section headings far on are checked against its table");
    cmd->add_option("--shard", o->shard, "Take only shard I of N (I/N), a stable share of the inputs");
    cmd->add_flag("-q,--quiet", o->quiet, "No progress and no summary (errors are still reported)");
    cmd->add_option("--max-size", o->max_size_mib, "Largest input read, in MiB")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
    return {cmd, [&global, o] { return run_batch_command(global, *o); }};
}

}  // namespace ilacs::cli
