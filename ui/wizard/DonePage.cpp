#include "DonePage.h"

#include "RunPage.h"
#include "SetupModel.h"
#include "monitor/StatusCollector.h"
#include "monitor/StatusReport.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QString collectStatus(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords)
{
    QList<ServerSnapshot> snapshots;
    for (ServerRole role : ServerRoles::all()) {
        if (profile.connection(role).host.isEmpty())
            continue;
        snapshots << StatusCollector::collectOne({profile.connection(role), passwords.value(role)});
    }
    return StatusReport(snapshots).toText();
}

} // namespace

DonePage::DonePage(SetupModel* model, RunPage* runPage, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_runPage(runPage)
    , m_summary(new QLabel(this))
    , m_status(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("DonePage"));
    setTitle(tr("Done"));
    setSubTitle(tr(
        "The target replicates from the source. The status dashboard comes in a later version; here is the "
        "servers' status now."));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusView"));
    m_status->setReadOnly(true);
    m_status->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { m_status->setPlainText(m_watcher.result()); });
}

DonePage::~DonePage()
{
    m_watcher.waitForFinished();
}

void DonePage::initializePage()
{
    m_summary->setText(m_runPage->summary());
    m_status->setPlainText(tr("Reading the status…"));
    m_watcher.setFuture(QtConcurrent::run(collectStatus, m_model->profile(), m_model->passwords()));
}

QString DonePage::statusText() const
{
    return m_status->toPlainText();
}
