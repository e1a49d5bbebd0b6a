#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class StrategyPage;
}
class SetupModel;

// Wizard page: staging replica (zero downtime) or write freeze.
class StrategyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StrategyPage(SetupModel* model, QWidget* parent = nullptr);
    ~StrategyPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    std::unique_ptr<Ui::StrategyPage> m_ui;
    SetupModel* m_model;
};
