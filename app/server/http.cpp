#include "server/http.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <list>
#include <optional>
#include <unordered_map>

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

using Out = http::response<http::span_body<const char>>;

// The response's head and a view of its shared body (kept alive by the Session while sent).
Out toBeast(const Response& r, unsigned version, bool keepAlive, bool head) {
  Out res{static_cast<http::status>(r.status), version};
  res.set(http::field::content_type, r.contentType);
  res.set("Content-Security-Policy", kContentSecurityPolicy);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");
  res.set("X-Frame-Options", "DENY");
  if (r.noStore) res.set(http::field::cache_control, "no-store");
  else if (!r.file.cacheControl.empty()) res.set(http::field::cache_control, r.file.cacheControl);
  if (!r.file.contentEncoding.empty()) res.set(http::field::content_encoding, r.file.contentEncoding);
  if (r.file.varyAcceptEncoding) res.set(http::field::vary, "Accept-Encoding");
  if (!r.file.etag.empty()) res.set(http::field::etag, r.file.etag);
  if (r.retryAfter > 0) res.set(http::field::retry_after, std::to_string(r.retryAfter));
  res.keep_alive(keepAlive);
  const std::string_view bytes = r.body ? std::string_view(*r.body) : std::string_view();
  if (r.status == 304) return res;  // no body, and no Content-Length that would claim one
  res.content_length(bytes.size());
  if (!head) res.body() = {bytes.data(), bytes.size()};
  return res;
}

class Session;

}  // namespace

