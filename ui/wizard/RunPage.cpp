#include "RunPage.h"

#include "setup/SetupJob.h"
#include "setup/SetupSession.h"
#include "ui_RunPage.h"
#include "widgets/MessageBoxes.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

RunPage::RunPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RunPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->failureBox->hide();
    connect(m_ui->startButton, &QPushButton::clicked, this, &RunPage::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPage::cancel);
}

// The session owns the job; a closed wizard deletes the session, which cancels the job and lets its
// worker end on its own: nothing here waits.
RunPage::~RunPage() = default;

bool RunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RunPage::initializePage()
{
    m_ui->stepList->clear();
    m_ui->logView->clear();
    m_ui->overallProgress->setValue(0);
    m_ui->seedProgress->setValue(0);
    m_ui->seedProgress->setFormat(QStringLiteral("%p%"));
    m_succeeded = false;
    QTimer::singleShot(0, this, &RunPage::start);
}

void RunPage::start()
{
    if (isRunning())
        return;
    m_succeeded = false;
    m_summary.clear();
    m_ui->stepList->clear();
    m_ui->failureBox->setVisible(false);
    m_ui->failureText->clear();
    m_ui->startButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->stateLabel->setText(tr("Running…"));
    emit completeChanged();

    m_job = m_session->startRun();
    connect(m_job, &SetupJob::asked, this, &RunPage::ask);
    connect(m_job, &SetupJob::planReady, this, [this](const QList<SetupStep>& steps) {
        m_stepCount = int(steps.size());
        for (int i = 0; i < steps.size(); ++i) {
            const SetupStep& step = steps.at(i);
            auto* item = new QListWidgetItem(m_ui->stepList);
            item->setData(LabelRole,
                          QStringLiteral("%1 — %2").arg(step.title, ServerRoles::displayName(step.role)));
            item->setToolTip(step.description);
            setStepState(i, StepState::Pending);
        }
    });
    connect(m_job, &SetupJob::stepStarted, this, &RunPage::onStepStarted);
    connect(m_job, &SetupJob::stepFinished, this, &RunPage::onStepFinished);
    connect(m_job, &SetupJob::seedProgress, this, &RunPage::onSeedProgress);
    connect(m_job, &SetupJob::logLine, this, [this](const QString& line) {
        const QString stamped = QTime::currentTime().toString(Qt::ISODate) + QLatin1Char(' ') + line;
        m_ui->logView->appendPlainText(stamped);
        m_stepLog << stamped;
    });
    connect(m_job, &SetupJob::finished, this, &RunPage::onFinished);
    m_job->start();
}

void RunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_ui->stateLabel->setText(tr("Cancelling…"));
}

void RunPage::ask(const SetupStep& step, const QString& question, const QStringList& commands)
{
    const QString server = step.kind == SetupStep::Kind::Manual
        ? tr("Manual step on the %1").arg(ServerRoles::displayName(step.role))
        : tr("On the %1 (%2):")
              .arg(ServerRoles::displayName(step.role),
                   m_session->profile().connection(step.role).endpoint());
    const QString text
        = QStringLiteral("%1\n\n%2\n\n%3").arg(question, server, commands.join(QStringLiteral(";\n")));
    // The job may be gone (or another) by the time the answer comes: answer the one that asked.
    MessageBoxes::ask(this, step.title, text, [this, job = m_job](QMessageBox::StandardButton answer) {
        if (job && m_job == job)
            job->answer(answer == QMessageBox::Yes);
    });
}

void RunPage::setStepState(int index, StepState state)
{
    QListWidgetItem* item = m_ui->stepList->item(index);
    if (!item)
        return;
    item->setData(StateRole, int(state));
    static const QString marks[]
        = {QStringLiteral("○"), QStringLiteral("▶"), QStringLiteral("✔"), QStringLiteral("✘")};
    item->setText(marks[int(state)] + QStringLiteral("  ") + item->data(LabelRole).toString());
    if (state == StepState::Done)
        item->setForeground(QColor(0x1a, 0x7f, 0x37));
    else if (state == StepState::Failed)
        item->setForeground(QColor(0xb4, 0x23, 0x18));
}

