// Shared Chinese / Arabic numeral parsing for policy-extract.
//
// All functions are allocation-free, exception-free hand-written parsers over
// UTF-8 code points. Inputs must already be trimmed: surrounding whitespace,
// signs, units ("元", "年") etc. make a parse fail.
#pragma once

#include <optional>
#include <utility>
#include <string_view>

namespace pe::numerals {

// RE2 character class of the Chinese numeral characters usable inside a
// number (excludes 半, which is only a whole number by itself).
inline constexpr std::string_view kChineseNumeralCharClass =
    "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅]";

// Parses the whole of `s` as one number; nullopt if it is not exactly one
// number. Accepted forms:
//  * Arabic: "1000", "1,000" (groups of exactly 3), "3.5", "0.15"; full-width
//    digits ０-９ are treated like ASCII digits.
//  * Chinese (simple, formal 壹贰叁…拾佰仟萬億, 两, 廿=20, 卅=30):
//    三十五, 十五, 一十五, 一千二百, 一千零五, 一千〇二, 两万, 一亿二千万, 一万亿.
//  * Digit-by-digit (year style): 3+ chars all from 〇零一二三四五六七八九,
//    e.g. 二〇二五 = 2025. Two such chars ("三三") are rejected.
//  * Colloquial trailing digit = next lower place after the preceding unit:
//    一千二 = 1200, 两百五 = 250, 一百一 = 110, 三万五 = 35000, 一亿二 = 1.2e8.
//  * Decimals: 一点五 = 1.5, 零点五 = 0.5, 一点五万 = 15000, 1.2万, 2.5亿,
//    and Arabic/Chinese mixes: 3万, 5千, 3千万, 2500万, 1亿2000万, 3万5千.
//  * 半 alone = 0.5; 仨 alone = 3, 俩 alone = 2 (三个, 两个 in northern speech).
// Rejects empty input, bare units (万), malformed unit order (十十), 1.2.3,
// ,000, 1,00, and values > 1e16.
std::optional<double> ParseNumber(std::string_view s);
/// ParseNumber through the tokenizer whatever the text (ParseNumber takes a short cut for plain
/// ASCII digits, the commonest case; the test compares both).
std::optional<double> ParseNumberByTokens(std::string_view s);

// Fraction / percentage words -> fraction of 1:
//  百分之七十 0.7, 百分之0.5 0.005, 百分之十五点五 0.155, 百分之百 1,
//  千分之五 0.005, 万分之五 0.0005, 三分之二 2/3,
//  七成 0.7, 七成五 0.75, 七成半 0.75, 十成 1,
//  五折 0.5, 八五折 0.85, 85折 0.85, 8.5折 0.85.
// nullopt for anything else (including plain numbers and "70%").
std::optional<double> ParseFraction(std::string_view s);

// Two neighbouring digits as an approximate range, after an optional whole number that ends in a
// unit and before optional units: 三四百 → {300, 400}, 六七十 → {60, 70}, 两三 → {2, 3}, 一两百 →
// {100, 200}, 十五六 → {15, 16}, 一百五六十 → {150, 160}, and the set phrase 三五 (三五百 → {300, 500}).
// nullopt for anything else.
std::optional<std::pair<double, double>> ParseNeighbourRange(std::string_view s);

// True if `c` is one of
// 一二三四五六七八九十百千万亿两零〇壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅半.
bool IsChineseNumeralChar(char32_t c);

}  // namespace pe::numerals