Body makeBody(std::string text) { return std::make_shared<const std::string>(std::move(text)); }

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  Impl(asio::io_context& io, const tcp::endpoint& at, Handler h, HttpLimits l)
      : acceptor(io, at), pause(io), handler(std::move(h)), limits(l) {
    acceptor.listen(asio::socket_base::max_listen_connections);
  }
  void accept();
  void acceptLater();
  bool admit(const std::string& address);

  tcp::acceptor acceptor;
  asio::steady_timer pause;  // after a failed accept (e.g. out of file descriptors)
  Handler handler;
  HttpLimits limits;
  std::size_t connections = 0;
  std::unordered_map<std::string, std::size_t> perAddress;  // open connections by peer address
  std::list<Session*> idle;                                 // waiting for a request, longest first
  bool stopped = false;
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::string client, std::shared_ptr<HttpServer::Impl> server)
      : stream_(std::move(socket)),
        server_(std::move(server)),
        buffer_(server_->limits.maxHeader + server_->limits.maxBody + kReadSize),
        client_(std::move(client)),
        firstDeadline_(std::chrono::steady_clock::now() + server_->limits.firstRequestTimeout) {
    ++server_->connections;
    ++server_->perAddress[client_];
  }
  ~Session() { release(); }

  void awaitRequest() {
    if (buffer_.size() > 0) return readHeader();
    enterIdle();
    if (first_) stream_.expires_at(firstDeadline_);
    else stream_.expires_after(server_->limits.idleTimeout);
    stream_.async_read_some(buffer_.prepare(kReadSize),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->leaveIdle();
                              if (ec) return self->close();
                              self->buffer_.commit(n);
                              self->readHeader();
                            });
  }

  // Ends the connection at once (the server is full and it has been idle longest).
  void drop() { close(); }

 private:
  static constexpr std::size_t kReadSize = 16 * 1024;

  void readHeader() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_->limits.maxHeader));
    parser_->body_limit(server_->limits.maxBody);
    if (!first_) stream_.expires_after(server_->limits.requestTimeout);  // the first keeps its deadline
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
  // then the connection ends either way. A full read buffer is a body (or a chunk-size line)
  // that does not end.
  void refuse(beast::error_code ec) {
    if (ec == http::error::body_limit || ec == http::error::buffer_overflow)
      return sendFinal(413, "request_too_large", "Die Anfrage ist zu groß.");
    if (ec == http::error::header_limit) return sendFinal(431, "headers_too_large", "Die Kopfzeilen sind zu groß.");
    if (ec.category() == http::make_error_code(http::error::bad_target).category() &&
        ec != http::error::end_of_stream && ec != http::error::partial_message)
      return sendFinal(400, "bad_request", "Die Anfrage ist kein gültiges HTTP.");
    close();
  }

  void sendFinal(unsigned status, const char* code, const char* message) {
    Response r{status,
               "application/json; charset=utf-8",
               makeBody(std::string("{\"error\":\"") + message + "\",\"code\":\"" + code + "\"}"),
               0,
               true,
               {}};
    write(std::move(r), 11, false, false);
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
    r.acceptEncoding = std::string(req[http::field::accept_encoding]);
    r.ifNoneMatch = std::string(req[http::field::if_none_match]);
    r.client = client_;
    r.body = std::move(req.body());
    const bool keepAlive = req.keep_alive();
    const bool head = req.method() == http::verb::head;
    const unsigned version = req.version();
    first_ = false;
    stream_.expires_never();  // a long poll may take a while; the reply sets the write deadline
    server_->handler(std::move(r), [self = shared_from_this(), keepAlive, head, version](Response res) {
      self->write(std::move(res), version, keepAlive, head);
    });
  }

  void write(Response r, unsigned version, bool keepAlive, bool head) {
    if (server_->stopped) return;
    response_ = toBeast(r, version, keepAlive, head);
    body_ = std::move(r.body);
    stream_.expires_after(server_->limits.writeTimeout);
    http::async_write(stream_, response_, [self = shared_from_this(), keepAlive](beast::error_code ec, std::size_t) {
      self->body_.reset();
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
    stream_.async_read_some(buffer_.prepare(kReadSize),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > (1u << 20)) return self->close();
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().close(ec);
    release();
  }

  void enterIdle() { idleAt_ = server_->idle.insert(server_->idle.end(), this); }
  void leaveIdle() {
    if (idleAt_) server_->idle.erase(*idleAt_);
    idleAt_.reset();
  }

  // Gives the connection's place back (once): a closed socket no longer counts.
  void release() {
    leaveIdle();
    if (released_) return;
    released_ = true;
    --server_->connections;
    if (--server_->perAddress[client_] == 0) server_->perAddress.erase(client_);
  }

  beast::tcp_stream stream_;
  std::shared_ptr<HttpServer::Impl> server_;
  beast::flat_buffer buffer_;  // bounded: the largest request and one read
  std::optional<http::request_parser<http::string_body>> parser_;
  Out response_;
  Body body_;  // the body response_ points into, until it is sent
  http::response<http::empty_body> continue_{http::status::continue_, 11};
  std::string client_;
  std::chrono::steady_clock::time_point firstDeadline_;
  bool first_ = true;
  bool released_ = false;
  std::optional<std::list<Session*>::iterator> idleAt_;
  std::size_t drained_ = 0;
};

}  // namespace

// Room for a connection from `address`: none beyond its own cap; when the server is full,
// the connection idle longest makes way.
bool HttpServer::Impl::admit(const std::string& address) {
  const auto own = perAddress.find(address);
  if (own != perAddress.end() && own->second >= limits.maxPerAddress) return false;
  if (connections >= limits.maxConnections && !idle.empty()) idle.front()->drop();
  return connections < limits.maxConnections;
}

void HttpServer::Impl::acceptLater() {
  pause.expires_after(std::chrono::milliseconds(100));
  pause.async_wait([self = shared_from_this()](beast::error_code ec) {
    if (!ec && !self->stopped) self->accept();
  });
}

void HttpServer::Impl::accept() {
  acceptor.async_accept([self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
    if (self->stopped || !self->acceptor.is_open()) return;
    if (ec) return self->acceptLater();  // not at once: a full file table would spin
    beast::error_code ignored;
    std::string address = socket.remote_endpoint(ignored).address().to_string();
    if (self->admit(address)) std::make_shared<Session>(std::move(socket), std::move(address), self)->awaitRequest();
    self->accept();  // a refused socket is closed by going out of scope
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
  impl_->pause.cancel();
}

tcp::endpoint HttpServer::endpoint() const { return impl_->acceptor.local_endpoint(); }

}  // namespace nwk::server
