#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class StrategyPage;
}
class SetupSession;

// Wizard page: staging replica (zero downtime) or write freeze.
class StrategyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StrategyPage(SetupSession* session, QWidget* parent = nullptr);
    ~StrategyPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    std::unique_ptr<Ui::StrategyPage> m_ui;
    SetupSession* m_session;
};
