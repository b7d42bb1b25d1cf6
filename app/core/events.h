#pragma once

#include "validation.h"

#include <QCoreApplication>

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ce {

class ElementDescription;

// Cloud Elements' common instance configuration for events (the same keys for every
// element, see ../shared/reference/cloud-elements-api.md): sent in the configuration of
// POST and PUT /instances, beside the element's own entries.
namespace events {
inline constexpr QLatin1StringView EnabledKey{"event.notification.enabled"};         // "true" / "false"
inline constexpr QLatin1StringView VendorTypeKey{"event.vendor.type"};                // "webhook" / "polling"
inline constexpr QLatin1StringView CallbackUrlKey{"event.notification.callback.url"};
inline constexpr QLatin1StringView SignatureKeyKey{"event.notification.signature.key"};  // a secret
inline constexpr QLatin1StringView RefreshIntervalKey{"event.poller.refresh_interval"};  // minutes, polling only
// What an export without secrets writes for the signature key, and the environment
// variable the command line (authorize, reauthorize, create --from) reads it from.
inline constexpr QLatin1StringView SignatureKeyPlaceholder{"<INSERT_EVENT_SIGNATURE_KEY>"};
inline constexpr char SignatureKeyVariable[] = "CE_EVENTS_SIGNATURE_KEY";

// True for the five keys above.
bool isEventsKey(QStringView key);
}  // namespace events

// The events settings of one instance: whether the platform posts the element's events,
// how it learns of them (the provider's webhook, or polling every so many minutes), where
// it posts them and with which signature key. Part of the flow's inputs
// (ProvisioningFlow::setEvents()), of profiles (the signature key in the keychain) and of
// instance.json (as the configuration keys of ce::events).
//
// Unspecified (the default) sends nothing: the platform's defaults apply (events off), and
// a PUT leaves them to the platform. Disabled sends "event.notification.enabled": "false"
// only. Enabled sends "true", the vendor type, the callback URL, the signature key when
// given, and the refresh interval when polling.
class EventSettings
{
    Q_DECLARE_TR_FUNCTIONS(ce::EventSettings)
public:
    enum class State { Unspecified, Disabled, Enabled };
    enum class VendorType { Webhook, Polling };

    State state = State::Unspecified;
    VendorType vendorType = VendorType::Webhook;
    QString callbackUrl;      // required when enabled: an absolute http(s) URL
    QString signatureKey;     // optional; a secret (registered with the redaction by the flow)
    QString refreshInterval;  // polling only: whole minutes, as typed ("15"); empty: the platform's default

    bool isEnabled() const { return state == State::Enabled; }

    // "webhook", "polling" and back (nullopt for anything else).
    static QString vendorTypeName(VendorType type);
    static std::optional<VendorType> vendorTypeNamed(QStringView name);
    // How `element` can deliver events: its descriptor's "events.methods"; both when the
    // descriptor does not say (the platform decides then).
    static QList<VendorType> vendorTypes(const ElementDescription &element);

    // One line for a summary (the wizard's Create page, the command line): "Off", "On: by
    // webhook, posted to https://..., signed", ... The signature key is never shown, only
    // whether there is one.
    QString summary() const;

    // The configuration entries these settings send (see the class comment): trimmed, and
    // nothing that is empty.
    QMap<QString, QString> toConfiguration() const;
    // Settings from configuration entries (an instance.json, the inputs): values trimmed, a
    // placeholder taken as not given. A value that cannot be read (enabled "yes", vendor
    // "push") is left at its default; configurationIssues() names it.
    static EventSettings fromConfiguration(const QMap<QString, QString> &configuration);
    // Settings from an instance as the platform answers it (GET /instances/{id}): its
    // configuration's events keys. The signature key is never read (the platform masks it);
    // *hadSignatureKey says whether the instance has one.
    static EventSettings fromInstance(const QJsonObject &configuration, bool *hadSignatureKey = nullptr);

    // Problems with the settings for `element`, each naming its field by the configuration
    // key (field::configuration(events::CallbackUrlKey): "configuration.event.notification.callback.url").
    // Empty when they can be sent. Nothing is checked while they are not enabled.
    QList<ValidationIssue> issues(const ElementDescription &element) const;
    // The same checks on the events keys of a configuration as it would be sent (an
    // instance.json): besides issues(), values that cannot be read, a callback URL that is
    // no URL even while events are off, a refresh interval without polling.
    static QList<ValidationIssue> configurationIssues(const QMap<QString, QString> &configuration,
                                                      const ElementDescription &element);

    friend bool operator==(const EventSettings &a, const EventSettings &b)
    {
        return a.state == b.state && a.vendorType == b.vendorType && a.callbackUrl == b.callbackUrl
            && a.signatureKey == b.signatureKey && a.refreshInterval == b.refreshInterval;
    }
    friend bool operator!=(const EventSettings &a, const EventSettings &b) { return !(a == b); }
};

}  // namespace ce
