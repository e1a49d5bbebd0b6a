#include "StrategyPage.h"

#include "setup/SetupSession.h"
#include "ui_StrategyPage.h"

StrategyPage::StrategyPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StrategyPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
}

StrategyPage::~StrategyPage() = default;

void StrategyPage::initializePage()
{
    const bool freeze = m_session->profile().strategy == SetupStrategy::WriteFreeze;
    m_ui->freezeRadio->setChecked(freeze);
    m_ui->stagingRadio->setChecked(!freeze);
}

bool StrategyPage::validatePage()
{
    m_session->setStrategy(m_ui->freezeRadio->isChecked() ? SetupStrategy::WriteFreeze
                                                          : SetupStrategy::StagingReplica);
    return true;
}
