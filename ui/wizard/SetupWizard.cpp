#include "SetupWizard.h"

#include "ConnectionsPage.h"
#include "DonePage.h"
#include "PlanPage.h"
#include "PreflightPage.h"
#include "RunPage.h"
#include "SchemasPage.h"
#include "SetupModel.h"
#include "StrategyPage.h"
#include "secrets/KeychainSecretStore.h"

SetupWizard::SetupWizard(SetupModel* model, QWidget* parent)
    : QWizard(parent)
    , m_model(model)
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_strategyPage(new StrategyPage(model, this))
    , m_connectionsPage(new ConnectionsPage(model, m_keychain.get(), this))
    , m_preflightPage(new PreflightPage(model, this))
    , m_schemasPage(new SchemasPage(model, this))
    , m_planPage(new PlanPage(model, this))
    , m_runPage(new RunPage(model, this))
    , m_donePage(new DonePage(model, m_planPage, m_runPage, this))
{
    setObjectName(QStringLiteral("setupWizard"));
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
