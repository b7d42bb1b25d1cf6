#include "sandboxpages.h"

#include "core/logging.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ce::sandboxpages {

QByteArray render(const QString &name, const QHash<QString, QString> &values)
{
    QFile file(u":/sandbox/%1.html"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "Sandbox page template missing:" << name;
        return "<!DOCTYPE html><title>Sandbox</title><p>Sandbox page missing.</p>";
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression placeholder(u"\\{\\{([A-Za-z0-9_]+)\\}\\}"_s);
    QString out;
    out.reserve(text.size() + 512);
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const auto value = values.constFind(key);
        if (value == values.cend())
            qCWarning(lcSandbox) << "Sandbox page" << name << "has no value for" << key;
        else
            out += value->toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray gatewayPage(int status, const QString &reason)
{
    const QString title = u"%1 %2"_s.arg(status).arg(reason).toHtmlEscaped();
    return (u"<html>\r\n<head><title>"_s + title + u"</title></head>\r\n<body>\r\n<center><h1>"_s + title
            + u"</h1></center>\r\n<hr><center>sandbox-gateway</center>\r\n</body>\r\n</html>\r\n"_s)
        .toUtf8();
}

}  // namespace ce::sandboxpages
