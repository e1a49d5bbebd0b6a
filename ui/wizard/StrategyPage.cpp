#include "StrategyPage.h"

#include "SetupModel.h"
#include "ui_StrategyPage.h"

StrategyPage::StrategyPage(SetupModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StrategyPage>())
    , m_model(model)
{
    m_ui->setupUi(this);
}

StrategyPage::~StrategyPage() = default;

void StrategyPage::initializePage()
{
    const bool freeze = m_model->profile().strategy == SetupStrategy::WriteFreeze;
    m_ui->freezeRadio->setChecked(freeze);
    m_ui->stagingRadio->setChecked(!freeze);
}

bool StrategyPage::validatePage()
{
    m_model->setStrategy(m_ui->freezeRadio->isChecked() ? SetupStrategy::WriteFreeze
                                                        : SetupStrategy::StagingReplica);
    return true;
}
