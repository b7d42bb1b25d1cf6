#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// The sandbox's HTML pages: templates compiled in under :/sandbox/ with {{placeholders}}.
namespace ce::sandboxpages {

// Renders :/sandbox/<name>.html. Every value is HTML-escaped before it is substituted;
// substituted text is never scanned for placeholders again. Unknown placeholders
// become empty (and are logged).
QByteArray render(const QString &name, const QHash<QString, QString> &values);

// A small page as a proxy or gateway sends it (for the HtmlError fault), no template.
QByteArray gatewayPage(int status, const QString &reason);

}  // namespace ce::sandboxpages
