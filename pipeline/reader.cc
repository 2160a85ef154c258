#include "pipeline/reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <simdjson.h>

#include "pipeline/encoding.h"
#include "pipeline/sha256.h"

namespace pe {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string LowerName(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// The format a page's bytes look like: HTML if it starts with a tag, JSONL if with '{', else text.
FormatHint Sniff(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
  if (i < head.size() && head[i] == '{') return FormatHint::kJsonl;
  if (i < head.size() && head[i] == '<') return FormatHint::kHtml;
  return FormatHint::kText;
}

bool LooksLikeHtml(std::string_view s) {
  if (Sniff(s.substr(0, 4096)) != FormatHint::kHtml) return false;
  return s.find("</") != std::string_view::npos || s.find("/>") != std::string_view::npos;
}

std::string ContainerName(FormatHint f, bool gz) {
  std::string base = f == FormatHint::kJsonl ? "jsonl" : f == FormatHint::kHtml ? "html" : "text";
  return gz ? base + ".gz" : base;
}

// A growable byte buffer that is read into in place (std::string would zero the room first, so
// the reader read into a chunk and appended it: a copy of every input byte).
class StreamBytes {
 public:
  std::string_view view() const { return {data_.get(), size_}; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// Drops the first n bytes.
  void Erase(size_t n) {
    if (n < size_) std::memmove(data_.get(), data_.get() + n, size_ - n);
    size_ -= std::min(n, size_);
  }
  /// Room for n more bytes at the end; Commit says how many were written there.
  char* Space(size_t n) {
    if (capacity_ - size_ < n) {
      const size_t capacity = std::max(size_ + n, 2 * capacity_);
      auto data = std::make_unique_for_overwrite<char[]>(capacity);
      if (size_) std::memcpy(data.get(), data_.get(), size_);
      data_ = std::move(data);
      capacity_ = capacity;
    }
    return data_.get() + size_;
  }
  void Commit(size_t n) { size_ += n; }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

}  // namespace

FormatHint FormatFromName(const std::string& path) {
  std::string name = LowerName(path);
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) return FormatHint::kJsonl;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) return FormatHint::kHtml;
  if (EndsWith(name, ".txt") || EndsWith(name, ".text")) return FormatHint::kText;
  return FormatHint::kAuto;
}

// Bytes from a file descriptor through zlib's gz layer, which passes uncompressed data through
// unchanged: gzip is recognised by its magic bytes, whatever the file is called. A regular file
// that does not begin with them (as zlib decides) is read with read() instead: zlib would copy
// every byte through its own buffer.
class Reader::ByteStream {
 public:
  explicit ByteStream(int fd) {
    if (IsPlainFile(fd)) {
      plain_fd_ = fd;
      return;
    }
    gz_ = gzdopen(fd, "rb");
    if (gz_) gzbuffer(gz_, 1 << 20);
  }
  ~ByteStream() {
    if (gz_) gzclose(gz_);
    if (plain_fd_ >= 0) close(plain_fd_);
  }
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  bool ok() const { return gz_ != nullptr || plain_fd_ >= 0; }
  /// Reads up to n bytes; 0 at the end; -1 on error (see error()).
  int64_t Read(char* buf, size_t n) {
    if (!prefix_.empty()) {
      const size_t k = std::min(n, prefix_.size() - prefix_pos_);
      std::memcpy(buf, prefix_.data() + prefix_pos_, k);
      prefix_pos_ += k;
      if (prefix_pos_ == prefix_.size()) prefix_.clear(), prefix_pos_ = 0;
      return static_cast<int64_t>(k);
    }
    if (plain_fd_ >= 0) return ReadPlain(buf, n);
    const int r = gzread(gz_, buf, static_cast<unsigned>(std::min<size_t>(n, 1u << 30)));
    if (r < 0) {
      int errnum = 0;
      error_ = gzerror(gz_, &errnum);
      if (errnum == Z_ERRNO) error_ = std::strerror(errno);
      return -1;
    }
    if (r == 0) {
      // zlib reports a truncated stream as an error only once the input ends.
      int errnum = 0;
      const char* msg = gzerror(gz_, &errnum);
      if (errnum != Z_OK && errnum != Z_STREAM_END) {
        error_ = msg;
        return -1;
      }
    }
    return r;
  }
  /// The first n bytes (or fewer at the end), left in the stream to be read again.
  std::string_view Peek(size_t n) {
    std::string buf(n, '\0');
    size_t got = 0;
    while (got < n) {
      const int64_t r = Read(buf.data() + got, n - got);
      if (r <= 0) break;
      got += static_cast<size_t>(r);
    }
    buf.resize(got);
    prefix_ = std::move(buf);
    prefix_pos_ = 0;
    return prefix_;
  }
  bool compressed() const { return gz_ && gzdirect(gz_) == 0; }
  const std::string& error() const { return error_; }

