#pragma once

#include <QByteArray>
#include <QUrl>

class QNetworkAccessManager;

namespace ce::test {

// One HTTP answer as a test reads it: the status, where a redirect points (resolved
// against the request's URL), the body.
struct FetchedPage
{
    int status = 0;
    QUrl location;
    QByteArray body;
};

// GET `url` with `nam`, or POST `form` as application/x-www-form-urlencoded when it is not
// null; redirects are not followed (a test looks at each step, as a browser would take
// it). False when no answer came within 10 s.
bool fetch(QNetworkAccessManager *nam, const QUrl &url, FetchedPage *page, const QByteArray &form = {});

}  // namespace ce::test
