// A committee paper's judgements, wherever the paper states them: a "Judgement | Grade"
// table (in print, or flattened into lines of text), lines that pair a judgement with a
// grade ("LSCB - Good"), sentences ("The overall Ofsted judgement was 'requires
// improvement'", "care leavers was judged to be 'requires improvement to be good'", "rated
// 'Outstanding' for its work with care leavers"), a list that a sentence grades as a whole
// ("the following four areas were judged as Good:"), and a young people's summary that
// answers questions. A grade in a sentence about another inspection or another authority
// is not taken, and the warnings say so; papers that report a visit, a JTAI, a SEND
// inspection or no children's services inspection at all give none.
#include <algorithm>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/authority_match.hpp"
#include "ilacs/model/text_normalize.hpp"
#include "ilacs/reports/extractors.hpp"
#include "paper_stages.hpp"

namespace ilacs {

namespace {

struct Found {
    Judgement judgement;
    std::size_t line = 0;  // where it stands, to keep the paper's order
};

// A match of a rule inside a text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    const Rule* rule = nullptr;
};

// Every match of a group's rules in text that no earlier or longer match overlaps.
std::vector<Span> spans(const RuleSet& rules, std::string_view group, const std::string& text) {
    std::vector<Span> all;
    for (const Rule& r : rules.group(group)) {
        re2::StringPiece in(text);
        re2::StringPiece m;
        while (in.size() > 0 && r.re->Match(in, 0, in.size(), RE2::UNANCHORED, &m, 1)) {
            const std::size_t start = static_cast<std::size_t>(m.data() - text.data());
            if (m.empty()) break;
            all.push_back({start, start + m.size(), &r});
            in = re2::StringPiece(text.data() + start + m.size(), text.size() - start - m.size());
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<Span> out;
    for (const Span& s : all)
        if (out.empty() || s.start >= out.back().end) out.push_back(s);
    return out;
}

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
    if (rec.meeting && rec.meeting->date) {
        // A meeting early in a year may report an inspection of the year before; a paper that
        // does not date its inspection (an annual report, a plan's progress) may recall one of
        // two years before as its latest.
        years.push_back(rec.meeting->date->year);
        years.push_back(rec.meeting->date->year - 1);
        if (rec.inspection.date_ranges.empty()) years.push_back(rec.meeting->date->year - 2);
    }
    return years;
}

const RE2& year_pattern() {
    static const RE2 year(R"(\b((?:19|20)\d\d)\b)");
    return year;
}

// The latest year a text names, 0 when it names none.
int latest_year(const std::string& text) {
    re2::StringPiece in(text);
    int y = 0, latest = 0;
    while (RE2::FindAndConsume(&in, year_pattern(), &y)) latest = std::max(latest, y);
    return latest;
}

// The year a grade's clause gives it: the first after the grade, else the last before it; 0 when none.
int year_of(const std::string& after, const std::string& before) {
    int y = 0;
    if (RE2::PartialMatch(after, year_pattern(), &y)) return y;
    re2::StringPiece in(before);
    int last = 0;
    while (RE2::FindAndConsume(&in, year_pattern(), &y)) last = y;
    return last;
}

// Capture groups by name: "grade" always, "label" where the rule has one.
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

std::string trim_quotes(std::string s) {
    const std::string junk = "'\" ,.-";
    while (!s.empty() && junk.find(s.front()) != std::string::npos) s.erase(s.begin());
    while (!s.empty() && junk.find(s.back()) != std::string::npos) s.pop_back();
    return s;
}

// The judgement keys each framework grades; a paper's key outside its framework's is put in
// the framework's words (SIF's "children looked after" is ILACS's "children in care").
std::string key_in_framework(const std::string& key, const Record& rec) {
    const std::string fw = rec.framework.value_or("");
    if (fw == "ILACS") {
        // ILACS graded children in care and care leavers together until 2023; a paper that
        // does not date the inspection is dated by its meeting.
        const std::optional<int> year = !rec.inspection.date_ranges.empty() ? std::optional<int>(rec.inspection.date_ranges.front().start.year)
                                        : rec.meeting && rec.meeting->date ? std::optional<int>(rec.meeting->date->year)
                                                                           : std::nullopt;
        const bool combined = year && *year < 2023;
        if (key == "leadership_management_governance") return "impact_of_leaders";
        if (key == "children_looked_after" || (combined && (key == "children_in_care" || key == "care_leavers")))
            return combined ? "children_in_care_and_care_leavers" : "children_in_care";
        if (key == "adoption" || key == "lscb") return "";
    } else if (fw == "legacy") {
        if (key == "children_in_care") return "children_looked_after";
    } else if (fw == "SIF") {
        if (key == "impact_of_leaders") return "leadership_management_governance";
        if (key == "children_in_care") return "children_looked_after";
    }
    return key;
}

// How far from a grade the words that say whose it is may stand.
constexpr std::size_t kNear = 100;
// How much of a table row's label may stand before and after the judgement's name.
constexpr std::size_t kRowLead = 12;
constexpr std::size_t kRowTail = 30;
// How long the end of a grade wrapped onto a row's next line may be: "to be good".
constexpr std::size_t kGradeTail = 12;

class PaperJudgements {
public:
    PaperJudgements(const Document& doc, const RuleSet& rules, Record& rec)
        : doc_(doc), rules_(rules), rec_(rec), years_(own_years(rec)) {}

    // "Children who need help and protection - Requires improvement", "- Adoption performance
    // - Good", "Overall effectiveness Requires improvement to be good"; and a flattened table
    // whose label lines are each followed by their grade cells, one per grade column.
    void graded_lines(const std::vector<const Line*>& lines) {
        int columns = 1;      // grade columns of the flattened table being read
        int newest = 0;       // the column of the latest year, the reported inspection's
        int newest_year = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string& norm = lines[i]->norm;
            if (std::string year; rules_.first_match("committee_grade_column", norm, &year)) {
                // A run of column heads: "2024 Grade", "2019 Grade".
                const bool run = i > 0 && rules_.any_match("committee_grade_column", lines[i - 1]->norm);
                if (!run) columns = 0, newest_year = 0;
                const int y = year.empty() ? 0 : std::stoi(year);
                if (y > newest_year) newest_year = y, newest = columns;
                ++columns;
                continue;
            }
            if (const std::size_t taken = graded_line(lines, i)) {
                i += taken - 1;
                continue;
            }
            const Span name = row_label(norm);
            if (!name.rule) continue;
            std::vector<std::size_t> cells;
            for (std::size_t j = i + 1; j < lines.size() && rules_.any_match("committee_grade_cell", lines[j]->norm); ++j)
                cells.push_back(j);
            // A row short of cells cannot say whose its grade is.
            if (cells.empty() || (cells.size() != static_cast<std::size_t>(columns) && cells.size() != 1)) continue;
            if (cells.size() == 1 && columns > 1) continue;
            const Line& cell = *lines[cells[cells.size() == 1 ? 0 : static_cast<std::size_t>(newest)]];
            add(name.rule->value, collapse_spaces(lines[i]->text), trim_quotes(collapse_spaces(cell.text)), lines[i]->page, i);
            i = cells.back();
        }
    }

    void sentences_of(const std::vector<Block>& blocks) {
        std::string question;  // the last question asked: "How well does ... support its social workers ...?"
        std::string intro;     // "Inspectors rated the service:" above a list whose items hold the grades
        for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
            const Block& b = blocks[bi];
            std::optional<std::string> list_grade;
            if (!b.bullet) intro.clear();
            for (const std::string& s : sentences(b.norm)) {
                if (!s.empty() && s.back() == '?') question = s;
                if (answer(s, question, b)) continue;
                // Each item of the list completes its introduction's sentence: "Inspectors
                // rated the service: - Good for the impact of leaders".
                if (b.bullet && !intro.empty()) sentence(intro + " " + s, b);
                if (std::optional<std::string> g = sentence(s, b)) list_grade = g;
                else if (list_grade && (s.empty() || s.back() != ':')) list_grade.reset();
                if (!b.bullet && !s.empty() && s.back() == ':' && rules_.any_match("committee_grade_list_intro", s))
                    intro = s.substr(0, s.size() - 1);
            }
            // "3 areas required improvement to be good. These were:" above a list: the list's
            // items are the areas.
            if (list_grade) graded_list(blocks, bi + 1, *list_grade);
        }
    }

