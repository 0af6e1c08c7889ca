// The pipeline for one document: source -> document model -> kind -> extractors -> record.
#include "ilacs/pipeline/extract.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ilacs/classify/classify.hpp"
#include "ilacs/committee/committee_paper.hpp"
#include "ilacs/model/document_error.hpp"
#include "ilacs/pipeline/page_plan.hpp"
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

// What a record taken from the pages read so far needs of the pages not read.
struct Needs {
    bool whole_document = false;  // the kind's facts may stand anywhere: read every page
    // The fields the kind needs, named as contents_section names them, each with the page
    // it was found on (0: not found).
    std::map<std::string, int> fields;
    std::set<int> pages_used;  // the pages fields were taken from
};

// Classification reads the first 60 content lines (each also joined with the next one),
// the front-page facts the first 40: the pages read must hold them.
constexpr std::size_t kFrontLines = 61;

// Pages read before the first look: a report's front page, judgement table and list.
constexpr int kFirstPages = 3;

Record extract_record(const Document& doc, const RuleSet& rules, Needs& needs) {
    Record rec;
    rec.kind = classify(doc, rules);
    if (const char* fw = framework_of(rec.kind)) rec.framework = fw;
    if (rec.kind == "unknown")
        rec.warnings.push_back("not recognised as an inspection report or committee paper: no grades read");
    extract_metadata(doc, rules, rec);
    auto await = [&](const char* field, std::optional<int> page) { needs.fields[field] = page.value_or(0); };
    auto judgement_page = [&](const std::string& key) -> std::optional<int> {
        for (const Judgement& j : rec.judgements)
            if (j.key == key) return j.page.value_or(1);
        return std::nullopt;
    };
    auto improvements_page = [&]() -> std::optional<int> {
        if (rec.improvements.empty()) return std::nullopt;
        return rec.improvements.front().page.value_or(1);
    };
    // Grades are read only where the kind is known: an unknown document yields none
    // rather than wrong ones.
    if (rec.kind == "ilacs_inspection") {
        extract_judgement_table(doc, rules, rec);
        // Without a table the section headings, anywhere in the report, are the grades.
        if (rec.judgements.empty()) await("judgements", std::nullopt);
        check_section_grades(doc, rules, rec);
        extract_improvements(doc, rules, rec);
        await("improvements", improvements_page());
    } else if (rec.kind == "sif_inspection") {
        extract_sif_judgements(doc, rules, rec);
        if (is_standalone_lscb_review(doc, rules)) {
            rec.warnings.push_back("a stand-alone review of the LSCB: its recommendations are the board's, not the authority's");
            needs.whole_document = true;
        } else {
            extract_improvements(doc, rules, rec);
            await("improvements", improvements_page());
            await("overall_effectiveness", judgement_page("overall_effectiveness"));
            await("lscb", judgement_page("lscb"));
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
    // Dates stand among the front lines.
    await("dates", rec.inspection.date_ranges.empty() ? std::nullopt : std::optional<int>(1));
    await("lead_inspector", std::nullopt);
    for (const Judgement& j : rec.judgements)
        if (j.page) needs.pages_used.insert(*j.page);
    for (const Improvement& i : rec.improvements)
        if (i.page) needs.pages_used.insert(*i.page);
    // The lead inspector is named on the first line the rules know (SIF reports name them late).
    for (const Line* l : doc.content()) {
        if (!rules.any_match("inspector", l->norm)) continue;
        needs.pages_used.insert(l->page);
        if (rec.inspection.lead_inspector) await("lead_inspector", l->page);
        break;
    }
    return rec;
}

// Reads the pages a record needs: the first few, then, while fields are missing, the
// sections the contents page names for them, then on from the first page not read, in
// growing steps. A field's page is followed by the next page read too: a table or list may
// go on onto it, or end with its first line. Kinds whose facts stand anywhere read every
// page at once.
Record extract_pdf(const Source& source, const RuleSet& rules, const ExtractOptions& opts, int& page_count) {
    PdfPages pdf(source);
    page_count = pdf.page_count();
    pdf.read_through(opts.read_every_page ? page_count : kFirstPages);
    bool sections_read = false;
    std::map<std::string, std::set<int>> read_for;  // the section pages read for each field
    for (;;) {
        const Document& doc = pdf.document();
        Needs needs;
        Record rec = extract_record(doc, rules, needs);
        if (pdf.all_read()) return rec;
        const bool front_read = doc.content().size() >= kFrontLines;
        if (front_read && needs.whole_document) {
            pdf.read_through(page_count);
            continue;
        }
        // A field is found when it stands within the pages read from the first on, or in a
        // section read for it: found elsewhere (the LSCB's recommendations, read for the
        // LSCB's judgement), an earlier page not read may hold the one every page would give.
        const std::vector<ContentsEntry> contents = contents_entries(doc);
        std::vector<std::string> missing;
        for (const auto& [field, page] : needs.fields) {
            const bool found = page > 0 && (page <= pdf.leading_pages_read() || read_for[field].count(page) > 0);
            if (!found && !(page == 0 && part_absent(field, doc, contents, rules))) missing.push_back(field);
        }
        std::vector<int> following;
        for (const int p : needs.pages_used)
            if (p < page_count && !pdf.has_read(p + 1)) following.push_back(p + 1);
        if (front_read && missing.empty()) {
            if (following.empty()) return rec;
            pdf.read_pages(following);
            continue;
        }
        if (front_read && !sections_read) {
            const std::map<std::string, std::set<int>> sections = section_pages(contents, missing, rules, page_count);
            if (!sections.empty()) {
                sections_read = true;
                std::vector<int> pages = following;
                for (const auto& [field, section] : sections) {
                    read_for[field].insert(section.begin(), section.end());
                    pages.insert(pages.end(), section.begin(), section.end());
                }
                pdf.read_pages(pages);
                continue;
            }
        }
        // A field not found yet may be far on (a SIF report names its inspector near the
        // end): the pages read grow by half, so that a long search extracts a few times, not
        // once a page.
        const int step = needs.whole_document || !missing.empty() ? std::max(1, pdf.pages_read() / 2) : 1;
        std::vector<int> pages = following;
        for (int p = pdf.leading_pages_read() + 1; p <= pdf.leading_pages_read() + step; ++p) pages.push_back(p);
        pdf.read_pages(pages);
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
