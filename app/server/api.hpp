// The JSON API under /api: routing, the facilitator's secret and participants' tokens
// (Authorization: Bearer), the same-origin rule (an Origin that is not this Host: 403),
// rate limits (per participant token, joins per client address and overall), long polls
// for the facilitator's feed (a timer and a waiting list per round, never blocking the
// network thread), and writes that answer only once the writer thread committed them.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "server/ballot_box.hpp"
#include "server/http.hpp"
#include "server/rate_limit.hpp"
#include "server/writer.hpp"

namespace nwk::server {

struct ApiLimits {
  double tokenBurst = 10, tokenPerSecond = 1;            // 10 requests / 10 s per participant
  double joinBurstPerIp = 60, joinPerSecondPerIp = 0.5;  // a burst of 60, then 30 a minute
  double joinBurst = 2000, joinPerSecond = 100;          // every client together
  int maxWaitSeconds = 25;
};

class Api {
 public:
  Api(boost::asio::io_context& io, BallotBox& box, Writer& writer, std::string secret, std::uint16_t port,
      std::vector<std::string> lan, ApiLimits limits = {});
  ~Api();

  void handle(const Request& request, const Reply& reply);

 private:
  struct Waiter;
  bool facilitator(const Request& request, const Reply& reply) const;
  bool participant(const Request& request, const Reply& reply, std::string* token);
  void rounds(const Request& request, const Reply& reply);
  void roundCall(const Request& request, const Reply& reply);
  void join(const Request& request, const Reply& reply);
  void participantCall(const Request& request, const Reply& reply);
  void feed(const std::string& code, const Request& request, const Reply& reply);
  void commit(Outcome outcome, const Reply& reply);
  void wake(const std::string& code);
  std::string describeRound(const std::string& host, const std::string& code) const;

  boost::asio::io_context& io_;
  BallotBox& box_;
  Writer& writer_;
  std::string secret_;
  std::uint16_t port_;
  std::vector<std::string> lan_;
  ApiLimits limits_;
  RateLimiter perToken_;
  RateLimiter joinsPerIp_;
  RateLimiter joins_;
  std::unordered_map<std::string, std::vector<std::shared_ptr<Waiter>>> waiters_;  // by round code
};

// An Answer as an HTTP response of the API (JSON, no-store).
Response toResponse(Answer answer);

}  // namespace nwk::server
