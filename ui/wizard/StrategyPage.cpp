#include "StrategyPage.h"

#include "setup/SetupSession.h"
#include "ui_StrategyPage.h"

StrategyPage::StrategyPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StrategyPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->gtidCombo->addItem(tr("Automatic (GTID when the source has GTIDs on)"), int(GtidUse::Auto));
    m_ui->gtidCombo->addItem(tr("GTID"), int(GtidUse::On));
    m_ui->gtidCombo->addItem(tr("File and position"), int(GtidUse::Off));
}

StrategyPage::~StrategyPage() = default;

void StrategyPage::initializePage()
{
    const bool freeze = m_session->profile().strategy == SetupStrategy::WriteFreeze;
    m_ui->freezeRadio->setChecked(freeze);
    m_ui->stagingRadio->setChecked(!freeze);
    m_ui->gtidCombo->setCurrentIndex(m_ui->gtidCombo->findData(int(m_session->profile().gtid)));
}

bool StrategyPage::validatePage()
{
    m_session->setStrategy(m_ui->freezeRadio->isChecked() ? SetupStrategy::WriteFreeze
                                                          : SetupStrategy::StagingReplica);
    m_session->setGtidUse(GtidUse(m_ui->gtidCombo->currentData().toInt()));
    return true;
}
