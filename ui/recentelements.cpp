#include "recentelements.h"

#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ce::recentElements {

namespace {
// ~/.config/ce-provisioner/ce-provisioner.conf, as the wizard's geometry.
QSettings settings()
{
    return QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
}
const QString Key = u"elements/recent"_s;
}  // namespace

QStringList ids(const ProfileStore *profiles)
{
    QStringList result = settings().value(Key).toStringList();
    if (profiles) {
        QList<std::pair<QDateTime, QString>> used;
        for (const ProfileEntry &entry : profiles->entries()) {
            if (entry.isValid() && entry.profile->lastUsed.isValid() && !entry.profile->descriptorId.isEmpty())
                used.append({entry.profile->lastUsed, entry.profile->descriptorId});
        }
        std::stable_sort(used.begin(), used.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[when, id] : std::as_const(used))
            result.append(id);
    }
    result.removeAll(QString());
    result.removeDuplicates();
    return result;
}

void use(const QString &id)
{
    if (id.isEmpty())
        return;
    QSettings s = settings();
    QStringList list = s.value(Key).toStringList();
    list.removeAll(id);
    list.prepend(id);
    while (list.size() > MaxRecent)
        list.removeLast();
    s.setValue(Key, list);
}

}  // namespace ce::recentElements
