// The pipeline for one document: source -> document model -> kind -> extractors -> record.
#include "ilacs/pipeline/extract.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ilacs/classify/classify.hpp"
#include "ilacs/committee/committee_paper.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/reading/readers.hpp"
#include "ilacs/reports/extractors.hpp"
#include "ilacs/themes/themes.hpp"

namespace ilacs {

namespace {

const char* framework_of(const std::string& kind) {
    if (kind == "ilacs_inspection") return "ILACS";
    if (kind == "sif_inspection") return "SIF";
    if (kind == "legacy_inspection") return "legacy";
    return nullptr;
}

Record error_record(const std::string& code, const std::string& message) {
    Record rec;
    rec.error = RecordError{code, message};
    return rec;
}

// A bug, or memory running out, met on one document fails that document, not the batch.
Record internal_error_record(const std::exception& e) {
    return error_record("internal", fmt::format("internal error: {} (please report it)", e.what()));
}

}  // namespace

namespace {

// What a record taken from the pages read so far needs of the pages after them.
struct Needs {
    bool whole_document = false;  // the kind reads every page, or a field may stand anywhere
    int last_page_used = 0;       // the last page a field was taken from
};

// Classification reads the first 60 content lines (each also joined with the next one),
// the front-page facts the first 40: the pages read must hold them.
constexpr std::size_t kFrontLines = 61;

// Pages read before the first look: a report's front page, judgement table and list.
constexpr int kFirstPages = 3;

bool has_judgement(const Record& rec, const std::string& key) {
    return std::any_of(rec.judgements.begin(), rec.judgements.end(), [&](const Judgement& j) { return j.key == key; });
}

Record extract_record(const Document& doc, const RuleSet& rules, Needs& needs) {
    Record rec;
    rec.kind = classify(doc, rules);
    if (const char* fw = framework_of(rec.kind)) rec.framework = fw;
    if (rec.kind == "unknown")
        rec.warnings.push_back("not recognised as an inspection report or committee paper: no grades read");
    extract_metadata(doc, rules, rec);
    // Grades are read only where the kind is known: an unknown document yields none
    // rather than wrong ones.
    if (rec.kind == "ilacs_inspection") {
        extract_judgement_table(doc, rules, rec);
        // Without a table the section headings, anywhere in the report, are the grades.
        const bool table = !rec.judgements.empty();
        check_section_grades(doc, rules, rec);
        extract_improvements(doc, rules, rec);
        needs.whole_document = !table || rec.improvements.empty();
    } else if (rec.kind == "sif_inspection") {
        extract_sif_judgements(doc, rules, rec);
        if (is_standalone_lscb_review(doc, rules)) {
            rec.warnings.push_back("a stand-alone review of the LSCB: its recommendations are the board's, not the authority's");
            needs.whole_document = true;
        } else {
            extract_improvements(doc, rules, rec);
            needs.whole_document = rec.improvements.empty() || !has_judgement(rec, "overall_effectiveness") ||
                                   !has_judgement(rec, "lscb");
        }
    } else {
        // Legacy reports are few, visit letters short, committee papers and unknown
        // documents have their facts anywhere: they are read whole.
        needs.whole_document = true;
        if (rec.kind == "legacy_inspection") {
            extract_legacy_judgements(doc, rules, rec);
            extract_improvements(doc, rules, rec);
        } else if (rec.kind == "focused_visit" || rec.kind == "monitoring_visit") {
            extract_visit_letter(doc, rules, rec);
        } else if (rec.kind == "committee_paper") {
            extract_committee_paper(doc, rules, rec);
        }
    }
    assign_themes(rec.improvements, rules);
    // Inspections are graded; visits and committee papers need not be.
    if (rec.kind.size() > 11 && rec.kind.compare(rec.kind.size() - 11, 11, "_inspection") == 0) {
        if (rec.inspection.date_ranges.empty()) rec.warnings.push_back("no inspection dates found");
        if (rec.judgements.empty()) rec.warnings.push_back("no judgements found");
    }
    if (rec.inspection.date_ranges.empty() || !rec.inspection.lead_inspector) needs.whole_document = true;
    for (const Judgement& j : rec.judgements) needs.last_page_used = std::max(needs.last_page_used, j.page.value_or(0));
    for (const Improvement& i : rec.improvements) needs.last_page_used = std::max(needs.last_page_used, i.page.value_or(0));
    // The lead inspector is named on the first line the rules know (SIF reports name them late).
    for (const Line* l : doc.content()) {
        if (!rules.any_match("inspector", l->norm)) continue;
        needs.last_page_used = std::max(needs.last_page_used, l->page);
        break;
    }
    return rec;
}

// Reads the pages a record needs, in order: the first few, then one more at a time until
// every field is found with a page read beyond the last one used (a table or list may go
// on onto it, or end with its first line). Kinds that need every page read them at once.
Record extract_pdf(const Source& source, const RuleSet& rules, const ExtractOptions& opts, int& page_count) {
    PdfPages pdf(source);
    page_count = pdf.page_count();
    pdf.read_through(opts.read_every_page ? page_count : kFirstPages);
    for (;;) {
        const Document& doc = pdf.document();
        Needs needs;
        Record rec = extract_record(doc, rules, needs);
        if (pdf.all_read()) return rec;
        const bool front_read = doc.content().size() >= kFrontLines;
        if (front_read && !needs.whole_document && pdf.pages_read() > needs.last_page_used) return rec;
        const bool kind_reads_all = front_read && needs.whole_document && rec.kind != "ilacs_inspection" &&
                                    rec.kind != "sif_inspection";
        // A field not found yet may be far on (a SIF report names its inspector near the
        // end): the pages read grow by half, so that a long search extracts a few times, not
        // once a page.
        const int step = needs.whole_document ? std::max(1, pdf.pages_read() / 2) : 1;
        pdf.read_through(kind_reads_all ? page_count : std::max(pdf.pages_read() + step, needs.last_page_used + 1));
    }
}

}  // namespace

Record extract_document(const Document& doc, const RuleSet& rules) {
    Needs needs;
    return extract_record(doc, rules, needs);
}

Record extract_source(const Source& source, const RuleSet& rules, const ExtractOptions& opts) {
    Record rec;
    try {
        if (source.format == InputFormat::pdf) {
            int pages = 0;
            rec = extract_pdf(source, rules, opts, pages);
            rec.source.pages = pages;
        } else {
            const Document doc = read_document(source);
            rec = extract_document(doc, rules);
            if (doc.paged) rec.source.pages = static_cast<int>(doc.pages.size());
        }
        rec.warnings.insert(rec.warnings.begin(), source.warnings.begin(), source.warnings.end());
    } catch (const DocumentError& e) {
        rec = error_record(e.code(), e.what());
    } catch (const std::exception& e) {
        rec = internal_error_record(e);
    }
    rec.source.path = source.path;
    rec.source.sha256 = source.sha256;
    rec.source.format = format_name(source.format);
    return rec;
}

Record extract_file(const std::string& path, const RuleSet& rules, const ExtractOptions& opts) {
    Record rec;
    try {
        return extract_source(load_source(path, opts.max_input_bytes), rules, opts);
    } catch (const DocumentError& e) {
        rec = error_record(e.code(), e.what());
    } catch (const std::exception& e) {
        rec = internal_error_record(e);
    }
    rec.source.path = path;
    return rec;
}

}  // namespace ilacs
