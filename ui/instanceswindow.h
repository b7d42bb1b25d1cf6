#pragma once

#include "core/apiclient.h"
#include "core/apitypes.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui { class InstancesWindow; }

namespace ce {

class InstancesController;
enum class MessageKind;

// The instances of one environment: a table of GET /instances (model/view: long lists stay
// responsive), filtered by text and tag and sorted by any column; the selected one's details
// (GET /instances/{id}, its configuration with the secrets masked); rename and retag
// (PATCH), enable and disable, delete (after a confirmation that names it), and
// re-authorize (handed to whoever offers it). A view over InstancesController: what it
// does and says is decided there. Non-modal; errors show in the window.
class InstancesWindow : public QDialog
{
    Q_OBJECT
public:
    // Lists with `client` (shared; the request log follows it) on `environment` with
    // `credentials`.
    InstancesWindow(ApiClient *client, const Environment &environment, const Credentials &credentials,
                    QWidget *parent = nullptr);
    ~InstancesWindow() override;

    // Another environment or other secrets (the window is opened again): a new list.
    void setConnection(const Environment &environment, const Credentials &credentials);
    // Offers "Re-authorize" (reauthorizeRequested()); hidden without.
    void setReauthorizeAvailable(bool available);

    InstancesController *controller() const { return m_controller; }
    // The selected instance as listed (or as its details last came), if any.
    std::optional<Instance> selectedInstance() const;
    // Selects the row of `id` (if listed and not filtered out); false otherwise.
    bool selectInstance(qint64 id);

    // Shows a problem in the window (what the wizard could not do with its request).
    void showProblem(const QString &message);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void reauthorizeRequested(const ce::Instance &instance);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    void onSelectionChanged();
    void showDetails(const Instance &instance, bool withConfiguration);
    void clearDetails();
    void refillTags();
    void updateButtons();
    void saveChanges();
    void toggleEnabled();
    // Asks first, naming the instance.
    void deleteSelected();
    void showMessage(const QString &message, MessageKind kind);

    std::unique_ptr<Ui::InstancesWindow> m_ui;
    InstancesController *m_controller;
    qint64 m_detailsId = 0;  // whose details (configuration) the pane shows
    bool m_reauthorize = false;
};

}  // namespace ce
