#pragma once

#include "apiclient.h"
#include "apitypes.h"

#include <QObject>
#include <QPointer>

namespace ce {

// Right after creation (or re-authorization), asks the platform about the instance with
// GET /instances/{id} and says what it found in one sentence: valid, not valid (its
// authorization did not take), disabled, or why it could not be asked (the platform's
// message). For the Done page; Qt Core only.
class InstanceVerification : public QObject
{
    Q_OBJECT
public:
    enum class Result { None, Checking, Valid, NotValid, Disabled, Failed };
    Q_ENUM(Result)

    explicit InstanceVerification(QObject *parent = nullptr);
    ~InstanceVerification() override;

    // Asks about `instanceId` with `client` on `environment` (the call before, if any, is
    // dropped). finished() follows, also when the call cannot be made.
    void start(ApiClient *client, const Environment &environment, const Credentials &credentials, qint64 instanceId);
    void cancel();

    Result result() const { return m_result; }
    bool isChecking() const { return m_result == Result::Checking; }
    // The sentence to show (empty before start()).
    QString text() const { return m_text; }
    // The instance as GET answered it (valid when result() is Valid, NotValid or Disabled).
    Instance instance() const { return m_instance; }
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    QPointer<ApiReply> m_reply;
    Result m_result = Result::None;
    QString m_text;
    Instance m_instance;
    ApiError m_error;
};

}  // namespace ce
