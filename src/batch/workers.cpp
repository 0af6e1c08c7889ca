#include "ilacs/batch/workers.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <system_error>
#include <vector>

#include <fmt/format.h>

namespace ilacs {

namespace {

using Clock = std::chrono::steady_clock;

// Messages on a worker's socket: a task is its index (8 bytes); a result is its length
// (8 bytes) and then its bytes.
using Length = std::uint64_t;

bool write_all(int fd, const void* data, std::size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        // MSG_NOSIGNAL: a peer that has died is an error to handle, not a SIGPIPE.
        const ssize_t n = ::send(fd, p, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool read_exact(int fd, void* data, std::size_t size) {
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

struct Worker {
    pid_t pid = -1;
    int socket = -1;  // the parent's end: tasks out, results in
    std::optional<std::size_t> task;
    Clock::time_point deadline;
    std::string received;
};

[[noreturn]] void worker_main(int socket, const std::function<std::string(std::size_t)>& task) {
    for (;;) {
        Length index = 0;
        if (!read_exact(socket, &index, sizeof index)) ::_exit(0);  // the parent has no more tasks
        const std::string result = task(static_cast<std::size_t>(index));
        const Length size = result.size();
        if (!write_all(socket, &size, sizeof size) || !write_all(socket, result.data(), result.size())) ::_exit(1);
    }
}

std::string exit_reason(int status) {
    if (WIFSIGNALED(status))
        return fmt::format("the worker reading it was killed by signal {} ({})", WTERMSIG(status), ::strsignal(WTERMSIG(status)));
    if (WIFEXITED(status)) return fmt::format("the worker reading it exited with status {}", WEXITSTATUS(status));
    return "the worker reading it stopped";
}

class Pool {
public:
    Pool(const std::function<std::string(std::size_t)>& task, const WorkerPoolOptions& opts, std::size_t size)
        : task_(task), opts_(opts), workers_(size) {
        for (Worker& w : workers_) start(w);
    }
    ~Pool() {
        // Workers wait for a task; a closed socket tells them to leave. One still busy (an
        // exception left the loop) is killed rather than waited for.
        for (Worker& w : workers_) {
            if (w.task) ::kill(w.pid, SIGKILL);
            stop(w);
        }
    }
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    void run(std::size_t count, const std::function<void(std::size_t, WorkerOutcome)>& done) {
        std::size_t next = 0, finished = 0;
        while (finished < count) {
            for (Worker& w : workers_) {
                if (w.task || next >= count) continue;
                w.task = next++;
                w.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(opts_.timeout_seconds));
                w.received.clear();
                const Length index = *w.task;
                if (!write_all(w.socket, &index, sizeof index)) {
                    finish_failed(w, WorkerOutcome::Status::crashed, done);
                    ++finished;
                }
            }
            wait_for_results();
            for (Worker& w : workers_) {
                if (!w.task) continue;
                if (std::optional<WorkerOutcome> outcome = collect(w)) {
                    const std::size_t index = *w.task;
                    w.task.reset();
                    if (outcome->status != WorkerOutcome::Status::done) start(w);
                    ++finished;
                    done(index, std::move(*outcome));
                } else if (Clock::now() >= w.deadline) {
                    ::kill(w.pid, SIGKILL);
                    ++finished;
                    finish_failed(w, WorkerOutcome::Status::timeout, done);
                }
            }
        }
    }

private:
    void start(Worker& w) {
        int ends[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
            throw std::system_error(errno, std::generic_category(), "cannot make a socket for a worker");
        const pid_t parent = ::getpid();
        const pid_t pid = ::fork();
        if (pid < 0) {
            ::close(ends[0]);
            ::close(ends[1]);
            throw std::system_error(errno, std::generic_category(), "cannot start a worker process");
        }
        if (pid == 0) {
            // A worker dies with its parent, even when the parent is killed outright.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent) ::_exit(1);
            // A crash is the parent's to report: handlers the parent installed (a test
            // framework's, say) must not catch it in the worker.
            for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM}) ::signal(sig, SIG_DFL);
            ::close(ends[0]);
            for (const Worker& other : workers_)
                if (other.socket >= 0) ::close(other.socket);
            try {
                worker_main(ends[1], task_);
            } catch (...) {
                ::_exit(70);
            }
        }
        ::close(ends[1]);
        w.pid = pid;
        w.socket = ends[0];
    }

    // Closes the socket and reaps the process; returns its wait status.
    static int stop(Worker& w) {
        int status = 0;
        if (w.socket >= 0) ::close(w.socket);
        w.socket = -1;
        if (w.pid > 0)
            while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
            }
        w.pid = -1;
        return status;
    }

    void finish_failed(Worker& w, WorkerOutcome::Status status,
                       const std::function<void(std::size_t, WorkerOutcome)>& done) {
        const std::size_t index = *w.task;
        w.task.reset();
        const int wait_status = stop(w);
        WorkerOutcome outcome;
        outcome.status = status;
        outcome.reason = status == WorkerOutcome::Status::timeout
                             ? fmt::format("timed out: still being read after {:g} s (--timeout); its worker was stopped",
                                           opts_.timeout_seconds)
                             : "crashed: " + exit_reason(wait_status);
        start(w);
        done(index, std::move(outcome));
    }

    // Waits until a busy worker has something to read or the nearest deadline passes.
    void wait_for_results() {
        std::vector<pollfd> fds;
        Clock::time_point nearest = Clock::time_point::max();
        for (const Worker& w : workers_) {
            if (!w.task) continue;
            fds.push_back({w.socket, POLLIN, 0});
            nearest = std::min(nearest, w.deadline);
        }
        if (fds.empty()) return;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(nearest - Clock::now()).count();
        const int wait_ms = static_cast<int>(std::clamp<decltype(left)>(left, 0, 60'000));
        if (::poll(fds.data(), fds.size(), wait_ms) < 0 && errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "cannot wait for the workers");
    }

    // Reads what a busy worker has sent without blocking: its outcome once the result is
    // whole, or once the worker has gone.
    std::optional<WorkerOutcome> collect(Worker& w) {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(w.socket, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            if (n <= 0) {
                WorkerOutcome outcome;
                outcome.status = WorkerOutcome::Status::crashed;
                outcome.reason = "crashed: " + exit_reason(stop(w));
                return outcome;
            }
            w.received.append(buffer, static_cast<std::size_t>(n));
        }
        Length size = 0;
        if (w.received.size() < sizeof size) return std::nullopt;
        std::memcpy(&size, w.received.data(), sizeof size);
        if (w.received.size() - sizeof size < size) return std::nullopt;
        WorkerOutcome outcome;
        outcome.payload = w.received.substr(sizeof size, static_cast<std::size_t>(size));
        w.received.clear();
        return outcome;
    }

    const std::function<std::string(std::size_t)>& task_;
    WorkerPoolOptions opts_;
    std::vector<Worker> workers_;
};

}  // namespace

void run_in_workers(std::size_t count, const std::function<std::string(std::size_t)>& task,
                    const std::function<void(std::size_t, WorkerOutcome)>& done, const WorkerPoolOptions& opts) {
    if (count == 0) return;
    Pool pool(task, opts, std::min<std::size_t>(std::max(1u, opts.jobs), count));
    pool.run(count, done);
}

}  // namespace ilacs
