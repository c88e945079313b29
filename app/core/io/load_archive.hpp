// One cereal input archive for both session formats, so that the model's serialize()
// functions are compiled once for loading, not once per format (in the browser the second
// copy would cost more than the JSON reader itself). SessionLoadArchive hands every value
// to a LoadSource, which reads it in its format and throws its own error on bad input:
// BinarySource (binary_archives.hpp) or JsonSource (json_archives.hpp). The source must
// outlive the archive.
#pragma once
#include <cereal/cereal.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace nwk {

class LoadSource {
 public:
  virtual ~LoadSource() = default;
  virtual void setNextName(const char*) {}  // the member read next (JSON only)
  virtual void startNode() {}               // into an object or array (JSON only)
  virtual void finishNode() {}
  // The length of the container about to be read, checked against the input (and, for the
  // binary form, charged to the allocation budget) before anything is allocated.
  virtual std::size_t containerSize(std::size_t elementSize) = 0;
  virtual bool loadBool() = 0;
  // An integer of `bytes` bytes in the file, within [min, max]; anything else throws.
  virtual std::int64_t loadSigned(std::size_t bytes, std::int64_t min, std::int64_t max) = 0;
  virtual std::uint64_t loadUnsigned(std::size_t bytes, std::uint64_t max) = 0;
  virtual double loadReal(std::size_t bytes) = 0;  // a float (4) or a double (8)
  virtual void loadText(std::string& s) = 0;
};

class SessionLoadArchive : public cereal::InputArchive<SessionLoadArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit SessionLoadArchive(LoadSource& source) : InputArchive(this), source_(source) {}
  LoadSource& source() { return source_; }

 private:
  LoadSource& source_;
};

// --- cereal glue: class types are nodes, named values set the name, the rest are values ------

template <class T>
void prologue(SessionLoadArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void epilogue(SessionLoadArchive&, const cereal::NameValuePair<T>&) {}

template <class T, cereal::traits::EnableIf<
                       !std::is_arithmetic<T>::value,
                       !cereal::traits::has_minimal_input_serialization<T, SessionLoadArchive>::value> = cereal::traits::sfinae>
void prologue(SessionLoadArchive& ar, const T&) { ar.source().startNode(); }
template <class T, cereal::traits::EnableIf<
                       !std::is_arithmetic<T>::value,
                       !cereal::traits::has_minimal_input_serialization<T, SessionLoadArchive>::value> = cereal::traits::sfinae>
void epilogue(SessionLoadArchive& ar, const T&) { ar.source().finishNode(); }

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(SessionLoadArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(SessionLoadArchive&, const T&) {}

inline void prologue(SessionLoadArchive&, const std::string&) {}
inline void epilogue(SessionLoadArchive&, const std::string&) {}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, cereal::NameValuePair<T>& t) {
  ar.source().setNextName(t.name);
  ar(t.value);
}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, T& t) {
  LoadSource& in = ar.source();
  if constexpr (std::is_same_v<T, bool>) t = in.loadBool();
  else if constexpr (std::is_floating_point_v<T>) t = static_cast<T>(in.loadReal(sizeof(T)));
  else if constexpr (std::is_signed_v<T>)
    t = static_cast<T>(in.loadSigned(sizeof(T), std::numeric_limits<T>::min(), std::numeric_limits<T>::max()));
  else t = static_cast<T>(in.loadUnsigned(sizeof(T), std::numeric_limits<T>::max()));
}

inline void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, std::string& s) { ar.source().loadText(s); }

template <class T, class Alloc>
void CEREAL_LOAD_FUNCTION_NAME(SessionLoadArchive& ar, std::vector<T, Alloc>& v) {
  static_assert(!std::is_same_v<T, bool>, "vector<bool> is not a persisted type");
  v.resize(ar.source().containerSize(sizeof(T)));
  for (T& item : v) ar(item);
}

}  // namespace nwk

CEREAL_REGISTER_ARCHIVE(nwk::SessionLoadArchive)

// Minimal (enum) serialization needs each archive paired with a counterpart: both save
// archives load through SessionLoadArchive.
namespace nwk {
class StringBinaryOutputArchive;
class JsonSaveArchive;
}  // namespace nwk
namespace cereal::traits::detail {
template <>
struct get_output_from_input<nwk::SessionLoadArchive> {
  using type = nwk::StringBinaryOutputArchive;
};
template <>
struct get_input_from_output<nwk::StringBinaryOutputArchive> {
  using type = nwk::SessionLoadArchive;
};
template <>
struct get_input_from_output<nwk::JsonSaveArchive> {
  using type = nwk::SessionLoadArchive;
};
}  // namespace cereal::traits::detail
