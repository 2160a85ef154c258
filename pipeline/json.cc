#include "pipeline/json.h"

#include <emmintrin.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace pe {

double Json::as_number() const {
  if (const auto* i = std::get_if<int64_t>(&v_)) return static_cast<double>(*i);
  return std::get<double>(v_);
}

Json::Object& Json::ObjectToAddTo() {
  if (is_null()) v_ = Object{};
  Object& o = std::get<Object>(v_);
  // Room for a few members at once: mention values (ranges) have two, the source object up to
  // eleven, and growing one at a time reallocated (and moved the members) at the second and third.
  if (o.capacity() == 0) o.reserve(kFirstMembers);
  return o;
}

Json& Json::Set(std::string_view key, Json value) {
  Object& o = ObjectToAddTo();
  for (auto& [k, v] : o) {
    if (k == key) {
      v = std::move(value);
      return v;
    }
  }
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

// Bit i set: byte i of v is one JSON must escape (a control byte, '"' or '\\'). SSE2, which every
// x86-64 has: 16 bytes in a handful of instructions.
unsigned SpecialBytes(__m128i v) {
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // v <= 0x1F
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)));
}

__m128i Load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// Index of the first byte of s at or after i that JSON must escape, or s.size().
size_t FirstToEscape(std::string_view s, size_t i) {
  for (; i + 16 <= s.size(); i += 16) {
    if (const unsigned m = SpecialBytes(Load16(s.data() + i))) return i + static_cast<size_t>(std::countr_zero(m));
  }
  if (i == s.size()) return i;
  if (s.size() >= 16) {  // the last 16 bytes, overlapping the ones already looked at
    const size_t last = s.size() - 16;
    const unsigned m = SpecialBytes(Load16(s.data() + last)) >> (i - last);
    return m ? i + static_cast<size_t>(std::countr_zero(m)) : s.size();
  }
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return s.size();
}

// Writes c escaped at p (at most six bytes); returns the end.
char* PutEscaped(char* p, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  const auto two = [&](char second) {
    p[0] = '\\';
    p[1] = second;
    return p + 2;
  };
  switch (c) {
    case '"': return two('"');
    case '\\': return two('\\');
    case '\n': return two('n');
    case '\r': return two('r');
    case '\t': return two('t');
    case '\b': return two('b');
    case '\f': return two('f');
    default: {
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      __builtin_memcpy(p, u, sizeof u);
      return p + sizeof u;
    }
  }
}

void AppendEscaped(std::string& out, unsigned char c) {
  char buf[6];
  out.append(buf, PutEscaped(buf, c));
}

// s's bytes with those JSON needs escaped written as escapes (no quotes around).
void AppendWithEscapes(std::string& out, std::string_view s) {
  for (size_t done = 0; done < s.size();) {
    const size_t bad = FirstToEscape(s, done);
    out.append(s.data() + done, bad - done);
    if (bad == s.size()) break;
    AppendEscaped(out, static_cast<unsigned char>(s[bad]));
    done = bad + 1;
  }
}

// The general case: a long string, or one with bytes to escape.
void AppendJsonStringSlow(std::string& out, std::string_view s, bool comma, bool colon) {
  if (comma) out.push_back(',');
  out.push_back('"');
  AppendWithEscapes(out, s);
  out.push_back('"');
  if (colon) out.push_back(':');
}

uint64_t Load8(const char* p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8);
  return w;
}

uint32_t Load4(const char* p) {
  uint32_t w;
  __builtin_memcpy(&w, p, 4);
  return w;
}

// True if s has a byte JSON must escape. The bytes are loaded from s itself, 16 at a time, a short
// string's in two overlapping loads (nothing read outside s; and not from a copy just written,
// which would stall the loads on the stores still in flight).
// Always inlined: it runs for every string of every record, and gcc kept it out of line.
[[gnu::always_inline]] inline bool NeedsEscaping(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 16) {
    for (size_t i = 0; i + 16 <= n; i += 16) {
      if (SpecialBytes(Load16(p + i))) return true;
    }
    return n % 16 != 0 && SpecialBytes(Load16(p + n - 16)) != 0;
  }
  constexpr int kSpaces = 0x20202020;
  __m128i v;
  if (n >= 8) {
    v = _mm_set_epi64x(static_cast<int64_t>(Load8(p + n - 8)), static_cast<int64_t>(Load8(p)));
  } else if (n >= 4) {
    v = _mm_set_epi32(kSpaces, kSpaces, static_cast<int>(Load4(p + n - 4)), static_cast<int>(Load4(p)));
  } else if (n > 0) {  // the first, middle and last bytes are all of them
    const auto byte = [&](size_t i) { return static_cast<int>(static_cast<unsigned char>(p[i])); };
    v = _mm_set_epi32(kSpaces, kSpaces, kSpaces, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16 | ' ' << 24);
  } else {
    return false;
  }
  return SpecialBytes(v) != 0;
}

