#include "server/api.hpp"

#include <boost/asio/steady_timer.hpp>
#include <charconv>

#include "core/io/json_writer.hpp"
#include "server/network.hpp"
#include "server/secrets.hpp"

namespace nwk::server {

namespace {

// The value of `name` in an application/x-www-form-urlencoded query (not decoded: every
// value the API takes is plain ASCII), or empty.
std::string_view queryValue(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=')
      return pair.substr(name.size() + 1);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
  }
  return {};
}

std::optional<std::uint64_t> number(std::string_view text) {
  std::uint64_t n = 0;
  if (text.empty()) return 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

std::string_view bearer(std::string_view authorization) {
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() <= kScheme.size()) return {};
  for (std::size_t i = 0; i < kScheme.size(); ++i)
    if ((authorization[i] | 0x20) != kScheme[i]) return {};
  return authorization.substr(kScheme.size());
}

// Replies 405 unless the request uses `method`.
bool allowed(const Request& request, std::string_view method, const Reply& reply) {
  if (request.method == method) return true;
  reply(toResponse(errorAnswer(405, "method_not_allowed", "Diese Methode ist hier nicht erlaubt.")));
  return false;
}

}  // namespace

Response toResponse(Answer answer) {
  return {
      answer.status, "application/json; charset=utf-8", makeBody(std::move(answer.body)), answer.retryAfter, true, {}};
}

struct Api::Waiter {
  explicit Waiter(boost::asio::io_context& io) : timer(io) {}
  boost::asio::steady_timer timer;
  Reply reply;
  std::string code;
  std::uint64_t since = 0;
  bool done = false;
};

Api::Api(boost::asio::io_context& io, BallotBox& box, Writer& writer, std::string secret, std::uint16_t port,
         std::vector<std::string> lan, ApiLimits limits)
    : io_(io),
      box_(box),
      writer_(writer),
      secret_(std::move(secret)),
      port_(port),
      lan_(std::move(lan)),
      limits_(limits),
      perToken_(limits.tokenBurst, limits.tokenPerSecond),
      joinsPerIp_(limits.joinBurstPerIp, limits.joinPerSecondPerIp),
      joins_(limits.joinBurst, limits.joinPerSecond) {
  box_.onChange = [this](const std::string& code) { wake(code); };
}

Api::~Api() { box_.onChange = nullptr; }

void Api::handle(const Request& request, const Reply& reply) {
  if (!request.origin.empty() && request.origin != "http://" + request.host)
    return reply(toResponse(errorAnswer(403, "cross_origin", "Anfragen von fremden Seiten sind nicht erlaubt.")));
  const std::string& path = request.path;
  if (path == "/api/health") {
    if (allowed(request, "GET", reply)) reply(toResponse({200, R"({"ok":true})", 0}));
  } else if (path == "/api/facilitator") {
    if (allowed(request, "GET", reply) && facilitator(request, reply))
      reply(toResponse({200, R"({"facilitator":true})", 0}));
  } else if (path == "/api/rounds") {
    if (allowed(request, "POST", reply) && facilitator(request, reply)) rounds(request, reply);
  } else if (path.rfind("/api/rounds/", 0) == 0) {
    roundCall(request, reply);
  } else if (path == "/api/join") {
    if (allowed(request, "POST", reply)) join(request, reply);
  } else if (path == "/api/me" || path == "/api/ballot") {
    participantCall(request, reply);
  } else {
    reply(toResponse(errorAnswer(404, "not_found", "Diese Schnittstelle gibt es nicht.")));
  }
}

bool Api::facilitator(const Request& request, const Reply& reply) const {
  const std::string_view given = bearer(request.authorization);
  if (given.empty()) reply(toResponse(errorAnswer(401, "missing_secret", "Für die Moderation fehlt das Geheimnis.")));
  else if (!constantTimeEqual(given, secret_))
    reply(toResponse(errorAnswer(403, "wrong_secret", "Das Geheimnis der Moderation stimmt nicht.")));
  else return true;
  return false;
}

bool Api::participant(const Request& request, const Reply& reply, std::string* token) {
  *token = std::string(bearer(request.authorization));
  if (token->empty()) reply(toResponse(errorAnswer(401, "missing_token", "Es fehlt die Teilnahme-Kennung.")));
  else if (!box_.knowsToken(*token))
    reply(toResponse(errorAnswer(403, "unknown_token", "Diese Teilnahme ist unbekannt.")));
  else if (const unsigned wait = perToken_.take(*token)) reply(toResponse(tooManyRequests(wait)));
  else return true;
  return false;
}

