#include "StrategyPage.h"

#include "replication/CrashRecoveryPosition.h"
#include "setup/AuroraChecklist.h"
#include "setup/SetupSession.h"
#include "ui_StrategyPage.h"
#include "widgets/ComboAccess.h"

StrategyPage::StrategyPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StrategyPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    ComboAccess::followListSelection(m_ui->gtidCombo);
    m_ui->gtidCombo->addItem(tr("Automatic (GTID when the source has GTIDs on)"), int(GtidUse::Auto));
    m_ui->gtidCombo->addItem(tr("GTID"), int(GtidUse::On));
    m_ui->gtidCombo->addItem(tr("File and position"), int(GtidUse::Off));
    connect(m_ui->auroraRadio, &QRadioButton::toggled, this, [this] { showAurora(); });
    connect(m_ui->clonePositionEdit, &QLineEdit::textChanged, this,
            [this] { m_ui->clonePositionError->clear(); });
}

StrategyPage::~StrategyPage() = default;

void StrategyPage::initializePage()
{
    const Profile& profile = m_session->profile();
    m_ui->freezeRadio->setChecked(profile.strategy == SetupStrategy::WriteFreeze);
    m_ui->auroraRadio->setChecked(profile.strategy == SetupStrategy::AuroraClone);
    m_ui->stagingRadio->setChecked(profile.strategy == SetupStrategy::StagingReplica);
    m_ui->gtidCombo->setCurrentIndex(m_ui->gtidCombo->findData(int(profile.gtid)));
    m_ui->clonePositionEdit->setText(profile.clonePosition);
    m_ui->checklistView->setPlainText(AuroraChecklist::toText(AuroraChecklist(profile).beforeSetup()));
    showAurora();
}

void StrategyPage::showAurora()
{
    m_ui->auroraBox->setEnabled(m_ui->auroraRadio->isChecked());
}

bool StrategyPage::validatePage()
{
    SetupStrategy strategy = SetupStrategy::StagingReplica;
    if (m_ui->freezeRadio->isChecked())
        strategy = SetupStrategy::WriteFreeze;
    if (m_ui->auroraRadio->isChecked()) {
        strategy = SetupStrategy::AuroraClone;
        const Result<CrashRecoveryPosition> position
            = CrashRecoveryPosition::parse(m_ui->clonePositionEdit->text());
        if (!position) {
            m_ui->clonePositionError->setText(
                tr("Not accepted: %1 %2").arg(position.error().explanation, position.error().fix));
            m_ui->clonePositionEdit->setFocus();
            return false;
        }
        m_session->setClonePosition(position->eventLine());
    }
    m_session->setStrategy(strategy);
    m_session->setGtidUse(GtidUse(m_ui->gtidCombo->currentData().toInt()));
    return true;
}
