// The web app's files, read once at start from one folder and then shared by every request
// for them (GET and HEAD): no disk access and no copy per request. Only regular files inside
// the folder are taken: every segment of the path a plain name (letters, digits, '.', '_',
// '-', not starting with '.'), so no hidden file, and nothing a symlink leads to outside the
// folder; at most kMaxFiles files and kMaxBytes in all (precompressed variants included).
// "/" is index.html, there is no listing, and the Content-Type comes from the extension
// (application/wasm for .wasm).
// Precompressed variants: X.br and X.gz beside X (made at build time, cmake/Precompress.cmake)
// are not files of their own but X's body for clients whose Accept-Encoding takes them (br
// first, then gzip, q=0 honoured), with Content-Encoding and Vary: Accept-Encoding; a variant
// more than a minute older than X is stale (X changed after the build) and left out. Every variant has a strong ETag (a
// hash of its bytes), and If-None-Match with it is answered 304 without a body. Cache-Control: names with a content
// hash (app.0123456789ab.wasm, cmake/Fingerprint.cmake) never change, so a year and immutable; all others (index.html,
// loader.js, ...) no-cache, i.e. revalidated each time.
#pragma once
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "server/http.hpp"

namespace nwk::server {

class StaticFiles {
 public:
  static constexpr std::size_t kMaxFiles = 2000;
  static constexpr std::size_t kMaxBytes = 256u << 20;

  // Reads the folder; `problem` says (German) what was left out or could not be read.
  StaticFiles(const std::filesystem::path& root, std::string* problem);

  // The file at `path` (request.path by default) in the encoding the request accepts, or 304
  // when it holds that variant.
  Response serve(const Request& request) const { return serve(request, request.path); }
  Response serve(const Request& request, std::string_view path) const;
  bool has(std::string_view path) const { return files_.count(std::string(path)) > 0; }

 private:
  struct Variant {
    Body bytes;  // null: this encoding is not available
    std::string etag;
  };
  struct File {
    std::string_view contentType;
    std::string_view cacheControl;
    Variant identity, gzip, brotli;
  };
  using Found = std::map<std::string, std::filesystem::path>;  // canonical files by request path

  void add(const Found& found, const std::string& requestPath, const std::filesystem::path& file);
  std::optional<Variant> read(const std::filesystem::path& file);

  std::unordered_map<std::string, File> files_;  // by request path, "/app.wasm"
  std::size_t bytes_ = 0;
  std::string* problem_ = nullptr;  // during the constructor
  bool full_ = false;               // a limit was reached: nothing more is read
};

std::string_view contentType(std::string_view path);

// "br", "gzip" or "" (identity): the encoding a client with this Accept-Encoding gets, of
// those available.
std::string_view chooseEncoding(std::string_view acceptEncoding, bool brotli, bool gzip);

// Whether an If-None-Match header names `etag` (or is "*"); weak comparison, as RFC 9110 asks.
bool noneMatchHits(std::string_view ifNoneMatch, std::string_view etag);

// Whether a file name carries a content hash: a dot-separated part of 12 lowercase hex digits
// between its stem and extension ("app.0123456789ab.js").
bool isContentHashed(std::string_view path);

}  // namespace nwk::server
