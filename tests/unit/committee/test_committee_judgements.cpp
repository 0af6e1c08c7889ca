// Committee papers' grades, one wording family a test case, with papers made in the test.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace ilacs;
using ilacs::test::extract_text;
using ilacs::test::grades;
using Strings = std::vector<std::string>;

namespace {

const std::string kPaper = "Agenda item\n\nMinutes:\n\n";

Strings paper_grades(const std::string& body) { return grades(extract_text(kPaper + body)); }

}  // namespace

TEST_CASE("committee grades: a table flattened into lines, one grade column a year") {
    // The newest column is the reported inspection's; a row short of a cell says nothing.
    CHECK(paper_grades("The report was published with the following judgements:\n\n2023 Grade\n\n2018 Grade\n\n"
                       "Overall effectiveness\n\nGood\n\nInadequate\n\n"
                       "The impact of leaders on social work practice with children and families\n\nOutstanding\n\nInadequate\n\n"
                       "The experiences and progress of care leavers\n\n\nGood\n") ==
          Strings{"overall_effectiveness=good", "impact_of_leaders=outstanding"});
    // One grade column, the grade on the row's own line.
    CHECK(paper_grades("Judgement Grade\nThe experiences and progress of children who need help and protection Good\n"
                       "The experiences and progress of children in care Requires improvement to be good\n"
                       "Overall effectiveness Good\n") ==
          Strings{"help_and_protection=good", "children_in_care=requires_improvement", "overall_effectiveness=good"});
}

TEST_CASE("committee grades: a row whose label wraps onto the grade's line") {
    CHECK(paper_grades("Judgement Grade\nThe impact of leaders on social work practice with children and\n"
                       "families Requires improvement to be good\nOverall effectiveness Good\n") ==
          Strings{"impact_of_leaders=requires_improvement", "overall_effectiveness=good"});
    // A line of prose that ends in a grade is no row.
    CHECK(paper_grades("The report gave an improved overall judgement for the council, moving from inadequate\n").empty());
}

TEST_CASE("committee grades: numbered, bulleted and dashed rows") {
    CHECK(paper_grades("Inspectors set out their judgements.\n\n1. Children who need help and protection: Requires improvement\n"
                       "2. Children looked after and achieving permanence: Good\n   2.1 Adoption performance: Outstanding\n"
                       "3. Leadership, management and governance: Requires improvement\n") ==
          Strings{"help_and_protection=requires_improvement", "children_looked_after=good", "adoption=outstanding",
                  "leadership_management_governance=requires_improvement"});
    CHECK(paper_grades("Ofsted has rated:\n\n\u2022 Overall effectiveness \u2013 Good\n"
                       "\u2022 The experiences and progress of children in care and care leavers \u2013 Outstanding\n") ==
          Strings{"overall_effectiveness=good", "children_in_care_and_care_leavers=outstanding"});
}

TEST_CASE("committee grades: pairs in a line of prose") {
    CHECK(paper_grades("Judgements were: overall effectiveness - good; help and protection - requires improvement to be "
                       "good; leaders (outstanding).\n") ==
          Strings{"overall_effectiveness=good", "help_and_protection=requires_improvement", "impact_of_leaders=outstanding"});
    CHECK(paper_grades("| Overall effectiveness | Inadequate |\n\nOfsted judgement: Inadequate\n") ==
          Strings{"overall_effectiveness=inadequate"});
}

TEST_CASE("committee grades: the services as a whole, in prose") {
    for (const char* sentence : {
             "The inspection found the services to be inadequate.",
             "Ofsted judged the Council's services for children as 'inadequate'.",
             "Inspectors rated our children's services overall as inadequate.",
             "It was reported that the overall judgement of children's services in the borough was inadequate.",
             "The Commission considered the progress made since the Ofsted grading of 'inadequate'.",
             "Barchester's Children's Services are \u201cInadequate\u201d",
             "The service was categorised as \u2018Inadequate\u2019 by the inspectors.",
         }) {
        INFO(sentence);
        CHECK(paper_grades(std::string(sentence) + "\n") == Strings{"overall_effectiveness=inadequate"});
    }
}

