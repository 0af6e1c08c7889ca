// Ofsted's areas for improvement as committee papers quote them, under each family of
// wording; and what is not one (strengths, the council's or a committee's own).
#include <doctest/doctest.h>

#include "ilacs/committee/committee_paper.hpp"
#include "support.hpp"

using namespace ilacs;
using ilacs::test::improvement_texts;
using ilacs::test::text_document;
using Strings = std::vector<std::string>;

namespace {

Strings items(const std::string& text) {
    Record rec;
    extract_committee_paper(text_document(text), test::rules(), rec);
    return improvement_texts(rec);
}

}  // namespace

TEST_CASE("improvement lists: headings in other words, bullets and numbers below") {
    CHECK(items("Minutes:\n\nInspectors identified three areas needing further development:-\n\n\u2022 Supervision records.\n\n"
                "\u2022 Return home interviews\n\nMembers thanked the staff.\n") ==
          Strings{"Supervision records.", "Return home interviews"});
    CHECK(items("The letter set out the following areas where practice must improve \u2013\n\n- Planning for care leavers\n"
                "- Private fostering\n") == Strings{"Planning for care leavers", "Private fostering"});
    CHECK(items("The Ofsted report identified the following recommendations:\n1. Strengthen supervision.\n"
                "2. Improve the quality of plans.\n\nThe Panel discussed staffing.\n") ==
          Strings{"Strengthen supervision.", "Improve the quality of plans."});
    CHECK(items("In its letter Ofsted recommended that the local authority:\n- strengthens supervision;\n"
                "- improves planning.\n") == Strings{"strengthens supervision;", "improves planning."});
    // An item cut off by the end of the page stays as it is.
    CHECK(items("The areas for improvement identified by inspectors were:\n\n\u2022 The timeliness of assess") ==
          Strings{"The timeliness of assess"});
}

TEST_CASE("improvement lists: a topic heading, the inspection named just above it") {
    CHECK(items("Inspectors praised the front door service.\n\nAreas for development:\n\u2022 Life story work\n"
                "\u2022 Supervision\n") == Strings{"Life story work", "Supervision"});
    // Bullets that stand alone on their lines, text wrapped below them, as copied from print.
    CHECK(items("The visit by Ofsted inspectors took two days.\nIn terms of improvement:\n\u00b7\nSupervision of\n"
                "social workers.\n\u00b7\nPermanence planning\n") ==
          Strings{"Supervision of social workers.", "Permanence planning"});
    // Ofsted's own words as a heading need no colon.
    CHECK(items("Ofsted published its letter last week.\n\nAreas for priority action\n\n\u2022 Supervision\n"
                "\u2022 Caseloads\n") == Strings{"Supervision", "Caseloads"});
    // Without the inspection named, a topic heading is anybody's.
    CHECK(items("The budget was discussed.\n\nAreas for development:\n\u2022 Income from fees\n").empty());
}

TEST_CASE("improvement lists: items inline in a sentence") {
    CHECK(items("Ofsted's recommendations included: to strengthen supervision; to improve return interviews; and to "
                "reduce caseloads.\n") ==
          Strings{"to strengthen supervision", "to improve return interviews", "to reduce caseloads"});
    CHECK(items("The areas for improvement set out in the Ofsted letter included the timeliness of assessments, the "
                "quality of supervision, and the stability of the workforce.\n") ==
          Strings{"the timeliness of assessments", "the quality of supervision", "the stability of the workforce"});
    CHECK(items("The letter from inspectors also highlighted areas for further improvement, in particular the stability "
                "of the workforce, its training and its pay.\n") ==
          Strings{"the stability of the workforce, its training and its pay"});
    CHECK(items("Inspectors stressed the need to reduce social work caseloads as a priority for action.\n") ==
          Strings{"the need to reduce social work caseloads"});
    CHECK(items("The inspection showed where practice could be improved. Among other issues, the use of agency staff, "
                "the quality of supervision and the timeliness of visits were highlighted.\n") ==
          Strings{"the use of agency staff", "the quality of supervision", "the timeliness of visits"});
}

TEST_CASE("improvement lists: strengths, and the council's or a committee's own, are not Ofsted's") {
    CHECK(items("Ofsted identified the following strengths:\n\u2022 Strong leadership\n").empty());
    CHECK(items("A number of positive findings were identified by inspectors as follows:\n\u2022 A stable workforce\n").empty());
    CHECK(items("RESOLVED that the following recommendations arising from the Ofsted report be made to Cabinet:\n"
                "\u2022 That a task group is set up.\n").empty());
    CHECK(items("Following the inspection, our priorities for improvement are:\n\u2022 Recruit social workers\n").empty());
    CHECK(items("The Committee made the following recommendations on the Ofsted findings:\n\u2022 More visits\n").empty());
    CHECK(items("Following the Ofsted inspection, it is recommended that Cabinet:\n\u2022 notes the findings\n").empty());
    // A verb, not a list: "to include"; a count, not an item; an officer's review, not Ofsted.
    CHECK(items("The recommendations of the inspection were revised to include a wider scope.\n").empty());
    CHECK(items("The inspection report gave a number of recommendations including two about care leavers.\n").empty());
    CHECK(items("The Director noted that the review had made recommendations on issues such as: caseloads; auditing.\n")
              .empty());
}

TEST_CASE("improvement lists: the same list whatever the capture did to it") {
    const Strings want{"The quality of plans for children in need", "Health information for care leavers"};
    const std::string heading = "The Ofsted inspection identified two areas where further improvement was required:";
    // As published: a heading, a blank line, a bullet a line.
    CHECK(items(heading + "\n\n\u2022 The quality of plans for children in need\n\u2022 Health information for care leavers\n") ==
          want);
    // Windows line ends, runs of non-breaking spaces after the bullets, blank lines between items.
    CHECK(items(heading + "\r\n\r\n\u00b7\u00a0\u00a0\u00a0 The quality of plans for children in need\r\n\r\n"
                          "\u00b7\u00a0\u00a0\u00a0 Health information for care leavers\r\n") == want);
    // The heading wrapped over two lines and the items reflowed, as text copied from print is.
    CHECK(items("The Ofsted inspection identified two areas where\nfurther improvement was required:\n\u25aa The quality of "
                "plans for\n  children in need\n\u25aa Health information for care leavers\n") == want);
    // The heading reworded, a dash list, a closing paragraph.
    CHECK(items("Inspectors set out two areas requiring improvement as follows:\n- The quality of plans for children in need\n"
                "- Health information for care leavers\n\nThe Committee noted the report.\n") == want);
}

TEST_CASE("improvement lists: a bullet's wrapped line set flush with the bullet stays in its item") {
    const Strings want{"The quality of plans for children in need of help and protection",
                       "Supervision of social workers."};
    CHECK(items("The areas for improvement identified by inspectors were:\n\n\u2022 The quality of plans for children\n"
                "in need of help and protection\n\u2022 Supervision of social workers.\n") == want);
    // A line that starts a sentence of its own after an item that ended is not the item's.
    CHECK(items("The areas for improvement identified by inspectors were:\n\n\u2022 Supervision of social workers.\n"
                "The committee noted the list.\n") == Strings{"Supervision of social workers."});
}
