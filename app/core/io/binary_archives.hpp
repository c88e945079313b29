// The session file's binary part, cereal's portable binary format (a byte saying "little
// endian", then every value in little-endian order, containers after a 64-bit length):
// - BinarySource reads it for SessionLoadArchive and cannot be talked into huge
//   allocations: it reads from a byte span, refuses any length prefix larger than the bytes
//   that remain, and keeps a budget for all container allocations together (a multiple of
//   the input size). cereal itself trusts length prefixes; a 10-byte file could otherwise
//   ask for 2^60 elements. Throws BoundedArchiveError on truncated input, oversized
//   lengths, bad values or an exhausted budget.
// - StringBinaryOutputArchive writes the same bytes as cereal's PortableBinaryOutputArchive
//   straight into a std::string, several times faster than through an ostream (autosave
//   runs inside a frame).
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/load_archive.hpp"

namespace nwk {

struct BoundedArchiveError : std::runtime_error {
  enum class Kind { Truncated, LengthTooLarge, BudgetExceeded, BadValue } kind;
  BoundedArchiveError(Kind k, const char* what) : std::runtime_error(what), kind(k) {}
};

// The binary form for SessionLoadArchive (load_archive.hpp).
class BinarySource : public LoadSource {
 public:
  // Allocations of all containers together may use up to budgetFactor x input size bytes.
  explicit BinarySource(std::string_view bytes, std::size_t budgetFactor = 16);

  std::size_t remaining() const { return data_.size() - pos_; }

  std::size_t containerSize(std::size_t elementSize) override;
  void loadNumber(void* out, NumberType type) override;
  void loadText(std::string& s) override;

 private:
  std::uint64_t loadWord(std::size_t bytes);  // little-endian, `bytes` of 1, 2, 4 or 8
  void claim(std::uint64_t count, std::size_t elementSize);

  std::string_view data_;
  std::size_t pos_ = 0;
  std::uint64_t budget_;
  bool bigEndian_ = false;  // the first byte says; this app always writes little-endian
};

class StringBinaryOutputArchive
    : public cereal::OutputArchive<StringBinaryOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit StringBinaryOutputArchive(std::string& out) : OutputArchive(this), out_(out) {
    const std::uint8_t littleEndian = 1;
    (*this)(littleEndian);
  }

  void saveBytes(const void* data, std::size_t size, std::size_t elementSize) {
    const auto* p = static_cast<const char*>(data);
    if (kHostLittleEndian || elementSize == 1) {
      out_.append(p, size);
      return;
    }
    for (std::size_t i = 0; i + elementSize <= size; i += elementSize)
      for (std::size_t j = elementSize; j-- > 0;) out_.push_back(p[i + j]);
  }

 private:
  static constexpr bool kHostLittleEndian =
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      false;
#else
      true;
#endif
  std::string& out_;
};

template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_SAVE_FUNCTION_NAME(StringBinaryOutputArchive& ar, const T& t) {
  ar.saveBytes(&t, sizeof(T), sizeof(T));
}

template <class T> void CEREAL_SERIALIZE_FUNCTION_NAME(StringBinaryOutputArchive& ar, cereal::NameValuePair<T>& t) {
  ar(t.value);
}

template <class T> void CEREAL_SERIALIZE_FUNCTION_NAME(StringBinaryOutputArchive& ar, cereal::SizeTag<T>& t) {
  const std::uint64_t size = t.size;
  ar(size);
}

template <class T> void CEREAL_SAVE_FUNCTION_NAME(StringBinaryOutputArchive& ar, const cereal::BinaryData<T>& bd) {
  using Element = std::remove_const_t<std::remove_pointer_t<T>>;
  ar.saveBytes(bd.data, static_cast<std::size_t>(bd.size), sizeof(Element));
}

}  // namespace nwk

CEREAL_REGISTER_ARCHIVE(nwk::StringBinaryOutputArchive)
