#include "pipeline/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pe {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  // A device or a pipe (-o /dev/null, -o /dev/stdout) is written directly: renaming a file over
  // it would replace the device.
  struct stat st;
  if (stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    direct_ = true;
    out_.open(path_, std::ios::binary);
    return;
  }
  tmp_ = path_ + ".tmp-" + std::to_string(getpid());
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    out_.close();
    std::remove(tmp_.c_str());
  }
}

bool AtomicFile::Commit(std::string& error) {
  out_.flush();
  if (!out_.good()) {
    error = "writing " + tmp_ + " failed";
    return false;
  }
  out_.close();
  if (direct_) {
    committed_ = true;
    return true;
  }
  // fsync so the rename never exposes a file whose data is not on disk yet.
  const int fd = open(tmp_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    error = "renaming " + tmp_ + " to " + path_ + " failed: " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace pe
