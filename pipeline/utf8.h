// UTF-8 helpers shared by every stage. All offsets in policy-extract are byte offsets into UTF-8
// unless a name says "char" (Unicode code points).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pe::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

/// Decodes the code point at s[i] and advances i past it. On a malformed sequence returns kInvalid
/// and advances i by one byte, so a loop always terminates.
char32_t Decode(std::string_view s, size_t& i);

/// Length in bytes of the well-formed sequence starting at s[i], or 0 if it is malformed
/// (truncated, overlong, surrogate, above U+10FFFF, stray continuation byte).
size_t SequenceLength(std::string_view s, size_t i);

/// Offset of the first byte that is not part of well-formed UTF-8, or npos if all of s is valid.
size_t FirstInvalid(std::string_view s);

/// Appends the UTF-8 encoding of c to out.
void Append(std::string& out, char32_t c);

/// Number of code points in s (s must be valid UTF-8; a malformed byte counts as one).
size_t CountCodePoints(std::string_view s);
/// The same for [p, end), where the bytes from `readable` (<= p) on may be read: a short tail is
/// counted in one 16-byte load that ends at `end` and may start before p.
size_t CountCodePoints(const char* p, const char* end, const char* readable);

/// True if byte b starts a code point (is not a continuation byte).
inline bool IsLead(unsigned char b) { return (b & 0xC0) != 0x80; }

/// Replaces every malformed sequence with U+FFFD.
std::string Scrub(std::string_view s);

}  // namespace pe::utf8