 private:
  // A regular file whose next two bytes are not gzip's magic 1F 8B (zlib takes anything else,
  // a one-byte file too, as uncompressed).
  static bool IsPlainFile(int fd) {
    struct stat st;
    const off_t at = lseek(fd, 0, SEEK_CUR);
    unsigned char magic[2];
    if (at < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return false;
    return !(pread(fd, magic, 2, at) == 2 && magic[0] == 0x1F && magic[1] == 0x8B);
  }
  int64_t ReadPlain(char* buf, size_t n) {
    for (;;) {
      const ssize_t r = read(plain_fd_, buf, std::min<size_t>(n, 1u << 30));
      if (r >= 0) return r;
      if (errno != EINTR) {
        error_ = std::strerror(errno);
        return -1;
      }
    }
  }

  gzFile gz_ = nullptr;
  int plain_fd_ = -1;
  std::string prefix_;
  size_t prefix_pos_ = 0;
  std::string error_;
};

void Reader::Quarantine(SourceInfo src, std::string code, std::string reason) {
  Quarantined q;
  q.source = std::move(src);
  q.code = std::move(code);
  q.reason = std::move(reason);
  q.sequence = sequence_++;
  sink_.OnQuarantine(std::move(q));
}

void Reader::ReadInput(const std::string& input) {
  if (input == "-") {
    ++stats_.files;
    ByteStream in(dup(STDIN_FILENO));
    const std::string_view head = in.Peek(4096);
    FormatHint fmt = hint_ != FormatHint::kAuto ? hint_ : Sniff(head);
    ReadStream("-", in, fmt, ContainerName(fmt, in.compressed()));
    return;
  }
  struct stat st;
  if (stat(input.c_str(), &st) != 0) {
    SourceInfo src;
    src.uri = input;
    Quarantine(src, "unreadable", "cannot open: " + std::string(std::strerror(errno)));
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    std::vector<std::pair<uint64_t, uint64_t>> seen;
    ReadDirectory(input, seen);
  } else {
    ReadFile(input, /*from_walk=*/false);
  }
}

void Reader::ReadDirectory(const std::string& dir, std::vector<std::pair<uint64_t, uint64_t>>& seen) {
  struct stat st;
  if (stat(dir.c_str(), &st) != 0) return;
  const std::pair<uint64_t, uint64_t> id{st.st_dev, st.st_ino};
  if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
    SourceInfo src;
    src.uri = dir;
    Quarantine(src, "symlink_loop", "directory already visited on this path (symlink loop); not walked again");
    return;
  }
  seen.push_back(id);
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      names.push_back(name);
    }
    closedir(d);
  } else {
    SourceInfo src;
    src.uri = dir;
    Quarantine(src, "unreadable", "cannot read directory: " + std::string(std::strerror(errno)));
    seen.pop_back();
    return;
  }
  std::sort(names.begin(), names.end());  // byte order: deterministic on every machine
  const std::string prefix = (!dir.empty() && dir.back() == '/') ? dir : dir + "/";
  for (const std::string& name : names) {
    const std::string path = prefix + name;
    struct stat est;
    if (stat(path.c_str(), &est) != 0) {
      SourceInfo src;
      src.uri = path;
      Quarantine(src, "unreadable", "cannot open: " + std::string(std::strerror(errno)));
      continue;
    }
    if (S_ISDIR(est.st_mode)) {
      ReadDirectory(path, seen);
    } else if (S_ISREG(est.st_mode)) {
      ReadFile(path, /*from_walk=*/true);
    }
  }
  seen.pop_back();
}

