// netzwerkkarte-server: the facilitator's laptop as the ballot box of live votes. Reads the
// data folder (secret, rounds, tokens, ballots), listens, prints "listening ADDR:PORT" as its
// first line, then the facilitator's link and the addresses participants can reach, and
// serves the web app and the API until SIGINT or SIGTERM.
#include <sys/resource.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include "server/api.hpp"
#include "server/network.hpp"
#include "server/options.hpp"
#include "server/secrets.hpp"
#include "server/static_files.hpp"
#include "server/store.hpp"

namespace {

using namespace nwk::server;
namespace asio = boost::asio;

int fail(const std::string& message) {
  std::fprintf(stderr, "netzwerkkarte-server: %s\n", message.c_str());
  return 1;
}

void printLinks(const asio::ip::tcp::endpoint& at, const std::string& secret, const std::vector<std::string>& lan) {
  const std::string port = std::to_string(at.port());
  const std::string address = at.address().is_unspecified() ? "127.0.0.1" : at.address().to_string();
  std::printf("listening %s:%s\n", at.address().to_string().c_str(), port.c_str());
  std::printf("facilitator http://%s:%s/index.html#facilitator=%s\n", address.c_str(), port.c_str(), secret.c_str());
  if (at.address().is_unspecified())
    for (const std::string& ip : lan) std::printf("participants http://%s:%s/\n", ip.c_str(), port.c_str());
  std::fflush(stdout);
}

// What every request passes before it is routed: a Host of this server's own (else it may
// come from a page on the internet through DNS rebinding: 421), its address's share of the
// request budget (429), then everyone's (503).
struct Gate {
  explicit Gate(const std::vector<std::string>& hostNames) : hosts(hostNames) {}
  std::optional<Answer> refusal(const Request& request);

  OwnHosts hosts;
  RateLimiter perAddress{600, 100};  // a burst of 600, then 100 a second from one address
  RateLimiter everyone{4000, 2000};
};

std::optional<Answer> Gate::refusal(const Request& request) {
  if (!hosts.contains(request.host))
    return errorAnswer(421, "wrong_host", "Dieser Server ist unter diesem Namen nicht erreichbar.");
  if (const unsigned wait = perAddress.take(request.client)) return tooManyRequests(wait);
  if (const unsigned wait = everyone.take({})) {
    Answer busy = errorAnswer(503, "busy", "Der Server ist gerade ausgelastet.");
    busy.retryAfter = wait;
    return busy;
  }
  return std::nullopt;
}

// The gate, then static files for GET and HEAD and the API under /api/.
Handler router(Api& api, const StaticFiles& files, Gate& gate) {
  return [&api, &files, &gate](Request&& request, Reply reply) {
    if (std::optional<Answer> refused = gate.refusal(request)) return reply(toResponse(std::move(*refused)));
    if (request.path.rfind("/api/", 0) == 0) return api.handle(request, reply);
    // "/" (and the join link, /?join=CODE) is the participant page for phones; the app is /index.html.
    if (request.method == "GET" || request.method == "HEAD")
      return reply(files.serve(request, request.path == "/" && files.has("/participant.html") ? "/participant.html"
                                                                                            : request.path));
    reply(toResponse(errorAnswer(405, "method_not_allowed", "Diese Methode ist hier nicht erlaubt.")));
  };
}

// Lets the process hold a socket for each connection it may accept (the soft limit is
// often 1024), as far as the hard limit allows.
void allowOpenFiles(rlim_t wanted) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted) return;
  limit.rlim_cur = std::min(wanted, limit.rlim_max);
  setrlimit(RLIMIT_NOFILE, &limit);
}

int run(const Options& options) {
  std::string problem;
  std::unique_ptr<Store> store = Store::open(options.data, &problem);
  if (!store) return fail(problem);
  const std::optional<std::string> secret = loadOrCreateSecret(options.data, &problem);
  if (!secret) return fail(problem);
  const std::optional<StoredData> data = store->load(&problem);
  BallotBox box;
  if (!data || !box.restore(*data, &problem)) return fail(problem);

  asio::io_context io{1};
  Writer writer(*store, [&io](std::function<void()> done) { asio::post(io, std::move(done)); });
  boost::system::error_code ec;
  const asio::ip::address address = asio::ip::make_address(options.bind, ec);
  if (ec) return fail("Ungültige Adresse: " + options.bind);
  std::string siteProblem;
  const StaticFiles files(options.site, &siteProblem);
  Gate gate(options.hosts);
  const HttpLimits limits;
  allowOpenFiles(limits.maxConnections + 64);
  std::unique_ptr<Api> api;
  Handler route;  // set once the port is known, before the first request is read
  std::unique_ptr<HttpServer> server;
  try {
    server = std::make_unique<HttpServer>(
        io, asio::ip::tcp::endpoint(address, options.port),
        [&route](Request&& request, Reply reply) { route(std::move(request), std::move(reply)); }, limits);
  } catch (const boost::system::system_error& e) {
    return fail("Kann nicht auf " + options.bind + ":" + std::to_string(options.port) + " lauschen: " + e.what());
  }
  const std::vector<std::string> lan = lanAddresses();
  api = std::make_unique<Api>(io, box, writer, *secret, server->endpoint().port(), lan);
  route = router(*api, files, gate);
  if (!siteProblem.empty()) std::fprintf(stderr, "netzwerkkarte-server: %s", siteProblem.c_str());
  if (!files.has("/index.html"))
    std::fprintf(stderr, "netzwerkkarte-server: keine Web-App in %s (--site)\n", options.site.c_str());
  printLinks(server->endpoint(), *secret, lan);

  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&io](boost::system::error_code, int) { io.stop(); });
  io.run();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string problem;
  const std::optional<Options> options = parseOptions(args, argv[0], &problem);
  if (!options) {
    std::fprintf(stderr, "%s\n%s", problem.c_str(), kUsage);
    return 2;
  }
  if (options->help) return std::printf("%s", kUsage) < 0;
  if (options->version) return std::printf("netzwerkkarte-server %s\n", NWK_VERSION) < 0;
  std::signal(SIGPIPE, SIG_IGN);
  return run(*options);
}
