// One row per record: the fields a spreadsheet wants, judgements one column per key.
#include <string_view>

#include "ilacs/output/writers.hpp"

namespace ilacs {

const std::vector<std::string>& csv_judgement_columns() {
    static const std::vector<std::string> columns = {
        "overall_effectiveness", "impact_of_leaders", "help_and_protection",
        "children_in_care_and_care_leavers", "children_in_care", "care_leavers",
        "children_looked_after", "adoption", "leadership_management_governance", "lscb",
        "capacity_for_improvement", "safeguarding_overall", "looked_after_overall"};
    return columns;
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field
// that a spreadsheet would take for a formula (it starts with =, +, -, @, tab or carriage
// return: CSV injection, as OWASP describes it) is quoted behind a single quote, so that it
// shows as the text it is; the text of a document or a file name can start that way.
std::string csv_field(const std::string& s) {
    const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
    if (!formula && s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = formula ? "\"'" : "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

void write_csv_header(std::ostream& out) {
    out << "path,sha256,kind,framework,local_authority,local_authority_id,local_authority_code,local_authority_urn,"
           "type,start_date,end_date,"
           "lead_inspector";
    for (const std::string& k : csv_judgement_columns()) out << ',' << k;
    out << ",improvements,warnings,error\r\n";
}

void write_csv_row(std::ostream& out, const Record& rec) {
    const auto& r = rec.inspection.date_ranges;
    const std::optional<LocalAuthority>& la = rec.local_authority;
    std::string improvements, warnings;
    for (const Improvement& i : rec.improvements) improvements += (improvements.empty() ? "" : "\n") + i.text;
    for (const std::string& w : rec.warnings) warnings += (warnings.empty() ? "" : "\n") + w;
    out << csv_field(rec.source.path) << ',' << rec.source.sha256 << ',' << (rec.error ? "" : rec.kind) << ','
        << rec.framework.value_or("") << ',' << csv_field(la ? la->name : "") << ',' << (la ? la->id.value_or("") : "") << ','
        << (la ? la->code.value_or("") : "") << ',' << (la ? la->urn.value_or("") : "") << ','
        << rec.inspection.type.value_or("") << ','
        << (r.empty() ? "" : r.front().start.iso()) << ',' << (r.empty() ? "" : r.back().end.iso()) << ','
        << csv_field(rec.inspection.lead_inspector.value_or(""));
    for (const std::string& k : csv_judgement_columns()) {
        std::string grade;
        for (const Judgement& j : rec.judgements)
            if (j.key == k) grade = j.grade;
        out << ',' << grade;
    }
    out << ',' << csv_field(improvements) << ',' << csv_field(warnings) << ','
        << csv_field(rec.error ? rec.error->code + ": " + rec.error->message : "") << "\r\n";
}

}  // namespace ilacs
