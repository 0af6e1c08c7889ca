#include <sys/stat.h>

#include <filesystem>
#include <set>

#include "ilacs/batch/inputs.hpp"
#include "support.hpp"

namespace {
std::vector<std::string> paths(const ilacs::InputSet& set) {
    std::vector<std::string> out;
    for (const ilacs::BatchInput& d : set.documents) out.push_back(d.path);
    return out;
}
}  // namespace

TEST_CASE("inputs: folders are walked in path order, documents told by content, other files counted") {
    ilacs::test::TempDir dir("inputs");
    const std::string root = dir.path().string();
    std::filesystem::create_directories(dir.path() / "b" / "c");
    dir.write("b/c/report.bin", "%PDF-1.4\n");  // a PDF whatever its name
    dir.write("a.txt", "Lead inspector: Ann Jones\n");
    dir.write("b/page.htm", "<html><body>minutes</body></html>");
    dir.write("b/broken.PDF", std::string("\x00\x01\x02\xff", 4));  // named .pdf: kept for its error record
    dir.write("b/image.png", std::string("\x89PNG\r\n\x1a\n\x00\x00\x00", 11));
    dir.write("empty", "");
    ::mkfifo((dir.path() / "pipe").c_str(), 0600);  // not read, not counted
    const ilacs::InputSet set = ilacs::collect_inputs({root}, std::nullopt);
    CHECK(paths(set) == std::vector<std::string>{root + "/a.txt", root + "/b/broken.PDF", root + "/b/c/report.bin",
                                                 root + "/b/page.htm"});
    CHECK(set.skipped == 2);
    CHECK(set.documents[2].shard_key == "b/c/report.bin");
}

TEST_CASE("inputs: files are taken as given, in order, once, and the batch's own files passed over") {
    ilacs::test::TempDir dir("inputs_files");
    const auto a = dir.write("a.txt", "a\n").string();
    const auto z = dir.write("z.txt", "z\n").string();
    const auto out = dir.write("out.jsonl", "{}\n").string();
    const ilacs::InputSet set = ilacs::collect_inputs({z, a, z, dir.path().string(), "missing.pdf"}, std::nullopt, {out});
    CHECK(paths(set) == std::vector<std::string>{z, a, "missing.pdf"});
    CHECK(set.documents[0].shard_key == "z.txt");
}

TEST_CASE("inputs: shards split the documents between them, each once, the same way every time") {
    ilacs::test::TempDir dir("inputs_shards");
    for (int i = 0; i < 40; ++i) dir.write("doc" + std::to_string(i) + ".txt", "text\n");
    const auto all = paths(ilacs::collect_inputs({dir.path().string()}, std::nullopt));
    std::multiset<std::string> together;
    for (unsigned s = 1; s <= 3; ++s) {
        const auto share = paths(ilacs::collect_inputs({dir.path().string()}, ilacs::Shard{s, 3}));
        CHECK(share.size() > 0);
        CHECK(share.size() < all.size());
        together.insert(share.begin(), share.end());
    }
    CHECK(together == std::multiset<std::string>(all.begin(), all.end()));
    // The share follows the path under the folder, not where the folder is.
    CHECK(ilacs::in_shard("reports/a.pdf", {1, 2}) != ilacs::in_shard("reports/a.pdf", {2, 2}));
}

TEST_CASE("inputs: a shard is I/N with 1 <= I <= N") {
    CHECK(ilacs::parse_shard("2/8").index == 2);
    CHECK(ilacs::parse_shard("2/8").count == 8);
    for (const char* bad : {"0/3", "4/3", "1/0", "3", "a/b", "1/-2", "/2", "1/"})
        CHECK_THROWS_AS(ilacs::parse_shard(bad), std::invalid_argument);
}
