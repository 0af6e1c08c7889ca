#include <doctest/doctest.h>

#include "ilacs/reading/readers.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::extract_text;
using ilacs::test::grades;
using ilacs::test::improvement_texts;
using ilacs::test::placed_line;
using Strings = std::vector<std::string>;

namespace {

bool has_warning(const Record& rec, const std::string& part) {
    for (const std::string& w : rec.warnings)
        if (w.find(part) != std::string::npos) return true;
    return false;
}

std::string show(const Action& a) {
    return a.area.value_or("-") + " | " + a.action.value_or("-") + " | " + a.owner.value_or("-") + " | " +
           a.due.value_or("-");
}

Strings actions(const Record& rec) {
    Strings out;
    for (const Action& a : rec.actions) out.push_back(show(a));
    return out;
}

std::string ranges(const Record& rec) {
    std::string out;
    for (const DateRange& r : rec.inspection.date_ranges)
        out += (out.empty() ? "" : " ") + r.start.iso() + "/" + r.end.iso();
    return out;
}

const std::string kCabinet = "Agenda Item No.6 (k)\n\nBARSETSHIRE COUNTY COUNCIL\n\nCABINET\n\n16 March 2020\n\n";

}  // namespace

TEST_CASE("committee paper: a paper quoting an Ofsted title is a paper, a report stays a report") {
    CHECK(extract_text(kCabinet + "INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES (\"ILACS\") - POST ILACS ACTION PLAN\n").kind ==
          "committee_paper");
    CHECK(extract_text("Meeting:\tLeaders briefing -cabinet feeder\nTitle of report:\tOutcome of children's Ofsted "
                       "Inspection of Local Authority Children's Services (ILACS) inspection and action plan\n").kind ==
          "committee_paper");
    CHECK(extract_text("Agenda item\n\nChildren's Services - Update\n\nMinutes:\n").kind == "committee_paper");
    CHECK(extract_text("## **Children and Young People's Services Scrutiny Committee**\n\n**7 January 2021**\n").kind ==
          "committee_paper");
    CHECK(extract_text("Inspection of Barsetshire local authority children's services\n\nInspection dates: 8 to 19 June 2026\n"
                       "\nJudgement\tGrade\nOverall effectiveness\tGood\n\nWhat needs to improve?\n\n- The action plan.\n").kind ==
          "ilacs_inspection");
    // A report whose title did not survive still shows the ILACS judgement table.
    CHECK(extract_text("Inspection dates: 30 October to 10 November 2023\n\nJudgement\tGrade\nThe impact of leaders on "
                       "social work practice with children and families\tGood\n").kind == "ilacs_inspection");
}

TEST_CASE("committee paper: the meeting, labelled or as a heading with its date below") {
    Record rec = extract_text(kCabinet);
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "CABINET");
    CHECK(rec.meeting->date->iso() == "2020-03-16");

    rec = extract_text("Meeting:\tLeaders briefing -cabinet feeder\nMeeting date:\t4 October 2018\nTitle of report:\tOutcome\n");
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "Leaders briefing -cabinet feeder");
    CHECK(rec.meeting->date->iso() == "2018-10-04");

    // Markdown heading and emphasis marks are print, not words.
    rec = extract_text("## **Children and Young People's Services Scrutiny Committee**\n\n**7 January 2021**\n\n"
                       "### **Children First Improvement - Service Update**\n");
    REQUIRE(rec.meeting);
    CHECK(rec.meeting->body == "Children and Young People's Services Scrutiny Committee");
    CHECK(rec.meeting->date->iso() == "2021-01-07");
    // Minutes that do not say which meeting they are give none.
    CHECK_FALSE(extract_text("Agenda item\n\nMinutes:\n\nThe Committee noted the report.\n").meeting);
}

