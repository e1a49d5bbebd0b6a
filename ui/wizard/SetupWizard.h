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
class SetupSession;
class StrategyPage;

// The step-by-step setup of an external replica. Pages share one SetupSession.
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

    explicit SetupWizard(SetupSession* session, QWidget* parent = nullptr);
    ~SetupWizard() override;

    SetupSession* session() const { return m_session; }
    StrategyPage* strategyPage() const { return m_strategyPage; }
    ConnectionsPage* connectionsPage() const { return m_connectionsPage; }
    PreflightPage* preflightPage() const { return m_preflightPage; }
    SchemasPage* schemasPage() const { return m_schemasPage; }
    PlanPage* planPage() const { return m_planPage; }
    RunPage* runPage() const { return m_runPage; }
    DonePage* donePage() const { return m_donePage; }

    // Closing during a run asks first (without blocking); yes cancels the run and closes at once,
    // the worker ending by itself and recording how it ended in the audit log.
    void reject() override;

private:
    bool m_closeConfirmed = false;
    SetupSession* m_session;
    std::unique_ptr<SecretStore> m_keychain;
    StrategyPage* m_strategyPage;
    ConnectionsPage* m_connectionsPage;
    PreflightPage* m_preflightPage;
    SchemasPage* m_schemasPage;
    PlanPage* m_planPage;
    RunPage* m_runPage;
    DonePage* m_donePage;
};
