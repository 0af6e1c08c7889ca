// Improvement themes from items made here, one test per wording family of
// ../shared/themes/TAXONOMY.md and one per rule of how an item is read.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "ilacs/themes/themes.hpp"
#include "support.hpp"

using Strings = std::vector<std::string>;

namespace {
Strings themes(const std::string& item) { return ilacs::improvement_themes(item, ilacs::test::rules()); }

std::set<std::string> taxonomy_ids(const std::filesystem::path& file) {
    std::ifstream in(file);
    REQUIRE_MESSAGE(in, "cannot read " << file.string());
    std::set<std::string> ids;
    for (const auto& theme : nlohmann::json::parse(in)) ids.insert(theme.at("id").get<std::string>());
    return ids;
}
}  // namespace

TEST_CASE("themes: the child's journey, from the front door to court") {
    CHECK(themes("The timeliness of responses to contacts and referrals at the front door.") == Strings{"front_door"});
    CHECK(themes("Partner agencies' understanding and application of thresholds.") == Strings{"front_door"});
    CHECK(themes("The reach and impact of the early help offer for families.") == Strings{"early_help"});
    CHECK(themes("The identification of and support for young carers.") == Strings{"early_help"});
    CHECK(themes("The timeliness of initial child protection conferences.") == Strings{"child_protection"});
    CHECK(themes("Ensure that strategy discussions always include the police and health.") == Strings{"child_protection"});
    CHECK(themes("The quality of analysis of risk in assessments.") == Strings{"assessment"});
    CHECK(themes("Ensure that plans are specific and measurable and include contingency plans.") == Strings{"planning"});
    // The content of a child protection plan is planning; its process is child protection (H1).
    CHECK(themes("The quality of child protection plans.") == Strings{"planning"});
    CHECK(themes("Children subject to repeat child protection plans.") == Strings{"child_protection"});
    CHECK(themes("The tracking of children in pre-proceedings under the public law outline.") == Strings{"pre_proceedings_court"});
    CHECK(themes("The use of section 20 for children who are accommodated.") == Strings{"pre_proceedings_court"});
}

TEST_CASE("themes: harms and groups") {
    CHECK(themes("The response to children experiencing neglect and domestic abuse.") == Strings{"neglect_domestic_abuse"});
    CHECK(themes("The take-up and quality of return home interviews for children who go missing.") == Strings{"missing_rhi"});
    CHECK(themes("The response to children at risk of criminal exploitation and county lines.") == Strings{"exploitation"});
    CHECK(themes("The identification and assessment of private fostering arrangements.") == Strings{"private_fostering"});
    CHECK(themes("The response to 16- and 17-year-olds who are homeless.") == Strings{"homeless_16_17"});
    CHECK(themes("The management of allegations against professionals by the designated officer.") == Strings{"lado_allegations"});
    // A generic practice for a group gives both (G3).
    CHECK(themes("The quality of assessments and plans for disabled children.") ==
          Strings{"assessment", "planning", "disabled_children"});
}

TEST_CASE("themes: children in care and care leavers") {
    CHECK(themes("The sufficiency of foster carers and residential homes for children in care.") == Strings{"placement_sufficiency"});
    CHECK(themes("The stability of placements for children in care.") == Strings{"placement_sufficiency"});
    CHECK(themes("Timely permanence for children, including through special guardianship and adoption.") == Strings{"permanence"});
    CHECK(themes("Access to mental health support for children in care.") == Strings{"health"});
    CHECK(themes("The quality of personal education plans and the work of the virtual school.") == Strings{"education"});
    CHECK(themes("Support from personal advisers for care leavers who are in custody.") == Strings{"care_leavers"});
}

TEST_CASE("themes: the child's voice and participation are told apart (H5)") {
    CHECK(themes("The frequency of statutory visits to children and the quality of direct work.") == Strings{"voice_direct_work"});
    CHECK(themes("The quality of life-story work and the recording of children's wishes and feelings.") ==
          Strings{"voice_direct_work", "records"});
    CHECK(themes("The independent visitors service and access to advocacy for children in care.") == Strings{"participation_advocacy"});
    CHECK(themes("Children's views influence service developments.") == Strings{"participation_advocacy"});
}

TEST_CASE("themes: oversight, workforce, quality assurance, leadership and records") {
    CHECK(themes("The regularity and quality of supervision and management oversight of casework.") == Strings{"management_oversight"});
    CHECK(themes("The recruitment and retention of social workers and the size of caseloads.") == Strings{"workforce"});
    CHECK(themes("The quality assurance framework and learning from audits.") == Strings{"performance_qa"});
    CHECK(themes("The accuracy of performance information.") == Strings{"performance_qa"});
    CHECK(themes("The corporate parenting board's oversight of services for children in care.") == Strings{"leadership_governance"});
    CHECK(themes("The quality of case recording in the electronic system.") == Strings{"records"});
}

