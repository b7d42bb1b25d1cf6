#include "fetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace ce::test {

bool fetch(QNetworkAccessManager *nam, const QUrl &url, FetchedPage *page, const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        reply = nam->post(request, form);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000)) {
        reply->abort();
        reply->deleteLater();
        return false;
    }
    page->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page->location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    page->body = reply->readAll();
    reply->deleteLater();
    return true;
}

}  // namespace ce::test
