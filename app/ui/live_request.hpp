// The one request path of live voting, for both sides (the facilitator's app,
// live_client.cpp; the participant page, participant_client.cpp): a request marks its
// LiveConnection as under way, the answer marks whether the server was reached, and a
// failed attempt is tried again a few seconds later, so no side ever asks again every frame.
// Threading: all on the main thread; answers arrive as callbacks between frames
// (platform::requestJson). The connection is looked up again when the answer comes.
#pragma once
#include <functional>
#include <string>

namespace nwk::ui {

struct LiveConnection {
  bool requesting = false;  // a request to the server is under way
  bool offline = false;     // the last request did not reach the server
  bool busy = false;        // the server asked to wait (429)
  double notBeforeMs = 0;   // the next request not before then (a retry, a phone's refresh)
};

inline constexpr int kLiveTimeoutMs = 10'000;

struct LiveRequest {
  const char* method;
  std::string path;
  std::string body;
  int timeoutMs = kLiveTimeoutMs;
};
// Handles an answer; false when it was of no use (an error, or a body that cannot be read).
using LiveAnswer = std::function<bool(int status, const std::string& body)>;
// Where the request's connection is when the answer comes (it may have moved meanwhile).
using ConnectionLookup = std::function<LiveConnection&()>;

// Sends the request (bearer: the facilitator's secret or a phone's token) with its
// connection marked as under way; an answer of no use makes the next request wait.
void exchange(const ConnectionLookup& connection, const std::string& bearer, const LiveRequest& request,
              LiveAnswer done);
// The next request on the connection not before `milliseconds` from now.
void waitBeforeNext(LiveConnection& connection, int milliseconds);
bool due(const LiveConnection& connection, double nowMs);

}  // namespace nwk::ui
