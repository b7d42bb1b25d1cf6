#include "displaytext.h"

namespace ce {

QString displayText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size() + 2);
    bool isolate = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
            || u == 0x061C) {
            isolate = true;  // bidi formatting: dropped, the isolate below does the right thing
            continue;
        }
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            isolate = true;
        if (u < 0x20)
            out += QChar(char16_t(0x2400 + u));  // ␀..␟
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421));  // ␡
        else if (u >= 0x80 && u < 0xA0)
            out += QChar(0xFFFD);
        else
            out += c;
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    // First-strong isolate: the text keeps its own direction and leaves the rest alone.
    return isolate ? QChar(0x2068) + out + QChar(0x2069) : out;
}

QString maskSecret(const QString &secret, int visible)
{
    if (secret.isEmpty())
        return {};
    if (secret.size() <= visible * 2)
        return SecretMask;
    return secret.left(visible) + SecretMask;
}

}  // namespace ce
