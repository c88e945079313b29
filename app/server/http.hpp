// The HTTP/1.1 server on one network thread (Boost.Beast). Connections: at most
// maxConnections in all and maxPerAddress from one peer address (more are closed at once);
// when the server is full, the connection that has waited longest for its next request is
// dropped to take the new one, so idle connections never lock the room out. Requests: one at
// a time per connection, the first complete within firstRequestTimeout of the connect, later
// ones within requestTimeout of their first byte (slowloris), idleTimeout between keep-alive
// requests; a body limit (a larger Content-Length is answered 413 without reading the body)
// and a bounded read buffer (a chunked body cannot grow it either). Each request goes to the
// handler, whose reply (which may come later, e.g. after a commit or a long poll) is sent
// with the security headers every answer carries; a reply's body is shared, not copied.
// A 304 carries its validators and no body; HEAD gets the head GET would get.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

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
  std::string acceptEncoding;  // e.g. "gzip, deflate, br"
  std::string ifNoneMatch;     // the ETags the client holds
  std::string client;          // the peer's IP address
};

// An answer's bytes, shared between the responses that send them (a static file is read once).
using Body = std::shared_ptr<const std::string>;
Body makeBody(std::string text);

// What a static file's answer says about its body (empty: the header is not sent).
struct FileHeaders {
  std::string_view cacheControl;     // e.g. "no-cache"; a literal
  std::string_view contentEncoding;  // "br" or "gzip" when the body is a precompressed variant
  bool varyAcceptEncoding = false;   // the body depends on Accept-Encoding
  std::string etag;                  // strong, quoted
};

struct Response {
  unsigned status = 200;
  std::string contentType = "application/json; charset=utf-8";
  Body body;                // null: empty
  unsigned retryAfter = 0;  // seconds; 0: no Retry-After
  bool noStore = false;     // Cache-Control: no-store (every API answer)
  FileHeaders file;
};

using Reply = std::function<void(Response)>;
// Called on the network thread; must call reply exactly once, on the network thread.
using Handler = std::function<void(Request&&, Reply)>;

struct HttpLimits {
  std::size_t maxBody = 16 * 1024;
  std::size_t maxHeader = 8 * 1024;
  std::size_t maxConnections = 2000;
  std::size_t maxPerAddress = 64;               // open connections from one peer address
  std::chrono::seconds firstRequestTimeout{5};  // from the connect to the end of the first request
  std::chrono::seconds requestTimeout{10};      // later requests: from the first byte to the end
  std::chrono::seconds idleTimeout{30};         // waiting for the next request on a connection
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