TEST_CASE("committee paper: the inspection reported, its framework, type and dates") {
    Record rec = extract_text(kCabinet + "In July and August 2019, Ofsted carried out an inspection of Barsetshire County "
                                         "Council's Children's Services under the ILACS inspection framework.\n");
    CHECK(rec.framework == "ILACS");
    CHECK(ranges(rec) == "2019-07-01/2019-07-31 2019-08-01/2019-08-31");

    rec = extract_text("Agenda item\n\nThe Head of Children's Services noted that the Council's Children's Services had "
                       "been subject to a Ofsted Single Inspection Framework (SIF) Inspection, carried out between 22 "
                       "February and 16 March 2016, with the report presented to Cabinet on 13 July 2016.\n");
    CHECK(rec.framework == "SIF");
    CHECK(ranges(rec) == "2016-02-22/2016-03-16");

    rec = extract_text("Scrutiny Committee\n\n- 2.1 As reported to the previous meeting of the Committee, Ofsted conducted a "
                       "Focused Visit between 12-22 October 2020. Inspectors formed a view of the whole service.\n");
    CHECK(rec.framework == "ILACS");
    CHECK(rec.inspection.type == "focused_visit");
    CHECK(ranges(rec) == "2020-10-12/2020-10-22");

    // The framework named elsewhere than in the sentence with the dates.
    rec = extract_text("Meeting:\tCabinet\n\nTitle of report:\tOutcome of the ILACS inspection\n\n"
                       "Ofsted conducted the inspection between 11 and 22 June 2018.\n");
    CHECK(rec.framework == "ILACS");
    CHECK(ranges(rec) == "2018-06-11/2018-06-22");

    // An earlier inspection's dates are not the reported one's.
    rec = extract_text("Meeting:\tCabinet\n\n2. The previous Ofsted inspection of children's safeguarding took place in "
                       "April and May 2014.\n\nTo receive the outcome of the inspection under the new Inspection of Local "
                       "Authority Children Services (ILACS) framework, which was conducted between 4 June 2018 and 22 "
                       "June 2018.\n");
    CHECK(ranges(rec) == "2018-06-04/2018-06-22");
}

TEST_CASE("committee paper: judgements from a table") {
    const Record rec = extract_text(
        "Meeting:\tCabinet\n\n6. The judgements contributing to this outcome are set out below:\n\nJudgement\tGrade\n"
        "The impact of leaders on social work practice with children and families\tInadequate\n"
        "The experiences and progress of children who need help and protection\tRequires Improvement\n"
        "The experiences and progress of children in care and care leavers\tRequires Improvement\n"
        "Overall effectiveness\tRequires Improvement\n\n"
        "8. However, Barsetshire was judged as inadequate in the impact of leaders on social work practice.\n");
    CHECK(grades(rec) == Strings{"impact_of_leaders=inadequate", "help_and_protection=requires_improvement",
                                 "children_in_care_and_care_leavers=requires_improvement",
                                 "overall_effectiveness=requires_improvement"});
    CHECK(rec.warnings.empty());
}

TEST_CASE("committee paper: judgements from a dash list with sub-judgements, and from prose") {
    const Record rec = extract_text(
        "Agenda item\n\nThe Committee noted that Ofsted carried out a Single Inspection Framework (SIF) inspection between "
        "22 February and 16 March 2016.\n\n"
        "The Committee noted that the overall Ofsted judgement was \u201crequires improvement\u201d, with a breakdown of "
        "across the SIF focus areas being:\n\n"
        "Children who need help and protection\u00a0\u00a0\u00a0 -\u00a0\u00a0 Requires improvement\n\n"
        "Children Looked After and Achieving Permanence - Requires improvement\n\n"
        "-\u00a0\u00a0 Adoption performance\u00a0\u00a0 -\u00a0 Good\n\n"
        "- Experience and progress of Care Leavers - Good\n\n"
        "Leadership, management and governance - Requires improvement\n\nLSCB - Good\n");
    CHECK(rec.framework == "SIF");
    CHECK(grades(rec) == Strings{"overall_effectiveness=requires_improvement", "help_and_protection=requires_improvement",
                                 "children_looked_after=requires_improvement", "adoption=good", "care_leavers=good",
                                 "leadership_management_governance=requires_improvement", "lscb=good"});
    CHECK(rec.judgements[0].grade_text == "requires improvement");
    CHECK(rec.judgements[3].label == "Adoption performance");
    CHECK(rec.judgements[6].label == "LSCB");

    CHECK(grades(extract_text(kCabinet + "6. Herefordshire has been judged as requires improvement overall.\n")) ==
          Strings{"overall_effectiveness=requires_improvement"});
}

TEST_CASE("committee paper: a summary for young people answers questions with grades") {
    const Record rec = extract_text(
        kCabinet +
        "Question 1: How well does Barsetshire County Council support its social workers to care for children and families?\n\n"
        "The Inspectors rated Barsetshire as 'Good' at doing this.\n\n"
        "Question 2: How do we help children who need our support and protection?\n\n"
        "The Inspectors rated Barsetshire County Council as 'Requires Improvement to be good' at doing this.\n\n"
        "Question 3. How does Barsetshire County Council help children in care and care leavers?\n\n"
        "The Inspectors rated Barsetshire as 'Requires Improvement to be good' at doing this.\n");
    CHECK(grades(rec) == Strings{"impact_of_leaders=good", "help_and_protection=requires_improvement",
                                 "children_in_care_and_care_leavers=requires_improvement"});
    CHECK(rec.judgements[0].label.find("support its social workers") != std::string::npos);
    CHECK(rec.judgements[1].grade_text == "Requires Improvement to be good");
}

