// The meeting a committee paper went to, in the wordings councils print it in.
#include <doctest/doctest.h>

#include "ilacs/committee/committee_paper.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::text_document;

namespace {

// The meeting the committee stages read from text, as "body | date" ("-" for none).
std::string meeting(const std::string& text) {
    Record rec;
    extract_committee_paper(text_document(text), test::rules(), rec);
    if (!rec.meeting) return "none";
    return (rec.meeting->body.empty() ? "-" : rec.meeting->body) + " | " +
           (rec.meeting->date ? rec.meeting->date->iso() : "-");
}

}  // namespace

TEST_CASE("meeting: modern.gov headers, issue histories and decision pages") {
    CHECK(meeting("Issue - meetings\n\nLooked after children\n\nMeeting: 03/02/2021 - Corporate Parenting Panel (Item 12)\n") ==
          "Corporate Parenting Panel | 2021-02-03");
    CHECK(meeting("Agenda and minutes\n\nChildren's Scrutiny Board - Wednesday, 2nd October, 2019 2.00 pm\n\nVenue: Town Hall\n") ==
          "Children's Scrutiny Board | 2019-10-02");
    CHECK(meeting("Schools Forum \u2013 Minutes \u2013 4 May 2016\n\nThe Forum noted the report.\n") == "Schools Forum | 2016-05-04");
    CHECK(meeting("Agenda item\n\n- Meeting of Special, Cabinet, Tuesday, 9th July, 2019 6.30 p.m. (Item 4)\n") ==
          "Special, Cabinet | 2019-07-09");
    CHECK(meeting("Summary\n\nLP Meeting, Education Select Committee - Monday 3 June 2024 10.00 am\n") ==
          "Education Select Committee | 2024-06-03");
}

TEST_CASE("meeting: minutes, cover sheets and a name with its date below") {
    CHECK(meeting("Minutes of the meeting of the Health and Wellbeing Board held on Monday 7 June 2021 at 2pm\n") ==
          "Health and Wellbeing Board | 2021-06-07");
    CHECK(meeting("Minutes of the meeting held on 12 July 2018\n\nPresent: Councillors\n") == "- | 2018-07-12");
    CHECK(meeting("COMMITTEE: CABINET DATE: 14 MARCH 2022 SUBJECT: OFSTED INSPECTION OUTCOME\n") == "CABINET | 2022-03-14");
    CHECK(meeting("Report to Council\n\nCorporate Scrutiny Committee\n\nMeeting to be held on 3 December 2019\n") ==
          "Corporate Scrutiny Committee | 2019-12-03");
    CHECK(meeting("Agenda and minutes\n\nEducation Select Committee\n\nTuesday 3 March 2020 7.00 pm\n\nVenue: Room 1\n") ==
          "Education Select Committee | 2020-03-03");
    CHECK(meeting("Date of meeting: Thursday, 5th November, 2020\n\nTitle: Ofsted focused visit\n") == "- | 2020-11-05");
    CHECK(meeting("At a meeting of the Cabinet held on Thursday 16 March 2023 at County Hall\n") == "Cabinet | 2023-03-16");
    // A cover sheet's table: label cells without colons, a date in figures.
    CHECK(meeting("Report to:\tChildren's Scrutiny Committee\nDate of meeting\t16 March 2023\n") ==
          "Children's Scrutiny Committee | 2023-03-16");
    CHECK(meeting("SCRUTINY PANEL\n16/03/2023\n") == "SCRUTINY PANEL | 2023-03-16");
}

TEST_CASE("meeting: news pages give the meeting they report, in the year they were published") {
    CHECK(meeting("Council news\n\nPublished: Tuesday 8 January 2019\n\nCabinet, yesterday (7 January), agreed the plan.\n") ==
          "Cabinet | 2019-01-07");
    // A meeting in December reported in January is last year's.
    CHECK(meeting("Published 3 January 2020\n\nFull Council, last night (19 December), heard the findings.\n") ==
          "Full Council | 2019-12-19");
    CHECK(meeting("Posted 2 October 2019\n\nThe Cabinet on Monday 14 October 2019 will consider the report.\n") ==
          "Cabinet | 2019-10-14");
}

TEST_CASE("meeting: other meetings' dates and publication dates are not the meeting's") {
    CHECK(meeting("Agenda item\n\nMinutes:\n\nTo approve as a correct record the minutes of the meeting held on 4 March 2019.\n") ==
          "none");
    CHECK(meeting("Agenda item\n\nPublished: 20 March 2023\n\nThe letter was published on 3 April 2023.\n") == "none");
    CHECK(meeting("Minutes of the meeting held on 4 March 2019 were agreed as a correct record.\n") == "none");
    // An item's title that ends like a body's name is no body.
    CHECK(meeting("Agenda item\nAnnual Report of the Local Safeguarding Children Board\n\nMinutes:\n") == "none");
}

TEST_CASE("meeting: the same header whatever the capture did to it") {
    const std::string want = "Cabinet | 2023-03-16";
    CHECK(meeting("Cabinet - Thursday, 16th March, 2023 10.00 am\n") == want);
    // Non-breaking spaces, an en dash and Windows line ends.
    CHECK(meeting("Cabinet\u00a0\u2013\u00a0Thursday,\u00a016th\u00a0March,\u00a02023\u00a010.00\u00a0am\r\n") == want);
    // Navigation captured above it.
    CHECK(meeting("Home\nCouncil and democracy\nMeetings\nSearch\nCabinet - Thursday, 16th March, 2023 10.00 am\n") == want);
    // The body's name in capitals, its date on the line below.
    CHECK(meeting("CABINET\n\nThursday 16 March 2023\n") == "CABINET | 2023-03-16");
}
