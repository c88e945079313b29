// A ZIP archive (PKWARE APPNOTE 6.3.x) whose entries are STORED, not compressed: the
// container of an .xlsx workbook (xlsx.hpp), written without zlib. Each entry has its local
// header (CRC-32, sizes), the central directory lists them in order, the end record closes
// it. Times are the DOS epoch (1980-01-01 00:00), so the same entries give the same bytes.
// Limits: fewer than 65,535 entries and under 4 GiB in all (no ZIP64); names are ASCII paths.
// In core/export (CSV, GeoJSON, Markdown and the HTML report); may use core/text, core/model, core/io, core/geo,
// core/analysis, core/voting, core/import.
#pragma once
#include <string>
#include <vector>

namespace nwk {

struct ZipEntry {
  std::string name;  // "xl/workbook.xml"
  std::string bytes;
};

std::string zipStored(const std::vector<ZipEntry>& entries);

}  // namespace nwk
