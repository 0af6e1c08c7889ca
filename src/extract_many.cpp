// Many inputs on worker threads, one document per worker at a time and nothing shared
// between documents but the read-only rules; records are handed on in input order.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "ilacs/extract.hpp"

namespace ilacs {

void extract_many(const std::vector<std::string>& paths, const RuleSet& rules, const ExtractOptions& opts,
                  const std::function<void(std::size_t, Record&&)>& emit) {
    const std::size_t workers = std::min<std::size_t>(std::max(1u, opts.jobs), paths.size());
    if (workers <= 1) {
        for (std::size_t i = 0; i < paths.size(); ++i) emit(i, extract_file(paths[i], rules, opts));
        return;
    }
    std::vector<std::optional<Record>> done(paths.size());
    std::mutex mutex;
    std::condition_variable ready;
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (std::size_t w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            for (std::size_t i; (i = next++) < paths.size();) {
                Record rec = extract_file(paths[i], rules, opts);
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    done[i] = std::move(rec);
                }
                ready.notify_one();
            }
        });
    }
    // The caller's thread writes, so output stays in input order whatever finishes first.
    for (std::size_t i = 0; i < paths.size(); ++i) {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait(lock, [&] { return done[i].has_value(); });
        Record rec = std::move(*done[i]);
        done[i].reset();
        lock.unlock();
        emit(i, std::move(rec));
    }
    for (std::thread& t : pool) t.join();
}

}  // namespace ilacs