void Reader::ReadFile(const std::string& path, bool from_walk) {
  FormatHint fmt = hint_ != FormatHint::kAuto ? hint_ : FormatFromName(path);
  if (from_walk && fmt == FormatHint::kAuto) {
    ++stats_.skipped_files;  // not a page format we know; an explicitly named file is still read
    return;
  }
  SourceInfo src;
  src.uri = path;
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    Quarantine(src, "unreadable", "cannot open: " + std::string(std::strerror(errno)));
    return;
  }
  ++stats_.files;
  ByteStream in(fd);
  if (!in.ok()) {
    close(fd);
    Quarantine(src, "unreadable", "cannot open (zlib)");
    return;
  }
  const std::string_view head = in.Peek(4096);
  if (fmt == FormatHint::kAuto) fmt = Sniff(head);
  ReadStream(path, in, fmt, ContainerName(fmt, in.compressed()));
}

void Reader::ReadBuffer(const std::string& uri, std::string_view bytes) {
  FormatHint fmt = hint_ != FormatHint::kAuto ? hint_ : FormatFromName(uri);
  if (fmt == FormatHint::kAuto) fmt = Sniff(bytes.substr(0, 4096));
  SourceInfo src;
  src.uri = uri;
  stats_.bytes += bytes.size();
  if (fmt == FormatHint::kJsonl) {
    src.container = "jsonl";
    uint64_t line_no = 0, offset = 0;
    while (offset < bytes.size()) {
      size_t nl = bytes.find('\n', offset);
      const size_t end = nl == std::string_view::npos ? bytes.size() : nl;
      ++line_no;
      std::string_view line = bytes.substr(offset, end - offset);
      if (line.size() > limits_.max_line_bytes) {
        SourceInfo s = src;
        s.line = line_no;
        s.byte_offset = offset;
        s.byte_length = line.size();
        Quarantine(s, "line_too_long",
                   "line of " + std::to_string(line.size()) + " bytes is over --max-line-bytes (" +
                       std::to_string(limits_.max_line_bytes) + ")");
      } else {
        HandleJsonlLine(uri, "jsonl", line, line_no, offset, bytes.size() - end);
      }
      if (nl == std::string_view::npos) break;
      offset = nl + 1;
    }
    return;
  }
  src.container = ContainerName(fmt, false);
  src.byte_length = bytes.size();
  if (bytes.size() > limits_.max_document_bytes) {
    Quarantine(src, "too_large",
               "document of " + std::to_string(bytes.size()) + " bytes is over --max-document-bytes (" +
                   std::to_string(limits_.max_document_bytes) + ")");
    return;
  }
  EmitPage(src, bytes, fmt);
}

void Reader::ReadStream(const std::string& uri, ByteStream& in, FormatHint fmt, const std::string& container) {
  if (fmt == FormatHint::kJsonl) {
    ReadJsonl(uri, in, container);
  } else {
    ReadWhole(uri, in, fmt, container);
  }
}

void Reader::ReadWhole(const std::string& uri, ByteStream& in, FormatHint fmt, const std::string& container) {
  SourceInfo src;
  src.uri = uri;
  src.container = container;
  std::string bytes;
  std::vector<char> buf(1 << 16);
  bool too_large = false;
  uint64_t total = 0;
  for (;;) {
    const int64_t r = in.Read(buf.data(), buf.size());
    if (r < 0) {
      src.byte_length = total;
      Quarantine(src, "read_error",
                 "read failed after " + std::to_string(total) + " bytes: " + in.error());
      return;
    }
    if (r == 0) break;
    total += static_cast<uint64_t>(r);
    stats_.bytes += static_cast<uint64_t>(r);
    if (total > limits_.max_document_bytes) {
      too_large = true;  // keep reading to report the size, but hold nothing more in memory
      bytes.clear();
      bytes.shrink_to_fit();
      continue;
    }
    bytes.append(buf.data(), static_cast<size_t>(r));
  }
  src.byte_length = total;
  if (too_large) {
    Quarantine(src, "too_large",
               "document of " + std::to_string(total) + " bytes is over --max-document-bytes (" +
                   std::to_string(limits_.max_document_bytes) + ")");
    return;
  }
  EmitPage(src, bytes, fmt);
}

