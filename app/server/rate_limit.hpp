// Token buckets per key (a participant token, a client address, or one key for everyone):
// `capacity` requests at once, refilled at `perSecond`. The number of keys is bounded: when
// full, buckets that have refilled completely (and so carry no information) are dropped.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>

namespace nwk::server {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  RateLimiter(double capacity, double perSecond, std::size_t maxKeys = 100'000)
      : capacity_(capacity), perSecond_(perSecond), maxKeys_(maxKeys) {}

  // 0 when the request may pass (and is counted), else the seconds until it may.
  unsigned take(const std::string& key, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  double refilled(const Bucket& b, Clock::time_point now) const;
  void prune(Clock::time_point now);

  double capacity_;
  double perSecond_;
  std::size_t maxKeys_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace nwk::server
