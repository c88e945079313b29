// cereal archives for the session file's binary part, cereal's portable binary format
// (a byte saying "little endian", then every value in little-endian order):
// - BoundedBinaryInputArchive reads it and cannot be talked into huge allocations: it reads
//   from a byte span, refuses any length prefix larger than the bytes that remain, and keeps
//   a budget for all container allocations together (a multiple of the input size). cereal
//   itself trusts length prefixes; a 10-byte file could otherwise ask for 2^60 elements.
//   Throws BoundedArchiveError on truncated input, oversized lengths, bad values or an
//   exhausted budget.
// - StringBinaryOutputArchive writes the same bytes as cereal's PortableBinaryOutputArchive
//   straight into a std::string, several times faster than through an ostream (autosave
//   runs inside a frame).
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

namespace nwk {

struct BoundedArchiveError : std::runtime_error {
  enum class Kind { Truncated, LengthTooLarge, BudgetExceeded, BadValue } kind;
  BoundedArchiveError(Kind k, const char* what) : std::runtime_error(what), kind(k) {}
};

class BoundedBinaryInputArchive
    : public cereal::InputArchive<BoundedBinaryInputArchive, cereal::AllowEmptyClassElision> {
 public:
  // Allocations of all containers together may use up to budgetFactor x input size bytes.
  explicit BoundedBinaryInputArchive(std::string_view bytes, std::size_t budgetFactor = 16)
      : InputArchive(this), data_(bytes), budget_(bytes.size() * budgetFactor + 4096) {
    std::uint8_t littleEndian = 0;
    (*this)(littleEndian);
    swap_ = (littleEndian != 0) != isLittleEndian();
  }

  std::size_t remaining() const { return data_.size() - pos_; }

  void loadBytes(void* out, std::size_t size, std::size_t elementSize) {
    if (size > remaining()) throw BoundedArchiveError(BoundedArchiveError::Kind::Truncated, "truncated");
    if (size == 0) return;
    std::memcpy(out, data_.data() + pos_, size);
    pos_ += size;
    if (swap_ && elementSize > 1) {
      auto* p = static_cast<unsigned char*>(out);
      for (std::size_t i = 0; i + elementSize <= size; i += elementSize)
        for (std::size_t a = i, b = i + elementSize - 1; a < b; ++a, --b) std::swap(p[a], p[b]);
    }
  }

  // A container is about to hold `count` elements of `elementSize` bytes each.
  void claim(std::uint64_t count, std::size_t elementSize) {
    if (count > remaining())  // every element takes at least one byte of input
      throw BoundedArchiveError(BoundedArchiveError::Kind::LengthTooLarge, "length prefix too large");
    const std::uint64_t bytes = count * elementSize;
    if (bytes > budget_) throw BoundedArchiveError(BoundedArchiveError::Kind::BudgetExceeded, "allocation budget exceeded");
    budget_ -= bytes;
  }

 private:
  static bool isLittleEndian() {
    const std::uint16_t probe = 1;
    unsigned char first = 0;
    std::memcpy(&first, &probe, 1);
    return first == 1;
  }

  std::string_view data_;
  std::size_t pos_ = 0;
  std::uint64_t budget_;
  bool swap_ = false;
};

template <class T>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_LOAD_FUNCTION_NAME(
    BoundedBinaryInputArchive& ar, T& t) {
  ar.loadBytes(&t, sizeof(T), sizeof(T));
}

// A bool is one byte that must be 0 or 1: any other value would be undefined behaviour.
inline void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, bool& b) {
  std::uint8_t byte = 0;
  ar.loadBytes(&byte, 1, 1);
  if (byte > 1) throw BoundedArchiveError(BoundedArchiveError::Kind::BadValue, "bool out of range");
  b = byte == 1;
}

template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::NameValuePair<T>& t) {
  ar(t.value);
}

template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::SizeTag<T>& t) {
  std::uint64_t size = 0;
  ar(size);
  if (size > ar.remaining())
    throw BoundedArchiveError(BoundedArchiveError::Kind::LengthTooLarge, "length prefix too large");
  t.size = static_cast<std::remove_reference_t<T>>(size);
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::BinaryData<T>& bd) {
  using Element = std::remove_pointer_t<T>;
  ar.loadBytes(bd.data, static_cast<std::size_t>(bd.size), sizeof(Element));
}

// Containers: the length is checked and charged to the budget before anything is allocated.
template <class T, class Alloc>
void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, std::vector<T, Alloc>& v) {
  static_assert(!std::is_same_v<T, bool>, "vector<bool> is not a persisted type");
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  ar.claim(size, sizeof(T));
  v.resize(static_cast<std::size_t>(size));
  if constexpr (std::is_arithmetic_v<T>) {
    ar(cereal::binary_data(v.data(), static_cast<std::size_t>(size) * sizeof(T)));
  } else {
    for (T& item : v) ar(item);
  }
}

template <class Char, class Traits, class Alloc>
void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, std::basic_string<Char, Traits, Alloc>& s) {
  cereal::size_type size = 0;
  ar(cereal::make_size_tag(size));
  ar.claim(size, sizeof(Char));
  s.resize(static_cast<std::size_t>(size));
  ar(cereal::binary_data(s.data(), static_cast<std::size_t>(size) * sizeof(Char)));
}

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

template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(StringBinaryOutputArchive& ar, cereal::NameValuePair<T>& t) {
  ar(t.value);
}

template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(StringBinaryOutputArchive& ar, cereal::SizeTag<T>& t) {
  const std::uint64_t size = t.size;
  ar(size);
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(StringBinaryOutputArchive& ar, const cereal::BinaryData<T>& bd) {
  using Element = std::remove_const_t<std::remove_pointer_t<T>>;
  ar.saveBytes(bd.data, static_cast<std::size_t>(bd.size), sizeof(Element));
}

}  // namespace nwk

CEREAL_REGISTER_ARCHIVE(nwk::BoundedBinaryInputArchive)
CEREAL_REGISTER_ARCHIVE(nwk::StringBinaryOutputArchive)

// Minimal (enum) serialization needs each archive paired with its counterpart.
namespace cereal::traits::detail {
template <>
struct get_output_from_input<nwk::BoundedBinaryInputArchive> {
  using type = nwk::StringBinaryOutputArchive;
};
template <>
struct get_input_from_output<nwk::StringBinaryOutputArchive> {
  using type = nwk::BoundedBinaryInputArchive;
};
}  // namespace cereal::traits::detail
