#include "core/export/html_text.hpp"

#include <initializer_list>
#include <utility>

namespace nwk {
namespace {

void appendDecoded(std::string& out, std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  while (!text.empty()) {
    bool decoded = false;
    for (const auto& [entity, c] : kEntities) {
      if (!text.starts_with(entity)) continue;
      out += c;
      text.remove_prefix(entity.size());
      decoded = true;
    }
    if (decoded) continue;
    out += text[0];
    text.remove_prefix(1);
  }
}

void lineBreak(std::string& out) {
  if (!out.empty() && out.back() != '\n') out += '\n';
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

// Reads the page tag by tag; text between tags is appended unless inside a skipped element.
class HtmlReader {
 public:
  std::string out;

  void tag(std::string_view name) {
    if (!skipped_.empty()) {
      if (name.size() == skipped_.size() + 1 && name.substr(1) == skipped_) skipped_.clear();
    } else if (isOneOf(name, {"style", "script", "svg", "title"})) {
      skipped_ = name;
    } else {
      layout(name);
    }
  }
  void text(std::string_view text) {
    if (skipped_.empty()) appendDecoded(out, text);
  }

 private:
  void layout(std::string_view name) {
    if (isOneOf(name, {"h1", "h2", "h3", "h4"})) {
      lineBreak(out);
      if (!out.empty()) out += '\n';
      out += kHeadingMark;
    } else if (name == "li") {
      lineBreak(out);
      out += "• ";
    } else if (name == "tr") {
      lineBreak(out);
      firstCell_ = true;
    } else if (name == "td" || name == "th") {
      if (!firstCell_) out += " | ";
      firstCell_ = false;
      inCell_ = true;
    } else if (name == "/td" || name == "/th") {
      inCell_ = false;
    } else if (name == "br") {
      if (inCell_) out += " · ";
      else out += '\n';
    } else if (isOneOf(name, {"/h1", "/h2", "/h3", "/h4", "p", "/p", "div", "/div", "/li", "/tr", "/table",
                              "figcaption", "/figcaption", "/header"})) {
      lineBreak(out);
    }
  }

  std::string skipped_;
  bool firstCell_ = true, inCell_ = false;
};

}  // namespace

std::string htmlText(std::string_view html) {
  HtmlReader reader;
  for (std::size_t i = 0; i < html.size();) {
    const std::size_t open = html.find('<', i);
    reader.text(html.substr(i, open - i));
    if (open == std::string_view::npos) break;
    const std::size_t close = html.find('>', open);
    if (close == std::string_view::npos) break;
    const std::string_view tag = html.substr(open + 1, close - open - 1);
    reader.tag(tag.substr(0, tag.find_first_of(" \t\n/", 1)));
    i = close + 1;
  }
  return std::move(reader.out);
}

}  // namespace nwk
