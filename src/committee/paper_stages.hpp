// The stages of a committee paper's extraction, each in its own file, and the view of the
// paper's text they share: blocks (paragraphs and list items) and their sentences.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ilacs/committee/committee_paper.hpp"
#include "ilacs/model/document.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

// A paragraph or a list item: consecutive lines without a gap, a bullet or a change of print.
struct Block {
    std::string text;         // as printed, wrapped lines joined, bullet removed
    std::string norm;         // the same, normalised for rules
    std::size_t first = 0;    // index of its first line in doc.content()
    int page = 0;
    double x0 = 0;            // where its first line starts: nesting shows as indentation
    bool bullet = false;      // it starts with a bullet (rules committee_bullet)
    bool gap_before = false;  // a blank line or a paragraph gap stands above it
};

std::vector<Block> paper_blocks(const std::vector<const Line*>& lines, const RuleSet& rules);

// The block's sentences, normalised.
std::vector<std::string> sentences(const std::string& norm);

// Why a sentence's facts belong to another inspection or another authority (a rule id of
// committee_elsewhere, or a year outside `years`: the inspection's and the meeting's); ""
// when they belong to the paper's own.
std::string elsewhere(const std::string& sentence, const RuleSet& rules, const std::vector<int>& years);

std::optional<int> page_of(const Document& doc, int page);

// What the inspection a paper reports can give: grades (an inspection of children's
// services, or one the paper does not tell), none (a visit, a JTAI, a SEND inspection), or
// nothing of children's services (a school's inspection, adult learning...).
enum class ReportedInspection { graded, ungraded, not_childrens_services };

void extract_meeting(const Document& doc, const RuleSet& rules, Record& rec);  // committee_meeting.cpp
// The sentence without its "since the last inspection": a comparison, not another inspection.
std::string without_since_last(const std::string& sentence, const RuleSet& rules);  // committee_inspection.cpp
// The record's framework for a rule's value: "ilacs" is "ILACS", "legacy" stays as it is.
std::string framework_name(const std::string& value);  // committee_inspection.cpp
ReportedInspection extract_reported_inspection(const std::vector<Block>& blocks, const RuleSet& rules,
                                               Record& rec);  // committee_inspection.cpp
void extract_paper_authority(const std::vector<const Line*>& lines, const std::vector<Block>& blocks,
                             const RuleSet& rules, Record& rec);  // committee_authority.cpp
void extract_paper_judgements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                              ReportedInspection reported, Record& rec);  // committee_judgements.cpp
void extract_paper_improvements(const Document& doc, const std::vector<Block>& blocks, const RuleSet& rules,
                                Record& rec);  // committee_lists.cpp
void extract_action_plan(const std::vector<const Line*>& lines, bool paged, const RuleSet& rules,
                         Record& rec);  // action_plan.cpp

}  // namespace ilacs
