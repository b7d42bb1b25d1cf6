#include "events.h"

#include "displaytext.h"
#include "elementdescription.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce {

bool events::isEventsKey(QStringView key)
{
    return key == EnabledKey || key == VendorTypeKey || key == CallbackUrlKey || key == SignatureKeyKey
        || key == RefreshIntervalKey;
}

QString EventSettings::vendorTypeName(VendorType type)
{
    return type == VendorType::Polling ? u"polling"_s : u"webhook"_s;
}

std::optional<EventSettings::VendorType> EventSettings::vendorTypeNamed(QStringView name)
{
    if (name == u"webhook")
        return VendorType::Webhook;
    if (name == u"polling")
        return VendorType::Polling;
    return std::nullopt;
}

QList<EventSettings::VendorType> EventSettings::vendorTypes(const ElementDescription &element)
{
    if (element.eventMethods.isEmpty())
        return {VendorType::Webhook, VendorType::Polling};
    QList<VendorType> types;
    for (const QString &method : element.eventMethods) {
        if (const auto type = vendorTypeNamed(method))
            types.append(*type);
    }
    return types;
}

QString EventSettings::summary() const
{
    switch (state) {
    case State::Unspecified:
        return tr("Not set (the platform's default: off)");
    case State::Disabled:
        return tr("Off");
    case State::Enabled:
        break;
    }
    const QString interval = refreshInterval.trimmed();
    const QString how = vendorType == VendorType::Webhook ? tr("by webhook")
        : interval.isEmpty()                              ? tr("by polling")
                                                          : tr("by polling every %1 minutes").arg(displayText(interval, 12));
    QString text = tr("On: %1, posted to %2").arg(how, displayText(callbackUrl.trimmed(), 120));
    if (!signatureKey.trimmed().isEmpty())
        text += tr(", signed");
    return text;
}

QMap<QString, QString> EventSettings::toConfiguration() const
{
    QMap<QString, QString> out;
    switch (state) {
    case State::Unspecified:
        break;
    case State::Disabled:
        out.insert(events::EnabledKey, u"false"_s);
        break;
    case State::Enabled: {
        out.insert(events::EnabledKey, u"true"_s);
        out.insert(events::VendorTypeKey, vendorTypeName(vendorType));
        const auto add = [&out](QLatin1StringView key, const QString &value) {
            if (!value.trimmed().isEmpty())
                out.insert(key, value.trimmed());
        };
        add(events::CallbackUrlKey, callbackUrl);
        add(events::SignatureKeyKey, signatureKey);
        if (vendorType == VendorType::Polling)
            add(events::RefreshIntervalKey, refreshInterval);
        break;
    }
    }
    return out;
}

EventSettings EventSettings::fromConfiguration(const QMap<QString, QString> &configuration)
{
    const auto value = [&configuration](QLatin1StringView key) {
        const QString v = configuration.value(key).trimmed();
        return isPlaceholder(v) ? QString() : v;
    };
    EventSettings s;
    const QString enabled = value(events::EnabledKey);
    if (enabled == "true"_L1)
        s.state = State::Enabled;
    else if (enabled == "false"_L1)
        s.state = State::Disabled;
    s.vendorType = vendorTypeNamed(value(events::VendorTypeKey)).value_or(VendorType::Webhook);
    s.callbackUrl = value(events::CallbackUrlKey);
    s.signatureKey = value(events::SignatureKeyKey);
    s.refreshInterval = value(events::RefreshIntervalKey);
    return s;
}

EventSettings EventSettings::fromInstance(const QJsonObject &configuration, bool *hadSignatureKey)
{
    // The platform's values are strings, or null where nothing was set.
    QMap<QString, QString> entries;
    for (const QLatin1StringView key : {events::EnabledKey, events::VendorTypeKey, events::CallbackUrlKey,
                                        events::RefreshIntervalKey}) {
        if (const QJsonValue v = configuration.value(key); v.isString())
            entries.insert(key, v.toString());
        else if (v.isBool())
            entries.insert(key, v.toBool() ? u"true"_s : u"false"_s);
        else if (v.isDouble())
            entries.insert(key, QString::number(v.toInteger()));
    }
    if (hadSignatureKey) {
        const QJsonValue key = configuration.value(events::SignatureKeyKey);
        *hadSignatureKey = key.isString() && !key.toString().trimmed().isEmpty();
    }
    return fromConfiguration(entries);
}

