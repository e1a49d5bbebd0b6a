#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class StrategyPage;
}
class SetupSession;

// Wizard page: staging replica (zero downtime), write freeze, or an Aurora clone (with the AWS
// checklist and the clone's crash-recovery event).
class StrategyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StrategyPage(SetupSession* session, QWidget* parent = nullptr);
    ~StrategyPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void showAurora();

    std::unique_ptr<Ui::StrategyPage> m_ui;
    SetupSession* m_session;
};
