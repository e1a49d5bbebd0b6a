#include "PreflightPage.h"

#include "setup/Preflight.h"
#include "setup/SetupSession.h"
#include "ui_PreflightPage.h"
#include "widgets/MessageBoxes.h"

PreflightPage::PreflightPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PreflightPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->checkTree->setColumnWidth(0, 200);
    m_ui->checkTree->setColumnWidth(1, 80);
    connect(m_session, &SetupSession::preflightChecked, this, &PreflightPage::show);
    connect(m_session, &SetupSession::fixApplied, this, [this](const Status& applied) {
        m_ui->stateLabel->setText(applied ? tr("Fix applied.") : applied.error().toText());
        runChecks();
    });
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &PreflightPage::runChecks);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &PreflightPage::applyFix);
    connect(m_ui->checkTree, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_ui->checkTree->indexOfTopLevelItem(m_ui->checkTree->currentItem());
        m_ui->fixButton->setEnabled(row >= 0 && row < m_checks.size() && m_checks.at(row).fixApplicable);
    });
}

PreflightPage::~PreflightPage() = default;

bool PreflightPage::isRunning() const
{
    return m_session->isPending(SetupSession::Request::Preflight)
        || m_session->isPending(SetupSession::Request::Fix);
}

void PreflightPage::initializePage()
{
    runChecks();
}

void PreflightPage::runChecks()
{
    if (m_session->isPending(SetupSession::Request::Preflight))
        return;
    m_checks.clear();
    m_ui->checkTree->clear();
    m_ui->recheckButton->setEnabled(false);
    m_ui->fixButton->setEnabled(false);
    m_ui->stateLabel->setText(tr("Checking the servers…"));
    emit completeChanged();
    m_session->checkPreflight();
}

void PreflightPage::show(const QList<PreflightCheck>& checks)
{
    m_checks = checks;
    m_ui->checkTree->clear();
    int warnings = 0;
    int blocking = 0;
    for (const PreflightCheck& check : checks) {
        auto* item = new QTreeWidgetItem(m_ui->checkTree);
        item->setText(0, check.title);
        QString result;
        QColor colour;
        switch (check.outcome) {
        case PreflightCheck::Outcome::Pass:
            result = tr("Pass");
            colour = QColor(0x1a, 0x7f, 0x37);
            break;
        case PreflightCheck::Outcome::Warning:
            result = tr("Warning");
            colour = QColor(0x9a, 0x67, 0x00);
            ++warnings;
            break;
        case PreflightCheck::Outcome::Blocking:
            result = tr("Blocking");
            colour = QColor(0xb4, 0x23, 0x18);
            ++blocking;
            break;
        }
        item->setText(1, result);
        item->setForeground(1, colour);
        QString text = check.reason;
        if (!check.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(check.fix);
        item->setText(2, text);
        item->setToolTip(2,
                         text
                             + (check.fixStatements.isEmpty()
                                    ? QString()
                                    : QStringLiteral("\n\n") + check.fixStatements.join(QLatin1Char('\n'))));
    }
    m_ui->recheckButton->setEnabled(true);
    m_ui->stateLabel->setText(blocking > 0
                                  ? tr("%n blocking failure(s) must be fixed first.", nullptr, blocking)
                                  : (warnings > 0 ? tr("%n warning(s); you may go on.", nullptr, warnings)
                                                  : tr("Every check passed.")));
    emit completeChanged();
}

bool PreflightPage::isComplete() const
{
    if (isRunning() || m_checks.isEmpty())
        return false;
    // A half-finished run leaves the target replicating or holding the copied schemas: expected
    // when resuming it, and the run checks the real state of each step itself.
    QList<PreflightCheck> relevant;
    for (const PreflightCheck& check : m_checks) {
        const bool leftByTheRun = check.id == PreflightCheck::Id::TargetReplicating
            || check.id == PreflightCheck::Id::OverwrittenSchemas;
        if (!(m_session->resume() && leftByTheRun))
            relevant << check;
    }
    return worstOutcome(relevant) != PreflightCheck::Outcome::Blocking;
}

void PreflightPage::applyFix()
{
    const int row = m_ui->checkTree->indexOfTopLevelItem(m_ui->checkTree->currentItem());
    if (row < 0 || row >= m_checks.size() || isRunning())
        return;
    const PreflightCheck check = m_checks.at(row);
    const ConnectionSpec spec = m_session->profile().connection(check.fixRole);
    MessageBoxes::ask(this, tr("Apply the fix"),
                      tr("Run on the %1 (%2)?\n\n%3")
                          .arg(ServerRoles::displayName(check.fixRole), spec.endpoint(),
                               check.fixStatements.join(QStringLiteral(";\n"))),
                      [this, check](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes || isRunning())
                              return;
                          m_ui->stateLabel->setText(tr("Applying the fix…"));
                          m_session->applyFix(check);
                      });
}
