// The instance's life after creation: re-authorization (PUT /instances/{id} with the whole
// body and a fresh grant), rename and retag (PATCH /instances/{id}: name and tags only),
// enable and disable (PUT and DELETE /instances/{id}/enabled).
#include "sandboxserver_p.h"

#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ce {

using namespace sandbox;

Reply SandboxServerPrivate::handleUpdate(const Request &in)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, &it))
        return *error;
    StoredInstance &stored = it->second;
    InstanceBody body;
    if (auto error = checkInstanceBody(in, {}, &body))
        return *error;
    const QString instanceKey = stored.json.value("element"_L1).toObject().value("key"_L1).toString();
    if (body.element->key != instanceKey)
        return jsonError(400, u"The instance %1 is of the element %2, not %3: a re-authorization keeps the element."_s
                                  .arg(stored.id)
                                  .arg(instanceKey, body.element->key));
    // The same strictness as a create: a fresh grant the user approved, for this element
    // and this configuration.
    AcceptedGrant grant;
    if (auto error = checkGrant(*body.element, body.providerData, body.configuration, &grant))
        return *error;

    grant.consume();
    // The body replaces name, tags and configuration; the instance keeps who it is: its id,
    // its Element token (every client of the instance holds it), when it was made, whose it
    // is, and whether it is disabled.
    QJsonObject instance = buildInstance(*body.element, body.json, body.tags, grant.site, stored.id);
    for (const char *kept : {"token", "createdDate", "user", "disabled"})
        instance.insert(QLatin1StringView(kept), stored.json.value(QLatin1StringView(kept)));
    stored.tags = body.tags;
    stored.json = instance;
    qCInfo(lcSandbox) << "sandbox: re-authorized instance" << stored.id;
    return jsonReply(200, instance);
}

Reply SandboxServerPrivate::handlePatch(const Request &in)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, &it))
        return *error;
    StoredInstance &stored = it->second;
    QJsonObject body;
    if (auto refused = jsonObjectBody(in, &body))
        return *refused;

    // Only what PATCH changes here: a re-authorization is a PUT with the whole body.
    QStringList others;
    for (auto field = body.constBegin(); field != body.constEnd(); ++field) {
        if (field.key() != "name"_L1 && field.key() != "tags"_L1)
            others.append(field.key());
    }
    if (!others.isEmpty())
        return jsonError(400,
                         u"PATCH /instances/{id} changes only name and tags, not: %1."_s.arg(others.join(", "_L1)));
    if (body.isEmpty())
        return jsonError(400, u"Nothing to change: give name, tags or both."_s);

    QString name = stored.json.value("name"_L1).toString();
    if (body.contains("name"_L1)) {
        const QJsonValue value = body.value("name"_L1);
        if (!value.isString())
            return jsonError(400, u"name must be a string."_s);
        if (value.toString().trimmed().isEmpty())
            return jsonError(400, u"name must not be empty."_s);
        name = value.toString().trimmed();
    }
    QStringList tags = stored.tags;
    if (body.contains("tags"_L1)) {
        // The tags given replace all of them.
        if (auto error = readTags(body.value("tags"_L1), &tags))
            return *error;
    }
    stored.tags = tags;
    stored.json.insert(u"name"_s, name);
    stored.json.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    qCInfo(lcSandbox) << "sandbox: changed the name or tags of instance" << stored.id;
    return jsonReply(200, stored.json);
}

Reply SandboxServerPrivate::handleEnable(const Request &in)
{
    return setDisabled(in, false);
}

Reply SandboxServerPrivate::handleDisable(const Request &in)
{
    return setDisabled(in, true);
}

Reply SandboxServerPrivate::setDisabled(const Request &in, bool disabled)
{
    std::map<int, StoredInstance>::iterator it;
    if (auto error = findInstance(in, &it))
        return *error;
    it->second.json.insert(u"disabled"_s, disabled);
    qCInfo(lcSandbox) << "sandbox:" << (disabled ? "disabled" : "enabled") << "instance" << it->first;
    return jsonReply(200, it->second.json);
}

}  // namespace ce