void RunPage::onStepStarted(int index, const SetupStep& step)
{
    setStepState(index, StepState::Running);
    if (QListWidgetItem* item = m_ui->stepList->item(index))
        m_ui->stepList->scrollToItem(item);
    m_ui->stateLabel->setText(step.title);
    m_stepLog.clear();
}

void RunPage::onStepFinished(int index, bool ok, const QString& message)
{
    setStepState(index, ok ? StepState::Done : StepState::Failed);
    if (QListWidgetItem* item = m_ui->stepList->item(index); item && !ok)
        item->setToolTip(message);
    if (!ok) {
        // In full, where it can be read and copied, with what the step logged.
        const QString title
            = m_ui->stepList->item(index) ? m_ui->stepList->item(index)->text().mid(3) : QString();
        m_ui->failureText->setPlainText(
            tr("%1\n\n%2\n\nLog of this step:\n%3").arg(title, message, m_stepLog.join(QLatin1Char('\n'))));
        m_ui->failureBox->setVisible(true);
    }
    if (m_stepCount > 0)
        m_ui->overallProgress->setValue((index + 1) * 100 / m_stepCount);
}

void RunPage::onSeedProgress(const SeedProgress& progress)
{
    const int percent = progress.percent();
    m_ui->seedProgress->setRange(0, percent < 0 ? 0 : 100);
    if (percent >= 0)
        m_ui->seedProgress->setValue(percent);
    const QLocale locale;
    const qint64 eta = progress.etaSeconds();
    const QString left = eta >= 0 ? tr(" · about %1 s left").arg(eta) : QString();
    if (progress.estimatedRows > 0) {
        m_ui->seedDetailLabel->setText(tr("%1 of about %2 rows · %3 (%4/s) · %5 of %6 tables done · now %7%8")
                                           .arg(locale.toString(progress.rows),
                                                locale.toString(progress.estimatedRows),
                                                locale.formattedDataSize(progress.bytes),
                                                locale.formattedDataSize(progress.bytesPerSecond()))
                                           .arg(progress.tablesDone)
                                           .arg(progress.tablesTotal)
                                           .arg(progress.currentTable, left));
        return;
    }
    m_ui->seedDetailLabel->setText(tr("%1 of about %2 · table %3 (%4 of %5)%6")
                                       .arg(locale.formattedDataSize(progress.bytes),
                                            locale.formattedDataSize(progress.estimatedBytes),
                                            progress.currentTable)
                                       .arg(progress.tablesDone)
                                       .arg(progress.tablesTotal)
                                       .arg(left));
}

void RunPage::onFinished(bool ok, const QString& summary)
{
    m_succeeded = ok;
    m_summary = summary;
    if (ok) {
        m_ui->seedProgress->setRange(0, 100);
        m_ui->seedProgress->setValue(100);
        m_ui->overallProgress->setValue(100);
    }
    m_ui->stateLabel->setText(ok ? summary : tr("The run stopped: see what went wrong above."));
    m_ui->logView->appendPlainText(summary);
    if (!ok && m_ui->seedProgress->value() > 0 && m_ui->seedProgress->value() < 100) {
        // Not "about 0 s left" at a standstill: the copy is over, unfinished.
        m_ui->seedProgress->setFormat(tr("%p% (stopped)"));
        m_ui->seedDetailLabel->setText(
            tr("The copy stopped before it finished; the next run goes on from there."));
    }
    if (!ok && !m_ui->failureBox->isVisible()) {
        m_ui->failureText->setPlainText(summary);
        m_ui->failureBox->setVisible(true);
    } else if (!ok) {
        m_ui->failureText->appendPlainText(QStringLiteral("\n") + summary);
    }
    m_ui->cancelButton->setEnabled(false);
    m_ui->startButton->setEnabled(!ok);
    m_ui->startButton->setText(tr("&Run again"));
    emit completeChanged();
}
