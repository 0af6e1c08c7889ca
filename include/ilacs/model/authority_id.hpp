// One id per local authority, so that every report and paper of it can be joined.
#pragma once

#include <string>
#include <string_view>

#include "ilacs/model/rules.hpp"

namespace ilacs {

// A stable id for an authority name: "Derby City Council" and "Derby" give "derby".
std::string authority_id(const RuleSet& rules, std::string_view name);

}  // namespace ilacs