TEST_CASE("committee paper: no grade is invented, nor taken from another inspection or authority") {
    // A paper that mentions Ofsted but states no grade yields none.
    Record rec = extract_text(
        "Children and Young People's Services Scrutiny Committee\n\n7 January 2021\n\n"
        "2.2 It should be noted that an Ofsted Focused Visit does not result in a formal Ofsted scale judgement. "
        "The number of children looked after was partly influenced by the 2019 Ofsted judgement.\n");
    CHECK(rec.judgements.empty());

    rec = extract_text(
        kCabinet +
        "In July and August 2019, Ofsted carried out an inspection of Barsetshire County Council's Children's Services.\n\n"
        "2. The previous Ofsted inspection took place in 2014, when services were judged as inadequate overall.\n\n"
        "The Head of Children's Services highlighted national outcomes: most local authorities were rated as good in "
        "help and protection.\n\n"
        "In 2014 the council was judged as requires improvement overall.\n");
    CHECK(rec.judgements.empty());
    CHECK(has_warning(rec, "judged as inadequate overall"));
    CHECK(has_warning(rec, "another inspection or authority"));
    CHECK(has_warning(rec, "months only"));
    CHECK(has_warning(rec, "matches no row of the authorities table"));  // Barsetshire
    CHECK(rec.warnings.size() == 5);

    // Words about the other authorities that were rated "outstanding" are no grade at all.
    rec = extract_text("Agenda item\n\nCaseloads compare with 8-12 in the only 3 Local Authorities that were Ofsted rated "
                       "\u201coutstanding\u201d. The majority of Local Authorities and LSCBs fell within the "
                       "\u201crequires improvement\u201d category.\n");
    CHECK(rec.judgements.empty());
}

TEST_CASE("committee paper: what must improve, under each wording") {
    Record rec = extract_text(
        kCabinet +
        "The inspection also identified that further work is needed. The specific areas for improvement identified in the "
        "report are:\n\n- The timeliness of decisions.\n- The quality of assessments.\n\n- The consistency of recording.\n\n"
        "The Care Leavers' service was commissioned to an external provider.\n\n- Not an area for improvement.\n");
    CHECK(improvement_texts(rec) ==
          Strings{"The timeliness of decisions.", "The quality of assessments.", "The consistency of recording."});

    rec = extract_text(
        "Meeting:\tCabinet\n\n12. The inspection summarised what needs to improve as follows::\n"
        "- Senior leadership urgency in implementing a robust and timely action plan;\n"
        " - The regularity and quality of social work supervision;\n - The quality of life-story work for all children.\n"
        "13. As part of the inspection, Ofsted identified some strengths including the following:\n- Strong early help.\n");
    CHECK(improvement_texts(rec) == Strings{"Senior leadership urgency in implementing a robust and timely action plan;",
                                            "The regularity and quality of social work supervision;",
                                            "The quality of life-story work for all children."});

    // A list nested in a list item ends where the nesting does.
    rec = extract_text(
        "Scrutiny Committee\n\n- 2.3 The following is a summary of the Ofsted findings:\n"
        "  - The pace of change needs to increase.\n"
        "  - Ofsted saw an improving picture; however, there are still too many areas of variable practice in:\n"
        "    - Children with disabilities\n    - Management & decision-making\n    - Quality of records\n\n"
        "- Ofsted could see some progress against the recommendations from the last inspection.\n");
    CHECK(improvement_texts(rec) == Strings{"Children with disabilities", "Management & decision-making", "Quality of records"});

    rec = extract_text("Meeting:\tCabinet\n\nThe main areas for improvement were:\n\n\u2022 Supervision.\n\u2022 Planning.\n");
    CHECK(improvement_texts(rec) == Strings{"Supervision.", "Planning."});
}