QList<ValidationIssue> EventSettings::issues(const ElementDescription &element) const
{
    if (state != State::Enabled)
        return {};
    return configurationIssues(toConfiguration(), element);
}

QList<ValidationIssue> EventSettings::configurationIssues(const QMap<QString, QString> &configuration,
                                                          const ElementDescription &element)
{
    QList<ValidationIssue> issues;
    const auto id = [](QLatin1StringView key) { return field::configuration(key); };
    const auto text = [&configuration](QLatin1StringView key) { return configuration.value(key).trimmed(); };
    const auto placeholder = [&](QLatin1StringView key, const QString &label, bool missing) {
        issues.append({id(key), tr("%1 (%2) is still the placeholder %3.").arg(label, id(key), text(key)), 0, missing});
    };

    const QString enabledText = text(events::EnabledKey);
    const bool enabled = enabledText == "true"_L1;
    if (!enabledText.isEmpty() && enabledText != "true"_L1 && enabledText != "false"_L1)
        issues.append({id(events::EnabledKey),
                       tr("Events on (%1) must be \"true\" or \"false\", not \"%2\".")
                           .arg(id(events::EnabledKey), displayText(enabledText, 40))});

    const QString vendorText = text(events::VendorTypeKey);
    const std::optional<VendorType> vendor = vendorTypeNamed(vendorText);
    if (!vendorText.isEmpty() && !vendor) {
        issues.append({id(events::VendorTypeKey),
                       tr("The events' vendor type (%1) must be \"webhook\" or \"polling\", not \"%2\".")
                           .arg(id(events::VendorTypeKey), displayText(vendorText, 40))});
    } else if (enabled && !vendorTypes(element).contains(vendor.value_or(VendorType::Webhook))) {
        QStringList names;
        for (const VendorType type : vendorTypes(element))
            names.append(vendorTypeName(type));
        issues.append({id(events::VendorTypeKey), tr("%1 delivers events by %2 only (%3).")
                                                      .arg(element.displayName(), names.join(", "_L1),
                                                           id(events::VendorTypeKey))});
    }

    const QString callback = text(events::CallbackUrlKey);
    const QString callbackLabel = tr("The events callback URL");
    if (callback.isEmpty()) {
        if (enabled)
            issues.append({id(events::CallbackUrlKey),
                           tr("%1 (%2) is missing: the events are posted there.").arg(callbackLabel, id(events::CallbackUrlKey)),
                           0, true});
    } else if (isPlaceholder(callback)) {
        placeholder(events::CallbackUrlKey, callbackLabel, enabled);
    } else if (const QString problem = checkHttpUrl(callback); !problem.isEmpty()) {
        issues.append({id(events::CallbackUrlKey), tr("%1 (%2): %3").arg(callbackLabel, id(events::CallbackUrlKey), problem)});
    }

    if (isPlaceholder(text(events::SignatureKeyKey)))
        placeholder(events::SignatureKeyKey, tr("The events signature key"), false);

    const QString interval = text(events::RefreshIntervalKey);
    if (!interval.isEmpty()) {
        const QString intervalLabel = tr("The events refresh interval");
        bool fits = false;
        const bool digits = std::all_of(interval.cbegin(), interval.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        const int minutes = digits ? interval.toInt(&fits) : 0;
        if (isPlaceholder(interval))
            placeholder(events::RefreshIntervalKey, intervalLabel, false);
        else if (!fits || minutes <= 0)
            issues.append({id(events::RefreshIntervalKey),
                           tr("%1 (%2) must be a whole number of minutes above 0, not \"%3\".")
                               .arg(intervalLabel, id(events::RefreshIntervalKey), displayText(interval, 40))});
        else if (vendor != VendorType::Polling)
            issues.append({id(events::RefreshIntervalKey),
                           tr("%1 (%2) applies only to polling (%3 \"polling\").")
                               .arg(intervalLabel, id(events::RefreshIntervalKey), id(events::VendorTypeKey))});
    }
    return issues;
}

}  // namespace ce
