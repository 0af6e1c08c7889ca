// ilacs text FILE: the document's text in reading order, as the extractors see it.
#include <iostream>
#include <memory>

#include "common.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/model/exit_status.hpp"
#include "ilacs/reading/readers.hpp"

namespace ilacs::cli {
namespace {

struct TextOptions {
    std::string file;
    bool all = false;
};

int run_text(const TextOptions& o) {
    try {
        const Source source = load_source(o.file);
        const Document doc = read_document(source);
        std::cout << doc.plain_text(o.all);
        return code(ExitStatus::ok);
    } catch (const DocumentError& e) {
        report(o.file, e.what());
        return code(ExitStatus::input_error);
    }
}

}  // namespace

Command add_text_command(CLI::App& app, const GlobalOptions&) {
    auto o = std::make_shared<TextOptions>();
    CLI::App* cmd = app.add_subcommand("text", "Print a document's text in reading order, as the extractors see it");
    cmd->add_option("file", o->file, "Input file (PDF or text; - for standard input)")->required();
    cmd->add_flag("--all", o->all, "Also print page furniture: running headers, footers, page numbers, footnotes");
    return {cmd, [o] { return run_text(*o); }};
}

}  // namespace ilacs::cli
