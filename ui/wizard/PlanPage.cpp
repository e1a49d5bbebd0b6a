#include "PlanPage.h"

#include "SetupModel.h"
#include "setup/SetupConnections.h"
#include "setup/SetupPlan.h"
#include "ui_PlanPage.h"
#include "widgets/FileDialogs.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

Result<QString> buildRunbook(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords)
{
    SetupConnections connections = SetupConnections::open(profile, passwords);
    if (!connections.complete())
        return connections.errors.begin().value();
    return SetupPlan::build(profile, connections).toMarkdown(profile);
}

} // namespace

PlanPage::PlanPage(SetupModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_model(model)
{
    m_ui->setupUi(this);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> result = m_watcher.result();
        if (result) {
            m_runbook = result.value();
            m_ui->planView->setMarkdown(m_runbook);
            m_ui->stateLabel->setText(
                m_model->resume()
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

PlanPage::~PlanPage()
{
    m_watcher.waitForFinished();
}

void PlanPage::initializePage()
{
    m_runbook.clear();
    m_ui->planView->clear();
    m_ui->exportButton->setEnabled(false);
    m_ui->stateLabel->setText(tr("Building the plan…"));
    m_watcher.setFuture(QtConcurrent::run(buildRunbook, m_model->profile(), m_model->passwords()));
    emit completeChanged();
}

bool PlanPage::isComplete() const
{
    return !m_runbook.isEmpty();
}

bool PlanPage::exportRunbook(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_runbook.toUtf8());
    return file.commit();
}
