#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PlanPage;
}
class SetupSession;

// Wizard page: the plan with its statements (the session builds it); exportable as a Markdown
// runbook.
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPage(SetupSession* session, QWidget* parent = nullptr);
    ~PlanPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString runbook() const { return m_runbook; }
    bool exportRunbook(const QString& path);

private:
    std::unique_ptr<Ui::PlanPage> m_ui;
    SetupSession* m_session;
    QString m_runbook;
};
