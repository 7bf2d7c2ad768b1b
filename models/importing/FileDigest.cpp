// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#include <importing/FileDigest.h>

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace FileDigest {

namespace {

// Imports hash on thread-pool threads. OpenSSL keeps per-thread state that
// it frees from a thread-exit handler, but only while the library is still
// initialised: a pool thread that ends after OpenSSL's own atexit cleanup
// leaves it behind (LeakSanitizer: 904 bytes from CRYPTO_zalloc, about one
// run in twelve of tst_importwindow). Releasing it after each digest makes
// the exit order irrelevant; the next digest on this thread sets it up again.
struct ReleaseThreadStateOnReturn {
    ~ReleaseThreadStateOnReturn() { OPENSSL_thread_stop(); }
};

} // namespace

QString sha256(const QString &path, QString *error)
{
    const ReleaseThreadStateOnReturn releaseThreadState;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
        if (error)
            *error = QStringLiteral("SHA-256 is not available");
        return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = file.errorString();
            return {};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace FileDigest
