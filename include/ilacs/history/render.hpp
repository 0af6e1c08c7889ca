// diff and history results for people (text, coloured on a terminal; Markdown for a
// committee paper) and for programs (JSON of schemas ilacs-diff/1, ilacs-history/1 and
// ilacs-history-summary/1, documented in docs/HISTORY-JSON.md; CSV in long form).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "ilacs/history/diff.hpp"
#include "ilacs/history/history.hpp"

namespace ilacs {

inline constexpr const char* kDiffSchema = "ilacs-diff/1";
inline constexpr const char* kHistorySchema = "ilacs-history/1";
inline constexpr const char* kHistorySummarySchema = "ilacs-history-summary/1";

nlohmann::ordered_json diff_to_json(const DiffResult& diff);
void write_diff_text(std::ostream& out, const DiffResult& diff, bool color);
void write_diff_markdown(std::ostream& out, const DiffResult& diff);

nlohmann::ordered_json history_to_json(const HistoryResult& history);
void write_history_text(std::ostream& out, const HistoryResult& history, bool color);
void write_history_markdown(std::ostream& out, const HistoryResult& history);
// One row per graded area of each inspection: authority, inspection, judgement, grade and
// its change since the authority's previous graded inspection.
void write_history_csv(std::ostream& out, const HistoryResult& history);

nlohmann::ordered_json summary_to_json(const HistorySummary& summary);
void write_summary_text(std::ostream& out, const HistorySummary& summary, bool color);
void write_summary_markdown(std::ostream& out, const HistorySummary& summary);
// Long form: section (judgement or theme), name, measure, count.
void write_summary_csv(std::ostream& out, const HistorySummary& summary);

}  // namespace ilacs