    void finish() {
        // Grades that only one framework gives tell the framework the paper did not name: the
        // first such grade stated.
        for (auto f = found_.begin(); !rec_.framework && f != found_.end(); ++f)
            if (const Rule* fw = rules_.first_match("committee_framework_of", f->judgement.key))
                rec_.framework = framework_name(fw->value);
        std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.line < b.line; });
        for (Found& f : found_) {
            // In the framework's words; two names that are one judgement there, once.
            f.judgement.key = key_in_framework(f.judgement.key, rec_);
            const bool again = std::any_of(rec_.judgements.begin(), rec_.judgements.end(),
                                           [&](const Judgement& j) { return j.key == f.judgement.key; });
            if (!f.judgement.key.empty() && !again) rec_.judgements.push_back(std::move(f.judgement));
        }
    }

private:
    // A line that is a table row in text: a judgement's name and its grade, the name maybe
    // begun on the line above ("The impact of leaders on social work practice with children
    // and" / "families Requires improvement to be good"), the grade maybe ending on the line
    // below ("... families Requires improvement to be" / "good"). Returns the lines it took.
    std::size_t graded_line(const std::vector<const Line*>& lines, std::size_t i) {
        if (graded_row(lines, i, lines[i]->norm, 0)) return 1;
        if (i + 1 < lines.size() && lines[i + 1]->norm.size() <= kGradeTail &&
            graded_row(lines, i, lines[i]->norm + " " + lines[i + 1]->norm, lines[i + 1]->norm.size() + 1))
            return 2;
        return 0;
    }

    // Whether text, line i's (and maybe the next line's), is a row; its grade words must be
    // longer than `wrapped`, the part of them that wrapped onto the next line, so that a
    // grade begun on line i is read, not a cell below a label.
    bool graded_row(const std::vector<const Line*>& lines, std::size_t i, const std::string& text, std::size_t wrapped) {
        for (const Rule& r : rules_.group("committee_graded_line")) {
            std::string label, grade_words;
            if (!match_named(r, text, label, grade_words)) continue;
            if (wrapped > 0 && grade_words.size() <= wrapped) return false;
            Span name = row_label(label);
            if (!name.rule && i > 0 && !rules_.any_match("committee_grade_word", lines[i - 1]->norm)) {
                label = lines[i - 1]->norm + " " + label;
                name = row_label(label);
            }
            if (!name.rule) return false;
            add(name.rule->value, trim_quotes(label), grade_words, lines[i]->page, i);
            return true;
        }
        return false;
    }

    // The judgement a row label names: the label is the name, give or take a number, an
    // article or a few words after it, and no sentence.
    Span row_label(const std::string& label) const {
        if (label.size() > 130 || rules_.any_match("committee_row_prose", label)) return {};
        if (rules_.any_match("committee_grade_word", label) && !rules_.any_match("committee_judgement", label)) return {};
        const std::vector<Span> names = spans(rules_, "committee_judgement_name", label);
        if (names.empty()) {
            // "Ofsted inspection outcome: Good"
            if (const Rule* key = rules_.first_match("committee_judgement", trim_quotes(label))) return {0, label.size(), key};
            return {};
        }
        if (names.front().start > kRowLead || label.size() - names.front().end > kRowTail ||
            label.find(',', names.front().end) != std::string::npos)
            return {};
        if (const Rule* key = judgement_key(rules_, trim_quotes(label)); key && key->value != names.front().rule->value)
            return {names.front().start, names.front().end, key};
        return names.front();
    }

    // A young people's summary: "The Inspectors rated Barsetshire as 'Good' at doing this."
    bool answer(const std::string& s, const std::string& question, const Block& b) {
        for (const Rule& r : rules_.group("committee_grade")) {
            std::string label, grade_words;
            if (!match_named(r, s, label, grade_words)) continue;
            // The question in young people's words, else the judgement it names.
            if (const Rule* key = rules_.first_match("committee_question", question))
                add(key->value, question, grade_words, b.page, b.first);
            else if (const std::vector<Span> names = spans(rules_, "committee_judgement_name", question); !names.empty())
                add(names.front().rule->value, question, grade_words, b.page, b.first);
            return true;
        }
        return false;
    }

    // The grades a sentence states. Returns the grade it gives to areas it leaves to the
    // list below to name.
    std::optional<std::string> sentence(const std::string& s, const Block& b) {
        struct Stated {
            Span word;
            bool strong = false;  // a verb, a noun or a quote says it is a grade
        };
        std::vector<Stated> stated;
        const std::vector<Span> words = spans(rules_, "committee_grade_word", s);
        for (const Span& w : words) {
            const std::string lead = s.substr(0, w.start);
            const std::string trail = s.substr(w.end);
            const Rule* before = rules_.first_match("committee_grade_lead", lead);
            // A quote that opens before the grade and does not close after it opens a
            // quotation: "Good quality services have been...".
            if (before && before->value == "quote" && (trail.empty() || (trail[0] != '\'' && trail[0] != '"')))
                before = nullptr;
            const Rule* after = rules_.first_match("committee_grade_trail", trail);
            // "outstanding ambassadors", "found good practice": a grade word before a noun
            // describes the noun.
            const bool closed = !trail.empty() && (trail[0] == '\'' || trail[0] == '"');
            if (!closed && !after && !rules_.any_match("committee_grade_end", trail)) continue;
            const bool strong = (before && before->value != "copula") ||
                                rules_.any_match("committee_grade_stated", s.substr(w.start)) ||
                                (after && after->value != "named");
            if (strong || before) stated.push_back({w, strong});
        }
        if (stated.empty() || rules_.any_match("committee_grade_scale", s)) return std::nullopt;
        const std::vector<Span> names = spans(rules_, "committee_judgement_name", s);
        // Beside a stated grade, a bare one that a judgement's name follows is stated too:
        // "requires improvement to be good in three areas and good for leaders".
        for (const Span& w : words) {
            const bool known = std::any_of(stated.begin(), stated.end(), [&](const Stated& x) { return x.word.start == w.start; });
            const Rule* t = rules_.first_match("committee_grade_trail", s.substr(w.end));
            const bool name_next = std::any_of(names.begin(), names.end(), [&](const Span& n) {
                return n.start >= w.end && rules_.any_match("committee_grade_beside", s.substr(w.end, n.start - w.end));
            });
            if (!known && t && t->value == "named" && name_next) stated.push_back({w, true});
        }
        std::sort(stated.begin(), stated.end(), [](const Stated& x, const Stated& y) { return x.word.start < y.word.start; });
        const std::string why = elsewhere(without_since_last(s, rules_), rules_, years_);
        std::optional<std::string> list_grade;
        // "improved from 'requires improvement' to 'good'": the former grade and the new share
        // the subject before the former.
        std::optional<std::size_t> former_from;
        const int latest = latest_year(s);
        for (std::size_t i = 0; i < stated.size(); ++i) {
            const Span& w = stated[i].word;
            const std::size_t from = i == 0 ? 0 : stated[i - 1].word.end;
            const std::size_t subject_from = former_from.value_or(from);
            // A clause runs to the next grade word, stated or not.
            std::size_t to = s.size();
            for (const Span& other : words)
                if (other.start > w.start) {
                    to = other.start;
                    break;
                }
            const std::string clause = s.substr(from, to - from);
            // "moving from inadequate to ...", "previously it was rated as": a former grade.
            // ... and "rated 'inadequate' in 2019 and 'good' in 2023": the grade of an earlier year.
            const int year = year_of(s.substr(w.end, to - w.end), s.substr(from, w.start - from));
            if (rules_.any_match("committee_grade_former", s.substr(from, w.start - from)) || (year && year < latest)) {
                former_from = subject_from;
                continue;
            }
            former_from.reset();
            std::vector<Span> keys = named(s, names, w, from, to, stated[i].strong);
            const std::string grade_words = s.substr(w.start, w.end - w.start);
            if (keys.empty()) {
                const std::size_t near_from = std::max(subject_from, w.start > kNear ? w.start - kNear : 0);
                const std::string lead = s.substr(near_from, w.start - near_from);
                const std::string trail = s.substr(w.end, to - w.end);
                // "The council's services for children are good, Ofsted has said": a grade after
                // "are" is the services' grade only where the sentence gives it to the inspection
                // and the grade closes its clause ("good at listening" is praise).
                if (!stated[i].strong && !(rules_.any_match("committee_grade_attribution", s) &&
                                           rules_.any_match("committee_grade_closed", trail) &&
                                           services_subject(lead, true)))
                    continue;
                const Rule* t = rules_.first_match("committee_grade_trail", trail);
                if (rules_.any_match("committee_grade_all_areas", lead + trail.substr(0, std::min(trail.size(), kNear / 2)))) {
                    keys.push_back({from, to, overall_rule()});
                } else if (rules_.any_match("committee_grade_areas", lead)) {
                    // Areas the sentence counts: the list below names them, if it is below.
                    list_grade = grade_words;
                    continue;
                } else if (t && t->value == "counted_areas") {
                    continue;  // "good in three areas": which three, the sentence does not say
                } else if (services_subject(lead) || (t && t->value == "rating")) {
                    // The services as a whole, said just before the grade, or its "'good' rating".
                    keys.push_back({from, to, overall_rule()});
                } else {
                    continue;
                }
            }
            // An aspiration, a count, a school's grade: no grade of the inspection, and no news.
            if (rules_.any_match("committee_not_a_grade", clause)) continue;
            if (const std::string other = why.empty() ? another_authority(s, subject_from, w.start) : why; !other.empty()) {
                rec_.warnings.push_back(fmt::format("{}'{}' grades another inspection or authority ({}): not taken",
                                                    where(b.page), s, other));
                return std::nullopt;
            }
            for (const Span& k : keys) {
                const std::string label = k.rule == overall_rule() ? s : s.substr(k.start, k.end - k.start);
                add(k.rule->value, label, grade_words, b.page, b.first);
            }
        }
        return list_grade;
    }

    // "another authority" when the sentence names an authority between `from` and the grade
    // at `to`, and nowhere the paper's own ("Ofsted rated neighbouring Kent outstanding"); ""
    // otherwise, or when the paper's own is unknown.
    std::string another_authority(const std::string& s, std::size_t from, std::size_t to) const {
        if (!rec_.local_authority || !rec_.local_authority->id) return "";
        bool other = false;
        for (const AuthorityMention& m : authority_mentions(rules_, s)) {
            if (m.authority->id == *rec_.local_authority->id) return "";
            other = other || (m.offset >= from && m.offset < to);
        }
        return other ? "another authority" : "";
    }

    // Whether the words before a grade name the services as a whole as their subject: not as
    // the object of a preposition ("relationships between services are good"), nor as the
    // owner of another thing ("the council's early help offer was good"), nor before a
    // judgement's name that the grade is nearer ("the services for care leavers were good").
    // With `copula_next`, only "is", "are"... and no other words may stand between the subject
    // and the grade ("the quality of practice is good" is not the services').
    bool services_subject(const std::string& lead, bool copula_next = false) const {
        for (const Span& subject : spans(rules_, "committee_grade_subject", lead))
            if (!rules_.any_match("committee_grade_subject_object", lead.substr(0, subject.start)) &&
                lead.compare(subject.end, 1, "'") != 0 &&
                !rules_.any_match("committee_judgement_name", lead.substr(subject.end)) &&
                (!copula_next || rules_.any_match("committee_grade_subject_copula", lead.substr(subject.end))))
                return true;
        return false;
    }

    // The judgements a grade is stated of: named right after it ("'Outstanding' for its work
    // with care leavers", "'good' overall") or just before it ("care leavers was judged to be").
    std::vector<Span> named(const std::string& s, const std::vector<Span>& names, const Span& w, std::size_t from,
                            std::size_t to, bool strong) const {
        std::vector<Span> out;
        const std::string trail = s.substr(w.end, to - w.end);
        if (const Rule* t = rules_.first_match("committee_grade_trail", trail); t && strong) {
            if (t->value == "overall" || t->value == "all_areas") return {{w.start, w.end, overall_rule()}};
            if (t->value == "named")
                for (const Span& n : names)
                    if (n.start >= w.end && n.end <= to) out.push_back(n);
            if (!out.empty()) return out;
        }
        // "'outstanding' leadership": the grade stands before the name as its adjective.
        for (const Span& n : names)
            if (strong && n.start >= w.end && n.start <= w.end + 2 && n.end <= to &&
                s.find_first_not_of(" '\"", w.end) == n.start)
                return {n};
        // Names before the grade, the nearest joined to it by linking words, the others to it
        // by a list's separators; each the subject, not the object of a preposition
        // ("support for looked after children being good").
        std::size_t end = w.start;
        for (auto n = names.rbegin(); n != names.rend(); ++n) {
            if (n->end > end || n->start < from) continue;
            const std::string gap = s.substr(n->end, end - n->end);
            if (!rules_.any_match(out.empty() ? "committee_grade_link" : "committee_grade_list", gap)) break;
            const std::string before = s.substr(from, n->start - from);
            if (rules_.any_match("committee_grade_object", before) && !rules_.any_match("committee_grade_head", before)) break;
            out.push_back(*n);
            end = n->start;
        }
        std::reverse(out.begin(), out.end());  // in the paper's order
        if (!out.empty()) return out;
        // "rated the impact of leadership on social work practice as 'good'": the names that
        // the grading verb takes as its object.
        for (const Span& n : names) {
            if (n.start < from || n.end > w.start) continue;
            if (out.empty() && !rules_.any_match("committee_grade_verb_object", s.substr(from, n.start - from))) continue;
            if (!out.empty() && !rules_.any_match("committee_grade_list", s.substr(out.back().end, n.start - out.back().end))) break;
            out.push_back(n);
        }
        return out;
    }

    // The items of the list below a sentence that grades "the following areas": each item
    // that starts with a judgement's name gets the grade, unless it states its own.
    void graded_list(const std::vector<Block>& blocks, std::size_t next, const std::string& grade_words) {
        // "These were:" may stand between the sentence and its list.
        if (next < blocks.size() && !blocks[next].bullet && !blocks[next].norm.empty() && blocks[next].norm.back() == ':' &&
            blocks[next].norm.size() < 40)
            ++next;
        for (std::size_t i = next; i < blocks.size() && blocks[i].bullet; ++i) {
            const std::vector<Span> names = spans(rules_, "committee_judgement_name", blocks[i].norm);
            if (names.empty() || names.front().start > 60) continue;
            const Span& n = names.front();
            add(n.rule->value, blocks[i].text, grade_words, blocks[i].page, blocks[i].first);
        }
    }

    const Rule* overall_rule() const {
        return &rules_.group("committee_judgement_name").at(0);  // its value is overall_effectiveness
    }

    void add(const std::string& key, const std::string& label, const std::string& grade_words, int page,
             std::size_t line) {
        const Rule* g = rules_.first_match("committee_grade_word", grade_words);
        if (!g) return;
        const std::string& grade = g->value;
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
    const std::vector<int> years_;
    std::vector<Found> found_;
};

}  // namespace

void extract_paper_judgements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                              ReportedInspection reported, Record& rec) {
    // Visits, JTAIs and SEND inspections grade nothing, nor does a school's inspection: any
    // grade such a paper states is another inspection's.
    if (reported != ReportedInspection::graded) return;
    extract_judgement_table(doc, rules, rec);
    PaperJudgements judgements(doc, rules, rec);
    judgements.graded_lines(doc.content());
    judgements.sentences_of(blocks);
    judgements.finish();
}

}  // namespace ilacs