TEST_CASE("committee grades: one grade for every area, the areas not named") {
    CHECK(paper_grades("Children's social care was assessed by Ofsted as 'good' across all of its services.\n") ==
          Strings{"overall_effectiveness=good"});
    CHECK(paper_grades("The council was judged Good in all four areas of the inspection.\n") ==
          Strings{"overall_effectiveness=good"});
    CHECK(paper_grades("All four judgement areas were graded good.\n") == Strings{"overall_effectiveness=good"});
}

TEST_CASE("committee grades: the judgement named after the grade") {
    CHECK(paper_grades("The council was rated as 'Outstanding' for its work with care leavers and its leadership.\n") ==
          Strings{"care_leavers=outstanding", "impact_of_leaders=outstanding"});
    CHECK(paper_grades("The council was graded 'Good' in 'The experiences and progress of children in care'.\n") ==
          Strings{"children_in_care=good"});
    // "requires improvement to be good in three areas and good for leaders": the three areas
    // are not named, the leaders are.
    CHECK(paper_grades("Services were judged to require improvement to be good in three areas and good for leaders.\n") ==
          Strings{"impact_of_leaders=good"});
}

TEST_CASE("committee grades: the judgement named before the grade") {
    CHECK(paper_grades("The experiences and progress of care leavers was judged to be 'requires improvement to be good'.\n") ==
          Strings{"care_leavers=requires_improvement"});
    CHECK(paper_grades("Inspectors judged the service to be 'good' overall, with its work with looked after children, "
                       "adoption performance and the experience and progress of care leavers all judged to be outstanding.\n") ==
          Strings{"overall_effectiveness=good", "children_looked_after=outstanding", "adoption=outstanding",
                  "care_leavers=outstanding"});
    CHECK(paper_grades("In terms of care leavers it was found that improvement was required.\n") ==
          Strings{"care_leavers=requires_improvement"});
    CHECK(paper_grades("Ofsted reviewed the LSCB in March 2016 and found it to be 'inadequate'.\n") ==
          Strings{"lscb=inadequate"});
    // A name that is the object of a preposition is not what was graded.
    CHECK(paper_grades("Members noted the education support for looked after children being good.\n").empty());
}

TEST_CASE("committee grades: the judgements a grading verb takes as its object") {
    CHECK(paper_grades("The report rated the impact of leadership on social work practice as 'outstanding' and the "
                       "experience and progress of children in need of help and protection, and children in care, as "
                       "'inadequate'.\n") ==
          Strings{"impact_of_leaders=outstanding", "help_and_protection=inadequate", "children_in_care=inadequate"});
    CHECK(paper_grades("The report also graded the leadership of the council and its partners as good.\n") ==
          Strings{"impact_of_leaders=good"});
}

TEST_CASE("committee grades: a list that a sentence grades") {
    CHECK(paper_grades("The Ofsted inspection had judged the following three areas to be Outstanding\n\n"
                       "\u2022 Help and protection for children\n\u2022 The experiences and progress of care leavers\n"
                       "\u2022 The impact of leaders\n\nThe committee thanked staff.\n") ==
          Strings{"help_and_protection=outstanding", "care_leavers=outstanding", "impact_of_leaders=outstanding"});
    // "These were:" between; an item that states its own grades keeps them.
    CHECK(paper_grades("Two areas of the service required improvement to be good. These were:\n\n"
                       "\u00b7 Children who need help and protection\n"
                       "\u00b7 Children looked after - adoption performance was already good, but the experiences and "
                       "progress of care leavers required improvement.\n") ==
          Strings{"help_and_protection=requires_improvement", "children_looked_after=requires_improvement", "adoption=good",
                  "care_leavers=requires_improvement"});
}

TEST_CASE("committee grades: a young people's summary answers the questions it asks") {
    CHECK(paper_grades("How well does the council help children who need help and protection?\n\n"
                       "The Inspectors rated the council as 'Outstanding' at doing this.\n") ==
          Strings{"help_and_protection=outstanding"});
}

