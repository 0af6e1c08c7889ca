#include "ilacs/history/authority_key.hpp"

#include "ilacs/model/authority_match.hpp"

namespace ilacs {

namespace {

AuthorityKey key_of(const Authority& row) { return {row.code, row.name, row.code, row.urn, row.id}; }

}  // namespace

std::optional<AuthorityKey> authority_of(const Record& rec, const RuleSet& rules) {
    if (!rec.local_authority) return std::nullopt;
    const LocalAuthority& la = *rec.local_authority;
    const AuthorityTable& table = rules.authorities();
    const Authority* row = la.code ? table.by_code(*la.code) : nullptr;
    if (!row && la.id) row = table.by_id(*la.id);
    if (!row) row = match_authority(rules, la.name);
    if (row) return key_of(*row);
    const std::string id = la.id.value_or(authority_slug(rules, la.name));
    if (id.empty() && !la.code) return std::nullopt;
    // Not in the table: the record's own code, else its id, holds its reports together.
    return AuthorityKey{la.code ? *la.code : "id:" + id, la.name, la.code, la.urn, id};
}

std::optional<AuthorityKey> find_authority(std::string_view name_or_code, const RuleSet& rules) {
    const std::string text(name_or_code);
    const AuthorityTable& table = rules.authorities();
    if (const Authority* row = table.by_code(text)) return key_of(*row);
    if (const Authority* row = table.by_urn(text)) return key_of(*row);
    if (const Authority* row = match_authority(rules, text)) return key_of(*row);
    return std::nullopt;
}

}  // namespace ilacs
