// CSV in (RFC 4180, through libcsv): the reference table of authorities and datasets made
// by other tools. Writing CSV is the writers' job (src/output/).
#pragma once

#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace ilacs {

class CsvError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A CSV table: the header's column names and the rows after it, each as long as it was
// written (quotes removed, embedded commas and newlines kept). `line` of a row is the
// line of the file it starts on, for diagnostics.
struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<long> lines;

    // The column's index, or -1 when the header lacks it.
    int column(const std::string& name) const;
};

// Reads a whole table; a UTF-8 byte-order mark before the header is dropped. Throws
// CsvError (with the line) on malformed quoting.
CsvTable read_csv(std::istream& in);

}  // namespace ilacs
