#pragma once

#include "apiclient.h"
#include "apitypes.h"
#include "environment.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

namespace ce {

class ElementDescription;
class InstancesFilterModel;
class InstancesModel;

// An instance's configuration as it may be shown: (key, text) pairs in key order. A key the
// element's descriptor (or, without one, the redaction rules) calls secret shows SecretMask
// whatever the platform sent (it masks them today, but that is its choice); any other value
// is scrubbed of the secrets this run knows and of secret-named parts (a URL's apiSecret=, a
// nested "token"). `element` null: the descriptors of the catalog with the instance's key.
QList<QPair<QString, QString>> shownConfiguration(const QJsonObject &configuration,
                                                  const QString &elementKey,
                                                  const ElementDescription *element = nullptr);

// What the Instances window does, without a widget: lists the instances of one environment
// (GET /instances) into an InstancesModel behind an InstancesFilterModel, reads one
// (GET /instances/{id}), renames and retags (PATCH), enables and disables (/enabled) and
// deletes. Each answer changes the model in place; each failure is one sentence that names
// the instance and what went wrong (failed()), and leaves the model as it was.
//
// Calls run side by side; a new refresh() drops the list still in flight, a new
// fetchDetails() the details still in flight.
class InstancesController : public QObject
{
    Q_OBJECT
public:
    // `client` is shared (the request log follows it): every call first sets the
    // controller's environment and credentials on it.
    explicit InstancesController(ApiClient *client, QObject *parent = nullptr);
    ~InstancesController() override;

    void setConnection(const Environment &environment, const Credentials &credentials);
    Environment environment() const { return m_environment; }

    InstancesModel *model() const { return m_model; }
    InstancesFilterModel *filterModel() const { return m_filter; }

    bool isBusy() const { return !m_replies.isEmpty(); }
    // True while a call on `id` (details excepted) is in flight: its buttons wait.
    bool isChanging(qint64 id) const { return m_changing.contains(id); }
    // True once a list arrived.
    bool hasListed() const { return m_listed; }

    // GET /instances: replaces every row (listed()).
    void refresh();
    // GET /instances/{id}: the row updated, then detailsReady(). A 404 removes the row.
    void fetchDetails(qint64 id);
    // PATCH /instances/{id} with what differs from the listed row: the name, the tags or
    // both. False (and nothing sent) when nothing differs or the patch cannot be sent
    // (`problem` says why).
    bool update(qint64 id, const QString &name, const QStringList &tags, QString *problem = nullptr);
    // PUT or DELETE /instances/{id}/enabled.
    void setEnabled(qint64 id, bool enabled);
    // DELETE /instances/{id}: the row goes (a 404 too: it is gone either way).
    void remove(qint64 id);
    // Cancels every call in flight.
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void listed(int count);
    void detailsReady(const ce::Instance &instance);
    // One call on an instance succeeded: a sentence to show ("Deleted “Acme”.").
    void changed(qint64 id, const QString &message);
    // One call failed: a sentence that says which call, on which instance, and why.
    void failed(const QString &message);

private:
    ApiReply *track(ApiReply *reply, qint64 changingId = 0);
    void untrack(ApiReply *reply, qint64 changingId);
    QString nameOf(qint64 id) const;
    void prepareClient();

    ApiClient *m_client;
    InstancesModel *m_model;
    InstancesFilterModel *m_filter;
    Environment m_environment;
    Credentials m_credentials;
    QSet<ApiReply *> m_replies;
    QSet<qint64> m_changing;
    QPointer<ApiReply> m_listReply;
    QPointer<ApiReply> m_detailsReply;
    bool m_listed = false;
};

}  // namespace ce
