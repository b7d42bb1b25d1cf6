#include "instanceverification.h"

namespace ce {

InstanceVerification::InstanceVerification(QObject *parent) : QObject(parent) {}

InstanceVerification::~InstanceVerification()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

void InstanceVerification::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void InstanceVerification::start(ApiClient *client, const Environment &environment, const Credentials &credentials,
                                 qint64 instanceId)
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
    }
    m_result = Result::Checking;
    m_text = tr("Checking the instance with the platform…");
    m_instance = {};
    m_error = {};
    // The client is shared (with the flow, which sets its own before each of its calls).
    client->setEnvironment(environment);
    client->setCredentials(credentials);
    ApiReply *reply = client->getInstance(instanceId);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, instanceId] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            m_error = reply->error();
            m_result = Result::Failed;
            m_text = tr("Could not check instance %1 with the platform: %2").arg(instanceId).arg(m_error.text);
        } else {
            m_instance = Instance::fromJson(reply->json()).value_or(Instance{});
            if (m_instance.disabled) {
                m_result = Result::Disabled;
                m_text = tr("Checked: the platform has instance %1, but it is disabled.").arg(instanceId);
            } else if (m_instance.valid) {
                m_result = Result::Valid;
                m_text = tr("Checked: the platform reports instance %1 as valid.").arg(instanceId);
            } else {
                m_result = Result::NotValid;
                m_text = tr("Checked: the platform reports instance %1 as not valid: its authorization did not "
                            "work. Re-authorize it from the Instances window.")
                             .arg(instanceId);
            }
        }
        Q_EMIT finished();
    });
}

}  // namespace ce
