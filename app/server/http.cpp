#include "server/http.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <optional>

namespace nwk::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

// Scripts only from this server and wasm compiled from them; nothing inline.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'";

http::response<http::string_body> toBeast(Response r, unsigned version, bool keepAlive, bool head) {
  http::response<http::string_body> res{static_cast<http::status>(r.status), version};
  res.set(http::field::content_type, r.contentType);
  res.set("Content-Security-Policy", kContentSecurityPolicy);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");
  res.set("X-Frame-Options", "DENY");
  if (r.noStore) res.set(http::field::cache_control, "no-store");
  if (r.retryAfter > 0) res.set(http::field::retry_after, std::to_string(r.retryAfter));
  res.keep_alive(keepAlive);
  res.content_length(r.body.size());
  if (!head) res.body() = std::move(r.body);
  return res;
}

}  // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  Impl(asio::io_context& io, const tcp::endpoint& at, Handler h, HttpLimits l)
      : acceptor(io, at), handler(std::move(h)), limits(l) {
    acceptor.listen(asio::socket_base::max_listen_connections);
  }
  void accept();

  tcp::acceptor acceptor;
  Handler handler;
  HttpLimits limits;
  std::size_t connections = 0;
  bool stopped = false;
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::shared_ptr<HttpServer::Impl> server)
      : stream_(std::move(socket)), server_(std::move(server)) {
    ++server_->connections;
    beast::error_code ec;
    client_ = stream_.socket().remote_endpoint(ec).address().to_string();
  }
  ~Session() { --server_->connections; }

  void awaitRequest() {
    if (buffer_.size() > 0) return readHeader();
    stream_.expires_after(server_->limits.idleTimeout);
    stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      if (ec) return self->close();
      self->buffer_.commit(n);
      self->readHeader();
    });
  }

 private:
  void readHeader() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_->limits.maxHeader));
    parser_->body_limit(server_->limits.maxBody);
    stream_.expires_after(server_->limits.requestTimeout);
    http::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->refuse(ec);
      if (!beast::iequals(self->parser_->get()[http::field::expect], "100-continue")) return self->readBody();
      // curl asks before sending a body over 1 KiB; browsers never do.
      http::async_write(self->stream_, self->continue_,
                        [self](beast::error_code ec2, std::size_t) { ec2 ? self->close() : self->readBody(); });
    });
  }

  void readBody() {
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      ec ? self->refuse(ec) : self->dispatch();
    });
  }

  // A request that could not be read: answered when it broke a limit or HTTP's grammar,
  // then the connection ends either way.
  void refuse(beast::error_code ec) {
    if (ec == http::error::body_limit) return sendFinal(413, "request_too_large", "Die Anfrage ist zu groß.");
    if (ec == http::error::header_limit) return sendFinal(431, "headers_too_large", "Die Kopfzeilen sind zu groß.");
    if (ec.category() == http::make_error_code(http::error::bad_target).category() &&
        ec != http::error::end_of_stream && ec != http::error::partial_message)
      return sendFinal(400, "bad_request", "Die Anfrage ist kein gültiges HTTP.");
    close();
  }

  void sendFinal(unsigned status, const char* code, const char* message) {
    Response r{status, "application/json; charset=utf-8",
               std::string("{\"error\":\"") + message + "\",\"code\":\"" + code + "\"}", 0, true};
    write(toBeast(std::move(r), 11, false, false), false);
  }

  void dispatch() {
    auto& req = parser_->get();
    Request r;
    r.method = std::string(req.method_string());
    const std::string_view target = req.target();
    const std::size_t q = target.find('?');
    r.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) r.query = std::string(target.substr(q + 1));
    r.host = std::string(req[http::field::host]);
    r.origin = std::string(req[http::field::origin]);
    r.authorization = std::string(req[http::field::authorization]);
    r.client = client_;
    r.body = std::move(req.body());
    const bool keepAlive = req.keep_alive();
    const bool head = req.method() == http::verb::head;
    const unsigned version = req.version();
    stream_.expires_never();  // a long poll may take a while; the reply sets the write deadline
    server_->handler(std::move(r), [self = shared_from_this(), keepAlive, head, version](Response res) {
      self->write(toBeast(std::move(res), version, keepAlive, head), keepAlive);
    });
  }

  void write(http::response<http::string_body> res, bool keepAlive) {
    if (server_->stopped) return;
    response_ = std::move(res);
    stream_.expires_after(server_->limits.writeTimeout);
    http::async_write(stream_, response_, [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t) {
      if (ec) return self->close();
      keepAlive ? self->awaitRequest() : self->lingeringClose();
    });
  }

  // Stops sending, then reads and drops what the peer still sends for a moment, so that a
  // refused upload does not reset the connection before the peer has read the answer.
  void lingeringClose() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    drain();
  }
  void drain() {
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(16 * 1024),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > (1u << 20)) return self->close();
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  std::shared_ptr<HttpServer::Impl> server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  http::response<http::string_body> response_;
  http::response<http::empty_body> continue_{http::status::continue_, 11};
  std::string client_;
  std::size_t drained_ = 0;
};

}  // namespace

void HttpServer::Impl::accept() {
  acceptor.async_accept([self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
    if (self->stopped || !self->acceptor.is_open()) return;
    if (!ec && self->connections < self->limits.maxConnections)
      std::make_shared<Session>(std::move(socket), self)->awaitRequest();
    self->accept();  // a socket over the cap is closed by going out of scope
  });
}

HttpServer::HttpServer(asio::io_context& io, const tcp::endpoint& at, Handler handler, HttpLimits limits)
    : impl_(std::make_shared<Impl>(io, at, std::move(handler), limits)) {
  impl_->accept();
}

HttpServer::~HttpServer() {
  impl_->stopped = true;
  beast::error_code ec;
  impl_->acceptor.close(ec);
}

tcp::endpoint HttpServer::endpoint() const { return impl_->acceptor.local_endpoint(); }

}  // namespace nwk::server
