// An output file that appears only when complete: written to a temporary name beside the target,
// renamed over it by Commit(). An interrupted run leaves no file that looks finished.
#pragma once
#include <fstream>
#include <string>

namespace pe {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();  ///< removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return out_.good(); }
  std::ostream& stream() { return out_; }
  /// Flushes, syncs and renames into place. False (with `error`) if anything failed.
  bool Commit(std::string& error);
  const std::string& path() const { return path_; }

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
  bool direct_ = false;  // not a regular file (a device, a pipe): written in place
};

}  // namespace pe
