#include "server/secrets.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace nwk::server {

namespace {

void fillRandom(void* data, std::size_t size) {
  auto* p = static_cast<unsigned char*>(data);
  while (size > 0) {
    const ssize_t n = getrandom(p, size, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("getrandom failed");
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

bool isHexSecret(const std::string& s) {
  if (s.size() != 32) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

std::string randomHex(std::size_t bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::vector<unsigned char> raw(bytes);
  fillRandom(raw.data(), raw.size());
  std::string out;
  out.reserve(bytes * 2);
  for (unsigned char b : raw) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

std::size_t randomBelow(std::size_t n) {
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;  // rejection keeps it uniform
  std::uint64_t r = 0;
  do fillRandom(&r, sizeof r);
  while (r >= limit);
  return static_cast<std::size_t>(r % n);
}

std::optional<std::string> loadOrCreateSecret(const std::filesystem::path& dir, std::string* problem) {
  const std::filesystem::path file = dir / "facilitator-secret";
  if (std::ifstream in{file}) {
    std::string secret;
    std::getline(in, secret);
    if (isHexSecret(secret)) return secret;
    *problem = "Die Datei " + file.string() + " enthält kein gültiges Geheimnis.";
    return std::nullopt;
  }
  const std::string secret = randomHex(16);
  const std::string line = secret + "\n";
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  const bool written =
      fd >= 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  if (fd >= 0) ::close(fd);
  if (!written) {
    *problem = "Die Datei " + file.string() + " kann nicht geschrieben werden.";
    return std::nullopt;
  }
  return secret;
}

bool constantTimeEqual(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;  // the length of a secret is no secret
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    diff = static_cast<unsigned char>(diff | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
  return diff == 0;
}

}  // namespace nwk::server