TEST_CASE("committee paper: an action plan table in text") {
    const Record rec = extract_text(
        kCabinet + "PRIORITY AREAS FOR ACTION\n\n"
                   "What needs to improve\tAction\tBy Who\tBy When\n"
                   "The timeliness of decisions\tFinalise the thresholds document\tRachel Harrisson Head of Service\tJanuary 2019\n"
                   "\tReview call handling.\t\tMarch 2020\n"
                   "\tRe-design the 'Pod' model\t\tAlready in progress with improvements to timescales as below\n"
                   "\t\t\tSeptember 2019 performance: CP 1 working day\n"
                   "\n7\n\n"
                   "The timeliness of health assessments\tHealth group to review the process. SMART Targets to be set for each stage of the\tIsobel Fleming\tMarch 2020\n"
                   "\tinitial health assessment process.\t\t\n"
                   "\n\n\nAPPENDIX 2: DRAFT SUMMARY FOR YOUNG PEOPLE\n\nWhat Ofsted said\n");
    CHECK(actions(rec) ==
          Strings{"The timeliness of decisions | Finalise the thresholds document | Rachel Harrisson Head of Service | January 2019",
                  "The timeliness of decisions | Review call handling. | - | March 2020",
                  "The timeliness of decisions | Re-design the 'Pod' model | - | Already in progress with improvements to "
                  "timescales as below September 2019 performance: CP 1 working day",
                  "The timeliness of health assessments | Health group to review the process. SMART Targets to be set for "
                  "each stage of the initial health assessment process. | Isobel Fleming | March 2020"});
}

TEST_CASE("committee paper: an action plan table in print, cells wrapped and centred, a row broken by a page") {
    // Words placed as a PDF gives them: each cell's lines at its column's left edge, short
    // cells centred in the row's height, a row that goes on at the top of the next page.
    auto line = [](int page, double y, std::vector<std::pair<double, std::string>> cells) {
        Line l;
        l.page = page;
        l.y0 = y;
        l.y1 = y + 14;
        l.font_size = 11;
        for (const auto& [x, text] : cells) {
            Line one = placed_line(page, y, text);
            Cell c = one.cells.front();
            const double shift = x - c.x0;
            c.x0 += shift;
            c.x1 += shift;
            for (Word& w : c.words) {
                w.x0 += shift;
                w.x1 += shift;
            }
            l.cells.push_back(c);
        }
        finish_line(l);
        return l;
    };
    Document doc;
    doc.pages.push_back(test::a4_page(1, {
        placed_line(1, 60, "CABINET"),
        line(1, 100, {{58, "What needs to improve"}, {216, "Action"}, {350, "By Who"}, {454, "By When"}}),
        line(1, 130, {{216, "Finalise and launch"}}),
        line(1, 143, {{58, "The timeliness with"}, {216, "new thresholds"}, {350, "Rachel Harrisson"}}),
        line(1, 156, {{58, "which decisions are"}, {216, "document"}, {350, "Head of Service"}, {454, "January 2019"}}),
        line(1, 169, {{58, "made"}}),
        line(1, 200, {{216, "Launch new joint"}, {350, "James Gracey"}, {454, "February 2020"}}),
        line(1, 213, {{216, "protocol and pathway"}, {350, "Commissioning"}}),
    }));
    doc.pages.push_back(test::a4_page(2, {
        line(2, 40, {{165, "with District councils"}, {341, "Manager"}}),
        line(2, 80, {{58, "The consistency of"}, {165, "Specific training for"}, {341, "Sharon Elliott"}, {460, "January 2020"}}),
        line(2, 93, {{58, "recording"}, {165, "Team Co-"}, {341, "Business"}}),
        line(2, 106, {{165, "ordinators"}}),
        placed_line(2, 150, "APPENDIX 2: DRAFT SUMMARY FOR YOUNG PEOPLE"),
    }));
    const Record rec = extract_document(doc, test::rules());
    CHECK(actions(rec) ==
          Strings{"The timeliness with which decisions are made | Finalise and launch new thresholds document | Rachel "
                  "Harrisson Head of Service | January 2019",
                  "The timeliness with which decisions are made | Launch new joint protocol and pathway with District "
                  "councils | James Gracey Commissioning Manager | February 2020",
                  "The consistency of recording | Specific training for Team Co-ordinators | Sharon Elliott Business | "
                  "January 2020"});
}

TEST_CASE("committee paper: an action plan table in HTML") {
    const Document doc = read_html(make_source(
        "plan.html", "<html><body><p>Cabinet</p><table><tr><th>Area for improvement</th><th>Actions</th><th>Lead</th>"
                     "<th>Timescale</th></tr><tr><td>Supervision</td><td><p>Audit monthly</p><p>and report</p></td>"
                     "<td>Head of QA</td><td>March 2020</td></tr><tr><td></td><td>Train managers</td><td></td>"
                     "<td>June 2020</td></tr></table></body></html>"));
    const Record rec = extract_document(doc, test::rules());
    CHECK(rec.kind == "committee_paper");
    CHECK(actions(rec) == Strings{"Supervision | Audit monthly and report | Head of QA | March 2020",
                                  "Supervision | Train managers | - | June 2020"});
    // A table of risks and mitigations is no action plan.
    CHECK(extract_text("Scrutiny Committee\n\nRisk Area\tExamples of Mitigating Actions\nCovid\tThe service coped.\n").actions.empty());
}
