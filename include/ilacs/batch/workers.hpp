// Worker processes: Poppler is not thread-safe, so documents are read in parallel by forked
// processes, one task at a time each, the result sent back whole over a pipe. A worker that
// outlives its time limit is killed and one that dies is noted; a new one takes its place.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace ilacs {

struct WorkerOutcome {
    enum class Status { done, timeout, crashed };
    Status status = Status::done;
    std::string payload;  // done: what the task function returned
    std::string reason;   // timeout and crashed: why there is no payload, for a person
};

struct WorkerPoolOptions {
    unsigned jobs = 1;             // worker processes running at once
    double timeout_seconds = 120;  // a task still running after this is killed
};

// Runs task(i) for every i in [0, count) in worker processes forked from this one (so they
// share what the caller loaded before, such as the rules), and calls done(i, outcome) in this
// process as each finishes, in the order they finish. Tasks are handed out in index order.
// Throws std::system_error when no worker can be started.
void run_in_workers(std::size_t count, const std::function<std::string(std::size_t)>& task,
                    const std::function<void(std::size_t, WorkerOutcome)>& done, const WorkerPoolOptions& opts);

}  // namespace ilacs