TEST_CASE("committee grades: grades of another inspection, authority or service are not taken") {
    const Record rec = extract_text(kPaper + "The previous inspection in 2015 judged the services to be inadequate.\n\n"
                                             "Most local authorities were rated as good in help and protection.\n");
    CHECK(rec.judgements.empty());
    CHECK(rec.warnings.size() == 2);
    for (const char* sentence : {
             // a former grade and a comparison
             "The service moved from 'inadequate' to a better place.",
             "Help and protection was previously rated as 'inadequate'.",
             // an aspiration, a risk, a negation
             "Our ambition is for the service to be 'outstanding' at the next inspection.",
             "The council runs the risk of being judged inadequate.",
             "Inspectors judged the services no longer 'inadequate'.",
             // counts and statistics, the scale, other settings
             "The report gave 13 grades, 9 being 'good' and 4 'outstanding'.",
             "90% of pupils attend a school judged to be good by Ofsted.",
             "Inspections of children's services are graded 'outstanding', 'good', 'requires improvement to be good' or "
             "'inadequate'.",
             "All of the council's children's homes were rated 'good'.",
             // the council's own view, other councils
             "The self-evaluation rated help and protection as good.",
             "Most of our statistical neighbours are rated 'good'.",
             "Leeds, rated outstanding, is supporting the council.",
             "The service must be good at the next inspection.",
             "The council is on a journey to 'good'.",
             // a grade that names nothing graded, grade words that describe a noun
             "There were areas of practice requiring improvement and good practice in many teams.",
             "Children in care are outstanding ambassadors for the council.",
             "Inspectors found good practice in work with children's services.",
             "Care leavers said that the support was good.",
         }) {
        INFO(sentence);
        CHECK(paper_grades(std::string(sentence) + "\n").empty());
    }
}

TEST_CASE("committee grades: since the last inspection, the paper's own grade") {
    CHECK(paper_grades("Since the last inspection by Ofsted the rating of the service for children and families needing "
                       "help has been assessed as 'good', previously it was rated as 'inadequate'.\n") ==
          Strings{"help_and_protection=good"});
}

TEST_CASE("committee grades: papers on visits and on other inspections give none") {
    CHECK(paper_grades("Update - Ofsted Monitoring Visit\n\nThe monitoring visit took place on 3 and 4 May 2022. The "
                       "services were judged inadequate in 2021.\n")
              .empty());
    CHECK(paper_grades("Ofsted Inspections of Barchester Schools\n\nThe report lists the schools inspected: 12 were judged "
                       "to be good and the services for pupils were judged good.\n")
              .empty());
    CHECK(paper_grades("The joint targeted area inspection of the response to neglect found the partnership to be "
                       "'good'.\n")
              .empty());
}

TEST_CASE("committee grades: keys in the words of the framework the paper reports") {
    // ILACS graded children in care and care leavers together until 2023.
    CHECK(paper_grades("Ofsted carried out an inspection of local authority children's services between 4 and 15 March "
                       "2019.\n\nChildren in care were judged to be 'good'.\n") ==
          Strings{"children_in_care_and_care_leavers=good"});
    // SIF's children looked after; an LSCB grade tells the framework.
    const Record sif = extract_text(kPaper + "The LSCB received a 'good' rating, and children in care were judged good.\n");
    CHECK(grades(sif) == Strings{"lscb=good", "children_looked_after=good"});
    CHECK(sif.framework == "SIF");
}

