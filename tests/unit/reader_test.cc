#include "pipeline/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace pe {
namespace {

struct Collect : ReadSink {
  std::vector<std::string> items;  // every field of every document and quarantined entry
  void OnDocument(Document d) override {
    const SourceInfo& s = d.source;
    items.push_back("doc " + std::to_string(d.sequence) + " " + s.uri + " " + s.container + " " + s.field + " " +
                    std::to_string(s.line) + " " + std::to_string(s.byte_offset) + " " +
                    std::to_string(s.byte_length) + " " + s.sha256 + " " + s.id.value_or("-") + " " + d.content);
  }
  void OnQuarantine(Quarantined q) override {
    const SourceInfo& s = q.source;
    items.push_back("quarantine " + std::to_string(q.sequence) + " " + s.uri + " " + s.container + " " +
                    std::to_string(s.line) + " " + std::to_string(s.byte_offset) + " " +
                    std::to_string(s.byte_length) + " " + q.code + " " + q.reason);
  }
};

// A JSONL file is read with read() straight into the line buffer (not through zlib, not through a
// chunk): the documents must be those of the same bytes read from memory, whatever the line
// lengths (lines across the 1 MB reads, over the line limit, CRLF, blank, broken, no final newline).
TEST(Reader, PlainFileReadsAsFromMemory) {
  std::mt19937 rng(7);
  const auto line = [&](size_t size) {
    std::string text;
    while (text.size() < size) text += (rng() % 4 == 0) ? "\\n" : (rng() % 2 ? "医疗保险" : "70%");
    return "{\"id\": \"" + std::to_string(rng()) + "\", \"text\": \"" + text + "\"}";
  };
  for (int round = 0; round < 6; ++round) {
    std::string bytes;
    for (int k = 0; k < 40; ++k) {
      const unsigned kind = rng() % 10;
      if (kind == 0) {
        bytes += "\n";  // blank
      } else if (kind == 1) {
        bytes += "{\"text\": broken\n";
      } else if (kind == 2) {
        bytes += line(200'000 + rng() % 900'000) + "\n";  // over the limit below
      } else {
        bytes += line(rng() % (kind == 3 ? 400'000 : 3'000)) + (kind == 4 ? "\r\n" : "\n");
      }
    }
    if (round % 2) bytes += line(100);  // no final newline
    const std::string path = testing::TempDir() + "reader_test_" + std::to_string(getpid()) + ".jsonl";
    std::ofstream(path, std::ios::binary) << bytes;

    ReadLimits limits;
    limits.max_line_bytes = 500'000;
    Collect from_file, from_memory;
    Reader(FormatHint::kAuto, limits, from_file).ReadInput(path);
    Reader(FormatHint::kAuto, limits, from_memory).ReadBuffer(path, bytes);
    std::remove(path.c_str());
    ASSERT_EQ(from_file.items.size(), from_memory.items.size()) << round;
    for (size_t i = 0; i < from_file.items.size(); ++i) EXPECT_EQ(from_file.items[i], from_memory.items[i]) << round << " " << i;
  }
}

}  // namespace
}  // namespace pe
