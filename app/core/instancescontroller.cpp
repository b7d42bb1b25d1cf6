#include "instancescontroller.h"

#include "displaytext.h"
#include "elementcatalog.h"
#include "elementdescription.h"
#include "instancesfiltermodel.h"
#include "instancesmodel.h"
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ce {

QList<QPair<QString, QString>> shownConfiguration(const QJsonObject &configuration, const QString &elementKey,
                                                  const ElementDescription *element)
{
    QList<const ElementDescription *> elements;
    if (element)
        elements.append(element);
    else
        elements = ElementCatalog::shared().byKey(elementKey);
    auto isSecret = [&](const QString &key) {
        if (redaction::isSecretName(key))
            return true;
        for (const ElementDescription *e : std::as_const(elements)) {
            if (e->isSecretConfigurationKey(key))
                return true;
        }
        return false;
    };

    QList<QPair<QString, QString>> shown;
    const QStringList keys = configuration.keys();
    shown.reserve(keys.size());
    for (const QString &key : keys) {
        const QJsonValue v = configuration.value(key);
        QString text;
        if (v.isNull())
            text = u"null"_s;
        else if (isSecret(key))
            text = SecretMask;
        else if (v.isString())
            text = redaction::scrub(v.toString());
        else if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else
            text = QString::fromUtf8(redaction::body(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        shown.append({key, text});
    }
    return shown;
}

InstancesController::InstancesController(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_model(new InstancesModel(this)), m_filter(new InstancesFilterModel(this))
{
    m_filter->setSourceModel(m_model);
}

InstancesController::~InstancesController()
{
    // Nothing of this object may run from a call that ends after it.
    for (ApiReply *reply : std::as_const(m_replies)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
        reply->deleteLater();
    }
}

void InstancesController::setConnection(const Environment &environment, const Credentials &credentials)
{
    const bool other = !(environment == m_environment);
    m_environment = environment;
    m_credentials = credentials;
    if (other) {
        // Another platform's instances are other instances.
        cancelAll();
        m_model->clear();
        m_listed = false;
    }
}

void InstancesController::prepareClient()
{
    // The client is shared with the flow, which sets its own before each of its calls.
    m_client->setEnvironment(m_environment);
    m_client->setCredentials(m_credentials);
}

ApiReply *InstancesController::track(ApiReply *reply, qint64 changingId)
{
    const bool wasBusy = isBusy();
    m_replies.insert(reply);
    if (changingId > 0)
        m_changing.insert(changingId);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return reply;
}

void InstancesController::untrack(ApiReply *reply, qint64 changingId)
{
    m_replies.remove(reply);
    if (changingId > 0)
        m_changing.remove(changingId);
    reply->deleteLater();
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

QString InstancesController::nameOf(qint64 id) const
{
    const auto instance = m_model->instance(id);
    if (instance && !instance->name.isEmpty())
        return tr("\"%1\" (%2)").arg(displayText(instance->name, 60)).arg(id);
    return tr("instance %1").arg(id);
}

void InstancesController::cancelAll()
{
    const QSet<ApiReply *> replies = m_replies;
    for (ApiReply *reply : replies)
        reply->cancel();
}

void InstancesController::refresh()
{
    if (m_listReply)
        m_listReply->cancel();
    prepareClient();
    ApiReply *reply = track(m_client->listInstances());
    m_listReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const bool current = reply == m_listReply;
        untrack(reply, 0);
        if (!current || reply->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!reply->succeeded()) {
            Q_EMIT failed(tr("Could not list the instances: %1").arg(reply->error().text));
            return;
        }
        QString why;
        const auto instances = instancesFromJson(reply->json(), &why);
        if (!instances) {  // the client checked the shape: only a broken entry gets here
            Q_EMIT failed(tr("Could not list the instances: %1").arg(why));
            return;
        }
        m_model->setInstances(*instances);
        m_listed = true;
        Q_EMIT listed(int(instances->size()));
    });
}

void InstancesController::fetchDetails(qint64 id)
{
    if (m_detailsReply)
        m_detailsReply->cancel();
    prepareClient();
    ApiReply *reply = track(m_client->getInstance(id));
    m_detailsReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        const bool current = reply == m_detailsReply;
        untrack(reply, 0);
        if (!current || reply->error().kind == ApiError::Kind::Cancelled)
            return;
        if (!reply->succeeded()) {
            const QString name = nameOf(id);
            if (reply->error().httpStatus == 404)
                m_model->remove(id);
            Q_EMIT failed(tr("Could not read %1: %2").arg(name, reply->error().text));
            return;
        }
        const auto instance = Instance::fromJson(reply->json());
        if (!instance)
            return;  // the client checked it
        m_model->upsert(*instance);
        Q_EMIT detailsReady(*instance);
    });
}

bool InstancesController::update(qint64 id, const QString &name, const QStringList &tags, QString *problem)
{
    InstancePatch patch;
    const auto current = m_model->instance(id);
    InstancePatch wanted;
    wanted.name = name;
    wanted.tags = tags;
    wanted = wanted.normalised();
    if (!current || *wanted.name != current->name)
        patch.name = wanted.name;
    if (!current || *wanted.tags != current->tags)
        patch.tags = wanted.tags;
    const QString why = patch.problem();
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    prepareClient();
    ApiReply *reply = track(m_client->patchInstance(id, patch), id);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        untrack(reply, id);
        const QString name = nameOf(id);
        if (!reply->succeeded()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT failed(tr("Could not change %1: %2").arg(name, reply->error().text));
            return;
        }
        const auto instance = Instance::fromJson(reply->json());
        if (instance)
            m_model->upsert(*instance);
        Q_EMIT changed(id, tr("Saved %1.").arg(nameOf(id)));
    });
    return true;
}

void InstancesController::setEnabled(qint64 id, bool enabled)
{
    prepareClient();
    ApiReply *reply = track(enabled ? m_client->enableInstance(id) : m_client->disableInstance(id), id);
    connect(reply, &ApiReply::finished, this, [this, reply, id, enabled] {
        untrack(reply, id);
        const QString name = nameOf(id);
        if (!reply->succeeded()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                Q_EMIT failed((enabled ? tr("Could not enable %1: %2") : tr("Could not disable %1: %2"))
                                  .arg(name, reply->error().text));
            return;
        }
        // The answer is the instance, or empty.
        const auto instance = reply->json().isObject() ? Instance::fromJson(reply->json()) : std::nullopt;
        if (instance)
            m_model->upsert(*instance);
        else
            m_model->setDisabled(id, !enabled);
        Q_EMIT changed(id, enabled ? tr("Enabled %1.").arg(name) : tr("Disabled %1.").arg(name));
    });
}

void InstancesController::remove(qint64 id)
{
    prepareClient();
    ApiReply *reply = track(m_client->deleteInstance(id), id);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        untrack(reply, id);
        const QString name = nameOf(id);
        if (!reply->succeeded()) {
            if (reply->error().kind == ApiError::Kind::Cancelled)
                return;
            if (reply->error().httpStatus == 404)
                m_model->remove(id);  // gone either way
            Q_EMIT failed(tr("Could not delete %1: %2").arg(name, reply->error().text));
            return;
        }
        m_model->remove(id);
        Q_EMIT changed(id, tr("Deleted %1.").arg(name));
    });
}

}  // namespace ce
