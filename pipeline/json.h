// A small ordered JSON value and a fast writer for records. Keys keep insertion order, so the
// output is deterministic and reads in the order the schema documents. Reading JSON is done with
// simdjson (input) or nlohmann-json (tools that read our own output).
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pe {

class Json {
 public:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  Json() = default;  // null
  Json(std::nullptr_t) {}
  Json(bool b) : v_(b) {}
  Json(int v) : v_(static_cast<int64_t>(v)) {}
  Json(int64_t v) : v_(v) {}
  Json(uint64_t v) : v_(static_cast<int64_t>(v)) {}
  Json(double v) : v_(v) {}
  Json(const char* s) : v_(std::string(s)) {}
  Json(std::string s) : v_(std::move(s)) {}
  Json(std::string_view s) : v_(std::string(s)) {}
  Json(Array a) : v_(std::move(a)) {}
  Json(Object o) : v_(std::move(o)) {}

  static Json MakeObject() { return Json(Object{}); }
  static Json MakeArray() { return Json(Array{}); }
  static Json Size(size_t v) { return Json(static_cast<int64_t>(v)); }

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_object() const { return std::holds_alternative<Object>(v_); }
  bool is_array() const { return std::holds_alternative<Array>(v_); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_number() const { return std::holds_alternative<double>(v_) || std::holds_alternative<int64_t>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }

  double as_number() const;
  const std::string& as_string() const { return std::get<std::string>(v_); }
  bool as_bool() const { return std::get<bool>(v_); }
  const Array& as_array() const { return std::get<Array>(v_); }
  Array& as_array() { return std::get<Array>(v_); }
  const Object& as_object() const { return std::get<Object>(v_); }
  Object& as_object() { return std::get<Object>(v_); }

  /// Object access: sets key (replacing an existing value); the value must be an object (or null,
  /// which becomes an object).
  Json& Set(std::string_view key, Json value);
  /// Object lookup; nullptr if absent or not an object.
  const Json* Find(std::string_view key) const;
  /// Array append; null becomes an array.
  Json& Push(Json value);

  /// Appends compact JSON to out. Numbers: integers as integers, doubles in shortest round-trip form.
  void Dump(std::string& out) const;
  /// For a value written inside a piece of bounded size (AppendWritten): the most bytes
  /// PutScalarJson writes if the value is null, a bool, a number or a string; 0 for an array or
  /// an object (Dump those).
  size_t MaxScalarJson() const;
  /// Writes a value of MaxScalarJson() > 0 at p, the same text as Dump; returns the end.
  char* PutScalarJson(char* p) const;
  std::string Dump() const {
    std::string s;
    Dump(s);
    return s;
  }

  bool operator==(const Json& o) const { return v_ == o.v_; }

 private:
  static constexpr size_t kFirstMembers = 4;
  /// The object (a null becomes one) with room for members.
  Object& ObjectToAddTo();

  std::variant<std::monostate, bool, int64_t, double, std::string, Array, Object> v_;
};

/// Writes JSON text straight into a string, for the records (the hot path: no value tree).
/// Commas are placed by the writer; keys and values must alternate inside objects. The small
/// members are inline: a record has tens of thousands of them.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  /// A key: one of the schema's names, ASCII without characters that need escaping.
  JsonWriter& Key(std::string_view k) {
    // One append of ,"key": (a comma unless first): each append checks capacity.
    char buf[kMaxKey + 4];
    size_t n = 0;
    if (NeedsComma()) buf[n++] = ',';
    if (k.size() > kMaxKey) return LongKey(k, n);
    buf[n++] = '"';
    __builtin_memcpy(buf + n, k.data(), k.size());
    n += k.size();
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    after_key_ = true;
    return *this;
  }
  JsonWriter& String(std::string_view v);
  /// Key(k).String(v), in one piece when v needs no escaping (records have millions of these).
  JsonWriter& Member(std::string_view k, std::string_view v);
  JsonWriter& Int(uint64_t v);
  JsonWriter& Null();
  JsonWriter& Bool(bool v);
  /// A value given as a Json tree (mention values, parameters).
  JsonWriter& Value(const Json& v);
  /// A value already written as JSON text.
  JsonWriter& Raw(std::string_view json);
  /// For items of a fixed shape written often (the records' mentions): places the comma the next
  /// item needs and returns the output, to which the caller appends the whole item as JSON text.
  std::string& RawItem() {
    Separate();
    return out_;
  }

 private:
  static constexpr size_t kMaxKey = 60;
  static constexpr unsigned kMaxDepth = 64;  // records nest a handful of levels

  /// Whether the next item needs a comma before it; marks the container as no longer empty.
  bool NeedsComma() {
    if (after_key_) {
      after_key_ = false;
      return false;
    }
    if (depth_ == 0) return false;
    const uint64_t bit = uint64_t{1} << (depth_ - 1);
    const bool first = empty_ & bit;
    empty_ &= ~bit;
    return !first;
  }
  void Separate() {
    if (NeedsComma()) out_.push_back(',');
  }
  JsonWriter& Open(char c);
  JsonWriter& Close(char c) {
    out_.push_back(c);
    --depth_;
    return *this;
  }
  JsonWriter& LongKey(std::string_view k, size_t comma);

  std::string& out_;
  uint64_t empty_ = 0;  // bit d-1: the container at depth d has nothing in it yet
  unsigned depth_ = 0;
  bool after_key_ = false;
};

/// Appends s as a JSON string literal (quotes included), after a comma if `comma`. s must be
/// valid UTF-8.
void AppendJsonString(std::string& out, std::string_view s, bool comma = false);
/// AppendJsonString without the quotes: for a string written from several pieces.
void AppendJsonStringBody(std::string& out, std::string_view s);
/// Most bytes WriteJsonString writes for a string of n bytes (every byte escaped as \u00XX).
constexpr size_t MaxJsonString(size_t n) { return 6 * n + 2; }
/// Writes s as a JSON string literal (quotes included) at p, which has room for
/// MaxJsonString(s.size()) bytes; returns the end. s must be valid UTF-8. The same text as
/// AppendJsonString.
char* WriteJsonString(char* p, std::string_view s);
/// WriteJsonString without the quotes (MaxJsonString(s.size()) - 2 bytes at most).
char* WriteJsonStringBody(char* p, std::string_view s);
/// Copies a string literal (without its terminating zero) to p; returns the end. The length is
/// known at compile time, so the copy is a move or two, not a call. For AppendWritten's pieces.
template <size_t N>
char* Put(char* p, const char (&literal)[N]) {
  __builtin_memcpy(p, literal, N - 1);
  return p + N - 1;
}
/// Copies s (text already in its JSON form) to p; returns the end. For AppendWritten's pieces.
inline char* PutText(char* p, std::string_view s) {
  __builtin_memcpy(p, s.data(), s.size());
  return p + s.size();
}
namespace detail {
/// end - start, checked against the piece's bound: a writer that goes past it has undercounted
/// (a programming error, stopped here rather than left to corrupt memory unseen).
inline size_t Written(const char* start, const char* end, size_t max) {
  const auto n = static_cast<size_t>(end - start);
  if (n > max) {
    std::fprintf(stderr, "internal error: a JSON piece of %zu bytes overran its bound of %zu\n", n, max);
    std::abort();
  }
  return n;
}
}  // namespace detail

/// Appends what write(char* p) writes at p (at most `max` bytes; it returns the end) to out.
/// Many small pieces of known bound cost one capacity check this way, not one each.
template <typename Write>
void AppendWritten(std::string& out, size_t max, Write write) {
  // Most pieces (a mention's, a block's) are written on the stack and appended: resize would zero
  // their whole bound in out first (callgrind: fewer instructions up to 1 KB; 2 KB more).
  if (max <= 1024) {
    char piece[1024];
    out.append(piece, detail::Written(piece, write(piece), max));
    return;
  }
  const size_t old = out.size();
  out.resize(old + max);
  out.resize(old + detail::Written(out.data() + old, write(out.data() + old), max));
}
/// A growable buffer of text written in pieces of bounded size (a record's mentions, its blocks)
/// straight into its room: growing it does not zero the room first, as a std::string's resize
/// does, and a piece needs no copy (the record writer wrote its pieces into a 4 KB buffer on the
/// stack and appended that to a std::string: the copy was ~2% of a run's cycles).
class TextBuffer {
 public:
  TextBuffer() = default;
  TextBuffer(TextBuffer&& o) noexcept : data_(std::move(o.data_)), size_(o.size_), capacity_(o.capacity_) {
    o.size_ = o.capacity_ = 0;
  }
  TextBuffer& operator=(TextBuffer&& o) noexcept {
    data_ = std::move(o.data_);
    size_ = o.size_;
    capacity_ = o.capacity_;
    o.size_ = o.capacity_ = 0;
    return *this;
  }

  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view view() const { return std::string_view(data_.get(), size_); }
  void clear() { size_ = 0; }
  /// Room for n bytes in all, growing to at least twice the room there was (and some room always:
  /// a piece of no bytes is written at a valid pointer too).
  void reserve(size_t n) {
    if (n > capacity_ || !data_) Grow(n);
  }

  /// Adds what write(char* p) writes at p (at most max bytes; it returns the end).
  template <typename Write>
  void Add(size_t max, Write write) {
    reserve(size_ + max);
    char* p = data_.get() + size_;
    size_ += detail::Written(p, write(p), max);
  }
  /// Adds text already in its final form.
  void Append(std::string_view s) {
    Add(s.size(), [&](char* p) { return PutText(p, s); });
  }

 private:
  void Grow(size_t n);

  std::unique_ptr<char[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

namespace detail {
/// Whether x and y (n >= sizeof(Word) bytes each) agree in their first and last sizeof(Word)
/// bytes: for n <= 2 * sizeof(Word), whether they are equal.
template <typename Word>
inline bool SameFirstAndLastWords(const char* x, const char* y, size_t n) {
  Word x0, x1, y0, y1;
  __builtin_memcpy(&x0, x, sizeof(Word));
  __builtin_memcpy(&x1, x + n - sizeof(Word), sizeof(Word));
  __builtin_memcpy(&y0, y, sizeof(Word));
  __builtin_memcpy(&y1, y + n - sizeof(Word), sizeof(Word));
  return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}
}  // namespace detail

/// a == b, short strings (a mention's few bytes) compared inline: a memcmp call per mention was
/// 0.08% of the instructions.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char *x = a.data(), *y = b.data();
  if (n > 16) return std::memcmp(x, y, n) == 0;
  if (n >= 8) return detail::SameFirstAndLastWords<uint64_t>(x, y, n);
  if (n >= 4) return detail::SameFirstAndLastWords<uint32_t>(x, y, n);
  for (size_t i = 0; i < n; ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

namespace detail {
inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
/// The two digits of n < 100 at p; returns the end.
inline char* PutDigitPair(char* p, uint32_t n) {
  __builtin_memcpy(p, kDigitPairs + 2 * n, 2);
  return p + 2;
}
/// n < 100 in one or two digits at p; returns the end.
inline char* PutUpToTwoDigits(char* p, uint32_t n) {
  if (n < 10) {
    *p = static_cast<char>('0' + n);
    return p + 1;
  }
  return PutDigitPair(p, n);
}
/// WriteDecimal for v >= 1,000,000.
char* WriteLongDecimal(char* p, uint64_t v);
}  // namespace detail

/// Writes v in decimal at p (up to 20 bytes); returns the end. Two digits at a time from a table,
/// without std::to_chars' generic length computation: records have four numbers per span. Inline,
/// with a branch per size up to six digits (spans' offsets are almost all of one to six): 32-bit
/// divisions by constants, no loop (callgrind: 43 instructions a number out of line with a loop).
inline char* WriteDecimal(char* p, uint64_t v) {
  using detail::PutDigitPair, detail::PutUpToTwoDigits;
  if (v < 100) return PutUpToTwoDigits(p, static_cast<uint32_t>(v));
  const auto n = static_cast<uint32_t>(v);
  if (v < 10000) {
    const uint32_t hi = n / 100;
    return PutDigitPair(PutUpToTwoDigits(p, hi), n - hi * 100);
  }
  if (v < 1000000) {
    const uint32_t hi = n / 10000, lo = n - hi * 10000, mid = lo / 100;
    return PutDigitPair(PutDigitPair(PutUpToTwoDigits(p, hi), mid), lo - mid * 100);
  }
  return detail::WriteLongDecimal(p, v);
}
/// Most bytes PutJsonNumber writes (std::to_chars' longest shortest form is 24).
inline constexpr size_t kMaxJsonNumber = 32;
/// Writes a double in shortest round-trip form at p; integral values print without a fraction;
/// returns the end.
char* PutJsonNumber(char* p, double v);
/// Appends a double as PutJsonNumber writes it.
void AppendJsonNumber(std::string& out, double v);

}  // namespace pe
