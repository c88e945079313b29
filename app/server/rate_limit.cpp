#include "server/rate_limit.hpp"

#include <algorithm>
#include <cmath>

namespace nwk::server {

double RateLimiter::refilled(const Bucket& b, Clock::time_point now) const {
  const double seconds = std::chrono::duration<double>(now - b.updated).count();
  return std::min(capacity_, b.tokens + seconds * perSecond_);
}

void RateLimiter::prune(Clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) { return refilled(entry.second, now) >= capacity_; });
}

unsigned RateLimiter::take(const std::string& key, Clock::time_point now) {
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= maxKeys_) prune(now);
    if (buckets_.size() >= maxKeys_) return 1;  // every bucket busy: refuse newcomers for now
    it = buckets_.emplace(key, Bucket{capacity_, now}).first;
  }
  Bucket& b = it->second;
  b.tokens = refilled(b, now);
  b.updated = now;
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  return static_cast<unsigned>(std::ceil((1.0 - b.tokens) / perSecond_));
}

}  // namespace nwk::server
