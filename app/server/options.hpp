// The command line: netzwerkkarte-server [--data DIR] [--port 8090] [--bind ADDR] [--site DIR]
// [--host NAME]... Defaults: ./netzwerkkarte-data, port 8090 (0: any free port), all
// interfaces, site/ beside the binary if it exists, else the web build's site folder
// (CMake's default), and no names beyond localhost and the machine's own addresses.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nwk::server {

struct Options {
  std::filesystem::path data = "netzwerkkarte-data";
  std::uint16_t port = 8090;
  std::string bind = "0.0.0.0";
  std::filesystem::path site;
  std::vector<std::string> hosts;  // further names the server answers to (OwnHosts)
  bool help = false;
  bool version = false;
};

// nullopt with a reason (German) when the arguments make no sense.
std::optional<Options> parseOptions(const std::vector<std::string>& args, const std::filesystem::path& binary,
                                    std::string* problem);

extern const char* const kUsage;

}  // namespace nwk::server
