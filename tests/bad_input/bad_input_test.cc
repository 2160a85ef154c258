// Every way a dump can be bad, and what becomes of it: a record (possibly with a warning) or a
// quarantined entry with a stable code and a reason. docs/bad_input.md lists the same outcomes.
// Hangs and quadratic blow-ups are caught by the test timeout (tests/CMakeLists.txt: a quadratic
// scan of these 1 MB inputs takes tens of minutes), not by timing assertions: speed is measured
// in bench/.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "pipeline/atomic_file.h"
#ifndef PE_SOURCE_DIR
#define PE_SOURCE_DIR "."
#endif
#include "pipeline/reader.h"
#include "pipeline/runner.h"

namespace pe {
namespace {

namespace fs = std::filesystem;

const char kPage[] =
    "2025湖南湘潭医保可以给家人报销吗\n\n起付线200元,按60%比例报销。电话0737-5666736。\n"
    "提示:本内容不能代替面诊,如有不适请尽快就医。\n相关推荐\n\n标题\n\n摘要70%\n\n健康新闻 2025-03-19\n";

struct Outcome {
  std::vector<Document> docs;
  std::vector<Quarantined> quarantined;
  std::vector<DocumentOutput> outputs;  // ProcessDocument of each doc
  std::string codes() const {
    std::string s;
    for (const auto& q : quarantined) s += (s.empty() ? "" : ",") + q.code;
    return s;
  }
  size_t records() const {
    size_t n = 0;
    for (const auto& o : outputs) n += o.record_count;
    return n;
  }
  size_t processed_quarantined() const {
    size_t n = 0;
    for (const auto& o : outputs) n += o.quarantined;
    return n;
  }
};

class Capture : public ReadSink {
 public:
  explicit Capture(Outcome& o) : o_(o) {}
  void OnDocument(Document d) override {
    o_.outputs.push_back(ProcessDocument(d, AnalyzeOptions{}));
    o_.docs.push_back(std::move(d));
  }
  void OnQuarantine(Quarantined q) override { o_.quarantined.push_back(std::move(q)); }

