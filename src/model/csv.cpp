#include "ilacs/model/csv.hpp"

#include <csv.h>

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

namespace ilacs {

namespace {

// libcsv calls back once a field and once a row; the state is the table being built.
struct Builder {
    CsvTable table;
    std::vector<std::string> row;
    long line = 1;       // the line the parser has reached
    long row_line = 1;   // the line the current row started on
    bool header_done = false;
};

void on_field(void* data, std::size_t size, void* p) {
    auto& b = *static_cast<Builder*>(p);
    b.row.emplace_back(static_cast<const char*>(data), size);
}

void on_row(int, void* p) {
    auto& b = *static_cast<Builder*>(p);
    if (!b.header_done) {
        b.table.header = std::move(b.row);
        b.header_done = true;
    } else {
        b.table.rows.push_back(std::move(b.row));
        b.table.lines.push_back(b.row_line);
    }
    b.row.clear();
    // The parser ends a row on its line break, so the next row starts on the next line.
    b.row_line = b.line + 1;
}

}  // namespace

int CsvTable::column(const std::string& name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
}

CsvTable read_csv(std::istream& in) {
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw CsvError("cannot start the CSV parser");
    Builder b;
    // Fed a line at a time, so that a quoting error can name its line.
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size() - 1) + 1;
        if (csv_parse(&parser, text.data() + pos, end - pos, on_field, on_row, &b) != end - pos) {
            const std::string why = csv_strerror(csv_error(&parser));
            csv_free(&parser);
            throw CsvError(fmt::format("line {}: {}", b.line, why));
        }
        pos = end;
        ++b.line;
    }
    if (csv_fini(&parser, on_field, on_row, &b) != 0) {
        const std::string why = csv_strerror(csv_error(&parser));
        csv_free(&parser);
        throw CsvError(fmt::format("line {}: {}", b.row_line, why));
    }
    csv_free(&parser);
    return std::move(b.table);
}

}  // namespace ilacs
