// What validate reports: one finding per problem, each tied to a dataset line and a field.
#pragma once

#include <string>
#include <vector>

namespace ilacs {

// A finding before it is placed: the check that made it, the field and what is wrong.
struct Issue {
    // schema, vocabulary, date, duplicate, framework, authority; against the documents:
    // mismatch, missing (none in the dataset), extra (none in the document), not read,
    // no document, unreadable document
    std::string check;
    std::string field;    // the record's field ("inspection.start_date"), or the dataset's column
    std::string message;
    bool note = false;    // worth knowing but not a problem (a value the dataset's tool did not read)
};

// An issue placed at a line of a dataset (line 0: the dataset as a whole).
struct Finding {
    std::string dataset;
    long line = 0;
    Issue issue;
};

using Issues = std::vector<Issue>;

}  // namespace ilacs