 private:
  Outcome& o_;
};

Outcome ReadBytes(const std::string& name, const std::string& bytes, ReadLimits limits = {}) {
  Outcome o;
  Capture sink(o);
  Reader r(FormatHint::kAuto, limits, sink);
  r.ReadBuffer(name, bytes);
  return o;
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/pe-bad-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Outcome ReadPath(const std::string& path, ReadLimits limits = {}) {
  Outcome o;
  Capture sink(o);
  Reader r(FormatHint::kAuto, limits, sink);
  r.ReadInput(path);
  return o;
}

std::string Gzip(const std::string& data) {
  std::string out(compressBound(data.size()) + 64, '\0');
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string JsonLine(const std::string& text) { return nlohmann::json{{"text", text}}.dump() + "\n"; }

// --- encodings --------------------------------------------------------------------------------

TEST(BadInput, TruncatedMultibyteIsQuarantinedWithItsOffset) {
  std::string page = kPage;
  page.insert(31, "\xE5\x8C");  // a 3-byte sequence cut short, after "2025" and 9 characters
  const Outcome o = ReadBytes("t.txt", page);
  ASSERT_EQ(o.codes(), "invalid_utf8");
  EXPECT_NE(o.quarantined[0].reason.find("byte 31"), std::string::npos) << o.quarantined[0].reason;
}

TEST(BadInput, OverlongAndStrayContinuationBytes) {
  EXPECT_EQ(ReadBytes("a.txt", std::string(kPage) + "\xC0\xAF").codes(), "invalid_utf8");
  EXPECT_EQ(ReadBytes("b.txt", std::string("\x80") + kPage).codes(), "invalid_utf8");
}

TEST(BadInput, NulBytesAreDroppedByNormalisationAndThePageIsKept) {
  std::string page = kPage;
  page.insert(40, std::string("\0\0", 2));
  const Outcome o = ReadBytes("nul.txt", page);
  ASSERT_TRUE(o.quarantined.empty()) << o.codes();
  EXPECT_EQ(o.records(), 2u);
}

TEST(BadInput, Utf8BomAndCrlfAreKeptInTheSourceAndNormalisedAway) {
  std::string page = "\xEF\xBB\xBF" + std::string(kPage);
  std::string crlf;
  for (char c : page) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Outcome o = ReadBytes("bom.txt", crlf);
  ASSERT_TRUE(o.quarantined.empty());
  EXPECT_EQ(o.docs[0].content, crlf);  // the source as delivered: spans index these bytes
  EXPECT_EQ(o.records(), 2u);
}

TEST(BadInput, Utf16WithBomIsTranscoded) {
  // "医保70%" in UTF-16LE with its BOM: 医 U+533B, 保 U+4FDD.
  std::string utf16 = "\xFF\xFE";
  utf16 += std::string("\x3B\x53\xDD\x4F" "7\0" "0\0" "%\0", 10);
  const Outcome o = ReadBytes("u16.txt", utf16);
  ASSERT_TRUE(o.quarantined.empty()) << o.codes();
  EXPECT_EQ(o.docs[0].content, "医保70%");
  EXPECT_EQ(o.docs[0].source.encoding, "utf-16le");
}

TEST(BadInput, GbkWithAndWithoutDeclaredCharsetIsConverted) {
  // "医保报销比例为70%。" in GBK.
  const std::string gbk = "\xD2\xBD\xB1\xA3\xB1\xA8\xCF\xFA\xB1\xC8\xC0\xFD\xCE\xAA" "70%\xA1\xA3";
  std::string text;
  for (int i = 0; i < 20; ++i) text += gbk + "\n";
  const Outcome plain = ReadBytes("gbk.txt", text);
  ASSERT_TRUE(plain.quarantined.empty()) << plain.codes();
  EXPECT_EQ(plain.docs[0].source.encoding, "gb18030");
  EXPECT_EQ(plain.docs[0].content.substr(0, 27), "医保报销比例为70%。");
  const std::string html = "<html><head><meta charset=\"gbk\"></head><body><p>" + gbk + "</p></body></html>";
  const Outcome declared = ReadBytes("gbk.html", html);
  ASSERT_TRUE(declared.quarantined.empty()) << declared.codes();
  EXPECT_EQ(declared.docs[0].source.encoding, "gb18030");
  EXPECT_EQ(declared.records(), 1u);
}

TEST(BadInput, BinaryFileIsQuarantined) {
  std::string png = "\x89PNG\r\n\x1A\n";
  for (int i = 0; i < 2000; ++i) png += static_cast<char>(i * 7 % 32);
  const std::string codes = ReadBytes("image.txt", png).codes();
  EXPECT_TRUE(codes == "binary" || codes == "invalid_utf8") << codes;
}

// --- empty and minimal pages ------------------------------------------------------------------

TEST(BadInput, EmptyAndWhitespaceOnlyFilesAreNoText) {
  for (const std::string& bytes : {std::string(), std::string(" \n\t\r\n \xE3\x80\x80\n")}) {
    const Outcome o = ReadBytes("empty.txt", bytes);
    ASSERT_EQ(o.docs.size(), 1u);
    ASSERT_EQ(o.outputs.size(), 1u);
    EXPECT_TRUE(o.outputs[0].quarantined);
    EXPECT_EQ(o.outputs[0].quarantine_code, "no_text");
  }
}

TEST(BadInput, APageThatIsOnlyATitleIsOneRecord) {
  const Outcome o = ReadBytes("title.txt", "2025湖南湘潭医保可以给家人报销吗");
  ASSERT_TRUE(o.quarantined.empty());
  EXPECT_EQ(o.records(), 1u);
}

// --- files and directories --------------------------------------------------------------------

TEST(BadInput, AFileThatCannotBeOpened) {
  const Outcome o = ReadPath("/nonexistent/dir/page.txt");
  ASSERT_EQ(o.codes(), "unreadable");
  EXPECT_NE(o.quarantined[0].reason.find("No such file"), std::string::npos);
}

TEST(BadInput, DirectorySymlinkLoopIsReportedNotFollowedForever) {
  TempDir d;
  fs::create_directory(d.path() + "/a");
  d.Write("a/page.txt", kPage);
  fs::create_directory_symlink("..", d.path() + "/a/loop");
  const Outcome o = ReadPath(d.path());
  EXPECT_EQ(o.docs.size(), 1u);
  EXPECT_EQ(o.codes(), "symlink_loop");
}

TEST(BadInput, TruncatedGzipKeepsWhatCameBeforeAndSaysWhere) {
  std::string lines;
  for (int i = 0; i < 200; ++i) lines += JsonLine(std::string(kPage) + std::to_string(i));
  const std::string gz = Gzip(lines);
  TempDir d;
  const Outcome o = ReadPath(d.Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2)));
  EXPECT_GT(o.docs.size(), 10u);
  EXPECT_LT(o.docs.size(), 200u);
  ASSERT_EQ(o.quarantined.size(), 1u);
  EXPECT_EQ(o.quarantined[0].code, "read_error");
  EXPECT_EQ(o.quarantined[0].source.line, o.docs.size() + 1);
}

TEST(BadInput, CorruptGzip) {
  std::string gz = Gzip(JsonLine(kPage) + JsonLine(kPage));
  for (size_t i = 20; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  TempDir d;
  const Outcome o = ReadPath(d.Write("bad.jsonl.gz", gz));
  ASSERT_FALSE(o.quarantined.empty());
  EXPECT_EQ(o.quarantined.back().code, "read_error");
}

// --- JSONL ------------------------------------------------------------------------------------

TEST(BadInput, JsonlLineByLine) {
  const std::string dump = JsonLine(kPage) +                           // 1 ok
                           "{\"text\": \"2025年医保\n" +               // 2 broken (raw newline ends the line)
                           "\"}\n" +                                   // 3 broken remainder
                           "{\"url\": \"http://x\"}\n" +               // 4 no page field
                           "{\"text\": 42}\n" +                        // 5 wrong type
                           "{\"text\": \"ok\"} trailing\n" +           // 6 trailing garbage
                           "\n   \n" +                                 // 7, 8 blank: not documents
                           "{\"text\": \"\\ud800 lone surrogate\"}\n" +  // 9 lone surrogate
                           "[1, 2]\n" +                                // 10 not an object
                           JsonLine("最后一页 起付线300元");              // 11 ok
  const Outcome o = ReadBytes("dump.jsonl", dump);
  EXPECT_EQ(o.docs.size(), 2u);
  EXPECT_EQ(o.codes(), "invalid_json,invalid_json,no_text,wrong_type,invalid_json,invalid_json,invalid_json");
  std::vector<uint64_t> lines;
  for (const auto& q : o.quarantined) lines.push_back(q.source.line);
  EXPECT_EQ(lines, (std::vector<uint64_t>{2, 3, 4, 5, 6, 9, 10}));
  EXPECT_EQ(o.docs[1].source.line, 11u);
}

TEST(BadInput, ASeventyMegabyteLineIsQuarantinedWithoutHoldingIt) {
  TempDir d;
  const std::string path = d.path() + "/big.jsonl";
  {
    std::ofstream f(path, std::ios::binary);
    f << JsonLine(kPage) << "{\"text\": \"";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 70; ++i) f << chunk;
    f << "\"}\n" << JsonLine(kPage);
  }
  const Outcome o = ReadPath(path);  // default --max-line-bytes: 64 MiB
  EXPECT_EQ(o.docs.size(), 2u);
  ASSERT_EQ(o.codes(), "line_too_long");
  EXPECT_EQ(o.quarantined[0].source.line, 2u);
  EXPECT_GT(o.quarantined[0].source.byte_length, 70u << 20);
  ReadLimits big;
  big.max_line_bytes = 128ull << 20;  // under a higher limit the field is over the document limit
  EXPECT_EQ(ReadPath(path, big).codes(), "too_large");
}

TEST(BadInput, DocumentOverTheSizeLimit) {
  ReadLimits small;
  small.max_document_bytes = 100;
  EXPECT_EQ(ReadBytes("big.txt", std::string(kPage) + std::string(200, 'x'), small).codes(), "too_large");
}

// --- HTML -------------------------------------------------------------------------------------

TEST(BadInput, HtmlNested100000DeepIsCutWithAWarning) {
  std::string html = "<html><body><h1>医保标题</h1><p>起付线200元</p>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "深处的文字</body></html>";
  const Outcome o = ReadBytes("deep.html", html);
  ASSERT_EQ(o.outputs.size(), 1u);
  ASSERT_EQ(o.outputs[0].record_count, 1u) << o.outputs[0].errors;
  EXPECT_NE(o.outputs[0].records.view().find("html_depth_limit"), std::string::npos);
  EXPECT_NE(o.outputs[0].records.view().find("200元"), std::string::npos);
}

TEST(BadInput, HtmlWithAFiveMegabyteAttributeAndTwentyThousandUnclosedTags) {
  const std::string attr = "<html><body><p title=\"" + std::string(5 << 20, 'a') + "\">起付线200元</p></body></html>";
  EXPECT_EQ(ReadBytes("attr.html", attr).records(), 1u);
  std::string unclosed = "<html><body><h1>标题</h1>";
  for (int i = 0; i < 20000; ++i) unclosed += (i % 2 ? "<b>" : "<span>");
  unclosed += "费用300元";
  const Outcome o = ReadBytes("unclosed.html", unclosed);
  EXPECT_EQ(o.records() + o.processed_quarantined(), 1u);
}

// --- pathological text ------------------------------------------------------------------------

TEST(BadInput, PathologicalRunsOfDigitsAndUnitsFinish) {
  const std::vector<std::string> pieces = {"1", "元", "1元", "万", "2025年", "0737-", "1,", "百分之", "1.1.",
                                           "第一", "12333", "湖南湘潭"};
  for (const std::string& p : pieces) {
    std::string text = "标题\n";
    while (text.size() < (1u << 20)) text += p;
    const Outcome o = ReadBytes("run.txt", text);
    EXPECT_EQ(o.records() + o.processed_quarantined(), 1u) << p;
  }
}

TEST(BadInput, MentionLimitTruncatesWithAWarning) {
  std::string text = "标题\n";
  for (int i = 0; i < 30000; ++i) text += "3元,";
  const Outcome o = ReadBytes("many.txt", text);
  ASSERT_EQ(o.records(), 1u);
  EXPECT_NE(o.outputs[0].records.view().find("mention_limit"), std::string::npos);
}

// --- outputs ----------------------------------------------------------------------------------

TEST(BadInput, OutputFilesAppearOnlyWhenComplete) {
  TempDir d;
  const std::string target = d.path() + "/out.jsonl";
  {
    AtomicFile f(target);
    f.stream() << "partial";
    EXPECT_FALSE(fs::exists(target));
  }  // destroyed without Commit: an interrupted run
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(fs::is_empty(d.path()));
  AtomicFile f(target);
  f.stream() << "complete\n";
  std::string error;
  ASSERT_TRUE(f.Commit(error)) << error;
  std::ifstream in(target);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), "complete\n");
}

