// The web app's files from one folder, for GET and HEAD: "/" is index.html, a path is only
// served when each of its segments is a plain name (letters, digits, '.', '_', '-', not
// starting with '.'), so nothing outside the folder, no hidden file and no listing; the
// Content-Type comes from the extension (application/wasm for .wasm).
#pragma once
#include <filesystem>
#include <string_view>

#include "server/http.hpp"

namespace nwk::server {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  Response serve(std::string_view path) const;

 private:
  std::filesystem::path root_;
};

std::string_view contentType(std::string_view path);

}  // namespace nwk::server