void Reader::ReadJsonl(const std::string& uri, ByteStream& in, const std::string& container) {
  StreamBytes buf;           // unconsumed stream bytes: buf[start..] is at stream offset buf_offset + start
  size_t start = 0;
  uint64_t buf_offset = 0;
  uint64_t line_no = 0;
  bool skipping = false;    // inside a line over the limit: its bytes are dropped as they arrive
  uint64_t skip_start = 0;  // stream offset where that line began
  size_t scan_from = 0;
  bool eof = false;
  constexpr size_t kChunk = 1 << 20;
  const auto make_src = [&](uint64_t offset, uint64_t length) {
    SourceInfo src;
    src.uri = uri;
    src.container = container;
    src.line = line_no;
    src.byte_offset = offset;
    src.byte_length = length;
    return src;
  };
  const auto over_limit = [&](uint64_t offset, uint64_t length) {
    Quarantine(make_src(offset, length), "line_too_long",
               "line of " + std::to_string(length) + " bytes is over --max-line-bytes (" +
                   std::to_string(limits_.max_line_bytes) + ")");
  };
  for (;;) {
    size_t nl = buf.view().find('\n', std::max(start, scan_from));
    if (nl == std::string::npos) {
      if (!skipping && buf.size() - start > limits_.max_line_bytes) {
        skipping = true;
        skip_start = buf_offset + start;
      }
      // Drop consumed bytes (and the bytes of a line being skipped) before reading more.
      const size_t drop = skipping ? buf.size() : start;
      buf.Erase(drop);
      buf_offset += drop;
      start = 0;
      scan_from = buf.size();
      if (!eof) {
        const int64_t r = in.Read(buf.Space(kChunk), kChunk);
        if (r < 0) {
          ++line_no;
          Quarantine(make_src(skipping ? skip_start : buf_offset, 0), "read_error",
                     "read failed at decompressed byte " + std::to_string(buf_offset + buf.size()) + ": " +
                         in.error() + "; the rest of this file is lost");
          return;
        }
        if (r == 0) eof = true;
        stats_.bytes += static_cast<uint64_t>(r);
        buf.Commit(static_cast<size_t>(r));
        continue;
      }
      if (!skipping && buf.empty()) return;  // clean end
      nl = buf.size();                        // the last line has no newline
    }
    ++line_no;
    const uint64_t line_offset = skipping ? skip_start : buf_offset + start;
    if (skipping) {
      over_limit(skip_start, buf_offset + nl - skip_start);
      skipping = false;
    } else if (nl - start > limits_.max_line_bytes) {
      over_limit(line_offset, nl - start);
    } else {
      HandleJsonlLine(uri, container, buf.view().substr(start, nl - start), line_no, line_offset,
                      buf.size() - nl);
    }
    start = std::min(buf.size(), nl + 1);
    scan_from = start;
    if (eof && start >= buf.size()) return;
  }
}

