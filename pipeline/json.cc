#include "pipeline/json.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace pe {

double Json::as_number() const {
  if (const auto* i = std::get_if<int64_t>(&v_)) return static_cast<double>(*i);
  return std::get<double>(v_);
}

Json& Json::Set(std::string_view key, Json value) {
  if (is_null()) v_ = Object{};
  Object& o = std::get<Object>(v_);
  for (auto& [k, v] : o) {
    if (k == key) {
      v = std::move(value);
      return v;
    }
  }
  o.emplace_back(std::string(key), std::move(value));
  return o.back().second;
}

Json& Json::Add(std::string_view key, Json value) {
  if (is_null()) v_ = Object{};
  Object& o = std::get<Object>(v_);
  o.emplace_back(std::string(key), std::move(value));
  return o.back().second;
}

const Json* Json::Find(std::string_view key) const {
  const auto* o = std::get_if<Object>(&v_);
  if (!o) return nullptr;
  for (const auto& [k, v] : *o) {
    if (k == key) return &v;
  }
  return nullptr;
}

Json& Json::Push(Json value) {
  if (is_null()) v_ = Array{};
  Array& a = std::get<Array>(v_);
  a.push_back(std::move(value));
  return a.back();
}

namespace {

// Index of the first byte of s that JSON must escape (a control byte, '"' or '\\'), or s.size().
// Eight bytes at a time (SWAR: a zero byte in x ^ pattern, or a byte below 0x20, sets its high bit
// in the test word).
size_t FirstToEscape(std::string_view s, size_t i) {
  const auto special = [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; };
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    __builtin_memcpy(&w, s.data() + i, 8);
    const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const uint64_t test = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | ((w - kOnes * 0x20) & ~w);
    if (!(test & kHigh)) continue;
    for (size_t k = i; k < i + 8; ++k) {  // the test may flag a byte that is not special
      if (special(static_cast<unsigned char>(s[k]))) return k;
    }
  }
  for (; i < s.size(); ++i) {
    if (special(static_cast<unsigned char>(s[i]))) return i;
  }
  return s.size();
}

void AppendEscaped(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    default: {
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(u, sizeof u);
    }
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s, bool comma) {
  size_t bad = FirstToEscape(s, 0);
  // The common case, nothing to escape: one resize and one copy (each append or push_back
  // checks the capacity; records are millions of short strings).
  const size_t old = out.size(), lead = comma ? 2 : 1;
  out.resize(old + lead + bad + (bad == s.size() ? 1 : 0));
  char* p = out.data() + old;
  if (comma) *p++ = ',';
  *p++ = '"';
  if (bad) __builtin_memcpy(p, s.data(), bad);
  if (bad == s.size()) {
    p[bad] = '"';
    return;
  }
  while (bad < s.size()) {
    AppendEscaped(out, static_cast<unsigned char>(s[bad]));
    const size_t next = FirstToEscape(s, bad + 1);
    out.append(s.data() + bad + 1, next - bad - 1);
    bad = next;
  }
  out.push_back('"');
}

void AppendJsonNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  if (v == std::trunc(v) && std::fabs(v) < 9.007199254740992e15) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
    out.append(buf, r.ptr);
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip
  out.append(buf, r.ptr);
}

JsonWriter& JsonWriter::Open(char c) {
  Separate();
  if (depth_ == kMaxDepth) std::abort();  // a programming error: records are shallow
  out_.push_back(c);
  ++depth_;
  empty_ |= uint64_t{1} << (depth_ - 1);
  return *this;
}

JsonWriter& JsonWriter::LongKey(std::string_view k, size_t comma) {
  if (comma) out_.push_back(',');
  out_.push_back('"');
  out_.append(k);
  out_ += "\":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view v) {
  AppendJsonString(out_, v, NeedsComma());
  return *this;
}

JsonWriter& JsonWriter::Int(uint64_t v) {
  char buf[32];
  char* p = buf;
  if (NeedsComma()) *p++ = ',';
  p = std::to_chars(p, buf + sizeof buf, v).ptr;
  out_.append(buf, p);
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  Separate();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Raw(std::string_view json) {
  Separate();
  out_.append(json);
  return *this;
}

JsonWriter& JsonWriter::Value(const Json& v) {
  Separate();
  v.Dump(out_);
  return *this;
}

void Json::Dump(std::string& out) const {
  struct Visitor {
    std::string& out;
    void operator()(std::monostate) const { out += "null"; }
    void operator()(bool b) const { out += b ? "true" : "false"; }
    void operator()(int64_t i) const {
      char buf[32];
      auto r = std::to_chars(buf, buf + sizeof buf, i);
      out.append(buf, r.ptr);
    }
    void operator()(double d) const { AppendJsonNumber(out, d); }
    void operator()(const std::string& s) const { AppendJsonString(out, s); }
    void operator()(const Array& a) const {
      out.push_back('[');
      for (size_t i = 0; i < a.size(); ++i) {
        if (i) out.push_back(',');
        a[i].Dump(out);
      }
      out.push_back(']');
    }
    void operator()(const Object& o) const {
      out.push_back('{');
      for (size_t i = 0; i < o.size(); ++i) {
        if (i) out.push_back(',');
        AppendJsonString(out, o[i].first);
        out.push_back(':');
        o[i].second.Dump(out);
      }
      out.push_back('}');
    }
  };
  std::visit(Visitor{out}, v_);
}

}  // namespace pe
