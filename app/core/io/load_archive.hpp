// One cereal input archive for both session formats, so that the model's serialize()
// functions are compiled once for loading, not once per format (in the browser the second
// copy would cost more than the JSON reader itself). SessionLoadArchive hands every value
// to a LoadSource, which reads it in its format and throws its own error on bad input:
// BinarySource (binary_archives.hpp) or JsonSource (json_archives.hpp). The source must
// outlive the archive.
// In core/io (session files, the one JSON reader and writer, CSV, file names); may use core/text, core/model.
#pragma once
#include <cereal/cereal.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace nwk {

// What a number in the model is: its width and kind decide how the binary form reads it and
// which values the JSON form accepts.
enum class NumberType : std::uint8_t { Bool, I8, I16, I32, I64, U8, U16, U32, U64, F32, F64 };

template <class T> constexpr NumberType numberType() {
  constexpr std::size_t w = sizeof(T) == 1 ? 0 : sizeof(T) == 2 ? 1 : sizeof(T) == 4 ? 2 : 3;
  if constexpr (std::is_same_v<T, bool>) return NumberType::Bool;
  else if constexpr (std::is_floating_point_v<T>) return sizeof(T) == 4 ? NumberType::F32 : NumberType::F64;
  else if constexpr (std::is_signed_v<T>) return static_cast<NumberType>(static_cast<std::size_t>(NumberType::I8) + w);
  else return static_cast<NumberType>(static_cast<std::size_t>(NumberType::U8) + w);
}

class LoadSource {
 public:
  virtual ~LoadSource() = default;
  // The member read next, for the JSON form (a plain store: it comes before every value).
  void setNextName(const char* name) { nextName_ = name; }
  virtual void startNode() {}  // into an object or array (JSON only)
  virtual void finishNode() {}
  // The length of the container about to be read, checked against the input (and, for the
  // binary form, charged to the allocation budget) before anything is allocated.
  virtual std::size_t containerSize(std::size_t elementSize) = 0;
  // Stores the next value into *out, an object of that type; a value it cannot hold throws.
  virtual void loadNumber(void* out, NumberType type) = 0;
  virtual void loadText(std::string& s) = 0;

 protected:
  const char* takeName() { return std::exchange(nextName_, nullptr); }

 private:
  const char* nextName_ = nullptr;
};

// The bytes a number of that type takes in the binary form.
std::size_t numberBytes(NumberType type);
// Stores into *out, an object of that type, the value whose bits (an integer in two's
// complement, or an IEEE float of the type's width) are given.
void storeNumber(void* out, NumberType type, std::uint64_t bits);

class SessionLoadArchive : public cereal::InputArchive<SessionLoadArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit SessionLoadArchive(LoadSource& source) : InputArchive(this), source_(source) {}
  LoadSource& source() { return source_; }

 private:
  LoadSource& source_;
};

// --- cereal glue: class types are nodes, named values set the name, the rest are values ------

template <class T> void prologue(SessionLoadArchive&, const cereal::NameValuePair<T>&) {}
template <class T> void epilogue(SessionLoadArchive&, const cereal::NameValuePair<T>&) {}

// Objects and arrays: what is neither a number nor loaded through a number (enums).
template <class T> inline constexpr bool kIsNode =
    !std::is_arithmetic_v<T> && !cereal::traits::has_minimal_input_serialization<T, SessionLoadArchive>::value;

template <class T, std::enable_if_t<kIsNode<T>, int> = 0> void prologue(SessionLoadArchive& ar, const T&) {
  ar.source().startNode();
}
template <class T, std::enable_if_t<kIsNode<T>, int> = 0> void epilogue(SessionLoadArchive& ar, const T&) {
  ar.source().finishNode();
}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(SessionLoadArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(SessionLoadArchive&, const T&) {}

inline void prologue(SessionLoadArchive&, const std::string&) {}
inline void epilogue(SessionLoadArchive&, const std::string&) {}

template <class T> void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, cereal::NameValuePair<T>& t) {
  ar.source().setNextName(t.name);
  ar(t.value);
}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, T& t) {
  ar.source().loadNumber(&t, numberType<T>());
}

inline void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, std::string& s) { ar.source().loadText(s); }

template <class T, class Alloc> void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, std::vector<T, Alloc>& v) {
  static_assert(!std::is_same_v<T, bool>, "vector<bool> is not a persisted type");
  v.resize(ar.source().containerSize(sizeof(T)));
  for (T& item : v) ar(item);
}

}  // namespace nwk

CEREAL_REGISTER_ARCHIVE(nwk::SessionLoadArchive)

// Minimal (enum) serialization needs each archive paired with a counterpart: the one save
// archive (binary) loads through SessionLoadArchive.
namespace nwk {
class StringBinaryOutputArchive;
}  // namespace nwk
namespace cereal::traits::detail {
template <> struct get_output_from_input<nwk::SessionLoadArchive> { using type = nwk::StringBinaryOutputArchive; };
template <> struct get_input_from_output<nwk::StringBinaryOutputArchive> { using type = nwk::SessionLoadArchive; };
}  // namespace cereal::traits::detail
