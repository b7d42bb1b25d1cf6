#pragma once

#include <QStringList>

namespace ce {

class ProfileStore;

// The element descriptors used last, most recent first, by id: those the wizard created
// an instance of (kept in the settings file beside the window's geometry, at most
// MaxRecent), then those of the saved profiles by when each was last used. The element
// page lists them first.
namespace recentElements {

inline constexpr int MaxRecent = 8;

// Most recent first, without repeats; ids no longer in the catalog are the caller's to skip.
QStringList ids(const ProfileStore *profiles = nullptr);
// `id` was just used: it moves to the front of the settings' list.
void use(const QString &id);

}  // namespace recentElements
}  // namespace ce
