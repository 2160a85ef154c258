#include "pipeline/schema_validator.h"

#include <re2/re2.h>

#include <cmath>
#include <set>

#include "pipeline/utf8.h"

namespace pe {
namespace {

const std::set<std::string> kKeywords = {
    // assertions we enforce
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum",
    "maximum", "exclusiveMinimum", "minLength", "maxLength", "pattern", "$ref", "anyOf", "oneOf",
    "allOf", "minItems", "maxItems", "uniqueItems", "minProperties",
    // structure and annotations (no assertion)
    "$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default", "format"};

bool TypeMatches(const std::string& type, const nlohmann::json& v) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_boolean();
  if (type == "null") return v.is_null();
  if (type == "number") return v.is_number();
  if (type == "integer") {
    if (v.is_number_integer()) return true;
    if (v.is_number_float()) {
      const double d = v.get<double>();
      return std::isfinite(d) && d == std::floor(d);
    }
    return false;
  }
  return false;
}

}  // namespace

bool SchemaValidator::CheckKeywords(const nlohmann::json& schema, const std::string& where, std::string& error) const {
  if (schema.is_boolean()) return true;
  if (!schema.is_object()) {
    error = where + ": a schema must be an object or a boolean";
    return false;
  }
  for (const auto& [k, v] : schema.items()) {
    if (!kKeywords.count(k)) {
      error = where + ": unsupported keyword \"" + k + "\"";
      return false;
    }
    if (k == "properties" || k == "$defs") {
      for (const auto& [name, sub] : v.items()) {
        if (!CheckKeywords(sub, where + "/" + k + "/" + name, error)) return false;
      }
    } else if (k == "items" || k == "additionalProperties") {
      if (!CheckKeywords(v, where + "/" + k, error)) return false;
    } else if (k == "anyOf" || k == "oneOf" || k == "allOf") {
      for (size_t i = 0; i < v.size(); ++i) {
        if (!CheckKeywords(v[i], where + "/" + k + "/" + std::to_string(i), error)) return false;
      }
    } else if (k == "pattern") {
      RE2 re(v.get<std::string>(), RE2::Quiet);
      if (!re.ok()) {
        error = where + ": bad pattern: " + re.error();
        return false;
      }
    }
  }
  return true;
}

bool SchemaValidator::Load(const std::string& schema_text, std::string& error) {
  try {
    schema_ = nlohmann::json::parse(schema_text);
  } catch (const std::exception& e) {
    error = std::string("schema is not JSON: ") + e.what();
    return false;
  }
  return CheckKeywords(schema_, "#", error);
}

const nlohmann::json& SchemaValidator::Resolve(const std::string& ref) const {
  static const nlohmann::json kFalse = false;
  if (ref.rfind("#/", 0) != 0) return kFalse;
  try {
    return schema_.at(nlohmann::json::json_pointer(ref.substr(1)));
  } catch (...) {
    return kFalse;
  }
}

