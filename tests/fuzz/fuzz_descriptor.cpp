// Fuzzes ElementDescription::fromJson (the element descriptors: shipped ones, and the
// user's own files, which nobody checked) and ElementCatalog::fromPlatform (the platform's
// answer to GET /elements/{key}), and checks: a refusal says why, with its line; a
// descriptor that was read keeps the format's rules (the OAuth trio, secrets never hidden
// nor given a default, hidden entries with a default, the grant among providerData) and
// exports (toJson) to a file that reads back equal, with the same text again.
#include "fuzzcommon.h"

#include "core/elementcatalog.h"
#include "core/elementdescription.h"
#include "core/oauthparameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using ce::ConfigurationEntry;
using ce::ElementDescription;

namespace {

void checkDescriptor(const ElementDescription &d)
{
    static const QRegularExpression id(QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9-]*"_s));
    FUZZ_CHECK(id.match(d.id).hasMatch());
    FUZZ_CHECK(!d.key.isEmpty() && !d.name.trimmed().isEmpty() && !d.configuration.isEmpty());
    qsizetype visible = 0;
    for (const ConfigurationEntry &e : d.configuration) {
        FUZZ_CHECK(!e.key.isEmpty() && !e.label.trimmed().isEmpty());
        FUZZ_CHECK(d.entry(e.key) == &e);  // keys are unique
        if (e.isSecret())
            FUZZ_CHECK(!e.hidden && !e.hasDefault() && !e.environmentVariable.isEmpty() && !e.placeholder.isEmpty());
        if (e.hidden)
            FUZZ_CHECK(e.hasDefault() && e.valueToSend(u"anything"_s) == e.defaultValue);
        else
            ++visible;
        if (e.hasDefault())
            FUZZ_CHECK(!ce::isPlaceholder(e.defaultValue));
        if (!d.isOAuth())
            FUZZ_CHECK(e.oauthParameter.isEmpty() && !e.oauthOnly);
    }
    FUZZ_CHECK(d.visibleEntries().size() == visible);
    if (d.isOAuth()) {
        for (const QLatin1StringView p : {ce::oauth::ApiKey, ce::oauth::ApiSecret, ce::oauth::CallbackUrl})
            FUZZ_CHECK(d.entryForOAuthParameter(p) != nullptr);
        FUZZ_CHECK(d.entryForOAuthParameter(ce::oauth::ApiSecret)->isSecret());
        FUZZ_CHECK(!d.grantParameters().isEmpty() && !d.refusalParameters.isEmpty());
        for (const QString &name : d.grantParameters())
            FUZZ_CHECK(d.providerDataEntry(name) && d.providerDataEntry(name)->secret);
    } else {
        FUZZ_CHECK(d.providerData.isEmpty() && d.grantParameters().isEmpty());
    }

    const QByteArray exported = d.toJson();
    QString error;
    const std::optional<ElementDescription> back = ElementDescription::fromJson(exported, &error);
    if (!back)
        std::fprintf(stderr, "exported descriptor refused: %s\n%s\n", qPrintable(error), exported.constData());
    FUZZ_CHECK(back.has_value());  // what we export, we read
    FUZZ_CHECK(*back == d);
    FUZZ_CHECK(back->toJson() == exported);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = ce::test::fuzz::bytes(data, size);

    QString error;
    ElementDescription::Problem problem;
    const std::optional<ElementDescription> d = ElementDescription::fromJson(json, &error, &problem);
    if (!d) {
        FUZZ_CHECK(!error.isEmpty() && !problem.message.isEmpty());
        FUZZ_CHECK(error == problem.text());
        FUZZ_CHECK(problem.line >= 0 && problem.line <= int(json.count('\n')) + 1);
    } else {
        checkDescriptor(*d);
    }

    // The same text as the platform's description of an element.
    const QJsonObject element = QJsonDocument::fromJson(json).object();
    if (!element.isEmpty()) {
        // Without a site address, and with the first entry as the site address.
        const QJsonArray entries = element.value("configuration"_L1).toArray();
        const QString firstKey = entries.isEmpty() ? QString() : entries.at(0).toObject().value("key"_L1).toString();
        for (const QString &site : {QString(), firstKey}) {
            QString why;
            const std::optional<ElementDescription> built = ce::ElementCatalog::fromPlatform(element, site, &why);
            if (built) {
                FUZZ_CHECK(built->origin == ElementDescription::Origin::Platform);
                checkDescriptor(*built);
            } else {
                FUZZ_CHECK(!why.isEmpty());
            }
        }
    }
    return 0;
}
