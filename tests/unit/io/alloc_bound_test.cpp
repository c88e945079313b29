// "No file allocates more than its size permits": every allocation made while loading is
// watched (global operator new), and the largest stays within a fixed multiple of the
// input's size, for valid, corrupted and hostile inputs alike.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <new>

#include "core/io/session_io.hpp"
#include "core/sample/demo.hpp"

namespace {
bool gWatching = false;
std::size_t gLargest = 0;
}  // namespace

void* operator new(std::size_t size) {
  if (gWatching) gLargest = std::max(gLargest, size);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace nwk {
namespace {

std::size_t largestAllocationLoading(std::string_view bytes) {
  gLargest = 0;
  gWatching = true;
  const LoadResult r = loadSession(bytes);
  gWatching = false;
  return gLargest;
}

constexpr std::size_t kFactor = 16;
constexpr std::size_t kSlack = 128 * 1024;  // parser buffers of fixed size

TEST(AllocationBound, HoldsForValidCorruptedAndHostileFiles) {
  const std::string binary = saveSession(makeDemoSession(), SessionFormat::Binary);
  const std::string json = saveSession(makeDemoSession(), SessionFormat::Json);
  for (const std::string* file : {&binary, &json})
    EXPECT_LE(largestAllocationLoading(*file), file->size() * kFactor + kSlack);
  for (std::size_t i = 12; i < binary.size(); ++i) {
    std::string bytes = binary;
    bytes[i] = static_cast<char>(0xFF);  // turns any length byte into a huge length
    ASSERT_LE(largestAllocationLoading(bytes), bytes.size() * kFactor + kSlack) << "byte " << i;
  }
}

}  // namespace
}  // namespace nwk
