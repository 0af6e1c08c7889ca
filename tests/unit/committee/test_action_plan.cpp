// Action plans as committee papers set them out: tables between pipes, labelled prose, and
// areas with their actions as bullets (tables in print and tab-separated text are in
// test_committee_paper.cpp).
#include <doctest/doctest.h>

#include "ilacs/committee/committee_paper.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::text_document;
using Strings = std::vector<std::string>;

namespace {

Strings rows(const std::string& text) {
    Record rec;
    extract_committee_paper(text_document(text), test::rules(), rec);
    Strings out;
    for (const Action& a : rec.actions)
        out.push_back(a.area.value_or("-") + " | " + a.action.value_or("-") + " | " + a.owner.value_or("-") + " | " +
                      a.due.value_or("-"));
    return out;
}

}  // namespace

TEST_CASE("action plan: a table between pipes, with columns no field takes") {
    CHECK(rows("Improvement plan\n\n| Recommendation | Action | Lead officer | Target date | RAG status |\n"
               "|---|---|---|---|---|\n| Supervision | Audit supervision monthly | Head of QA | March 2021 | Green |\n"
               "| | Train managers | Principal social worker | June 2021 | Amber |\n\nThe plan is reviewed monthly.\n") ==
          Strings{"Supervision | Audit supervision monthly | Head of QA | March 2021",
                  "Supervision | Train managers | Principal social worker | June 2021"});
    // Without an action column it is some other table.
    CHECK(rows("| Judgement | Grade | Previous |\n|---|---|---|\n| Overall | Good | Requires improvement |\n").empty());
}

TEST_CASE("action plan: prose with a label to each field") {
    CHECK(rows("Area for improvement 1: Timeliness of assessments\nAction: Recruit two team managers\n"
               "Lead officer: Service manager\nTimescale: April 2020\nStatus: On track\n\n"
               "Action: Review the assessment template\nResponsible officer: Head of Service\nDeadline: May 2020\n") ==
          Strings{"Timeliness of assessments | Recruit two team managers | Service manager | April 2020",
                  "Timeliness of assessments | Review the assessment template | Head of Service | May 2020"});
    // A label alone on its line takes the next line; a wrapped value goes on.
    CHECK(rows("Recommendation (ii): Care leavers\nActions:\n\nIntroduce weekly panels to\nreview pathway plans\nWho: Director\n") ==
          Strings{"Care leavers | Introduce weekly panels to review pathway plans | Director | -"});
}

TEST_CASE("action plan: areas as headings, their actions as bullets") {
    CHECK(rows("The priorities and the actions taken were set out as follows:\n\n1. Supervision:\n"
               "\u2022 Monthly audit introduced\n\u2022 Training delivered\n2. Care leavers:\n\u2022 New pathway plan template\n"
               "\u2022 \n\nMembers asked about funding.\n") ==
          Strings{"Supervision | Monthly audit introduced | - | -", "Supervision | Training delivered | - | -",
                  "Care leavers | New pathway plan template | - | -"});
}

TEST_CASE("action plan: minutes' actions, risks and dates are no plan") {
    CHECK(rows("ACTION - Director to circulate the letter.\n\nACTION: Chair to write to Ofsted.\n").empty());
    CHECK(rows("The risks of not delivering the action plan are:\n\u2022 Drift and delay\n").empty());
    CHECK(rows("Date: 4 March 2020\nAction: to note\n").empty());
}
