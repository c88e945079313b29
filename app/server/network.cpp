#include "server/network.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>
#include <qrcodegen/qrcodegen.hpp>

namespace nwk::server {

std::vector<std::string> lanAddresses() {
  std::vector<std::string> out;
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return out;
  for (const ifaddrs* i = list; i; i = i->ifa_next) {
    if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET) continue;
    if (!(i->ifa_flags & IFF_UP) || (i->ifa_flags & IFF_LOOPBACK)) continue;
    sockaddr_in addr{};
    std::copy_n(reinterpret_cast<const char*>(i->ifa_addr), sizeof addr, reinterpret_cast<char*>(&addr));
    char text[INET_ADDRSTRLEN] = {};
    if (inet_ntop(AF_INET, &addr.sin_addr, text, sizeof text)) out.emplace_back(text);
  }
  freeifaddrs(list);
  return out;
}

bool isSafeHost(std::string_view host) {
  if (host.empty() || host.size() > 255) return false;
  return std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == ':' || c == '[' || c == ']';
  });
}

namespace {

// The host without its port ("[::1]:80" -> "[::1]", "a:80" -> "a").
std::string_view hostName(std::string_view host) {
  if (!host.empty() && host.front() == '[') return host.substr(0, host.find(']') + 1);
  return host.substr(0, host.find(':'));
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return out;
}

// Whether the name is an IPv4 address in dotted form (not a name that starts like one).
bool isIpv4(const std::string& name) {
  in_addr address{};
  return inet_pton(AF_INET, name.c_str(), &address) == 1;
}

bool isLoopbackName(const std::string& name) {
  constexpr std::string_view kSuffix = ".localhost";
  const bool subdomain =
      name.size() > kSuffix.size() && name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
  return name == "localhost" || subdomain || (isIpv4(name) && name.rfind("127.", 0) == 0) || name == "[::1]";
}

}  // namespace

bool isLoopbackHost(std::string_view host) { return isLoopbackName(lowercase(hostName(host))); }

OwnHosts::OwnHosts(const std::vector<std::string>& names)
    : addresses_(lanAddresses()), addressesRead_(std::chrono::steady_clock::now()) {
  for (const std::string& name : names) names_.push_back(lowercase(name));
}

bool OwnHosts::contains(std::string_view host) {
  const std::string name = lowercase(hostName(host));
  const auto known = [&](const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  if (name.empty()) return false;
  if (isLoopbackName(name) || known(names_) || known(addresses_)) return true;
  const auto now = std::chrono::steady_clock::now();
  if (!isIpv4(name) || now - addressesRead_ < std::chrono::seconds(10)) return false;
  addresses_ = lanAddresses();
  addressesRead_ = now;
  return known(addresses_);
}

JoinLinks joinLinks(std::string_view host, const std::vector<std::string>& lan, std::uint16_t port,
                    std::string_view code) {
  const auto link = [&](std::string_view authority) {
    return "http://" + std::string(authority) + "/?join=" + std::string(code);
  };
  JoinLinks out;
  const bool hostUsable = isSafeHost(host) && !isLoopbackHost(host);
  if (hostUsable) out.urls.push_back(link(host));
  for (const std::string& address : lan) {
    std::string url = link(address + ":" + std::to_string(port));
    if (std::find(out.urls.begin(), out.urls.end(), url) == out.urls.end()) out.urls.push_back(std::move(url));
  }
  if (out.urls.empty()) out.urls.push_back(link(isSafeHost(host) ? host : "127.0.0.1:" + std::to_string(port)));
  out.joinUrl = out.urls.front();
  return out;
}

QrModules qrCode(const std::string& text) {
  const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
  QrModules out;
  out.size = qr.getSize();
  for (int y = 0; y < out.size; ++y) {
    std::string row(static_cast<std::size_t>(out.size), '0');
    for (int x = 0; x < out.size; ++x)
      if (qr.getModule(x, y)) row[static_cast<std::size_t>(x)] = '1';
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace nwk::server
