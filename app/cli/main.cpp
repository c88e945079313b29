// netzwerkkarte-cli: the workshop core on the command line (no UI). Grows with the model:
// session files, tallies and exports come in later versions.
#include <cstdio>
#include <cstring>

#ifndef NWK_VERSION
#define NWK_VERSION "dev"
#endif

namespace {

void printUsage(std::FILE* out) {
  std::fputs(
      "Usage: netzwerkkarte-cli [--help | --version]\n"
      "Netzwerkkarte command-line tool: works on workshop session files without the app.\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::printf("netzwerkkarte-cli %s\n", NWK_VERSION);
    return 0;
  }
  if (argc == 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    printUsage(stdout);
    return 0;
  }
  printUsage(stderr);
  return 2;
}