void SchemaValidator::Check(const nlohmann::json& s, const nlohmann::json& v, const std::string& path,
                            std::vector<std::string>& errors, size_t max_errors) const {
  if (errors.size() >= max_errors) return;
  const std::string where = path.empty() ? "/" : path;
  const auto fail = [&](const std::string& msg) { errors.push_back(where + ": " + msg); };
  if (s.is_boolean()) {
    if (!s.get<bool>()) fail("not allowed here");
    return;
  }
  if (auto it = s.find("$ref"); it != s.end()) Check(Resolve(it->get<std::string>()), v, path, errors, max_errors);
  if (auto it = s.find("type"); it != s.end()) {
    bool ok = false;
    if (it->is_string()) {
      ok = TypeMatches(it->get<std::string>(), v);
    } else {
      for (const auto& t : *it) ok = ok || TypeMatches(t.get<std::string>(), v);
    }
    if (!ok) {
      fail("expected type " + it->dump() + ", got " + std::string(v.type_name()));
      return;
    }
  }
  if (auto it = s.find("const"); it != s.end() && *it != v) fail("must be " + it->dump());
  if (auto it = s.find("enum"); it != s.end()) {
    bool found = false;
    for (const auto& e : *it) found = found || e == v;
    if (!found) fail("must be one of " + it->dump() + ", got " + v.dump());
  }
  if (v.is_number()) {
    const double d = v.get<double>();
    if (auto it = s.find("minimum"); it != s.end() && d < it->get<double>()) fail("below minimum " + it->dump());
    if (auto it = s.find("maximum"); it != s.end() && d > it->get<double>()) fail("above maximum " + it->dump());
    if (auto it = s.find("exclusiveMinimum"); it != s.end() && d <= it->get<double>()) {
      fail("must be greater than " + it->dump());
    }
  }
  if (v.is_string()) {
    const std::string& str = v.get_ref<const std::string&>();
    const size_t len = utf8::CountCodePoints(str);
    if (auto it = s.find("minLength"); it != s.end() && len < it->get<size_t>()) fail("shorter than minLength " + it->dump());
    if (auto it = s.find("maxLength"); it != s.end() && len > it->get<size_t>()) fail("longer than maxLength " + it->dump());
    if (auto it = s.find("pattern"); it != s.end()) {
      RE2 re(it->get<std::string>(), RE2::Quiet);
      if (!RE2::PartialMatch(str, re)) fail("does not match pattern " + it->dump());
    }
  }
  if (v.is_array()) {
    if (auto it = s.find("minItems"); it != s.end() && v.size() < it->get<size_t>()) fail("fewer than minItems " + it->dump());
    if (auto it = s.find("maxItems"); it != s.end() && v.size() > it->get<size_t>()) fail("more than maxItems " + it->dump());
    if (auto it = s.find("uniqueItems"); it != s.end() && it->get<bool>()) {
      for (size_t i = 0; i < v.size(); ++i) {
        for (size_t j = i + 1; j < v.size(); ++j) {
          if (v[i] == v[j]) fail("items " + std::to_string(i) + " and " + std::to_string(j) + " are equal");
        }
      }
    }
    if (auto it = s.find("items"); it != s.end()) {
      for (size_t i = 0; i < v.size(); ++i) Check(*it, v[i], path + "/" + std::to_string(i), errors, max_errors);
    }
  }
  if (v.is_object()) {
    if (auto it = s.find("required"); it != s.end()) {
      for (const auto& r : *it) {
        if (!v.contains(r.get<std::string>())) fail("missing required property \"" + r.get<std::string>() + "\"");
      }
    }
    if (auto it = s.find("minProperties"); it != s.end() && v.size() < it->get<size_t>()) fail("fewer than minProperties");
    const auto props = s.find("properties");
    const auto additional = s.find("additionalProperties");
    for (const auto& [k, sub] : v.items()) {
      if (props != s.end() && props->contains(k)) {
        Check((*props)[k], sub, path + "/" + k, errors, max_errors);
      } else if (additional != s.end()) {
        if (additional->is_boolean() && !additional->get<bool>()) {
          fail("unexpected property \"" + k + "\"");
        } else {
          Check(*additional, sub, path + "/" + k, errors, max_errors);
        }
      }
    }
  }
  if (auto it = s.find("allOf"); it != s.end()) {
    for (const auto& sub : *it) Check(sub, v, path, errors, max_errors);
  }
  if (auto it = s.find("anyOf"); it != s.end()) {
    bool any = false;
    for (const auto& sub : *it) {
      std::vector<std::string> e;
      Check(sub, v, path, e, 1);
      any = any || e.empty();
    }
    if (!any) fail("matches none of the allowed forms (anyOf)");
  }
  if (auto it = s.find("oneOf"); it != s.end()) {
    int matches = 0;
    std::string first_error;
    for (const auto& sub : *it) {
      std::vector<std::string> e;
      Check(sub, v, path, e, 1);
      if (e.empty()) ++matches;
      else if (first_error.empty()) first_error = e[0];
    }
    if (matches != 1) {
      fail(matches == 0 ? "matches none of the allowed forms (oneOf); e.g. " + first_error
                        : "matches more than one form (oneOf)");
    }
  }
}

std::vector<std::string> SchemaValidator::Validate(const nlohmann::json& instance, size_t max_errors) const {
  std::vector<std::string> errors;
  Check(schema_, instance, "", errors, max_errors);
  return errors;
}

}  // namespace pe
