#include "server/static_files.hpp"

#include <algorithm>
#include <fstream>

#include "server/answer.hpp"

namespace nwk::server {

namespace {

bool isPlainName(std::string_view segment) {
  return !segment.empty() && segment.front() != '.' && std::all_of(segment.begin(), segment.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
           c == '-';
  });
}

// The file's path below the root, or empty when the request path is not a plain one.
std::filesystem::path relativePath(std::string_view path) {
  if (path == "/") return "index.html";
  if (path.empty() || path.front() != '/') return {};
  std::filesystem::path out;
  path.remove_prefix(1);
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (!isPlainName(segment)) return {};
    out /= std::string(segment);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (slash != std::string_view::npos && path.empty()) return {};  // a folder: no listing
  }
  return out;
}

Response notFound() {
  const Answer a = errorAnswer(404, "not_found", "Diese Seite gibt es nicht.");
  return {a.status, "application/json; charset=utf-8", a.body, 0, false};
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

Response StaticFiles::serve(std::string_view path) const {
  const std::filesystem::path relative = relativePath(path);
  if (relative.empty()) return notFound();
  const std::filesystem::path file = root_ / relative;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return notFound();
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  std::ifstream in(file, std::ios::binary);
  Response r;
  r.body.resize(ec ? 0 : static_cast<std::size_t>(size));
  if (ec || !in.read(r.body.data(), static_cast<std::streamsize>(r.body.size()))) return notFound();
  r.contentType = std::string(contentType(relative.string()));
  return r;
}

}  // namespace nwk::server