std::string Api::describeRound(const std::string& host, const std::string& code) const {
  const JoinLinks links = joinLinks(host, lan_, port_, code);
  const QrModules qr = qrCode(links.joinUrl);
  JsonWriter w;
  w.beginObject().key("code").value(code).key("joinUrl").value(links.joinUrl).key("urls").beginArray();
  for (const std::string& url : links.urls) w.value(url);
  w.endArray().key("qr").beginObject().key("size").value(qr.size).key("rows").beginArray();
  for (const std::string& row : qr.rows) w.value(row);
  w.endArray().endObject().endObject();
  return w.str();
}

void Api::rounds(const Request& request, const Reply& reply) {
  const std::string host = request.host;
  commit(box_.openRound(request.body, queryValue(request.query, "key"),
                        [this, &host](const std::string& code) { return describeRound(host, code); }),
         reply);
}

void Api::roundCall(const Request& request, const Reply& reply) {
  const std::string_view rest = std::string_view(request.path).substr(std::string_view("/api/rounds/").size());
  const std::size_t slash = rest.find('/');
  const std::string code(rest.substr(0, slash));
  const std::string_view action = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  if (action != "ballots" && action != "close" && action != "void")
    return reply(toResponse(errorAnswer(404, "not_found", "Diese Schnittstelle gibt es nicht.")));
  if (!allowed(request, action == "ballots" ? "GET" : "POST", reply) || !facilitator(request, reply)) return;
  if (action == "ballots") return feed(code, request, reply);
  commit(action == "close" ? box_.closeRound(code) : box_.voidBallot(code, request.body), reply);
}

void Api::join(const Request& request, const Reply& reply) {
  if (const unsigned wait = joinsPerIp_.take(request.client)) return reply(toResponse(tooManyRequests(wait)));
  if (const unsigned wait = joins_.take({})) return reply(toResponse(tooManyRequests(wait)));
  commit(box_.join(request.body), reply);
}

void Api::participantCall(const Request& request, const Reply& reply) {
  const bool me = request.path == "/api/me";
  std::string token;
  if (!allowed(request, me ? "GET" : "PUT", reply) || !participant(request, reply, &token)) return;
  if (me) return reply(toResponse(box_.me(token)));
  commit(box_.putBallot(token, request.body), reply);
}

void Api::feed(const std::string& code, const Request& request, const Reply& reply) {
  const std::optional<std::uint64_t> since = number(queryValue(request.query, "since"));
  const std::optional<std::uint64_t> wait = number(queryValue(request.query, "wait"));
  if (!since || !wait)
    return reply(toResponse(errorAnswer(400, "bad_request", "since und wait müssen ganze Zahlen sein.")));
  if (*wait == 0 || box_.hasNews(code, *since)) return reply(toResponse(box_.feed(code, *since)));
  auto waiter = std::make_shared<Waiter>(io_);
  waiter->reply = reply;
  waiter->code = code;
  waiter->since = *since;
  waiters_[code].push_back(waiter);
  waiter->timer.expires_after(
      std::chrono::seconds(std::min<std::uint64_t>(*wait, static_cast<std::uint64_t>(limits_.maxWaitSeconds))));
  waiter->timer.async_wait([this, waiter](boost::system::error_code) {
    if (waiter->done) return;
    waiter->done = true;
    std::erase(waiters_[waiter->code], waiter);
    waiter->reply(toResponse(box_.feed(waiter->code, waiter->since)));
  });
}

void Api::wake(const std::string& code) {
  auto it = waiters_.find(code);
  if (it == waiters_.end()) return;
  std::vector<std::shared_ptr<Waiter>> woken = std::move(it->second);
  waiters_.erase(it);
  for (const auto& waiter : woken) {
    waiter->done = true;
    waiter->timer.cancel();
    waiter->reply(toResponse(box_.feed(waiter->code, waiter->since)));
  }
}

void Api::commit(Outcome outcome, const Reply& reply) {
  if (!outcome.write) return reply(toResponse(std::move(outcome.answer)));
  writer_.submit(std::move(*outcome.write), [answer = std::move(outcome.answer), apply = std::move(outcome.apply),
                                             reply](bool committed) {
    if (!committed)
      return reply(toResponse(errorAnswer(500, "storage_failed", "Die Daten konnten nicht gespeichert werden.")));
    apply();
    reply(toResponse(answer));
  });
}

}  // namespace nwk::server
