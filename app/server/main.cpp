// netzwerkkarte-server: the facilitator's laptop as the ballot box of live votes. Reads the
// data folder (secret, rounds, tokens, ballots), listens, prints "listening ADDR:PORT" as its
// first line, then the facilitator's link and the addresses participants can reach, and
// serves the web app and the API until SIGINT or SIGTERM.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
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
  std::printf("facilitator http://%s:%s/#facilitator=%s\n", address.c_str(), port.c_str(), secret.c_str());
  if (at.address().is_unspecified())
    for (const std::string& ip : lan) std::printf("participants http://%s:%s/\n", ip.c_str(), port.c_str());
  std::fflush(stdout);
}

// Static files for GET and HEAD, the API under /api/, and a cap on requests per second.
Handler router(Api& api, const StaticFiles& files, RateLimiter& everyone) {
  return [&api, &files, &everyone](Request&& request, Reply reply) {
    if (const unsigned wait = everyone.take({})) {
      Answer busy = errorAnswer(503, "busy", "Der Server ist gerade ausgelastet.");
      busy.retryAfter = wait;
      return reply(toResponse(std::move(busy)));
    }
    if (request.path.rfind("/api/", 0) == 0) return api.handle(request, reply);
    if (request.method == "GET" || request.method == "HEAD") return reply(files.serve(request.path));
    reply(toResponse(errorAnswer(405, "method_not_allowed", "Diese Methode ist hier nicht erlaubt.")));
  };
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
  const StaticFiles files(options.site);
  RateLimiter everyone(4000, 2000);
  std::unique_ptr<Api> api;
  Handler route;  // set once the port is known, before the first request is read
  std::unique_ptr<HttpServer> server;
  try {
    server = std::make_unique<HttpServer>(
        io, asio::ip::tcp::endpoint(address, options.port),
        [&route](Request&& request, Reply reply) { route(std::move(request), std::move(reply)); });
  } catch (const boost::system::system_error& e) {
    return fail("Kann nicht auf " + options.bind + ":" + std::to_string(options.port) + " lauschen: " + e.what());
  }
  const std::vector<std::string> lan = lanAddresses();
  api = std::make_unique<Api>(io, box, writer, *secret, server->endpoint().port(), lan);
  route = router(*api, files, everyone);
  if (!std::filesystem::is_regular_file(options.site / "index.html"))
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
