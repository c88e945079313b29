// Real open data for the import tests, read from the folder in NWK_TEST_DATA, else the
// shared folder beside the clone (NWK_DEFAULT_TEST_DATA). Never copied into the repository;
// a missing file fails the test that reads it.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace nwk {

inline std::string testData(const std::string& name) {
  const char* env = std::getenv("NWK_TEST_DATA");
  const std::string path = std::string(env && *env ? env : NWK_DEFAULT_TEST_DATA) + "/" + name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  EXPECT_TRUE(in.good()) << "missing test data: " << path << " (set NWK_TEST_DATA)";
  return std::move(ss).str();
}

}  // namespace nwk
