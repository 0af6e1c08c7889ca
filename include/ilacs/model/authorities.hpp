// The English children's services authorities (data/local_authorities.csv): Ofsted URN, DfE
// LA code, ONS code, names, region, web domain and statistical neighbours. Every stage that
// names an authority joins on this table.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

namespace ilacs {

struct Authority {
    std::string urn;                  // Ofsted's URN for its children's services
    std::string code;                 // DfE three-digit LA code, the analysts' join key
    std::string ons_code;
    std::string name;                 // the ONS name: "Bristol, City of"
    std::vector<std::string> also_known_as;
    std::string type;                 // County, Metropolitan District, London Borough, Unitary Authority
    std::string region_code, region_name;
    std::string domain;               // the council's web domain
    std::vector<std::string> statistical_neighbours;  // LA codes, nearest first
    std::string id;                   // the slug of name with ", City of" dropped: "bristol"
};

class AuthorityTable {
public:
    // Reads the table; throws RulesError naming the file and line when it is unusable.
    static AuthorityTable load(const std::filesystem::path& csv);

    const std::vector<Authority>& all() const { return rows_; }
    const Authority* by_code(const std::string& code) const;
    const Authority* by_urn(const std::string& urn) const;
    const Authority* by_id(const std::string& id) const;
    // The row whose name, id or other name is `name` once case, punctuation, "&"/"and" and
    // "St."/"St" are set aside ("Telford & Wrekin", "St Helens"); null when none is, or when
    // two rows share it.
    const Authority* by_name(std::string_view name) const;
    // The row whose name starts with `name`, word for word, when exactly one does ("Southend"
    // for "Southend-on-Sea"); null otherwise.
    const Authority* by_name_start(std::string_view name) const;
    // Finds (capture 1) any row's name or other name in a text, case aside, whole words only, the longest
    // at a place first (null for an empty table). Separators may be spaces, hyphens, full stops
    // or commas; "&" stands for "and".
    const re2::RE2* names_pattern() const { return names_pattern_.get(); }

    // The form of a name the table is looked up by: "Telford & Wrekin" gives "telford_and_wrekin".
    static std::string name_key(std::string_view name);

private:
    void index();

    std::vector<Authority> rows_;
    std::map<std::string, std::size_t, std::less<>> by_key_;  // row index; kShared: a key two rows share
    std::shared_ptr<const re2::RE2> names_pattern_;
};

}  // namespace ilacs
