#include "ilacs/history/wording.hpp"
#include "support.hpp"

TEST_CASE("wording: the same subject in two reports' words is alike, another subject is not") {
    // Each report words its areas afresh: forms of a word meet, stock words do not count.
    CHECK(ilacs::wording_similarity("The quality and timeliness of assessments.",
                                    "Ensure that children's needs are assessed in a timely way.") >= ilacs::kPairingThreshold);
    CHECK(ilacs::wording_similarity("The response to children who are privately fostered.",
                                    "Private fostering arrangements are not identified or assessed.") >= ilacs::kPairingThreshold);
    CHECK(ilacs::wording_similarity("The quality of plans for children in need.",
                                    "The response to children who go missing from home or care.") < ilacs::kPairingThreshold);
    CHECK(ilacs::wording_similarity("", "Anything") == 0);
    // Cross-references say nothing of the subject; an abbreviation in brackets does.
    CHECK(ilacs::wording_similarity("The support for care leavers in custody. (outcome 4, national framework)",
                                    "The timeliness of strategy meetings. (outcome 4, national framework)") == 0);
    CHECK(ilacs::wording_similarity("Thresholds in the multi-agency safeguarding hub (MASH).", "Capacity of the MASH.") > 0);
    CHECK(ilacs::wording_similarity("Planning for permanence.", "Planning for permanence.") == doctest::Approx(1));
}

TEST_CASE("wording: items pair with the most alike, each once, and the rest stand alone in list order") {
    const std::vector<std::string> before = {"Improve the quality of child protection plans.",
                                             "Strengthen management oversight and supervision of social workers.",
                                             "The response to privately fostered children."};
    const std::vector<std::string> after = {"The quality of supervision and management oversight.",
                                            "Support for care leavers' health.",
                                            "Child protection plans are not specific enough."};
    const std::vector<ilacs::WordingPair> pairs = ilacs::pair_by_wording(before, after);
    REQUIRE(pairs.size() == 4);
    CHECK(pairs[0].before == 0u);
    CHECK(pairs[0].after == 2u);
    CHECK(pairs[1].before == 1u);
    CHECK(pairs[1].after == 0u);
    CHECK(pairs[2].before == 2u);
    CHECK_FALSE(pairs[2].after);
    CHECK_FALSE(pairs[3].before);
    CHECK(pairs[3].after == 1u);
    CHECK(pairs[3].similarity == 0);
}