TEST_CASE("themes: a group's own procedure stays in its theme (G3)") {
    CHECK(themes("The quality of pathway plans for care leavers.") == Strings{"care_leavers"});
    CHECK(themes("The timeliness of initial health assessments for children in care.") == Strings{"health"});
    CHECK(themes("Timely assessments of private fostering arrangements.") == Strings{"private_fostering"});
}

TEST_CASE("themes: a function and its object (G2)") {
    // Oversight of a named practice gives both ...
    CHECK(themes("Management oversight of assessments and plans for children in need.") ==
          Strings{"management_oversight", "assessment", "planning"});
    // ... but plans are the IROs' own domain.
    CHECK(themes("The effectiveness of challenge by independent reviewing officers to children's plans.") == Strings{"iro_cp_chairs"});
    CHECK(themes("The oversight of children's care plans by independent reviewing officers.") == Strings{"iro_cp_chairs"});
}

TEST_CASE("themes: the purpose is not the demand (G1)") {
    CHECK(themes("Improve the quality of assessments so that plans for permanence are made earlier.") == Strings{"assessment"});
    CHECK(themes("Strengthen supervision in order to reduce the number of children in care.") == Strings{"management_oversight"});
    // With nothing named before it, the purpose is where the demand stands.
    CHECK(themes("Strengthen frontline practice to support children at risk of exploitation.") == Strings{"exploitation"});
}

TEST_CASE("themes: the wrapping and the actor name no theme (G1, G7)") {
    CHECK(themes("The quality of plans (outcome 3, national framework).") == Strings{"planning"});
    CHECK(themes("Improve the accuracy of performance data (paragraphs 21, 32, 43).") == Strings{"performance_qa"});
    CHECK(themes("Senior managers should ensure that return home interviews are timely.") == Strings{"missing_rhi"});
}

TEST_CASE("themes: the lead first, qualifiers after, at most three (G5)") {
    CHECK(themes("The quality of assessments, including for children experiencing neglect.") ==
          Strings{"assessment", "neglect_domestic_abuse"});
    const Strings four = themes("Management oversight of children's plans, recording of decisions, training for "
                                "staff and the quality of audits.");
    CHECK(four.size() == ilacs::kMaxThemes);
    CHECK(four == Strings{"management_oversight", "planning", "records"});
}

TEST_CASE("themes: a generic word names the demand only in its head") {
    // "plans" after a named practice, or in a later sentence, is context, not a second demand.
    CHECK(themes("The quality of supervision to progress children's plans.") == Strings{"management_oversight"});
    CHECK(themes("The quality of supervision. Ensure that plans are reviewed.") == Strings{"management_oversight"});
    CHECK(themes("Plans for children who go missing.") == Strings{"planning", "missing_rhi"});
}

TEST_CASE("themes: nothing named gives nothing, and curly quotes and dashes read as plain") {
    CHECK(themes("Continue the good work.").empty());
    CHECK(themes("The quality of children\u2019s life\u2011story work.") == Strings{"voice_direct_work"});
}

TEST_CASE("themes: assign_themes fills every item of a record") {
    std::vector<ilacs::Improvement> items(2);
    items[0].text = "The timeliness of strategy discussions.";
    items[1].text = "Continue the good work.";
    ilacs::assign_themes(items, ilacs::test::rules());
    CHECK(items[0].themes == Strings{"child_protection"});
    CHECK(items[1].themes.empty());
}

TEST_CASE("themes: every theme a rule names is a taxonomy id, and the taxonomy is the shared one") {
    const std::filesystem::path data(ILACS_TEST_RULES_DIR);
    const std::set<std::string> ids = taxonomy_ids(data / "themes.json");
    CHECK(ids.size() == 26);
    std::set<std::string> named;
    for (const char* group : {"theme", "theme_generic"})
        for (const ilacs::Rule& r : ilacs::test::rules().group(group)) {
            CHECK_MESSAGE(ids.count(r.value), r.file << ":" << r.line << ": '" << r.value << "' is no theme id");
            named.insert(r.value);
        }
    CHECK(named == ids);  // every theme has wordings
    const std::filesystem::path shared = std::filesystem::path(ILACS_TEST_SHARED_DIR) / "themes" / "taxonomy.json";
    if (std::filesystem::exists(shared)) CHECK(taxonomy_ids(shared) == ids);
}
