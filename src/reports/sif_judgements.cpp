// SIF front pages: the overall judgement in a sentence, the numbered judgement rows
// (2.1 adoption performance, 2.2 care leavers) as a grade table, and the LSCB's sentence.
#include <algorithm>

#include "ilacs/model/paragraphs.hpp"
#include "ilacs/reports/extractors.hpp"
#include "ilacs/reports/grade_table.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kSentenceLines = 4;  // judgement sentences are short

// The first paragraph that a rule of the group matches gives the judgement `key`.
void judgement_from_sentence(const std::vector<Paragraph>& paras, std::string_view group, const std::string& key,
                             const Document& doc, const RuleSet& rules, Record& rec) {
    for (const Paragraph& p : paras) {
        for (const std::string& sentence : p.line_spans(kSentenceLines)) {
            std::string words;
            if (!rules.first_match(group, sentence, &words)) continue;
            const std::string grade = canonical_grade(rules, words);
            if (grade.empty()) continue;
            rec.judgements.push_back(Judgement{key, sentence, grade, words,
                                               doc.paged ? std::optional<int>(p.page) : std::nullopt});
            return;
        }
    }
}

}  // namespace

bool is_standalone_lscb_review(const Document& doc, const RuleSet& rules) {
    constexpr std::size_t kTitleLines = 20;
    const std::vector<const Line*> lines = doc.content();
    for (std::size_t i = 0; i < lines.size() && i < kTitleLines; ++i)
        if (rules.any_match("sif_authority_title", lines[i]->norm)) return false;
    // Without the authority's title, more signals: a review of the board alone grades
    // nothing of the authority's, has none of its sections, nor heads one with one of its
    // judgements, while a report that lost or reworded its title (or its first page) does.
    Record graded;
    extract_sif_judgements(doc, rules, graded);
    auto authority_judgement = [](const std::string& key) { return key != "lscb"; };
    if (std::any_of(graded.judgements.begin(), graded.judgements.end(),
                    [&](const Judgement& j) { return authority_judgement(j.key); }))
        return false;
    for (const Line* l : lines)
        if (rules.any_match("sif_authority_section", l->norm)) return false;
    constexpr std::size_t kHeadingLength = 120;
    for (const Paragraph& p : paragraphs(doc)) {
        if (!p.heading || p.text.size() > kHeadingLength) continue;
        const Rule* key = rules.first_match("judgement", p.text);
        if (key && authority_judgement(key->value)) return false;
    }
    return true;
}

void extract_sif_judgements(const Document& doc, const RuleSet& rules, Record& rec) {
    const std::vector<Paragraph> paras = paragraphs(doc);
    judgement_from_sentence(paras, "sif_overall", "overall_effectiveness", doc, rules, rec);

    const std::vector<const Line*> lines = doc.content();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!rules.any_match("sif_table_start", lines[i]->norm)) continue;
        const double column = find_grade_column(lines, i, rules);
        if (column < 0) break;
        // A grade printed beside two label lines may start above the first of them.
        std::size_t first = i;
        while (first > 0 && lines[first - 1]->x0 >= column - 2 &&
               rules.any_match("table_grade", lines[first - 1]->norm))
            --first;
        add_table_judgements(read_grade_table(lines, first, column, doc.paged, rules), doc, rules, rec);
        break;
    }

    judgement_from_sentence(paras, "sif_lscb", "lscb", doc, rules, rec);
}

}  // namespace ilacs
