#include "pipeline/runner.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

#include "pipeline/record.h"

namespace pe {

DocumentOutput QuarantineOutput(const Quarantined& q) {
  DocumentOutput out;
  out.quarantined = true;
  out.quarantine_code = q.code;
  QuarantineJson(q).Dump(out.errors);
  out.errors.push_back('\n');
  return out;
}

DocumentOutput ProcessDocument(const Document& doc, const AnalyzeOptions& options) {
  Quarantined why;
  std::optional<AnalyzedDocument> a;
  try {
    a = Analyze(doc, options, &why);
  } catch (const std::exception& e) {
    // A defect of ours must not take the run down or lose the document.
    why.source = doc.source;
    why.sequence = doc.sequence;
    why.code = "internal_error";
    why.reason = std::string("internal error while processing: ") + e.what();
    return QuarantineOutput(why);
  }
  if (!a) {
    DocumentOutput q = QuarantineOutput(why);
    q.source_bytes = doc.content.size();
    return q;
  }
  DocumentOutput out;
  out.source_bytes = doc.content.size();
  size_t mentions = 0;
  // Records run to about six times the article text's size: room up front saves regrowing and
  // copying (pages never touched are never made resident).
  out.records.reserve(a->text.size() * 8);
  out.record_count = WriteRecords(*a, out.records, &mentions);
  out.mention_count = mentions;
  return out;
}

namespace {

using Item = std::variant<Document, Quarantined>;

struct Batch {
  uint64_t index = 0;
  std::vector<Item> items;
  size_t bytes = 0;
};

struct BatchResult {
  std::vector<DocumentOutput> outputs;
};

// A bounded, ordered hand-off: the reader pushes batches, workers take them, results are written
// in batch order. `max_in_flight` caps memory whatever the input size.
class Scheduler {
 public:
  explicit Scheduler(size_t max_in_flight) : max_in_flight_(max_in_flight) {}

  void Push(Batch b) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return in_flight_ < max_in_flight_; });
    ++in_flight_;
    queue_.push_back(std::move(b));
    work_.notify_one();
  }
  /// No more batches; `total` were pushed.
  void Close(uint64_t total) {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    total_ = total;
    work_.notify_all();
    done_.notify_all();
  }
  bool Take(Batch& b) {
    std::unique_lock<std::mutex> lock(mu_);
    work_.wait(lock, [&] { return closed_ || !queue_.empty(); });
    if (queue_.empty()) return false;
    b = std::move(queue_.front());
    queue_.pop_front();
    return true;
  }
  void Finish(uint64_t index, BatchResult r) {
    std::lock_guard<std::mutex> lock(mu_);
    results_.emplace(index, std::move(r));
    done_.notify_all();
  }
  /// Next result in order; false when everything pushed has been returned and the queue is closed.
  bool NextResult(uint64_t index, BatchResult& r) {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return results_.count(index) || (closed_ && index >= total_); });
    auto it = results_.find(index);
    if (it == results_.end()) return false;
    r = std::move(it->second);
    results_.erase(it);
    --in_flight_;
    space_.notify_one();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable work_, space_, done_;
  std::deque<Batch> queue_;
  std::map<uint64_t, BatchResult> results_;
  size_t in_flight_ = 0;
  size_t max_in_flight_;
  bool closed_ = false;
  uint64_t total_ = 0;
};

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void Update(const RunSummary& s, uint64_t bytes, double seconds) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;  // at most ~10 redraws a second
    last_ = now;
    std::fprintf(stderr, "\r\033[K%llu docs, %llu records, %llu quarantined, %.1f MB, %.1f MB/s",
                 static_cast<unsigned long long>(s.documents), static_cast<unsigned long long>(s.records),
                 static_cast<unsigned long long>(s.quarantined), bytes / 1e6,
                 seconds > 0 ? bytes / 1e6 / seconds : 0.0);
  }
  void Done() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_{};
};

class BatchingSink : public ReadSink {
 public:
  BatchingSink(Scheduler& s, const RunOptions& o) : sched_(s), opts_(o) {}
  void OnDocument(Document doc) override {
    cur_.bytes += doc.content.size();
    cur_.items.emplace_back(std::move(doc));
    MaybeFlush();
  }
  void OnQuarantine(Quarantined q) override {
    cur_.items.emplace_back(std::move(q));
    MaybeFlush();
  }
  void Flush() {
    if (cur_.items.empty()) return;
    cur_.index = pushed_++;
    sched_.Push(std::move(cur_));
    cur_ = Batch{};
  }
  uint64_t pushed() const { return pushed_; }

 private:
  void MaybeFlush() {
    if (cur_.items.size() >= opts_.batch_documents || cur_.bytes >= opts_.batch_bytes) Flush();
  }
  Scheduler& sched_;
  const RunOptions& opts_;
  Batch cur_;
  uint64_t pushed_ = 0;
};

}  // namespace

RunSummary Run(const std::vector<std::string>& inputs, const RunOptions& options, std::ostream& records,
               std::ostream& errors) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  Scheduler sched(2 * threads + 2);
  RunSummary summary;
  std::map<std::string, uint64_t> codes;

  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      Batch b;
      while (sched.Take(b)) {
        BatchResult r;
        r.outputs.reserve(b.items.size());
        for (Item& item : b.items) {
          if (auto* d = std::get_if<Document>(&item)) {
            r.outputs.push_back(ProcessDocument(*d, options.analyze));
          } else {
            r.outputs.push_back(QuarantineOutput(std::get<Quarantined>(item)));
          }
        }
        sched.Finish(b.index, std::move(r));
      }
    });
  }

  // The writer runs on its own thread so reading (on this thread) never waits for output.
  Progress progress(options.progress);
  std::mutex summary_mu;
  uint64_t processed_bytes = 0;  // of the documents written so far (the progress line's MB)
  std::thread writer([&] {
    BatchResult r;
    for (uint64_t i = 0; sched.NextResult(i, r); ++i) {
      std::lock_guard<std::mutex> lock(summary_mu);
      for (const DocumentOutput& o : r.outputs) {
        records.write(o.records.data(), static_cast<std::streamsize>(o.records.size()));
        errors << o.errors;
        ++summary.documents;
        summary.output_bytes += o.records.size();
        processed_bytes += o.source_bytes;
        if (o.quarantined) {
          ++summary.quarantined;
          ++codes[o.quarantine_code];
        } else {
          ++summary.documents_ok;
          summary.records += o.record_count;
          summary.mentions += o.mention_count;
        }
      }
      progress.Update(summary, processed_bytes, elapsed());
    }
  });

  BatchingSink sink(sched, options);
  Reader reader(options.format, options.limits, sink);
  for (const std::string& input : inputs) {
    reader.ReadInput(input);
    {
      std::lock_guard<std::mutex> lock(summary_mu);
      summary.input_bytes = reader.stats().bytes;
    }
  }
  sink.Flush();
  sched.Close(sink.pushed());
  for (auto& w : workers) w.join();
  writer.join();
  progress.Done();
  records.flush();
  errors.flush();
  summary.read = reader.stats();
  summary.input_bytes = reader.stats().bytes;
  summary.seconds = elapsed();
  summary.quarantine_codes.assign(codes.begin(), codes.end());
  return summary;
}

}  // namespace pe
