#include "core/io/load_archive.hpp"

#include <cstring>

namespace nwk {

namespace {

template <class T> void store(void* out, std::uint64_t bits) {
  T value;
  if constexpr (std::is_floating_point_v<T>) {
    using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    const auto narrow = static_cast<Bits>(bits);
    std::memcpy(&value, &narrow, sizeof value);
  } else {
    value = static_cast<T>(bits);
  }
  std::memcpy(out, &value, sizeof value);
}

}  // namespace

std::size_t numberBytes(NumberType type) {
  switch (type) {
    case NumberType::Bool:
    case NumberType::I8:
    case NumberType::U8: return 1;
    case NumberType::I16:
    case NumberType::U16: return 2;
    case NumberType::I32:
    case NumberType::U32:
    case NumberType::F32: return 4;
    case NumberType::I64:
    case NumberType::U64:
    case NumberType::F64: break;
  }
  return 8;
}

void storeNumber(void* out, NumberType type, std::uint64_t bits) {
  switch (type) {
    case NumberType::Bool: return store<bool>(out, bits);
    case NumberType::I8: return store<std::int8_t>(out, bits);
    case NumberType::I16: return store<std::int16_t>(out, bits);
    case NumberType::I32: return store<std::int32_t>(out, bits);
    case NumberType::I64: return store<std::int64_t>(out, bits);
    case NumberType::U8: return store<std::uint8_t>(out, bits);
    case NumberType::U16: return store<std::uint16_t>(out, bits);
    case NumberType::U32: return store<std::uint32_t>(out, bits);
    case NumberType::U64: return store<std::uint64_t>(out, bits);
    case NumberType::F32: return store<float>(out, bits);
    case NumberType::F64: return store<double>(out, bits);
  }
}

}  // namespace nwk
