// What changed between two documents of one authority: each judgement area before and
// after through the crosswalk, and the improvement themes resolved, persisting and new.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ilacs/history/crosswalk.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

enum class GradeChange { up, down, same, not_compared };
std::string_view change_name(GradeChange c);  // "up", "down", "same", "not_compared"

// One area: the judgement that stands for it on each side (none where that side has no
// grade for it), and why the two were or were not compared.
struct AreaComparison {
    std::string area;   // a crosswalk area ("children_in_care"), else the judgement's own key
    std::string label;  // "Children in care"
    std::optional<Judgement> before, after;
    GradeChange change = GradeChange::not_compared;
    std::string note;   // "SIF children_looked_after against ILACS (2023-26) children_in_care", "not judged in ..."
};

// An improvement item of each side paired by wording, or of one side only.
struct ItemComparison {
    std::optional<Improvement> before, after;
    double similarity = 0;
};

enum class ThemeStatus { persisting, resolved, new_theme };
std::string_view status_name(ThemeStatus s);  // "persisting", "resolved", "new"

// A theme id of ../shared/themes/taxonomy.json; empty for the items that carry no theme.
struct ThemeComparison {
    std::string theme;
    ThemeStatus status = ThemeStatus::persisting;
    std::vector<ItemComparison> items;
};

struct DiffOptions {
    bool force = false;  // compare documents of two different authorities
};

struct DiffResult {
    Record before, after;       // in fieldwork order
    bool swapped = false;       // they were given newest first
    std::vector<std::string> notes;
    std::vector<AreaComparison> judgements;
    std::vector<ThemeComparison> themes;

    // A grade went up or down, a theme was resolved or is new, or an item that carries no
    // theme has no partner by wording on the other side. Areas that one framework judges
    // and the other does not are not changes of the authority.
    bool changed() const;
};

// The two documents are of different authorities; what() says which.
class DifferentAuthorities : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The day a record is placed by: its first day of fieldwork, else its publication, else
// its meeting's date.
std::optional<Date> record_date(const Record& rec);

// Compares two records, put in date order first. Throws DifferentAuthorities unless
// options.force when both name an authority and they differ.
DiffResult diff_records(const Record& first, const Record& second, const RuleSet& rules, const DiffOptions& options = {});

}  // namespace ilacs
