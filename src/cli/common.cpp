#include "common.hpp"

#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

namespace ilacs::cli {

bool use_color(const std::string& mode, int fd) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (no_color == nullptr || *no_color == '\0') && isatty(fd);
}

void report(const std::string& file, const std::string& message) {
    std::cerr << fmt::format("ilacs: {}: {}\n", file, message);
}

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::filesystem::path rules_dir(const GlobalOptions& global) {
    return global.rules_dir.empty() ? default_rules_dir() : std::filesystem::path(global.rules_dir);
}

RuleSet load_rules(const GlobalOptions& global) { return RuleSet::load(rules_dir(global)); }

}  // namespace ilacs::cli
