#include <doctest/doctest.h>

#include "ilacs/model/rules.hpp"
#include "support.hpp"

using ilacs::RuleSet;
using ilacs::RulesError;

namespace {
// The what() of the RulesError that loading text throws, or "" when it loads.
std::string rules_error(const std::string& text) {
    try {
        RuleSet::from_text(text, "test.rules");
    } catch (const RulesError& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("rules: comments, blank lines and groups") {
    const RuleSet set = RuleSet::from_text(
        "# a comment\n"
        "\n"
        "   # an indented comment\n"
        "grade.good        (?i)^good\\b\n"
        "grade.inadequate  (?i)^inadequate\r\n"
        "\tjudgement.care_leavers\t(?i)care leavers   \n",
        "mine.rules");
    CHECK(set.size() == 3);
    REQUIRE(set.group("grade").size() == 2);
    const ilacs::Rule& first = set.group("grade")[0];
    CHECK(first.id == "grade.good");
    CHECK(first.value == "good");
    CHECK(first.pattern == "(?i)^good\\b");
    CHECK(first.file == "mine.rules");
    CHECK(first.line == 4);
    CHECK(set.group("grade")[1].pattern == "(?i)^inadequate");  // the CR of a CRLF line is not pattern
    CHECK(set.group("judgement")[0].pattern == "(?i)care leavers");  // trailing blanks are not either
    CHECK(set.group("nothing").empty());
}

TEST_CASE("rules: within a group the first rule in file order wins") {
    const RuleSet set = RuleSet::from_text(
        "judgement.children_in_care_and_care_leavers  (?i)children in care and care leavers\n"
        "judgement.children_in_care                   (?i)children in care\n");
    CHECK(set.first_match("judgement", "Children in care and care leavers")->value == "children_in_care_and_care_leavers");
    CHECK(set.first_match("judgement", "children in care")->value == "children_in_care");
    CHECK(set.first_match("judgement", "care leavers") == nullptr);
    CHECK(set.any_match("judgement", "the progress of children in care"));
    CHECK_FALSE(set.any_match("grade", "children in care"));
}

TEST_CASE("rules: ids of several parts keep the group before the last dot") {
    const RuleSet set = RuleSet::from_text("a.b.c  x\n");
    CHECK(set.group("a.b").size() == 1);
    CHECK(set.group("a.b")[0].value == "c");
}

TEST_CASE("rules: first_match hands over the capture group") {
    const RuleSet set = RuleSet::from_text(
        "inspector.lead  (?i)^lead inspector:\\s*(.*)$\n"
        "inspector.none  (?i)^no inspector$\n");
    std::string capture = "stale";
    CHECK(set.first_match("inspector", "Lead inspector: Jane Smith", &capture)->value == "lead");
    CHECK(capture == "Jane Smith");
    CHECK(set.first_match("inspector", "No inspector", &capture)->value == "none");
    CHECK(capture.empty());
    CHECK(set.first_match("inspector", "nothing here", &capture) == nullptr);
}

TEST_CASE("rules: a broken pattern is reported as name:line") {
    const std::string what = rules_error("# ok\ngrade.good  ^good\ngrade.bad  (unclosed\n");
    CHECK(what.rfind("test.rules:3: rule 'grade.bad': ", 0) == 0);
    CHECK(what.find("missing )") != std::string::npos);
}

TEST_CASE("rules: a bad id and a missing pattern are reported") {
    CHECK(rules_error("Grade.Good ^good\n").rfind("test.rules:1: 'Grade.Good' is not a rule id", 0) == 0);
    CHECK(rules_error("nodot ^good\n").rfind("test.rules:1: 'nodot' is not a rule id", 0) == 0);
    CHECK(rules_error("grade. ^good\n").rfind("test.rules:1: 'grade.' is not a rule id", 0) == 0);
    CHECK(rules_error("\n\ngrade.good\n") == "test.rules:3: rule 'grade.good' has no pattern");
}

TEST_CASE("rules: every broken line is reported, one a line") {
    const std::string what = rules_error("x ^a\ngrade.good ^good\ngrade.bad [\n");
    CHECK(what.rfind("test.rules:1: ", 0) == 0);
    CHECK(what.find("\ntest.rules:3: rule 'grade.bad': ") != std::string::npos);
}

TEST_CASE("rules: load reads every *.rules file of a directory in name order") {
    const ilacs::test::TempDir dir("rules_load");
    dir.write("b.rules", "kind.second  ^b\n");
    dir.write("a.rules", "kind.first  ^a\n");
    dir.write("notes.txt", "not a rule file (\n");
    const RuleSet set = RuleSet::load(dir.path());
    REQUIRE(set.group("kind").size() == 2);
    CHECK(set.group("kind")[0].value == "first");
    CHECK(set.group("kind")[1].value == "second");
    CHECK(set.group("kind")[1].file == (dir.path() / "b.rules").string());
}

TEST_CASE("rules: load names the file and line of a broken rule in each bad file") {
    const ilacs::test::TempDir dir("rules_broken");
    dir.write("good.rules", "grade.good  ^good\n");
    dir.write("bad.rules", "# fine\n\ngrade.bad  (?P<oops\n");
    dir.write("worse.rules", "not an id\n");
    try {
        RuleSet::load(dir.path());
        FAIL("no RulesError");
    } catch (const RulesError& e) {
        const std::string what = e.what();
        CHECK(what.find((dir.path() / "bad.rules").string() + ":3: rule 'grade.bad'") != std::string::npos);
        CHECK(what.find((dir.path() / "worse.rules").string() + ":1: 'not' is not a rule id") != std::string::npos);
    }
}

TEST_CASE("rules: load of a missing or empty directory is a RulesError") {
    const ilacs::test::TempDir dir("rules_empty");
    CHECK_THROWS_AS(RuleSet::load(dir.path()), RulesError);
    CHECK_THROWS_AS(RuleSet::load(dir.path() / "absent"), RulesError);
}

TEST_CASE("rules: merge appends the other set's rules after its own") {
    RuleSet set = RuleSet::from_text("grade.good  ^good\n");
    set.merge(RuleSet::from_text("grade.good  ^fine\ngrade.bad  ^bad\n"));
    CHECK(set.size() == 3);
    CHECK(set.group("grade")[1].pattern == "^fine");
}

TEST_CASE("rules: the project's own rule files load") {
    CHECK(ilacs::test::rules().size() > 0);
    CHECK_FALSE(ilacs::test::rules().group("grade").empty());
}
