// Which authority a record is of, as history groups them and diff checks them: the row of
// the authorities table its local_authority.code names, else the row its id or name
// matches; an authority the table lacks is known by its id alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

struct AuthorityKey {
    std::string key;   // what groups records: the DfE code, else "id:" and the authority id
    std::string name;  // the table's name, else the name as printed
    std::optional<std::string> code, urn, id;
    bool operator==(const AuthorityKey& o) const { return key == o.key; }
};

// nullopt for a record that names no authority.
std::optional<AuthorityKey> authority_of(const Record& rec, const RuleSet& rules);

// The authority a person names: a DfE code ("936"), an Ofsted URN or a name in any of the
// table's spellings ("Surrey", "Surrey County Council"); nullopt when the table has none.
std::optional<AuthorityKey> find_authority(std::string_view name_or_code, const RuleSet& rules);

}  // namespace ilacs
