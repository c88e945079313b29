#include "core/export/zip.hpp"

#include <cstdint>

#include "core/io/checksum.hpp"

namespace nwk {
namespace {

constexpr std::uint16_t kVersion = 20;    // 2.0: what a STORED entry needs
constexpr std::uint16_t kDosDate = 0x21;  // 1980-01-01; the time is 00:00

void put16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFFu);
  out += static_cast<char>((value >> 8) & 0xFFu);
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xFFFFu);
  put16(out, value >> 16);
}

// From "version needed" to the name's length, the part both headers of an entry share.
void commonFields(std::string& out, const ZipEntry& e) {
  put16(out, kVersion);
  put16(out, 0);  // flags
  put16(out, 0);  // method: stored
  put16(out, 0);  // time
  put16(out, kDosDate);
  put32(out, crc32(e.bytes));
  put32(out, static_cast<std::uint32_t>(e.bytes.size()));  // compressed
  put32(out, static_cast<std::uint32_t>(e.bytes.size()));
  put16(out, static_cast<std::uint32_t>(e.name.size()));
  put16(out, 0);  // extra field's length
}

}  // namespace

std::string zipStored(const std::vector<ZipEntry>& entries) {
  std::string out, directory;
  for (const ZipEntry& e : entries) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    put32(out, 0x04034B50u);
    commonFields(out, e);
    out += e.name;
    out += e.bytes;
    put32(directory, 0x02014B50u);
    put16(directory, kVersion);  // made by
    commonFields(directory, e);
    put16(directory, 0);  // comment's length
    put16(directory, 0);  // disk
    put16(directory, 0);  // internal attributes
    put32(directory, 0);  // external attributes
    put32(directory, offset);
    directory += e.name;
  }
  const auto start = static_cast<std::uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054B50u);
  put16(out, 0);  // this disk
  put16(out, 0);  // the directory's disk
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put32(out, static_cast<std::uint32_t>(directory.size()));
  put32(out, start);
  put16(out, 0);  // comment's length
  return out;
}

}  // namespace nwk
