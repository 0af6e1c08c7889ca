// Minimal PDFs made in the test, so that no test needs a PDF file: one A4 page per content
// stream, Helvetica as /F1 and Helvetica-Bold as /F2, a correct cross-reference table.
#pragma once

#include <string>
#include <vector>

#include <fmt/format.h>

namespace ilacs::test {

inline std::string tiny_pdf(const std::vector<std::string>& page_streams) {
    const int first_page = 3 + 2;  // after catalog, page tree and the two fonts
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",  // the page tree, filled in below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    };
    std::string kids;
    for (std::size_t i = 0; i < page_streams.size(); ++i) {
        const int page = first_page + static_cast<int>(2 * i);
        kids += fmt::format("{} 0 R ", page);
        objects.push_back(fmt::format("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                                      "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                                      page + 1));
        objects.push_back(fmt::format("<< /Length {} >>\nstream\n{}\nendstream", page_streams[i].size(), page_streams[i]));
    }
    objects[1] = fmt::format("<< /Type /Pages /Kids [{}] /Count {} >>", kids, page_streams.size());
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
    }
    const std::size_t xref = pdf.size();
    pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
    for (std::size_t off : offsets) pdf += fmt::format("{:010} 00000 n \n", off);
    pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
    return pdf;
}

// PDF text operators showing text at (x, y) from the bottom left, as PDFs measure.
inline std::string show(const std::string& font, int size, int x, int y, const std::string& text) {
    return fmt::format("BT /{} {} Tf {} {} Td ({}) Tj ET\n", font, size, x, y, text);
}

}  // namespace ilacs::test
