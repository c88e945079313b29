#include "ui/live_request.hpp"

#include <utility>

#include "platform/platform.hpp"

namespace nwk::ui {
namespace {

constexpr int kRetryMs = 3000;

}  // namespace

void waitBeforeNext(LiveConnection& connection, int milliseconds) {
  connection.notBeforeMs = platform::nowMs() + milliseconds;
  platform::wakeAfter(milliseconds + 10);
}

bool due(const LiveConnection& connection, double nowMs) {
  return !connection.requesting && nowMs >= connection.notBeforeMs;
}

void exchange(const ConnectionLookup& connectionOf, const std::string& bearer, const LiveRequest& request,
              LiveAnswer done) {
  connectionOf().requesting = true;
  platform::requestJson(request.method, request.path, bearer, request.body, request.timeoutMs,
                        [connectionOf, done = std::move(done)](int status, std::string body) {
                          LiveConnection& connection = connectionOf();
                          connection.requesting = false;
                          connection.offline = status == 0;
                          connection.busy = status == 429;
                          if (!done(status, body)) waitBeforeNext(connectionOf(), kRetryMs);
                        });
}

}  // namespace nwk::ui
