// The record of schema ilacs/1 (../shared/SPEC.md): one per input document.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ilacs/model/dates.hpp"

namespace ilacs {

inline constexpr const char* kSchema = "ilacs/1";

struct SourceInfo {
    std::string path;
    std::string sha256;
    std::string format;  // "pdf", "html", "text", or what was detected for a rejected file
    std::optional<int> pages;
};

struct LocalAuthority {
    std::string name;                // as printed, without a leading "The"
    std::optional<std::string> id;   // the slug of the matched row's name, shared by every report on it
    std::optional<std::string> code; // the matched row's DfE LA code
    std::optional<std::string> urn;  // the matched row's Ofsted URN
};

struct Inspection {
    std::optional<std::string> type;  // "standard" or "short"
    std::vector<DateRange> date_ranges;
    std::optional<std::string> lead_inspector;
    std::optional<Date> published;
};

struct Meeting {
    std::string body;
    std::optional<Date> date;
};

struct Judgement {
    std::string key;         // canonical key, e.g. "help_and_protection"
    std::string label;       // the words as printed
    std::string grade;       // canonical grade, e.g. "requires_improvement"
    std::string grade_text;  // the words as printed
    std::optional<int> page;
};

struct Improvement {
    std::string text;
    bool priority = false;
    std::optional<int> page;
    std::vector<std::string> themes;  // theme ids of ../shared/themes, the lead theme first
};

struct Action {
    std::optional<std::string> area, action, owner, due;
};

struct RecordError {
    std::string code;  // not_pdf, damaged, encrypted, empty, no_text, unreadable, too_large, internal
    std::string message;
};

struct Record {
    SourceInfo source;
    std::string kind = "unknown";
    std::optional<std::string> framework;
    std::optional<LocalAuthority> local_authority;
    Inspection inspection;
    std::optional<Meeting> meeting;
    std::vector<Judgement> judgements;
    std::vector<Improvement> improvements;
    std::vector<Action> actions;
    std::vector<std::string> warnings;
    std::optional<RecordError> error;
};

}  // namespace ilacs
