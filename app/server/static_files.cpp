#include "server/static_files.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "server/answer.hpp"

namespace nwk::server {

namespace fs = std::filesystem;

namespace {

bool isPlainName(std::string_view segment) {
  return !segment.empty() && segment.front() != '.' && std::all_of(segment.begin(), segment.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
           c == '-';
  });
}

// "/sub/x.css" for root/sub/x.css, or empty when a segment is not a plain name.
std::string requestPath(const fs::path& root, const fs::path& file) {
  std::string out;
  for (const fs::path& segment : file.lexically_relative(root)) {
    if (!isPlainName(segment.native())) return {};
    out += "/" + segment.native();
  }
  return out;
}

// Whether `inner` (canonical) lies in the folder `root` (canonical).
bool isInside(const fs::path& root, const fs::path& inner) {
  return std::mismatch(root.begin(), root.end(), inner.begin(), inner.end()).first == root.end();
}

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// A coding's weight from its parameters ("q=0.5"); 1 without q, 0 when unreadable.
double quality(std::string_view parameters) {
  for (std::string_view parameter : split(parameters, ';')) {
    parameter = trim(parameter);
    if (parameter.size() < 2 || std::tolower(static_cast<unsigned char>(parameter[0])) != 'q' || parameter[1] != '=')
      continue;
    const std::string value(parameter.substr(2));
    char* end = nullptr;
    const double q = std::strtod(value.c_str(), &end);
    return end == value.c_str() + value.size() && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

// Whether `path` is X.gz or X.br of a file X that is there too (a precompressed variant).
template <typename Found> bool isVariantOfAnother(const Found& found, const std::string& path) {
  for (std::string_view suffix : {".gz", ".br"})
    if (path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return found.count(path.substr(0, path.size() - suffix.size())) > 0;
  return false;
}

// Whether `variant` was made from the current `original`: not more than a minute older, as
// a copy of the whole folder without its times (cp -r, a USB stick) leaves them; a file changed
// or replaced later than that has a stale variant.
bool isFresh(const fs::path& variant, const fs::path& original) {
  std::error_code ec1, ec2;
  const auto made = fs::last_write_time(variant, ec1);
  const auto changed = fs::last_write_time(original, ec2);
  return !ec1 && !ec2 && changed - made <= std::chrono::minutes(1);
}

// A strong ETag: the FNV-1a hash of the bytes (not a secret, only a change detector).
std::string strongEtag(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return "\"" + std::string(hex) + "-" + std::to_string(bytes.size()) + "\"";
}

Response notFound() {
  const Answer a = errorAnswer(404, "not_found", "Diese Seite gibt es nicht.");
  return {a.status, "application/json; charset=utf-8", makeBody(a.body), 0, false, {}};
}

}  // namespace

std::string_view contentType(std::string_view path) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".wasm", "application/wasm"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
      {".png", "image/png"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".webmanifest", "application/manifest+json"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".otf", "font/otf"}};
  for (const auto& [ext, type] : kTypes)
    if (path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext) return type;
  return "application/octet-stream";
}

std::string_view chooseEncoding(std::string_view acceptEncoding, bool brotli, bool gzip) {
  double qBrotli = -1, qGzip = -1, qAny = -1;  // -1: not named
  for (std::string_view item : split(acceptEncoding, ',')) {
    const std::size_t semicolon = item.find(';');
    const std::string_view coding = trim(item.substr(0, semicolon));
    const double q = semicolon == std::string_view::npos ? 1.0 : quality(item.substr(semicolon + 1));
    if (equalsIgnoringCase(coding, "br")) qBrotli = q;
    else if (equalsIgnoringCase(coding, "gzip") || equalsIgnoringCase(coding, "x-gzip")) qGzip = q;
    else if (coding == "*") qAny = q;
  }
  if (qBrotli < 0) qBrotli = qAny;
  if (qGzip < 0) qGzip = qAny;
  if (brotli && qBrotli > 0 && (!gzip || qBrotli >= qGzip)) return "br";
  if (gzip && qGzip > 0) return "gzip";
  return {};
}

bool noneMatchHits(std::string_view ifNoneMatch, std::string_view etag) {
  for (std::string_view tag : split(ifNoneMatch, ',')) {
    tag = trim(tag);
    if (tag == "*") return true;
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

bool isContentHashed(std::string_view path) {
  const std::string_view name = path.substr(path.rfind('/') + 1);
  const std::vector<std::string_view> parts = split(name, '.');
  return parts.size() >= 3 && std::any_of(parts.begin() + 1, parts.end() - 1, [](std::string_view part) {
           return part.size() == 12 && std::all_of(part.begin(), part.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                  });
         });
}

StaticFiles::StaticFiles(const fs::path& root, std::string* problem) : problem_(problem) {
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return;
  Found found;
  for (auto it = fs::recursive_directory_iterator(base, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::string path = requestPath(base, it->path());
    if (it->is_directory()) {
      if (path.empty()) it.disable_recursion_pending();  // a hidden folder
      continue;
    }
    const fs::path target = fs::canonical(it->path(), ec);
    if (path.empty() || ec || !isInside(base, target) || !fs::is_regular_file(target)) {
      ec.clear();
      continue;
    }
    found.emplace(std::move(path), target);
  }
  for (const auto& [path, file] : found)
    if (!full_ && !isVariantOfAnother(found, path)) add(found, path, file);
  problem_ = nullptr;
}

// Adds the file at `requestPath` with the precompressed variants beside it that are not stale.
void StaticFiles::add(const Found& found, const std::string& requestPath, const fs::path& file) {
  std::optional<Variant> identity = read(file);
  if (!identity) return;
  File entry{
      contentType(requestPath), isContentHashed(requestPath) ? kImmutable : kRevalidate, std::move(*identity), {}, {}};
  const auto variant = [&](const char* suffix) {
    const auto it = found.find(requestPath + suffix);
    if (it == found.end() || !isFresh(it->second, file)) return Variant{};
    return read(it->second).value_or(Variant{});
  };
  entry.gzip = variant(".gz");
  entry.brotli = variant(".br");
  files_.emplace(requestPath, std::move(entry));
}

// Reads one file with its ETag; nothing when it cannot be read or the limits are reached.
std::optional<StaticFiles::Variant> StaticFiles::read(const fs::path& file) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (!ec && (files_.size() >= kMaxFiles || size > kMaxBytes - bytes_)) {
    *problem_ += "Die Web-App ist zu groß (mehr als " + std::to_string(kMaxFiles) + " Dateien oder " +
                 std::to_string(kMaxBytes >> 20) + " MB); es fehlt " + file.string() + " und was folgt.\n";
    full_ = true;
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
  if (ec || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    *problem_ += "Die Datei " + file.string() + " kann nicht gelesen werden.\n";
    return std::nullopt;
  }
  bytes_ += bytes.size();
  std::string etag = strongEtag(bytes);
  return Variant{makeBody(std::move(bytes)), std::move(etag)};
}

Response StaticFiles::serve(const Request& request, std::string_view path) const {
  const auto it = files_.find(path == "/" ? std::string("/index.html") : std::string(path));
  if (it == files_.end()) return notFound();
  const File& file = it->second;
  const std::string_view encoding =
      chooseEncoding(request.acceptEncoding, file.brotli.bytes != nullptr, file.gzip.bytes != nullptr);
  const Variant& variant = encoding == "br" ? file.brotli : encoding == "gzip" ? file.gzip : file.identity;
  Response response{200, std::string(file.contentType), variant.bytes, 0, false, {}};
  response.file = {file.cacheControl, encoding, file.brotli.bytes || file.gzip.bytes, variant.etag};
  if (noneMatchHits(request.ifNoneMatch, variant.etag)) {
    response.status = 304;
    response.body = nullptr;
  }
  return response;
}

}  // namespace nwk::server
