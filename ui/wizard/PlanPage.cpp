#include "PlanPage.h"

#include "setup/SetupSession.h"
#include "ui_PlanPage.h"
#include "widgets/FileDialogs.h"

#include <QSaveFile>

PlanPage::PlanPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    connect(m_session, &SetupSession::runbookBuilt, this, [this](const Result<QString>& result) {
        if (result) {
            m_runbook = result.value();
            m_ui->planView->setMarkdown(m_runbook);
            m_ui->stateLabel->setText(
                m_session->resume()
                    ? tr("This run resumes the unfinished one: each step it finished is checked on "
                         "the servers and skipped while its effect is still there; the interrupted "
                         "step runs again.")
                    : QString());
        } else {
            m_ui->stateLabel->setText(result.error().toText());
        }
        m_ui->exportButton->setEnabled(result.ok());
        emit completeChanged();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        FileDialogs::saveFile(this, tr("Export runbook"), QStringLiteral("runbook.md"), tr("Markdown (*.md)"),
                              [this](const QString& path) {
                                  if (!exportRunbook(path))
                                      m_ui->stateLabel->setText(
                                          tr("The runbook could not be written to %1.").arg(path));
                              });
    });
}

PlanPage::~PlanPage() = default;

void PlanPage::initializePage()
{
    m_runbook.clear();
    m_ui->planView->clear();
    m_ui->exportButton->setEnabled(false);
    m_ui->stateLabel->setText(tr("Building the plan…"));
    m_session->buildRunbook();
    emit completeChanged();
}

bool PlanPage::isComplete() const
{
    return !m_runbook.isEmpty() && !m_session->isPending(SetupSession::Request::Runbook);
}

bool PlanPage::exportRunbook(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_runbook.toUtf8());
    return file.commit();
}
