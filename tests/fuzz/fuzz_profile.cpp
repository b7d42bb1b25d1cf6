// Fuzzes Profile::fromJson (the profile files ProfileStore reads) and checks: a refusal
// says why and of which kind; a profile that was read can be written (toJson) and read
// back to an equal profile (fields it does not know included), with the same text again;
// no secret-looking configuration key or unknown field is ever kept or written.
#include "fuzzcommon.h"

#include "core/elementdescription.h"
#include "core/redaction.h"
#include "profiles/profile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ce::Profile;

namespace {

void checkNoSecrets(const Profile &profile)
{
    const ce::ElementDescription *element = profile.descriptor();
    for (auto it = profile.configuration.cbegin(); it != profile.configuration.cend(); ++it)
        FUZZ_CHECK(!Profile::isSecretConfigurationKey(it.key(), element));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = ce::test::fuzz::bytes(data, size);

    QString error;
    Profile::ParseFailure failure = Profile::ParseFailure::None;
    const std::optional<Profile> profile = Profile::fromJson(json, &error, &failure);
    if (!profile) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(failure == Profile::ParseFailure::Invalid || failure == Profile::ParseFailure::NewerVersion);
    } else {
        FUZZ_CHECK(failure == Profile::ParseFailure::None);
        FUZZ_CHECK(!profile->name.trimmed().isEmpty() && !profile->elementKey.trimmed().isEmpty());
        checkNoSecrets(*profile);

        const QByteArray written = profile->toJson();
        QString againError;
        Profile::ParseFailure againFailure = Profile::ParseFailure::Invalid;
        const std::optional<Profile> again = Profile::fromJson(written, &againError, &againFailure);
        if (!again)
            std::fprintf(stderr, "written profile refused: %s\n%s\n", qPrintable(againError), written.constData());
        FUZZ_CHECK(again.has_value());  // what we read, we can write and read again
        FUZZ_CHECK(againFailure == Profile::ParseFailure::None);
        FUZZ_CHECK(*again == *profile);
        FUZZ_CHECK(again->toJson() == written);

        // The file itself holds no secret-looking configuration key.
        const QJsonObject config = QJsonDocument::fromJson(written).object().value("configuration"_L1).toObject();
        const ce::ElementDescription *element = profile->descriptor();
        for (auto it = config.constBegin(); it != config.constEnd(); ++it)
            FUZZ_CHECK(!Profile::isSecretConfigurationKey(it.key(), element));
        // Nor a field of its own whose name looks secret; the others are all written back.
        const QJsonObject top = QJsonDocument::fromJson(written).object();
        for (auto it = profile->unknown.constBegin(); it != profile->unknown.constEnd(); ++it) {
            FUZZ_CHECK(!ce::redaction::isSecretName(it.key()));
            FUZZ_CHECK(top.value(it.key()) == it.value());
        }
    }
    // fromJson registers the secret values it drops; don't let the registry grow forever.
    ce::redaction::forgetSecrets();
    return 0;
}
