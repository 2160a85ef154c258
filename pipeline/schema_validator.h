// A JSON Schema (2020-12) validator for the subset of keywords our schema uses. It refuses a
// schema that uses any other keyword, so nothing in the schema goes silently unenforced. The tests
// also validate every sample record with python3-jsonschema, an independent full implementation.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pe {

class SchemaValidator {
 public:
  /// Loads a schema; false with `error` if it is not JSON or uses an unsupported keyword.
  bool Load(const std::string& schema_text, std::string& error);
  /// Validates one instance; returns the problems found ("/mentions/3/span: missing required
  /// property 'char_end'"), empty if valid. Stops after `max_errors`.
  std::vector<std::string> Validate(const nlohmann::json& instance, size_t max_errors = 10) const;

 private:
  void Check(const nlohmann::json& schema, const nlohmann::json& v, const std::string& path,
             std::vector<std::string>& errors, size_t max_errors) const;
  bool CheckKeywords(const nlohmann::json& schema, const std::string& where, std::string& error) const;
  const nlohmann::json& Resolve(const std::string& ref) const;

  nlohmann::json schema_;
};

}  // namespace pe
