#include "DonePage.h"

#include "PlanPage.h"
#include "RunPage.h"
#include "dashboard/DashboardWindow.h"
#include "setup/SetupSession.h"
#include "widgets/FileDialogs.h"

#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

DonePage::DonePage(SetupSession* session, PlanPage* planPage, RunPage* runPage, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_planPage(planPage)
    , m_runPage(runPage)
    , m_summary(new QLabel(this))
    , m_status(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("DonePage"));
    setTitle(tr("Done"));
    setSubTitle(tr("The target replicates from the source. Here is the servers' status now; the status "
                   "dashboard keeps watching it."));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_status->setAccessibleName(tr("The servers' status now"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusView"));
    m_status->setReadOnly(true);
    m_status->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    auto* exportButton = new QPushButton(tr("&Export runbook with audit log..."), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* dashboardButton = new QPushButton(tr("Open the status &dashboard"), this);
    dashboardButton->setObjectName(QStringLiteral("dashboardButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(dashboardButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(dashboardButton, &QPushButton::clicked, this, [this] { openDashboard(); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        FileDialogs::saveFile(this, tr("Export runbook"), QStringLiteral("runbook.md"), tr("Markdown (*.md)"),
                              [this](const QString& path) {
                                  if (!exportRunbook(path))
                                      m_summary->setText(
                                          tr("The runbook could not be written to %1.").arg(path));
                              });
    });
    connect(m_session, &SetupSession::statusRead, m_status, &QPlainTextEdit::setPlainText);
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    m_summary->setText(m_runPage->summary());
    m_status->setPlainText(tr("Reading the status…"));
    m_session->readStatus();
}

QString DonePage::runbookWithAudit() const
{
    QString text = m_planPage->runbook();
    QFile audit(m_session->runFiles().auditLog);
    if (audit.open(QIODevice::ReadOnly))
        text += tr("\n## Audit log\n\nEvery statement run, with time, server and outcome (passwords "
                   "masked).\n\n")
            + QStringLiteral("```\n") + QString::fromUtf8(audit.readAll()) + QStringLiteral("```\n");
    return text;
}

bool DonePage::exportRunbook(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(runbookWithAudit().toUtf8());
    return file.commit();
}

QString DonePage::statusText() const
{
    return m_status->toPlainText();
}

DashboardWindow* DonePage::openDashboard()
{
    auto* dashboard = new DashboardWindow(m_session->profile(), m_session->passwords());
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    dashboard->show();
    return dashboard;
}