// memcpy(to, s), a short s copied inline in two overlapping moves: for the few bytes of most
// record strings, the call costs more than the copy.
// Always inlined, like NeedsEscaping.
[[gnu::always_inline]] inline void CopyBytes(char* to, std::string_view s) {
  const char* from = s.data();
  const size_t n = s.size();
  if (n >= 16) {
    __builtin_memcpy(to, from, n);
  } else if (n >= 8) {
    const uint64_t head = Load8(from), tail = Load8(from + n - 8);
    __builtin_memcpy(to, &head, 8);
    __builtin_memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    const uint32_t head = Load4(from), tail = Load4(from + n - 4);
    __builtin_memcpy(to, &head, 4);
    __builtin_memcpy(to + n - 4, &tail, 4);
  } else {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

// Appends [,]"s"[:] JSON-escaped.
void AppendQuoted(std::string& out, std::string_view s, bool comma, bool colon) {
  if (NeedsEscaping(s)) {
    AppendJsonStringSlow(out, s, comma, colon);
    return;
  }
  // The common case, nothing to escape: one resize and one copy (each append or push_back
  // checks the capacity; records are millions of short strings).
  const size_t old = out.size();
  out.resize(old + s.size() + 2 + comma + colon);
  char* p = out.data() + old;
  if (comma) *p++ = ',';
  *p++ = '"';
  CopyBytes(p, s);
  p += s.size();
  *p++ = '"';
  if (colon) *p = ':';
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s, bool comma) { AppendQuoted(out, s, comma, false); }

void AppendJsonStringBody(std::string& out, std::string_view s) {
  if (NeedsEscaping(s)) {
    AppendWithEscapes(out, s);
  } else {
    out.append(s);
  }
}

namespace {

[[gnu::always_inline]] inline char* PutJsonStringBody(char* p, std::string_view s) {
  if (!NeedsEscaping(s)) {
    CopyBytes(p, s);
    return p + s.size();
  }
  for (size_t done = 0; done < s.size();) {
    const size_t bad = FirstToEscape(s, done);
    __builtin_memcpy(p, s.data() + done, bad - done);
    p += bad - done;
    if (bad == s.size()) break;
    p = PutEscaped(p, static_cast<unsigned char>(s[bad]));
    done = bad + 1;
  }
  return p;
}

}  // namespace

char* WriteJsonString(char* p, std::string_view s) {
  *p++ = '"';
  p = PutJsonStringBody(p, s);
  *p++ = '"';
  return p;
}

char* WriteJsonStringBody(char* p, std::string_view s) { return PutJsonStringBody(p, s); }

void TextBuffer::Grow(size_t n) {
  const size_t room = std::max({n, 2 * capacity_, size_t{64}});
  std::unique_ptr<char[]> grown = std::make_unique_for_overwrite<char[]>(room);
  if (size_) __builtin_memcpy(grown.get(), data_.get(), size_);
  data_ = std::move(grown);
  capacity_ = room;
}

namespace detail {

char* WriteLongDecimal(char* p, uint64_t v) {
  static constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
                                        1000000000, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
                                        10000000000000ULL, 100000000000000ULL, 1000000000000000ULL,
                                        10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL,
                                        10000000000000000000ULL};
  // Digits from the bit width (log10 2 ≈ 1233 / 4096), corrected by one comparison. v | 1 has
  // as many digits as v (no power of ten is odd but 1), and one digit for 0.
  const uint64_t odd = v | 1;
  const size_t guess = (static_cast<size_t>(std::bit_width(odd)) * 1233) >> 12;
  const size_t digits = guess + (odd >= kPow10[guess] ? 1 : 0);
  char* const end = p + digits;
  char* q = end;
  for (; v >= 100; v /= 100) {
    q -= 2;
    PutDigitPair(q, static_cast<uint32_t>(v % 100));
  }
  if (v >= 10) {
    PutDigitPair(q - 2, static_cast<uint32_t>(v));
  } else {
    q[-1] = static_cast<char>('0' + v);
  }
  return end;
}

}  // namespace detail

namespace {

// v in std::to_chars' shortest round-trip form when it has at most six decimals and that form
// is fixed-point (rates, amounts: most of the doubles in records), without its general
// algorithm, at p; returns the end, or nullptr (nothing written) otherwise. The digits m·10^-k
// are v's shortest form when k is the smallest number of decimals with m / 10^k == v (m and 10^k
// are exact doubles, so the division rounds as parsing the digits does).
char* PutShortDecimal(char* p, double v) {
  static constexpr double kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  for (size_t k = 1; k < std::size(kPow10); ++k) {
    const double scaled = std::nearbyint(v * kPow10[k]);
    if (std::fabs(scaled) >= 0x1p50) return nullptr;
    if (scaled / kPow10[k] != v) continue;
    const uint64_t m = static_cast<uint64_t>(std::fabs(scaled));
    char digits[24];
    const size_t n = static_cast<size_t>(WriteDecimal(digits, m) - digits);
    // to_chars takes the scientific form when it is shorter: d[.ddd]e±XX.
    const size_t fixed = n > k ? n + 1 : k + 2;
    const int exponent = static_cast<int>(n) - 1 - static_cast<int>(k);
    const size_t scientific = n + (n > 1 ? 1 : 0) + 2 + (exponent <= -100 || exponent >= 100 ? 3 : 2);
    if (fixed > scientific) return nullptr;
    if (v < 0) *p++ = '-';
    if (n > k) {
      p = std::copy(digits, digits + n - k, p);
      *p++ = '.';
      return std::copy(digits + n - k, digits + n, p);
    }
    *p++ = '0';
    *p++ = '.';
    p = std::fill_n(p, k - n, '0');
    return std::copy(digits, digits + n, p);
  }
  return nullptr;
}

// v in decimal, as std::to_chars writes it, at p; returns the end. WriteDecimal's digits (mention
// values are mostly small whole amounts).
char* PutInteger(char* p, int64_t v) {
  if (v < 0) *p++ = '-';
  // The magnitude as unsigned: -v overflows for the smallest int64_t.
  const uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return WriteDecimal(p, magnitude);
}

}  // namespace

char* PutJsonNumber(char* p, double v) {
  if (!std::isfinite(v)) return Put(p, "null");
  if (v == std::trunc(v) && std::fabs(v) < 9.007199254740992e15) return PutInteger(p, static_cast<int64_t>(v));
  if (char* end = PutShortDecimal(p, v)) return end;
  return std::to_chars(p, p + kMaxJsonNumber, v).ptr;  // shortest round-trip
}

void AppendJsonNumber(std::string& out, double v) {
  char buf[kMaxJsonNumber];
  out.append(buf, PutJsonNumber(buf, v));
}

size_t Json::MaxScalarJson() const {
  switch (v_.index()) {
    case 0: case 1: return 5;
    case 2: case 3: return kMaxJsonNumber;
    case 4: return MaxJsonString(std::get_if<std::string>(&v_)->size());
    default: return 0;
  }
}

char* Json::PutScalarJson(char* p) const {
  switch (v_.index()) {
    case 0: return Put(p, "null");
    case 1: return *std::get_if<bool>(&v_) ? Put(p, "true") : Put(p, "false");
    case 2: return PutInteger(p, *std::get_if<int64_t>(&v_));
    case 3: return PutJsonNumber(p, *std::get_if<double>(&v_));
    case 4: return WriteJsonString(p, *std::get_if<std::string>(&v_));
    default: std::abort();  // a programming error: MaxScalarJson() said 0
  }
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

JsonWriter& JsonWriter::Member(std::string_view k, std::string_view v) {
  if (NeedsEscaping(v)) return Key(k).String(v);
  const bool comma = NeedsComma();
  const size_t old = out_.size();
  out_.resize(old + comma + k.size() + v.size() + 5);
  char* p = out_.data() + old;
  if (comma) *p++ = ',';
  *p++ = '"';
  CopyBytes(p, k);
  p += k.size();
  __builtin_memcpy(p, "\":\"", 3);
  p += 3;
  CopyBytes(p, v);
  p[v.size()] = '"';
  return *this;
}

JsonWriter& JsonWriter::Int(uint64_t v) {
  char buf[32];
  char* p = buf;
  if (NeedsComma()) *p++ = ',';
  p = WriteDecimal(p, v);
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
  // A switch on the alternative rather than std::visit: mention values are dumped millions of
  // times, and most are a number or a short string.
  switch (v_.index()) {
    case 0: out += "null"; return;
    case 1: out += *std::get_if<bool>(&v_) ? "true" : "false"; return;
    case 2: case 3: {
      char buf[kMaxJsonNumber];
      out.append(buf, PutScalarJson(buf));
      return;
    }
    case 4: AppendQuoted(out, *std::get_if<std::string>(&v_), false, false); return;
    case 5: {
      const Array& a = *std::get_if<Array>(&v_);
      out.push_back('[');
      for (size_t i = 0; i < a.size(); ++i) {
        if (i) out.push_back(',');
        a[i].Dump(out);
      }
      out.push_back(']');
      return;
    }
    case 6: {
      const Object& o = *std::get_if<Object>(&v_);
      out.push_back('{');
      for (size_t i = 0; i < o.size(); ++i) {
        AppendQuoted(out, o[i].first, i > 0, true);  // ,"key":
        o[i].second.Dump(out);
      }
      out.push_back('}');
      return;
    }
  }
}

}  // namespace pe
