#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class SetupModel;
class RunPage;

// Wizard page: the outcome and the servers' status now.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    DonePage(SetupModel* model, RunPage* runPage, QWidget* parent = nullptr);
    ~DonePage() override;

    void initializePage() override;
    QString statusText() const;

private:
    SetupModel* m_model;
    RunPage* m_runPage;
    QLabel* m_summary;
    QPlainTextEdit* m_status;
    QFutureWatcher<QString> m_watcher;
};
