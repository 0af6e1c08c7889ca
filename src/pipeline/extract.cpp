// The pipeline for one document: source -> document model -> kind -> extractors -> record.
#include "ilacs/pipeline/extract.hpp"

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

Record extract_document(const Document& doc, const RuleSet& rules) {
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
        check_section_grades(doc, rules, rec);
        extract_improvements(doc, rules, rec);
    } else if (rec.kind == "sif_inspection") {
        extract_sif_judgements(doc, rules, rec);
        if (is_standalone_lscb_review(doc, rules))
            rec.warnings.push_back("a stand-alone review of the LSCB: its recommendations are the board's, not the authority's");
        else
            extract_improvements(doc, rules, rec);
    } else if (rec.kind == "legacy_inspection") {
        extract_legacy_judgements(doc, rules, rec);
        extract_improvements(doc, rules, rec);
    } else if (rec.kind == "focused_visit" || rec.kind == "monitoring_visit") {
        extract_visit_letter(doc, rules, rec);
    } else if (rec.kind == "committee_paper") {
        extract_committee_paper(doc, rules, rec);
    }
    assign_themes(rec.improvements, rules);
    // Inspections are graded; visits and committee papers need not be.
    if (rec.kind.size() > 11 && rec.kind.compare(rec.kind.size() - 11, 11, "_inspection") == 0) {
        if (rec.inspection.date_ranges.empty()) rec.warnings.push_back("no inspection dates found");
        if (rec.judgements.empty()) rec.warnings.push_back("no judgements found");
    }
    return rec;
}

Record extract_source(const Source& source, const RuleSet& rules) {
    Record rec;
    try {
        const Document doc = read_document(source);
        rec = extract_document(doc, rules);
        rec.warnings.insert(rec.warnings.begin(), source.warnings.begin(), source.warnings.end());
        if (doc.paged) rec.source.pages = static_cast<int>(doc.pages.size());
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
        return extract_source(load_source(path, opts.max_input_bytes), rules);
    } catch (const DocumentError& e) {
        rec = error_record(e.code(), e.what());
    } catch (const std::exception& e) {
        rec = internal_error_record(e);
    }
    rec.source.path = path;
    return rec;
}

}  // namespace ilacs
