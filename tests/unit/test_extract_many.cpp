#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "ilacs/extract.hpp"
#include "support.hpp"

namespace {

// Files in a fresh temporary directory: an inspection report as text, then an empty file,
// and so on round, so that failures and successes alternate.
std::vector<std::string> make_inputs(const std::filesystem::path& dir, std::size_t count) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < count; ++i) {
        const auto path = dir / ("input" + std::to_string(i) + ".txt");
        std::ofstream out(path);
        if (i % 2 == 0)
            out << "Inspection of Barsetshire local authority children's services\n\n"
                << "Inspection dates: " << (i % 28) + 1 << " to " << (i % 28) + 1 << " June 2026\n";
        paths.push_back(path.string());
    }
    return paths;
}

}  // namespace

TEST_CASE("extract_many: records come in input order whatever the number of workers") {
    const auto dir = std::filesystem::temp_directory_path() / "ilacs_test_extract_many";
    const std::vector<std::string> paths = make_inputs(dir, 9);
    for (unsigned jobs : {1u, 2u, 4u, 16u}) {
        ilacs::ExtractOptions opts;
        opts.jobs = jobs;
        std::vector<std::size_t> order;
        ilacs::extract_many(paths, ilacs::test::rules(), opts, [&](std::size_t i, ilacs::Record&& rec) {
            order.push_back(i);
            CHECK(rec.source.path == paths[i]);
            if (i % 2 == 0) {
                CHECK_FALSE(rec.error.has_value());
                REQUIRE(rec.inspection.date_ranges.size() == 1);
                CHECK(rec.inspection.date_ranges[0].start.day == static_cast<int>(i % 28) + 1);
            } else {
                REQUIRE(rec.error.has_value());
                CHECK(rec.error->code == "empty");
            }
        });
        CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8});
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("extract_many: no inputs, no records") {
    bool called = false;
    ilacs::extract_many({}, ilacs::test::rules(), ilacs::ExtractOptions{}, [&](std::size_t, ilacs::Record&&) { called = true; });
    CHECK_FALSE(called);
}
