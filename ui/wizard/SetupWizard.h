#pragma once

#include <QWizard>

#include <memory>

class ConnectionsPage;
class DonePage;
class PlanPage;
class PreflightPage;
class RunPage;
class SchemasPage;
class SecretStore;
class SetupModel;
class StrategyPage;

// The step-by-step setup of an external replica. Pages share one SetupModel.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        StrategyPageId,
        ConnectionsPageId,
        PreflightPageId,
        SchemasPageId,
        PlanPageId,
        RunPageId,
        DonePageId
    };

    explicit SetupWizard(SetupModel* model, QWidget* parent = nullptr);
    ~SetupWizard() override;

    SetupModel* model() const { return m_model; }
    StrategyPage* strategyPage() const { return m_strategyPage; }
    ConnectionsPage* connectionsPage() const { return m_connectionsPage; }
    PreflightPage* preflightPage() const { return m_preflightPage; }
    SchemasPage* schemasPage() const { return m_schemasPage; }
    PlanPage* planPage() const { return m_planPage; }
    RunPage* runPage() const { return m_runPage; }
    DonePage* donePage() const { return m_donePage; }

private:
    SetupModel* m_model;
    std::unique_ptr<SecretStore> m_keychain;
    StrategyPage* m_strategyPage;
    ConnectionsPage* m_connectionsPage;
    PreflightPage* m_preflightPage;
    SchemasPage* m_schemasPage;
    PlanPage* m_planPage;
    RunPage* m_runPage;
    DonePage* m_donePage;
};
