#include "pipeline/sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace pe {
namespace {

// OpenSSL 3 looks the algorithm up in its provider tables (under a lock) and allocates a context
// on every EVP_Digest call: for pages of a few KB that costs a third as much as the hashing. The
// algorithm is fetched once, and each thread keeps one context.
struct DigestContext {
  DigestContext() : md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), ctx(EVP_MD_CTX_new()) {}
  ~DigestContext() {
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
  }
  DigestContext(const DigestContext&) = delete;
  DigestContext& operator=(const DigestContext&) = delete;

  EVP_MD* md;
  EVP_MD_CTX* ctx;
};

}  // namespace

std::string Sha256Hex(std::string_view data) {
  thread_local DigestContext digest;
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!digest.md || !digest.ctx || !EVP_DigestInit_ex2(digest.ctx, digest.md, nullptr) ||
      !EVP_DigestUpdate(digest.ctx, data.data(), data.size()) || !EVP_DigestFinal_ex(digest.ctx, md, &len)) {
    EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);  // as before, should the fast path fail
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(len * 2, '\0');
  for (unsigned int i = 0; i < len; ++i) {
    out[2 * i] = kHex[md[i] >> 4];
    out[2 * i + 1] = kHex[md[i] & 15];
  }
  return out;
}

}  // namespace pe
