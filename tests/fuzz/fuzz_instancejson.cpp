// Fuzzes InstanceRequest::fromInstanceJson (instance.json, the POST /instances body) and
// checks what a file that parses must satisfy: writing it back (toInstanceJson with the
// secrets included, or toJsonObject) and reading that gives the same request; masked and
// placeholder output never carries a secret value; normalise() is idempotent, so validate()
// checks exactly the values that are sent; refusals always say why and on which line.
#include "fuzzcommon.h"

#include "core/elementdescription.h"
#include "core/instancerequest.h"
#include "core/redaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using ce::ConfigurationEntry;
using ce::ElementDescription;
using ce::InstanceRequest;
using ce::ValidationIssue;
using Secrets = ce::InstanceRequest::Secrets;

namespace {

bool isSecretConfiguration(const ElementDescription &element, const QString &key)
{
    const ConfigurationEntry *p = element.entry(key);
    return p ? p->isSecret() : ce::redaction::isSecretName(key);
}

bool isSecretProviderData(const ElementDescription &element, const QString &key)
{
    const ce::ProviderDataEntry *f = element.providerDataEntry(key);
    return !f || f->secret;  // unknown provider data counts as secret
}

InstanceRequest reparse(const QByteArray &json)
{
    QList<ValidationIssue> issues;
    const auto r = InstanceRequest::fromInstanceJson(json, &issues);
    FUZZ_CHECK(r.has_value());  // what we write, we read
    FUZZ_CHECK(issues.isEmpty());
    return *r;
}

void checkIssues(const QList<ValidationIssue> &issues, const QString &summary)
{
    for (const ValidationIssue &issue : issues) {
        FUZZ_CHECK(!issue.field.isEmpty());
        FUZZ_CHECK(!issue.message.isEmpty());
    }
    FUZZ_CHECK(summary.isEmpty() == issues.isEmpty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = ce::test::fuzz::bytes(data, size);
    const ElementDescription &element = *ce::ElementDescription::builtin(u"freshbooks"_s);

    QList<ValidationIssue> issues;
    const std::optional<InstanceRequest> parsed = InstanceRequest::fromInstanceJson(json, &issues);
    if (!parsed) {
        FUZZ_CHECK(!issues.isEmpty());  // a refusal says why...
        const int lines = int(json.count('\n')) + 1;
        for (const ValidationIssue &issue : std::as_const(issues)) {
            FUZZ_CHECK(!issue.message.isEmpty());
            FUZZ_CHECK(issue.line >= 0 && issue.line <= lines);  // ...and where, inside the file
        }
        return 0;
    }
    FUZZ_CHECK(issues.isEmpty());
    const InstanceRequest &request = *parsed;
    FUZZ_CHECK(!request.elementKey.trimmed().isEmpty());

    // Round trips: the documented layout with the secrets, and the body that is POSTed.
    const QByteArray written = request.toInstanceJson(element, Secrets::Include);
    const InstanceRequest again = reparse(written);
    FUZZ_CHECK(again == request);
    FUZZ_CHECK(again.toInstanceJson(element, Secrets::Include) == written);
    FUZZ_CHECK(reparse(QJsonDocument(request.toJsonObject()).toJson()) == request);

    // Masked and placeholder files keep every non-secret value and no secret one.
    const InstanceRequest masked = reparse(request.toInstanceJson(element, Secrets::Masked));
    const InstanceRequest placeholders = reparse(request.toInstanceJson(element, Secrets::Placeholders));
    for (const InstanceRequest *shown : {&masked, &placeholders}) {
        FUZZ_CHECK(shown->elementKey == request.elementKey && shown->name == request.name
                   && shown->tags == request.tags);
        FUZZ_CHECK(shown->configuration.keys() == request.configuration.keys());
        FUZZ_CHECK(shown->providerData.keys() == request.providerData.keys());
    }
    for (auto it = request.configuration.cbegin(); it != request.configuration.cend(); ++it) {
        if (isSecretConfiguration(element, it.key())) {
            FUZZ_CHECK(masked.configuration.value(it.key()) == "********"_L1);
            FUZZ_CHECK(InstanceRequest::isPlaceholder(placeholders.configuration.value(it.key())));
        } else {
            FUZZ_CHECK(masked.configuration.value(it.key()) == it.value());
            FUZZ_CHECK(placeholders.configuration.value(it.key()) == it.value());
        }
    }
    for (auto it = request.providerData.cbegin(); it != request.providerData.cend(); ++it) {
        if (isSecretProviderData(element, it.key())) {
            FUZZ_CHECK(masked.providerData.value(it.key()) == "********"_L1);
            FUZZ_CHECK(InstanceRequest::isPlaceholder(placeholders.providerData.value(it.key())));
        } else {
            FUZZ_CHECK(masked.providerData.value(it.key()) == it.value());
        }
    }

    // Validation as read, and after normalise(), which must be idempotent: validate()
    // normalises a subdomain before checking it, so a second normalisation that still
    // changed the value would mean the check saw another value than the one sent.
    checkIssues(request.validate(element), InstanceRequest::summary(request.validate(element)));
    InstanceRequest normalised = request;
    normalised.normalise(element);
    InstanceRequest twice = normalised;
    twice.normalise(element);
    FUZZ_CHECK(twice == normalised);
    for (const QString &tag : std::as_const(normalised.tags))
        FUZZ_CHECK(!tag.isEmpty() && tag == tag.trimmed() && normalised.tags.count(tag) == 1);
    for (const QString &value : std::as_const(normalised.configuration))
        FUZZ_CHECK(value == value.trimmed());
    const QList<ValidationIssue> normalisedIssues = normalised.validate(element);
    checkIssues(normalisedIssues, InstanceRequest::summary(normalisedIssues));
    // Every input issue is also an issue of the whole request.
    const QList<ValidationIssue> inputIssues = normalised.validateInputs(element);
    for (const ValidationIssue &issue : inputIssues)
        FUZZ_CHECK(normalisedIssues.contains(issue));
    // A request that validates has every required entry, filled in, as sent.
    if (normalisedIssues.isEmpty()) {
        FUZZ_CHECK(normalised.elementKey == element.key);
        for (const ConfigurationEntry &p : element.configuration) {
            if (!p.required)
                continue;
            const QString value = normalised.configuration.value(p.key);
            FUZZ_CHECK(!value.isEmpty() && !InstanceRequest::isPlaceholder(value));
            if (p.format == ConfigurationEntry::Format::Subdomain)
                FUZZ_CHECK(ce::checkSubdomain(value, p.domain).isEmpty());
        }
        FUZZ_CHECK(!normalised.name.trimmed().isEmpty());
    }
    return 0;
}
