#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class RequestLogDialog; }

namespace ce {

class RequestLog;

// The request log panel: every HTTP exchange with Cloud Elements (method, URL, status,
// duration; bodies below), secrets redacted, and Save to a file.
class RequestLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequestLogDialog(RequestLog *log, QWidget *parent = nullptr);
    ~RequestLogDialog() override;

    // Writes the log to `path`; shows the outcome in the dialog. Save asks for the path.
    bool saveTo(const QString &path);

private:
    void showDetails();

    RequestLog *m_log;
    std::unique_ptr<Ui::RequestLogDialog> m_ui;
};

}  // namespace ce
