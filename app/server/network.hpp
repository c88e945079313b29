// Where participants can reach this machine: the IPv4 addresses of its non-loopback
// interfaces (getifaddrs), the names it answers to, the join links built from them or from
// the Host a request named, and the join link as a QR code (qrcodegen, error correction
// level M).
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nwk::server {

// Dotted IPv4 addresses of the interfaces that are up and not loopback, in interface order.
std::vector<std::string> lanAddresses();

// A Host header value that is safe to put into a URL: a name or IPv4 with an optional port,
// or a bracketed IPv6 literal.
bool isSafeHost(std::string_view host);

// localhost, *.localhost, an IPv4 address in 127.0.0.0/8 or [::1], with or without a port.
bool isLoopbackHost(std::string_view host);

// The Host names this server answers to: loopback ones, this machine's interface addresses
// and the names given with --host (case and port do not matter). Any other name may be DNS
// rebinding: a page on the internet whose name was made to resolve to this laptop, which
// must not reach the API through a participant's browser. The interface addresses are read
// again (at most every 10 s) when an unknown address comes, e.g. after a hotspot started.
class OwnHosts {
 public:
  explicit OwnHosts(const std::vector<std::string>& names);
  bool contains(std::string_view host);

 private:
  std::vector<std::string> names_;      // lower case
  std::vector<std::string> addresses_;  // lanAddresses()
  std::chrono::steady_clock::time_point addressesRead_;
};

struct JoinLinks {
  std::string joinUrl;            // the one to show: http://HOST/?join=CODE
  std::vector<std::string> urls;  // every candidate, joinUrl first
};
// From the request's Host (unless unsafe or loopback) and each LAN address with `port`.
JoinLinks joinLinks(std::string_view host, const std::vector<std::string>& lan, std::uint16_t port,
                    std::string_view code);

struct QrModules {
  int size = 0;
  std::vector<std::string> rows;  // '1' dark, '0' light
};
QrModules qrCode(const std::string& text);

}  // namespace nwk::server
