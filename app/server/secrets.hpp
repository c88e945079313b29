// Unguessable identifiers: random hex from the kernel's generator (getrandom), the
// facilitator's secret kept in the data folder (created once, mode 0600), and a comparison
// whose time does not depend on where two secrets differ.
#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace nwk::server {

// 2 * bytes lowercase hex digits.
std::string randomHex(std::size_t bytes);

// A uniformly chosen index below n (n > 0).
std::size_t randomBelow(std::size_t n);

// The secret in dir/facilitator-secret (128 bits, hex); made on first use. nullopt with a
// reason when the file cannot be read or written.
std::optional<std::string> loadOrCreateSecret(const std::filesystem::path& dir, std::string* problem);

bool constantTimeEqual(std::string_view a, std::string_view b);

}  // namespace nwk::server
