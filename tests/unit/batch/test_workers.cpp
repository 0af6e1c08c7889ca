#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <string>

#include "ilacs/batch/workers.hpp"
#include "support.hpp"

namespace {

using Status = ilacs::WorkerOutcome::Status;

std::map<std::size_t, ilacs::WorkerOutcome> run(std::size_t count, const std::function<std::string(std::size_t)>& task,
                                                unsigned jobs, double timeout = 60) {
    std::map<std::size_t, ilacs::WorkerOutcome> outcomes;
    ilacs::run_in_workers(
        count, task, [&](std::size_t i, ilacs::WorkerOutcome o) { CHECK(outcomes.emplace(i, std::move(o)).second); },
        {jobs, timeout});
    return outcomes;
}

}  // namespace

TEST_CASE("workers: every task runs once, in another process, and its result comes back whole") {
    const pid_t parent = ::getpid();
    for (unsigned jobs : {1u, 3u}) {
        // A result larger than a pipe's buffer arrives whole.
        const auto outcomes = run(7, [&](std::size_t i) {
            return std::to_string(i) + (::getpid() != parent ? " in a worker " : " in the parent ") + std::string(i * 40000, 'x');
        }, jobs);
        REQUIRE(outcomes.size() == 7);
        for (const auto& [i, o] : outcomes) {
            CHECK(o.status == Status::done);
            CHECK(o.payload == std::to_string(i) + " in a worker " + std::string(i * 40000, 'x'));
        }
    }
}

TEST_CASE("workers: a task that crashes its worker is reported as crashed, and the rest go through") {
    const auto outcomes = run(5, [](std::size_t i) -> std::string {
        if (i == 1) std::abort();
        if (i == 3) ::raise(SIGSEGV);
        return "ok";
    }, 2);
    REQUIRE(outcomes.size() == 5);
    CHECK(outcomes.at(1).status == Status::crashed);
    CHECK(outcomes.at(1).reason.find("killed by signal 6") != std::string::npos);
    CHECK(outcomes.at(3).status == Status::crashed);
    CHECK(outcomes.at(3).reason.find("killed by signal 11") != std::string::npos);
    for (std::size_t i : {0, 2, 4}) CHECK(outcomes.at(i).payload == "ok");
}

TEST_CASE("workers: a task that never ends is stopped at its time limit, and the rest go through") {
    // The stuck task waits for a signal that never comes: it can only end by being killed,
    // so the outcome does not depend on how fast the machine is.
    const auto outcomes = run(4, [](std::size_t i) -> std::string {
        if (i == 0) for (;;) ::pause();
        return "ok";
    }, 1, 2);
    REQUIRE(outcomes.size() == 4);
    CHECK(outcomes.at(0).status == Status::timeout);
    CHECK(outcomes.at(0).reason.find("timed out") != std::string::npos);
    for (std::size_t i : {1, 2, 3}) CHECK(outcomes.at(i).payload == "ok");
}

TEST_CASE("workers: no tasks start no workers") {
    CHECK(run(0, [](std::size_t) -> std::string { std::abort(); }, 4).empty());
}
