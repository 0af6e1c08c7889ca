// From what a document prints to a row of the authorities table, so that every report and
// paper of one authority shares its id, LA code and URN.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ilacs/model/authorities.hpp"
#include "ilacs/model/record.hpp"
#include "ilacs/model/rules.hpp"

namespace ilacs {

// The row a printed name stands for, or null. The name is looked up among the rows' names
// and other names as printed, then again after each wording a council adds to its place is
// removed (rules authority_noise: "Derbyshire County Council", "London Borough of Ealing",
// "Worcestershire Children First"); what is left may also be the start of one row's name
// alone ("Southend").
const Authority* match_authority(const RuleSet& rules, std::string_view name);

// The name without the wordings councils add to a place, as a slug ("Barsetshire County
// Council" and "Barsetshire" give "barsetshire"): what holds the documents of an authority
// that the table lacks together.
std::string authority_slug(const RuleSet& rules, std::string_view name);

// The record's authority: the name as printed with the row's id, code and URN, or with none
// of them when no row matches (row null), and then a warning naming it in warnings.
LocalAuthority local_authority_for(const std::string& name, const Authority* row, std::vector<std::string>& warnings);

// A place where a text names an authority.
struct AuthorityMention {
    const Authority* authority = nullptr;
    std::string printed;     // the words as printed: "Stoke-on-Trent"
    std::string context;     // the words around it, the mention written @LA@, for context rules
    std::size_t offset = 0;  // where it starts in the text
};

// Every place the text names a row by its name or another name, starting with a capital,
// except where the words around it show a person's or another body's name ("Eddie Sutton",
// "Devon and Cornwall Police", "Sutton Coldfield": rules authority_not_mention, unless
// authority_mention_ok says otherwise).
std::vector<AuthorityMention> authority_mentions(const RuleSet& rules, std::string_view text);

// A mention's vote (rules authority_context): none for a partner, a commissioner, a
// neighbour or a comparator; three where the words make it the document's own authority
// ("the inspection of Croydon", "Wirral's Ofsted Improvement Plan"); one otherwise.
int mention_weight(const RuleSet& rules, const AuthorityMention& mention);

// The row whose web domain a host name in the text is in ("democracy.towerhamlets.gov.uk"),
// or null when the text carries none, or the hosts of more than one row.
const Authority* authority_by_domain(const RuleSet& rules, std::string_view text);

// Votes for the authority a document is about: the row with the most weight wins, a tie goes
// to the row named first; its name is the one first printed for it.
class AuthorityTally {
public:
    void add(const Authority* row, const std::string& printed, int weight);
    int weight(const Authority* row) const;
    // The winner and its printed name; nullopt when nothing was added with weight.
    std::optional<std::pair<const Authority*, std::string>> best() const;
    // The printed name of another authority with the winner's weight, "" when the winner
    // stands alone: a paper of several councils at once ("LBHF, RBKC and WCC") names none.
    std::string tied_with_best() const;

private:
    struct Entry {
        const Authority* row;
        std::string printed;
        int weight;
    };
    std::vector<Entry> entries_;  // in the order first named
};

}  // namespace ilacs