TEST_CASE("committee grades: the same paper reflowed, spaced and quoted otherwise") {
    const std::string words = "The Inspectors judged the service to be 'good' overall, with the experiences and progress "
                              "of care leavers judged to be 'outstanding'.";
    const Strings want{"overall_effectiveness=good", "care_leavers=outstanding"};
    CHECK(paper_grades(words + "\n") == want);
    // Wrapped at any width, non-breaking spaces, curly quotes.
    for (std::size_t width : {40, 61, 77}) {
        std::string wrapped;
        std::size_t column = 0;
        for (char c : words) {
            if (c == ' ' && column >= width) {
                wrapped += '\n';
                column = 0;
                continue;
            }
            wrapped += c;
            ++column;
        }
        INFO(wrapped);
        CHECK(paper_grades(wrapped + "\n") == want);
    }
    std::string spaced;
    for (char c : words) spaced += c == ' ' ? std::string("\u00a0 ") : c == '\'' ? std::string("\u2019") : std::string(1, c);
    CHECK(paper_grades(spaced + "\n") == want);
}

TEST_CASE("committee grades: news pages' wordings of the services' grade") {
    for (const std::string sentence : {
             "Ofsted has rated our children's services 'Good' following an inspection in January.",
             "OFSTED RATES BARSETSHIRE CHILDREN'S SERVICES GOOD",
             "The report, published today, rates the council's children's services as good.",
             "The council's services for children are good, Ofsted has said.",
             "In its report, Ofsted said the overall effectiveness of children's services was good.",
             "Following the Ofsted inspection, overall effectiveness: good.",
             "Ofsted inspected Barsetshire's children's services and rated them good.",
             "Children's services have improved from 'requires improvement' to 'good', Ofsted has confirmed.",
         }) {
        INFO(sentence);
        CHECK(paper_grades(sentence + "\n") == Strings{"overall_effectiveness=good"});
    }
    // A financial year reaches the meeting's year.
    CHECK(paper_grades("Committee - Thursday, 23rd January, 2025\n\nIn 2023/24, children's social care was re-assessed "
                       "by Ofsted as 'good' across all of its services.\n") == Strings{"overall_effectiveness=good"});
}

TEST_CASE("committee grades: a judgement named with its experiences and progress after it") {
    CHECK(paper_grades("Care leavers' experiences and progress was rated as outstanding by Ofsted.\n") ==
          Strings{"care_leavers=outstanding"});
    CHECK(paper_grades("The service was rated good in three of the four areas, and outstanding for care leavers.\n") ==
          Strings{"care_leavers=outstanding"});
}

TEST_CASE("committee grades: services that are not the subject of the grade") {
    for (const std::string sentence : {
             "Ofsted found that relationships between services are good.",
             "Ofsted said that communication with partner services is good.",
             "Inspectors noted that the quality of supervision for staff in the service is good.",
             "Ofsted inspectors said the service is good at listening to children.",
             "Leaders know their services well and the quality of practice is good, Ofsted said.",
             "The inspection showed that the services, support and accommodation for care leavers was also good.",
         }) {
        INFO(sentence);
        CHECK(paper_grades(std::string(sentence) + "\n").empty());
    }
}

TEST_CASE("committee grades: a row whose grade wraps onto the next line") {
    CHECK(paper_grades("Judgement Grade\nThe impact of leaders on social work practice with\n"
                       "children and families Requires improvement to be\ngood\nOverall effectiveness Good\n") ==
          Strings{"impact_of_leaders=requires_improvement", "overall_effectiveness=good"});
    CHECK(paper_grades("Ofsted has rated:\n\n\u2022 The impact of leaders on social work practice\n"
                       "with children and families \u2013 Requires improvement\nto be good\n") ==
          Strings{"impact_of_leaders=requires_improvement"});
    // A label whose grade cells stand below it, one a year, is still read by its newest column.
    CHECK(paper_grades("2023 Grade\n\n2018 Grade\n\nOverall effectiveness\n\nGood\n\nInadequate\n") ==
          Strings{"overall_effectiveness=good"});
}

TEST_CASE("committee grades: list items that complete their introduction's sentence") {
    CHECK(paper_grades("Inspectors rated the service:\n\n\u2022 Good for the impact of leaders\n"
                       "\u2022 Outstanding for children in care\n\u2022 Good for care leavers\n\nMembers thanked staff.\n") ==
          Strings{"impact_of_leaders=good", "children_in_care=outstanding", "care_leavers=good"});
    // An introduction that grades nothing lends its items nothing.
    CHECK(paper_grades("Inspectors spoke to:\n\n\u2022 Good social workers for children in care\n").empty());
}

