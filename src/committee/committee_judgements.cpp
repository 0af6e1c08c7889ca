// A committee paper's judgements, wherever the paper states them: a "Judgement | Grade"
// table, lines that pair a judgement with a grade ("LSCB - Good"), and sentences ("The
// overall Ofsted judgement was 'requires improvement'", "The Inspectors rated Derbyshire as
// 'Good' at doing this" under a question that names the judgement). A grade in a sentence
// about another inspection or another authority is not taken, and the warnings say so.
#include <algorithm>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

struct Found {
    Judgement judgement;
    std::size_t line = 0;  // where it stands, to keep the paper's order
};

// The canonical key for a judgement's printed name: committee wordings first ("LSCB"),
// then the names the reports use.
const Rule* judgement_key(const RuleSet& rules, const std::string& label) {
    if (const Rule* r = rules.first_match("committee_judgement", label)) return r;
    return rules.first_match("judgement", label);
}

// The years a sentence may name and still be about the paper's inspection.
std::vector<int> own_years(const Record& rec) {
    std::vector<int> years;
    for (const DateRange& r : rec.inspection.date_ranges) {
        years.push_back(r.start.year);
        years.push_back(r.end.year);
        years.push_back(r.end.year + 1);  // the report is published after the fieldwork
    }
    if (rec.meeting && rec.meeting->date) years.push_back(rec.meeting->date->year);
    return years;
}

// Capture groups by name: "grade" always, "label" where the sentence names the judgement.
bool match_named(const Rule& r, const std::string& text, std::string& label, std::string& grade) {
    const auto& names = r.re->NamedCapturingGroups();
    const int n = r.re->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n) + 1);
    if (!r.re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), n + 1)) return false;
    label.clear();
    grade.clear();
    for (const auto& [name, index] : names) {
        const std::string value(groups[static_cast<std::size_t>(index)]);
        if (name == "label") label = value;
        else if (name == "grade") grade = value;
    }
    if (label.empty()) label = std::string(groups[0]);
    return !grade.empty();
}

class PaperJudgements {
public:
    PaperJudgements(const Document& doc, const RuleSet& rules, Record& rec) : doc_(doc), rules_(rules), rec_(rec) {}

    // "Children who need help and protection - Requires improvement", "- Adoption performance - Good".
    void graded_lines(const std::vector<const Line*>& lines) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            for (const Rule& r : rules_.group("committee_graded_line")) {
                std::string label, grade_words;
                if (!match_named(r, lines[i]->norm, label, grade_words)) continue;
                if (const Rule* key = judgement_key(rules_, label))
                    add(key->value, label, grade_words, lines[i]->page, i);
                break;
            }
        }
    }

    void sentences_of(const std::vector<Block>& blocks) {
        const std::vector<int> years = own_years(rec_);
        std::string question;  // the last question asked: "How well does ... support its social workers ...?"
        for (const Block& b : blocks) {
            for (const std::string& s : sentences(b.norm)) {
                if (!s.empty() && s.back() == '?') question = s;
                sentence(s, question, years, b);
            }
        }
    }

    void finish() {
        std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.line < b.line; });
        for (Found& f : found_) rec_.judgements.push_back(std::move(f.judgement));
    }

private:
    void sentence(const std::string& s, const std::string& question, const std::vector<int>& years, const Block& b) {
        for (const Rule& r : rules_.group("committee_grade")) {
            std::string label, grade_words;
            if (!match_named(r, s, label, grade_words)) continue;
            if (const std::string why = elsewhere(s, rules_, years); !why.empty()) {
                rec_.warnings.push_back(fmt::format("{}'{}' grades another inspection or authority ({}): not taken",
                                                    where(b.page), s, why));
                return;
            }
            const Rule* key = nullptr;
            if (r.value == "question") {
                // The key is the question's: the answer names no judgement.
                key = rules_.first_match("committee_question", question);
                label = question;
            } else if (r.value == "named") {
                key = judgement_key(rules_, label);
            } else {
                key = &r;
            }
            if (!key) {
                rec_.warnings.push_back(fmt::format("{}'{}' states a grade for a judgement ilacs cannot name", where(b.page), s));
                return;
            }
            add(key->value, label, grade_words, b.page, b.first);
            return;
        }
    }

    void add(const std::string& key, const std::string& label, const std::string& grade_words, int page, std::size_t line) {
        const std::string grade = canonical_grade(rules_, grade_words);
        if (grade.empty() || grade == "not_judged") return;
        auto same = [&](const Judgement& j) { return j.key == key; };
        auto in_record = std::find_if(rec_.judgements.begin(), rec_.judgements.end(), same);
        auto found = std::find_if(found_.begin(), found_.end(), [&](const Found& f) { return same(f.judgement); });
        const Judgement* earlier = in_record != rec_.judgements.end() ? &*in_record
                                   : found != found_.end()           ? &found->judgement
                                                                     : nullptr;
        if (earlier) {
            // The paper says it twice; the first statement stands, a different one is a warning.
            if (earlier->grade != grade)
                rec_.warnings.push_back(fmt::format("{}'{}' grades {} as {}, the paper elsewhere as {}", where(page),
                                                    label, key, grade, earlier->grade));
            return;
        }
        found_.push_back({Judgement{key, collapse_spaces(label), grade, collapse_spaces(grade_words), page_of(doc_, page)}, line});
    }

    std::string where(int page) const { return doc_.paged ? fmt::format("page {}: ", page) : ""; }

    const Document& doc_;
    const RuleSet& rules_;
    Record& rec_;
    std::vector<Found> found_;
};

}  // namespace

void extract_paper_judgements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                              Record& rec) {
    extract_judgement_table(doc, rules, rec);
    PaperJudgements judgements(doc, rules, rec);
    judgements.graded_lines(doc.content());
    judgements.sentences_of(blocks);
    judgements.finish();
}

}  // namespace ilacs
