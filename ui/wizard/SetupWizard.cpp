#include "SetupWizard.h"

#include "ConnectionsPage.h"
#include "DonePage.h"
#include "PlanPage.h"
#include "PreflightPage.h"
#include "RunPage.h"
#include "SchemasPage.h"
#include "StrategyPage.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/SetupSession.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowMemory.h"

SetupWizard::SetupWizard(SetupSession* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_strategyPage(new StrategyPage(session, this))
    , m_connectionsPage(new ConnectionsPage(session, m_keychain.get(), this))
    , m_preflightPage(new PreflightPage(session, this))
    , m_schemasPage(new SchemasPage(session, this))
    , m_planPage(new PlanPage(session, this))
    , m_runPage(new RunPage(session, this))
    , m_donePage(new DonePage(session, m_planPage, m_runPage, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    WindowMemory::track(this, QStringLiteral("wizard"));
    setWindowTitle(tr("New replica setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(StrategyPageId, m_strategyPage);
    setPage(ConnectionsPageId, m_connectionsPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(SchemasPageId, m_schemasPage);
    setPage(PlanPageId, m_planPage);
    setPage(RunPageId, m_runPage);
    setPage(DonePageId, m_donePage);
    // Past the plan there is no way back: the run changes servers.
    m_planPage->setCommitPage(true);
    m_planPage->setButtonText(QWizard::CommitButton, tr("&Run"));
    resize(860, 640);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::reject()
{
    if (!m_runPage->isRunning() || m_closeConfirmed) {
        QWizard::reject();
        return;
    }
    MessageBoxes::ask(this, tr("Stop the setup?"),
                      tr("A setup is running. Cancel it and close?\n\nThe running statement is stopped "
                         "at once. What state each server is left in is written to the audit log (%1).")
                          .arg(m_session->runFiles().auditLog),
                      [this](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes)
                              return;
                          m_closeConfirmed = true;
                          m_runPage->cancel();
                          QWizard::reject();
                      });
}
