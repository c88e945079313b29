#include "server/static_files.hpp"

#include <algorithm>
#include <fstream>

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

Response notFound() {
  const Answer a = errorAnswer(404, "not_found", "Diese Seite gibt es nicht.");
  return {a.status, "application/json; charset=utf-8", makeBody(a.body), 0, false};
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

StaticFiles::StaticFiles(const fs::path& root, std::string* problem) {
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return;
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
    if (!add(target, std::move(path), problem)) return;
  }
}

// Reads one file; false once the limits are reached.
bool StaticFiles::add(const fs::path& file, std::string requestPath, std::string* problem) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (!ec && (files_.size() >= kMaxFiles || size > kMaxBytes - bytes_)) {
    *problem += "Die Web-App ist zu groß (mehr als " + std::to_string(kMaxFiles) + " Dateien oder " +
                std::to_string(kMaxBytes >> 20) + " MB); es fehlt " + file.string() + " und was folgt.\n";
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
  if (ec || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    *problem += "Die Datei " + file.string() + " kann nicht gelesen werden.\n";
    return true;
  }
  bytes_ += bytes.size();
  const std::string_view type = contentType(requestPath);
  files_.emplace(std::move(requestPath), File{makeBody(std::move(bytes)), type});
  return true;
}

Response StaticFiles::serve(std::string_view path) const {
  const auto it = files_.find(path == "/" ? std::string("/index.html") : std::string(path));
  if (it == files_.end()) return notFound();
  return {200, std::string(it->second.contentType), it->second.bytes, 0, false};
}

}  // namespace nwk::server
