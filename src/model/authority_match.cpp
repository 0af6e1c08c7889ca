#include "ilacs/model/authority_match.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <re2/re2.h>

#include "ilacs/model/text_normalize.hpp"

namespace ilacs {

namespace {

constexpr std::size_t kContextBytes = 80;  // the words around a mention that its context rules see

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The part of a host name a council registers: "towerhamlets.gov.uk" of
// "democracy.towerhamlets.gov.uk"; three labels under a second-level .uk domain, else two.
std::string registered_domain(std::string host) {
    host = to_lower_ascii(host);
    std::vector<std::size_t> dots;
    for (std::size_t i = 0; i < host.size(); ++i)
        if (host[i] == '.') dots.push_back(i);
    static const RE2 second_level_uk(R"(\.(?:gov|org|co|ac|nhs)\.uk$)");
    const std::size_t labels = RE2::PartialMatch(host, second_level_uk) ? 3 : 2;
    if (dots.size() < labels) return host;
    return host.substr(dots[dots.size() - labels] + 1);
}

}  // namespace

const Authority* match_authority(const RuleSet& rules, std::string_view name) {
    const AuthorityTable& table = rules.authorities();
    std::string text = collapse_spaces(normalize_for_matching(name));
    if (text.empty()) return nullptr;
    if (const Authority* a = table.by_name(text)) return a;
    // Looked up again after each removal, so that a row whose name keeps a council's word
    // ("Bedford Borough") is found before that word goes.
    for (const Rule& r : rules.group("authority_noise")) {
        if (!RE2::GlobalReplace(&text, *r.re, " ")) continue;
        text = collapse_spaces(text);
        if (const Authority* a = table.by_name(text)) return a;
    }
    return table.by_name_start(text);
}

std::string authority_slug(const RuleSet& rules, std::string_view name) {
    std::string text = collapse_spaces(normalize_for_matching(name));
    for (const Rule& r : rules.group("authority_noise"))
        if (RE2::GlobalReplace(&text, *r.re, " ")) text = collapse_spaces(text);
    return snake_case(text);
}

LocalAuthority local_authority_for(const std::string& name, const Authority* row, std::vector<std::string>& warnings) {
    if (!row) {
        warnings.push_back(fmt::format("authority '{}' matches no row of the authorities table", name));
        return LocalAuthority{name, std::nullopt, std::nullopt, std::nullopt};
    }
    return LocalAuthority{name, row->id, row->code, row->urn};
}

std::vector<AuthorityMention> authority_mentions(const RuleSet& rules, std::string_view text) {
    std::vector<AuthorityMention> out;
    const RE2* names = rules.authorities().names_pattern();
    if (!names) return out;
    re2::StringPiece in(text.data(), text.size());
    re2::StringPiece found;
    while (RE2::FindAndConsume(&in, *names, &found)) {
        if (found.empty()) break;
        const char first = found[0];
        if (first < 'A' || first > 'Z') continue;  // "reading", "bury": words, not places
        const std::size_t begin = static_cast<std::size_t>(found.data() - text.data());
        const std::size_t end = begin + found.size();
        std::size_t from = begin > kContextBytes ? begin - kContextBytes : 0;
        while (from > 0 && continuation_byte(text[from])) --from;
        std::size_t to = std::min(text.size(), end + kContextBytes);
        while (to < text.size() && continuation_byte(text[to])) ++to;
        AuthorityMention m;
        m.printed = std::string(found);
        m.authority = rules.authorities().by_name(m.printed);
        std::string council;
        if (rules.first_match("authority_name_suffix", text.substr(end, to - end), &council)) m.printed += council;
        m.context = std::string(text.substr(from, begin - from)) + "@LA@" + std::string(text.substr(end, to - end));
        m.offset = begin;
        if (!m.authority) continue;
        if (rules.any_match("authority_not_mention", m.context) && !rules.any_match("authority_mention_ok", m.context))
            continue;
        out.push_back(std::move(m));
    }
    return out;
}

int mention_weight(const RuleSet& rules, const AuthorityMention& mention) {
    const Rule* r = rules.first_match("authority_context", mention.context);
    if (!r) return 1;
    return r->value == "own" ? 3 : 0;
}

const Authority* authority_by_domain(const RuleSet& rules, std::string_view text) {
    static const RE2 host(R"((?i)\b((?:[a-z0-9-]+\.)+(?:uk|com|org|net))\b)");
    const Authority* found = nullptr;
    re2::StringPiece in(text.data(), text.size());
    std::string name;
    while (RE2::FindAndConsume(&in, host, &name)) {
        const std::string domain = registered_domain(name);
        const Authority* row = nullptr;
        for (const Authority& a : rules.authorities().all()) {
            if (a.domain.empty() || registered_domain(a.domain) != domain) continue;
            if (row) return nullptr;  // a domain two rows share tells neither
            row = &a;
        }
        if (!row) continue;
        if (found && found != row) return nullptr;
        found = row;
    }
    return found;
}

void AuthorityTally::add(const Authority* row, const std::string& printed, int weight) {
    if (!row || weight <= 0) return;
    for (Entry& e : entries_) {
        if (e.row != row) continue;
        e.weight += weight;
        return;
    }
    entries_.push_back(Entry{row, printed, weight});
}

int AuthorityTally::weight(const Authority* row) const {
    for (const Entry& e : entries_)
        if (e.row == row) return e.weight;
    return 0;
}

std::optional<std::pair<const Authority*, std::string>> AuthorityTally::best() const {
    const Entry* top = nullptr;
    for (const Entry& e : entries_)
        if (!top || e.weight > top->weight) top = &e;
    if (!top) return std::nullopt;
    return std::make_pair(top->row, top->printed);
}

std::string AuthorityTally::tied_with_best() const {
    const auto top = best();
    if (!top) return "";
    const int most = weight(top->first);
    for (const Entry& e : entries_)
        if (e.row != top->first && e.weight == most) return e.printed;
    return "";
}

}  // namespace ilacs
