#pragma once

#include <QWizardPage>

class DashboardWindow;
class PlanPage;
class QLabel;
class QPlainTextEdit;
class SetupSession;
class RunPage;

// Wizard page: the outcome and the servers' status now.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    DonePage(SetupSession* session, PlanPage* planPage, RunPage* runPage, QWidget* parent = nullptr);
    ~DonePage() override;

    void initializePage() override;
    QString statusText() const;
    // The plan's runbook followed by the audit log of the run (passwords masked in both).
    QString runbookWithAudit() const;
    bool exportRunbook(const QString& path) const;
    // A top-level window that deletes itself on close.
    DashboardWindow* openDashboard();

private:
    SetupSession* m_session;
    PlanPage* m_planPage;
    RunPage* m_runPage;
    QLabel* m_summary;
    QPlainTextEdit* m_status;
};