void Reader::HandleJsonlLine(const std::string& uri, const std::string& container, std::string_view line,
                             uint64_t line_no, uint64_t offset, size_t readable_after) {
  SourceInfo src;
  src.uri = uri;
  src.container = container;
  src.line = line_no;
  src.byte_offset = offset;
  src.byte_length = line.size();
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
    ++readable_after;  // the \r is still readable
  }
  if (IsBlank(line)) {
    ++stats_.blank_lines;
    return;
  }
  // simdjson needs SIMDJSON_PADDING readable bytes after the input, whatever they hold: the rest
  // of the read buffer serves, except for lines near its end, which are copied.
  simdjson::padded_string_view view(line.data(), line.size(), line.size() + readable_after);
  if (readable_after < simdjson::SIMDJSON_PADDING) {
    padded_.assign(line.data(), line.size());
    padded_.append(simdjson::SIMDJSON_PADDING, ' ');
    view = simdjson::padded_string_view(padded_.data(), line.size(), padded_.size());
  }
  static thread_local simdjson::ondemand::parser parser;
  const auto fail = [&](const std::string& code, const std::string& why) { Quarantine(src, code, why); };

  simdjson::ondemand::document doc;
  if (auto e = parser.iterate(view).get(doc)) return fail("invalid_json", std::string("not JSON: ") + simdjson::error_message(e));
  simdjson::ondemand::object obj;
  if (auto e = doc.get_object().get(obj)) {
    return fail("invalid_json", std::string("the line is not a JSON object: ") + simdjson::error_message(e));
  }
  struct Page {
    std::string_view field, value;
    bool set = false;
  } text, content, html;
  std::string wrong_type;
  std::optional<std::string> id, url, title, fetched_at;
  for (auto field_result : obj) {
    simdjson::ondemand::field field;
    if (auto e = std::move(field_result).get(field)) return fail("invalid_json", std::string("broken JSON: ") + simdjson::error_message(e));
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fail("invalid_json", std::string("broken JSON key: ") + simdjson::error_message(e));
    Page* page = key == "text" ? &text : key == "content" ? &content : key == "html" ? &html : nullptr;
    std::optional<std::string>* meta = key == "id" ? &id : key == "url" ? &url : key == "title" ? &title
                                     : key == "fetched_at" ? &fetched_at : nullptr;
    if (!page && !meta) continue;
    simdjson::ondemand::value value = field.value();
    simdjson::ondemand::json_type type;
    if (auto e = value.type().get(type)) return fail("invalid_json", std::string("broken JSON value: ") + simdjson::error_message(e));
    if (type == simdjson::ondemand::json_type::null) continue;
    if (meta && type == simdjson::ondemand::json_type::number && key == "id") {
      std::string_view raw = value.raw_json_token();
      while (!raw.empty() && raw.back() == ' ') raw.remove_suffix(1);
      *meta = std::string(raw);
      continue;
    }
    if (type != simdjson::ondemand::json_type::string) {
      if (page && wrong_type.empty()) wrong_type = std::string(key);
      continue;
    }
    std::string_view s;
    if (auto e = value.get_string().get(s)) {
      return fail("invalid_json", "field \"" + std::string(key) + "\": " + simdjson::error_message(e));
    }
    if (page && !page->set) *page = {key, s, true};
    if (meta && !*meta) *meta = std::string(s);
  }
  // After the object, only padding may remain: anything else is trailing garbage.
  if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
    return fail("invalid_json", "trailing characters after the JSON object");
  }
  const Page* chosen = text.set ? &text : content.set ? &content : html.set ? &html : nullptr;
  if (!chosen) {
    if (!wrong_type.empty()) {
      return fail("wrong_type", "field \"" + wrong_type + "\" is not a string; expected the page as a string");
    }
    return fail("no_text", "no \"text\", \"content\" or \"html\" field");
  }
  src.field = std::string(chosen->field);
  src.id = std::move(id);
  src.url = std::move(url);
  src.title = std::move(title);
  src.fetched_at = std::move(fetched_at);
  if (chosen->value.size() > limits_.max_document_bytes) {
    return fail("too_large", "field \"" + src.field + "\" of " + std::to_string(chosen->value.size()) +
                                 " bytes is over --max-document-bytes (" +
                                 std::to_string(limits_.max_document_bytes) + ")");
  }
  FormatHint fmt = chosen == &html ? FormatHint::kHtml
                   : hint_ == FormatHint::kHtml ? FormatHint::kHtml
                   : LooksLikeHtml(chosen->value) ? FormatHint::kHtml : FormatHint::kText;
  EmitPage(std::move(src), chosen->value, fmt);
}

void Reader::EmitPage(SourceInfo src, std::string_view bytes, FormatHint fmt) {
  if (fmt == FormatHint::kAuto || fmt == FormatHint::kJsonl) fmt = LooksLikeHtml(bytes) ? FormatHint::kHtml : FormatHint::kText;
  std::optional<std::string> declared;
  if (fmt == FormatHint::kHtml && src.field.empty()) declared = SniffHtmlCharset(bytes);
  // A JSONL field passed simdjson's UTF-8 validation: not validated again.
  DecodeResult dec = src.field.empty() ? DecodeToUtf8(bytes, declared) : DecodeValidUtf8(bytes);
  if (!dec.ok) {
    Quarantine(std::move(src), dec.error_code, dec.error);
    return;
  }
  Document doc;
  doc.source = std::move(src);
  doc.source.encoding = dec.encoding;
  doc.format = fmt == FormatHint::kHtml ? ContentFormat::kHtml : ContentFormat::kText;
  doc.content = std::move(dec.text);
  doc.source.sha256 = Sha256Hex(bytes);
  doc.sequence = sequence_++;
  sink_.OnDocument(std::move(doc));
}

}  // namespace pe