// Documents in = records' documents + quarantined, through the threaded runner.
TEST(BadInput, EveryDocumentIsAccountedForInARun) {
  TempDir d;
  std::string dump;
  int broken = 0;
  for (int i = 0; i < 10000; ++i) {
    if (i % 100 == 37) {
      dump += (broken++ % 2) ? "{\"text\": \"cut\n" : "{\"id\": 1}\n";
    } else {
      dump += JsonLine("第" + std::to_string(i) + "页 起付线200元\n正文70%");
    }
  }
  const std::string path = d.Write("dump.jsonl", dump);
  std::ostringstream records, errors;
  RunOptions opts;
  opts.threads = 2;
  const RunSummary s = pe::Run({path}, opts, records, errors);
  EXPECT_EQ(s.documents, 10000u);
  EXPECT_EQ(s.documents_ok, 9900u);
  EXPECT_EQ(s.quarantined, 100u);
  const std::string e = errors.str(), r = records.str();
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 100);
  EXPECT_EQ(std::count(r.begin(), r.end(), '\n'), 9900);
}

}  // namespace
}  // namespace pe

// Inputs the fuzzers found (tests/data/fuzz_regressions/): each read as text, HTML and JSONL must
// give valid records whose spans give back their text.
namespace pe {
namespace {

TEST(FuzzRegressions, EveryFoundInputKeepsTheProvenanceContract) {
  const std::string dir = std::string(PE_SOURCE_DIR) + "/tests/data/fuzz_regressions";
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ++files;
    for (const char* name : {"f.txt", "f.html", "f.jsonl"}) {
      const Outcome o = ReadBytes(name, ss.str());
      for (size_t i = 0; i < o.docs.size(); ++i) {
        if (o.outputs[i].quarantined) continue;
        std::string records(o.outputs[i].records.view());
        size_t pos = 0;
        while (pos < records.size()) {
          const size_t nl = records.find('\n', pos);
          const nlohmann::json r = nlohmann::json::parse(records.substr(pos, nl - pos));  // valid JSON
          for (const auto& m : r["mentions"]) {
            const size_t bs = m["span"]["byte_start"], be = m["span"]["byte_end"];
            EXPECT_EQ(o.docs[i].content.substr(bs, be - bs), m["text"].get<std::string>()) << entry.path() << " " << name;
          }
          pos = nl + 1;
        }
      }
    }
  }
  EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace pe
