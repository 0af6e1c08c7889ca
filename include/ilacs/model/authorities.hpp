// The English children's services authorities (data/local_authorities.csv): Ofsted URN, DfE
// LA code, ONS code, names, region, web domain and statistical neighbours. Every stage that
// names an authority joins on this table.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

private:
    std::vector<Authority> rows_;
};

}  // namespace ilacs