TEST_CASE("committee grades: a table's rows run together in one paragraph") {
    // Read as one sentence, "Outstanding Overall effectiveness Good": "overall" begins the next
    // row's name, and grades nothing.
    const Record rec = extract_text(kPaper + "Judgement Grade\nThe experiences and progress of care leavers Outstanding\n"
                                             "Overall effectiveness Good\n");
    CHECK(grades(rec) == Strings{"care_leavers=outstanding", "overall_effectiveness=good"});
    CHECK(rec.warnings.empty());
}

TEST_CASE("committee grades: two grades of one subject in different years, the later the paper's") {
    CHECK(paper_grades("Ofsted rated children's services 'inadequate' in 2019 and 'good' in 2023.\n") ==
          Strings{"overall_effectiveness=good"});
    // Dates of one inspection before its grade do not make it former.
    CHECK(paper_grades("Ofsted inspected in November 2022 and its report of January 2023 rated the services good.\n") ==
          Strings{"overall_effectiveness=good"});
}

TEST_CASE("committee grades: a second grade with its judgement after it, and a name's services") {
    CHECK(paper_grades("The outcome of the Ofsted inspection was Good, with Outstanding for the impact of leaders.\n") ==
          Strings{"overall_effectiveness=good", "impact_of_leaders=outstanding"});
    CHECK(paper_grades("The council was pleased that care leavers services had been rated outstanding by Ofsted.\n") ==
          Strings{"care_leavers=outstanding"});
}

TEST_CASE("committee grades: a paper that does not date its inspection recalls one of two years before") {
    const std::string meeting = "Children's Scrutiny Committee - Tuesday, 14th January, 2025\n\n";
    CHECK(paper_grades(meeting + "Ofsted rated Barsetshire's children's services as 'Good' in its 2023 inspection.\n") ==
          Strings{"overall_effectiveness=good"});
    // Three years before is another inspection.
    CHECK(paper_grades(meeting + "Ofsted rated Barsetshire's children's services as 'Good' in its 2022 inspection.\n").empty());
}

TEST_CASE("committee grades: the council's other things and its aspirations are not its services' grade") {
    for (const char* sentence : {
             "The council aspires to be rated outstanding by Ofsted.",
             "Ofsted inspectors found the council's early help offer to be good.",
             "Ofsted found the council's arrangements for private fostering to be inadequate.",
             "Ofsted said the council's response to domestic abuse was outstanding.",
             "Ofsted found that the local authority's work with partners was good.",
             "The council's children's centres were rated good by Ofsted.",
         }) {
        INFO(sentence);
        CHECK(paper_grades(std::string(sentence) + "\n").empty());
    }
    // ... while the council's children's services are.
    CHECK(paper_grades("Ofsted found the council's children's services to be inadequate.\n") ==
          Strings{"overall_effectiveness=inadequate"});
}

TEST_CASE("committee grades: another authority's grade, named before it, is not the paper's") {
    const Record rec = extract_text(kPaper + "The Ofsted inspection of Medway Council's children's services was reported.\n\n"
                                             "Ofsted rated neighbouring Kent's children's services outstanding.\n\n"
                                             "Ofsted judged Medway's services good, with Kent's support.\n");
    CHECK(grades(rec) == Strings{"overall_effectiveness=good"});
    REQUIRE(rec.warnings.size() == 1);
    CHECK(rec.warnings[0].find("another authority") != std::string::npos);
}

TEST_CASE("committee grades: a young people's summary in other words") {
    CHECK(paper_grades("How well does the council look after care leavers?\n\n"
                       "Inspectors said the council is 'Outstanding' at this.\n") == Strings{"care_leavers=outstanding"});
    CHECK(paper_grades("How do we support our social workers?\n\nOfsted judged us to be good in this area.\n") ==
          Strings{"impact_of_leaders=good"});
}
