// The web app's files, read once at start from one folder and then shared by every request
// for them (GET and HEAD): no disk access and no copy per request. Only regular files inside
// the folder are taken: every segment of the path a plain name (letters, digits, '.', '_',
// '-', not starting with '.'), so no hidden file, and nothing a symlink leads to outside the
// folder; at most kMaxFiles files and kMaxBytes in all. "/" is index.html, there is no
// listing, and the Content-Type comes from the extension (application/wasm for .wasm).
#pragma once
#include <cstddef>
#include <filesystem>
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

  Response serve(std::string_view path) const;
  bool has(std::string_view path) const { return files_.count(std::string(path)) > 0; }

 private:
  struct File {
    Body bytes;
    std::string_view contentType;
  };
  bool add(const std::filesystem::path& file, std::string requestPath, std::string* problem);

  std::unordered_map<std::string, File> files_;  // by request path, "/app.wasm"
  std::size_t bytes_ = 0;
};

std::string_view contentType(std::string_view path);

}  // namespace nwk::server
