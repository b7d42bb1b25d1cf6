#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class ProfilesDialog; }

namespace ce {

enum class MessageKind;

class ProfileSession;

// Lists the saved profiles (with when each was last used), renames, duplicates and
// deletes them. Files that cannot be read are listed with the reason; they can only be
// deleted, and only after the user confirms.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileSession *session, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The selected profile's id, or empty.
    QString selectedId() const;
    void selectId(const QString &id);

private:
    void reload();
    bool duplicateSelected();
    // Asks first, then deletes the file and the profile's secrets.
    bool deleteSelected();
    void updateButtons();
    void showMessage(const QString &message, MessageKind kind);

    ProfileSession *m_session;
    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    bool m_loading = false;
};

}  // namespace ce
