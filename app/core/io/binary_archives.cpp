#include "core/io/binary_archives.hpp"

namespace nwk {

namespace {

[[noreturn]] void fail(BoundedArchiveError::Kind kind, const char* what) { throw BoundedArchiveError(kind, what); }

}  // namespace

BinarySource::BinarySource(std::string_view bytes, std::size_t budgetFactor)
    : data_(bytes), budget_(bytes.size() * budgetFactor + 4096) {
  bigEndian_ = loadWord(1) == 0;
}

std::uint64_t BinarySource::loadWord(std::size_t bytes) {
  if (bytes > remaining()) fail(BoundedArchiveError::Kind::Truncated, "truncated");
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < bytes; ++i) {
    const std::size_t shift = 8 * (bigEndian_ ? bytes - 1 - i : i);
    word |= std::uint64_t{static_cast<unsigned char>(data_[pos_ + i])} << shift;
  }
  pos_ += bytes;
  return word;
}

void BinarySource::claim(std::uint64_t count, std::size_t elementSize) {
  if (count > remaining())  // every element takes at least one byte of input
    fail(BoundedArchiveError::Kind::LengthTooLarge, "length prefix too large");
  const std::uint64_t bytes = count * elementSize;
  if (bytes > budget_) fail(BoundedArchiveError::Kind::BudgetExceeded, "allocation budget exceeded");
  budget_ -= bytes;
}

std::size_t BinarySource::containerSize(std::size_t elementSize) {
  const std::uint64_t count = loadWord(8);
  claim(count, elementSize);
  return static_cast<std::size_t>(count);
}

// A bool is one byte that must be 0 or 1: any other value would be undefined behaviour.
void BinarySource::loadNumber(void* out, NumberType type) {
  const std::uint64_t bits = loadWord(numberBytes(type));
  if (type == NumberType::Bool && bits > 1) fail(BoundedArchiveError::Kind::BadValue, "bool out of range");
  storeNumber(out, type, bits);
}

void BinarySource::loadText(std::string& s) {
  s.resize(containerSize(1));
  if (!s.empty()) std::memcpy(s.data(), data_.data() + pos_, s.size());
  pos_ += s.size();
}

}  // namespace nwk
