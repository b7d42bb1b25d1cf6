// Shared by the libFuzzer targets: invariant checks that stop the fuzzer with a crash it
// saves as an artifact, and a Qt message handler that keeps the fuzzer's output readable.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

// An invariant that does not hold is a finding: say which, then abort (libFuzzer writes
// the input to crash-<sha1>).
#define FUZZ_CHECK(condition)                                                                  \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

namespace ce::test::fuzz {

// The parsers log what they ignore (qCWarning): at thousands of inputs a second that is
// noise. Fatal messages still print (and Qt aborts after them).
inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
    });
}

// The input as an owned, NUL-terminated QByteArray (no raw-data aliasing of libFuzzer's buffer).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

}  // namespace ce::test::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ce::test::fuzz::quietQtMessages();
    return 0;
}
