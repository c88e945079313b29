#include "core/export/text_writer.hpp"

#include <algorithm>

#include "core/export/export_markdown.hpp"
#include "core/export/report_html.hpp"
#include "core/text/i18n.hpp"

namespace nwk {

void TextWriter::text(std::string_view t) { html ? appendHtmlText(out, t) : appendMarkdownText(out, t); }

void TextWriter::lines(std::string_view t, const char* separator) {
  for (std::size_t start = 0;;) {
    const std::size_t end = t.find('\n', start);
    text(t.substr(start, end - start));
    if (end == std::string_view::npos) return;
    out += separator;
    start = end + 1;
  }
}

void TextWriter::heading(int level, std::string_view t) {
  const std::string n(1, static_cast<char>('0' + level));
  if (html) out += "<h" + n + ">";
  else out.append(static_cast<std::size_t>(level), '#') += ' ';
  text(t);
  out += html ? "</h" + n + ">" : "\n\n";
}

void TextWriter::para(std::string_view t) {
  if (html) out += "<p>";
  lines(t, html ? "<br>" : " ");
  out += html ? "</p>" : "\n\n";
}

void TextWriter::note(std::string_view t) {
  out += html ? "<p class=meta>" : "*";
  lines(t, html ? "<br>" : " ");
  out += html ? "</p>" : "*\n\n";
}

void TextWriter::list(std::string_view t) {
  beginList();
  for (std::size_t start = 0; start < t.size();) {
    const std::size_t end = std::min(t.find('\n', start), t.size());
    if (end > start) item({}, t.substr(start, end - start));
    start = end + 1;
  }
  endList();
}

void TextWriter::beginList() {
  if (html) out += "<ul>";
}

void TextWriter::item(std::string_view strong, std::string_view rest) {
  out += html ? "<li>" : "- ";
  if (!strong.empty()) {
    out += html ? "<strong>" : "**";
    text(strong);
    out += html ? "</strong>" : "**";
  }
  text(rest);
  out += html ? "</li>" : "\n";
}

void TextWriter::endList() { out += html ? "</ul>" : "\n"; }

void TextWriter::open(const char* attributes) {
  if (html) out += std::string("<section") + attributes + ">";
}

void TextWriter::close() {
  if (html) out += "</section>";
}

void TextWriter::table(const Table& t) {
  const auto row = [this](const std::vector<std::string>& cells, bool header) {
    out += html ? "<tr>" : "|";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const bool th = header || i == 0;
      if (html) out += header ? "<th scope=col>" : th ? "<th scope=row>" : "<td>";
      else out += ' ';
      lines(th && cells[i].empty() ? "–" : cells[i], html ? "<br>" : " · ");
      out += html ? (th ? "</th>" : "</td>") : " |";
    }
    out += html ? "</tr>" : "\n";
  };
  if (html) out += "<table><thead>";
  row(t.header, true);
  if (html) out += "</thead><tbody>";
  for (std::size_t i = 0; !html && i < t.header.size(); ++i) out += i + 1 < t.header.size() ? "|---" : "|---|\n";
  for (const auto& r : t.rows) row(r, false);
  out += html ? "</tbody></table>" : "\n";
}

}  // namespace nwk
