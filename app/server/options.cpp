#include "server/options.hpp"

#include <charconv>

namespace nwk::server {

const char* const kUsage =
    "netzwerkkarte-server [--data DIR] [--port 8090] [--bind ADDR] [--site DIR] [--host NAME]...\n"
    "  --data DIR   Datenordner (Standard: ./netzwerkkarte-data)\n"
    "  --port N     Port (Standard: 8090, 0: ein freier Port)\n"
    "  --bind ADDR  Adresse (Standard: 0.0.0.0, alle Netzwerke)\n"
    "  --site DIR   Dateien der Web-App (Standard: site/ neben dem Programm)\n"
    "  --host NAME  ein weiterer Name, unter dem der Server erreichbar ist (neben localhost\n"
    "               und den eigenen IP-Adressen), z. B. laptop.local; mehrmals möglich\n";

namespace {

std::filesystem::path defaultSite(const std::filesystem::path& binary) {
  const std::filesystem::path beside = binary.parent_path() / "site";
  std::error_code ec;
  if (!binary.empty() && std::filesystem::is_directory(beside, ec)) return beside;
  return NWK_DEFAULT_SITE_DIR;
}

std::optional<std::uint16_t> parsePort(const std::string& text) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value > 65535) return std::nullopt;
  return static_cast<std::uint16_t>(value);
}

}  // namespace

std::optional<Options> parseOptions(const std::vector<std::string>& args, const std::filesystem::path& binary,
                                    std::string* problem) {
  Options o;
  o.site = defaultSite(binary);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      o.help = true;
      continue;
    }
    if (a == "--version") {
      o.version = true;
      continue;
    }
    if (i + 1 >= args.size() || (a != "--data" && a != "--port" && a != "--bind" && a != "--site" && a != "--host")) {
      *problem = "Unbekanntes oder unvollständiges Argument: " + a;
      return std::nullopt;
    }
    const std::string& v = args[++i];
    if (a == "--data") o.data = v;
    else if (a == "--bind") o.bind = v;
    else if (a == "--site") o.site = v;
    else if (a == "--host") o.hosts.push_back(v);
    else if (auto port = parsePort(v)) o.port = *port;
    else {
      *problem = "Ungültiger Port: " + v;
      return std::nullopt;
    }
  }
  return o;
}

}  // namespace nwk::server
