// libFuzzer target: the CSV reader and both import previews, against a small fixed session
// (two square districts with codes, the default age groups and categories, one indicator).
// Any input: no crash, no leak, no hang; a table's cells are valid UTF-8 without NUL; an
// applied preview leaves a valid session, and its undo restores the session.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/import/indicator_import.hpp"
#include "core/import/offer_import.hpp"
#include "core/io/csv.hpp"
#include "core/model/validate.hpp"
#include "core/text/utf8.hpp"

namespace {

nwk::Session fixedSession() {
  nwk::Session s = nwk::makeDefaultSession();
  const auto square = [&](const char* name, const char* code, double lon) {
    const nwk::Ring ring{{lon, 51.98}, {lon + 0.01, 51.98}, {lon + 0.01, 51.99}, {lon, 51.99}};
    s.districts.push_back({s.takeId(), name, code, {nwk::Polygon{{ring}}}, {}});
  };
  square("Östliche Innenstadt", "16", 9.80);
  square("Nordstadt", "17", 9.81);
  const nwk::Id column = s.takeId();
  s.indicatorColumns.push_back({column, "Kinder", "", ""});
  s.districts[0].indicators.push_back({column, 12.0});
  return s;
}

void check(bool ok) {
  if (!ok) std::abort();
}

void checkTable(std::string_view bytes) {
  const nwk::CsvResult r = nwk::parseCsv(bytes);
  check(r.table.has_value() == r.error.empty());
  if (!r.table) return;
  for (std::size_t row = 0; row < r.table->rows(); ++row) {
    for (std::size_t c = 0; c < r.table->columns(); ++c) {
      const std::string_view cell = r.table->cell(row, c);
      check(nwk::isValidUtf8(cell) && cell.find('\0') == std::string_view::npos);
    }
  }
}

// Apply, validate, undo: the session is the one before, but for the id counter.
template <class Apply> void checkApply(const nwk::Session& before, Apply apply) {
  nwk::Document doc{before, {}};
  apply(doc);
  check(!nwk::validate(doc.session).has_value());
  if (doc.history.canUndo()) check(doc.history.undo(doc.session));
  doc.session.nextId = before.nextId;
  check(doc.session == before);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const nwk::Session session = fixedSession();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  checkTable(bytes);

  const nwk::IndicatorPreviewResult indicators = nwk::previewIndicatorImport(session, bytes);
  check(indicators.preview.has_value() == indicators.error.empty());
  if (indicators.preview) {
    check(!nwk::describe(*indicators.preview, session).empty());
    checkApply(session, [&](nwk::Document& doc) { nwk::applyIndicatorImport(doc, *indicators.preview, "Quelle"); });
  }
  const nwk::OfferPreviewResult offers = nwk::previewOfferImport(session, bytes);
  check(offers.preview.has_value() == offers.error.empty());
  if (offers.preview) {
    check(!nwk::describe(*offers.preview).empty());
    checkApply(session, [&](nwk::Document& doc) { nwk::applyOfferImport(doc, *offers.preview); });
  }
  return 0;
}
