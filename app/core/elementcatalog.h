#pragma once

#include "elementdescription.h"

#include <QCoreApplication>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ce {

class InstanceRequest;

// The element descriptors the app knows: the built-in ones (":/elements/*.json"), the
// user's (ElementCatalog::userFolder(), "~/.local/share/ce-provisioner/elements/*.json")
// and any built at run time from the platform's own description (fromPlatform()). Ids are
// unique: a user's file with a built-in descriptor's id replaces it (and is marked as the
// user's); a second file with an id already taken is refused. Descriptors that share an
// element key are told apart by their variants. A file that cannot be used is listed in
// problems() with its path, line and reason, and never stops the others.
class ElementCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ce::ElementCatalog)
public:
    // A file the catalog could not use.
    struct Problem
    {
        QString path;     // ":/elements/x.json" or the user's file
        int line = 0;     // 1-based, 0 when it is about the whole file
        QString field;    // "configuration[2].label", or empty
        QString message;  // one sentence
        // "<path>, line <n>: <message>".
        QString text() const;
    };

    // A user's file larger than this is not read.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    ElementCatalog() = default;  // empty

    // The built-in descriptors and those in `userFolder`, as the app loads them.
    static ElementCatalog load(const QString &userFolder = ElementCatalog::userFolder());
    // QStandardPaths::AppDataLocation + "/elements".
    static QString userFolder();
    // The built-in descriptors alone, read once; its descriptors live as long as the process.
    static const ElementCatalog &builtIn();
    // The process's catalog: load() on first use. The application's thread only; pointers
    // into it stay valid until it is replaced (setShared()).
    static const ElementCatalog &shared();
    static void setShared(const ElementCatalog &catalog);

    // Reads the built-in descriptors (a shipped file is named after its id: "<id>.json").
    void addBuiltIn();
    // Reads the "*.json" files of `folder` (in file name order) as the user's; a missing
    // folder is no problem.
    void addFolder(const QString &folder);
    // Adds a descriptor from elsewhere (fromPlatform()), with the same rules as a file:
    // false, with the reason in *why, when its id is taken or its key clashes.
    bool add(const ElementDescription &description, QString *why = nullptr);

    const ElementDescription *byId(const QString &id) const;
    // Every descriptor of the element `key` (several modes of one element), in display order.
    QList<const ElementDescription *> byKey(const QString &key) const;
    // Every descriptor, in display order: by title, case-insensitively, then by id.
    QList<const ElementDescription *> descriptors() const;
    QStringList ids() const;  // in display order
    qsizetype size() const { return qsizetype(m_descriptors.size()); }
    bool isEmpty() const { return m_descriptors.empty(); }
    const QList<Problem> &problems() const { return m_problems; }

    // Of `candidates` (descriptors of one element key: its modes), those an instance body
    // holding `configuration` and `providerData` is for: every hidden entry it gives holds
    // that entry's value (authentication.type "apiKey" or "oauth2"), it has every required
    // entry the user gives (a placeholder counts: a template to fill in), and only the OAuth
    // kinds fit a body with providerData.
    static QList<const ElementDescription *> fitting(const QList<const ElementDescription *> &candidates,
                                                     const QMap<QString, QString> &configuration,
                                                     const QMap<QString, QString> &providerData);
    // The descriptor an instance.json is for: the only one of its element key, else the only
    // one that fits it (fitting()). Null, with the reason naming the candidates in *why,
    // when the key is unknown or the file fits none or several of them.
    const ElementDescription *forRequest(const InstanceRequest &request, QString *why = nullptr) const;

    // A descriptor built from the platform's answer to GET /elements/{key} (its
    // `configuration` list: key, name, description, defaultValue, type, required,
    // hideFromConsole, displayOrder; `authentication.type`). `siteAddressKey` names the
    // entry that feeds oauth/url's siteAddress (the one thing the platform does not say);
    // empty for none. nullopt, with the reason in *why, when it makes no usable descriptor.
    static std::optional<ElementDescription> fromPlatform(const QJsonObject &element,
                                                          const QString &siteAddressKey = {},
                                                          QString *why = nullptr);

private:
    // Adds a parsed descriptor: the id and variant rules; when refused, the reason in *why
    // and the field it is about ("id", "key", "variant") in *field.
    bool insert(const ElementDescription &description, QString *why, QString *field = nullptr);
    void addFile(const QString &path, ElementDescription::Origin origin);

    std::vector<std::shared_ptr<const ElementDescription>> m_descriptors;  // in the order added
    QList<Problem> m_problems;
};

}  // namespace ce
