// The HTTP/1.1 server on one network thread (Boost.Beast): accepts connections up to a cap,
// reads one request at a time per connection with a body limit (a larger Content-Length is
// answered 413 without reading the body), a deadline for the whole request after its first
// byte (slowloris) and an idle deadline between keep-alive requests, hands each request to
// the handler and sends its reply (which may come later, e.g. after a commit or a long poll)
// with the security headers every answer carries.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace nwk::server {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // the target without its query
  std::string query;   // after '?', or empty
  std::string body;
  std::string host;
  std::string origin;
  std::string authorization;
  std::string client;  // the peer's IP address
};

struct Response {
  unsigned status = 200;
  std::string contentType = "application/json; charset=utf-8";
  std::string body;
  unsigned retryAfter = 0;  // seconds; 0: no Retry-After
  bool noStore = false;     // Cache-Control: no-store (every API answer)
};

using Reply = std::function<void(Response)>;
// Called on the network thread; must call reply exactly once, on the network thread.
using Handler = std::function<void(Request&&, Reply)>;

struct HttpLimits {
  std::size_t maxBody = 16 * 1024;
  std::size_t maxHeader = 8 * 1024;
  std::size_t maxConnections = 2000;
  std::chrono::seconds requestTimeout{10};  // from the first byte to the end of the body
  std::chrono::seconds idleTimeout{30};     // waiting for the next request on a connection
  std::chrono::seconds writeTimeout{30};
};

class HttpServer {
 public:
  // Listens at once (throws boost::system::system_error when it cannot).
  HttpServer(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at, Handler handler,
             HttpLimits limits = {});
  ~HttpServer();
  boost::asio::ip::tcp::endpoint endpoint() const;

  struct Impl;  // the acceptor and what its connections share (http.cpp)

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace nwk::server
