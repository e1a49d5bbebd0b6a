#include "DashboardWindow.h"

#include "DiagnosisBox.h"
#include "HealthStyle.h"
#include "LagChart.h"
#include "ReplicaPanel.h"
#include "SourcePanel.h"
#include "TopologyStrip.h"
#include "monitor/DashboardModel.h"
#include "replication/Dialect.h"
#include "ui_DashboardWindow.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowMemory.h"

#include <QFutureWatcher>
#include <QtConcurrent>

DashboardWindow::DashboardWindow(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords,
                                 StatusPoller::Options options, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardWindow>())
    , m_profile(profile)
    , m_passwords(passwords)
    , m_options(options)
    , m_model(new DashboardModel({}, this))
    , m_topology(new TopologyStrip(profile.watchesStaging(), this))
    , m_sourcePanel(new SourcePanel(this))
    , m_chart(new LagChart(this))
    , m_diagnosis(new DiagnosisBox(this))
{
    m_ui->setupUi(this);
    WindowMemory::track(this, QStringLiteral("dashboard"));
    setWindowTitle(tr("Replica status: %1").arg(profile.target.endpoint()));
    m_ui->topologyLayout->addWidget(m_topology);
    m_ui->panelsLayout->addWidget(m_sourcePanel, 3); // its binlog table needs the room
    for (ServerRole role : {ServerRole::Target, ServerRole::Staging}) {
        if (profile.connection(role).host.isEmpty())
            continue;
        auto* panel = new ReplicaPanel(role, this);
        m_replicaPanels.insert(role, panel);
        m_ui->panelsLayout->addWidget(panel, 2);
    }
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->sideLayout->addWidget(m_diagnosis);
    m_ui->intervalSpin->setValue(qMax(1, options.intervalMs / 1000));
    m_ui->statusLabel->setText(tr("Not connected yet."));
    updateChartNote();

    connect(m_model, &DashboardModel::changed, this, &DashboardWindow::refresh);
    connect(m_diagnosis, &DiagnosisBox::actionRequested, this, &DashboardWindow::runAction);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &DashboardWindow::connectWithEnteredPasswords);
    connect(m_ui->heartbeatCheck, &QCheckBox::toggled, this, &DashboardWindow::setWriteHeartbeat);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_options.intervalMs = seconds * 1000;
        if (m_poller)
            m_poller->setIntervalMs(m_options.intervalMs);
    });
    connect(m_ui->lagWarningSpin, &QSpinBox::valueChanged, this, [this](int seconds) {
        HealthThresholds thresholds = m_model->thresholds();
        thresholds.lagWarningSeconds = seconds;
        m_model->setThresholds(thresholds);
    });
    connect(m_ui->pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        if (m_poller)
            m_poller->setPaused(paused);
    });

    // Ask only for the passwords nobody gave us.
    bool missing = false;
    for (ServerRole role : roles()) {
        const bool known = m_passwords.contains(role);
        missing = missing || !known;
        QLineEdit* edit = passwordEdit(role);
        edit->setVisible(!known);
        m_ui->passwordLayout->labelForField(edit)->setVisible(!known);
    }
    if (!profile.watchesStaging()) {
        m_ui->stagingPasswordEdit->hide();
        m_ui->stagingPasswordLabel->hide();
    }
    m_ui->passwordBox->setVisible(missing);
    if (!missing)
        startPolling();
}

DashboardWindow::~DashboardWindow() = default;

QLineEdit* DashboardWindow::passwordEdit(ServerRole role) const
{
    switch (role) {
    case ServerRole::Staging:
        return m_ui->stagingPasswordEdit;
    case ServerRole::Target:
        return m_ui->targetPasswordEdit;
    case ServerRole::Source:
        break;
    }
    return m_ui->sourcePasswordEdit;
}

QList<ServerRole> DashboardWindow::roles() const
{
    QList<ServerRole> list;
    for (ServerRole role : ServerRoles::all()) {
        if (role == ServerRole::Staging ? m_profile.watchesStaging()
                                        : !m_profile.connection(role).host.isEmpty())
            list << role;
    }
    return list;
}

void DashboardWindow::connectWithEnteredPasswords()
{
    for (ServerRole role : roles()) {
        if (m_passwords.contains(role))
            continue;
        QLineEdit* edit = passwordEdit(role);
        m_passwords.insert(role, edit->text().toUtf8());
        edit->clear();
    }
    m_ui->passwordBox->hide();
    startPolling();
}

void DashboardWindow::startPolling()
{
    if (m_poller)
        return;
    m_poller = new StatusPoller(StatusCollector::requestsFor(m_profile, m_passwords), m_options, this);
    m_poller->setWriteHeartbeat(m_ui->heartbeatCheck->isChecked());
    m_poller->setPaused(m_ui->pauseButton->isChecked());
    connect(m_poller, &StatusPoller::snapshotReady, m_model, &DashboardModel::update);
    m_poller->start();
    m_ui->statusLabel->setText(tr("Connecting…"));
}

void DashboardWindow::setWriteHeartbeat(bool on)
{
    if (m_ui->heartbeatCheck->isChecked() != on)
        m_ui->heartbeatCheck->setChecked(on); // comes back through toggled()
    if (m_poller)
        m_poller->setWriteHeartbeat(on);
    updateChartNote();
}

void DashboardWindow::updateChartNote()
{
    const ServerSnapshot* source = m_model->snapshot(ServerRole::Source);
    const ServerSnapshot* target = m_model->snapshot(ServerRole::Target);
    if (!m_ui->heartbeatCheck->isChecked())
        m_chart->setNote(
            tr("Heartbeat off: only the server's figure is shown. Tick the heartbeat box to chart the "
               "true lag."));
    else if (source && !source->heartbeatNote.isEmpty())
        m_chart->setNote(
            tr("The heartbeat cannot be written on the source (%1); only the server's figure is shown.")
                .arg(source->heartbeatNote));
    else if (target && !target->heartbeatLagSeconds && !target->heartbeatNote.isEmpty())
        m_chart->setNote(target->heartbeatNote);
    else
        m_chart->setNote(QString());
}

void DashboardWindow::refresh(ServerRole role)
{
    const ServerSnapshot* snapshot = m_model->snapshot(role);
    if (!snapshot)
        return;
    const Health health = m_model->health(role);
    m_topology->setServer(role, snapshot->endpoint, health);
    if (role == ServerRole::Source)
        m_sourcePanel->showSnapshot(*snapshot, health);
    else if (ReplicaPanel* panel = m_replicaPanels.value(role))
        panel->showSnapshot(*snapshot, health, m_model->snapshot(ServerRole::Source));
    if (role == ServerRole::Source) // the replicas' GTID distance is measured against it
        for (auto it = m_replicaPanels.cbegin(); it != m_replicaPanels.cend(); ++it)
            if (const ServerSnapshot* replica = m_model->snapshot(it.key()))
                it.value()->showGtid(*replica, snapshot);
    if (role == ServerRole::Target)
        m_chart->setSamples(m_model->lagHistory(ServerRole::Target));

    const BinlogRunway runway = m_model->runway();
    m_ui->runwayLabel->setText(runway.text);
    const Health runwayHealth = runway.state == BinlogRunway::State::Critical
        ? Health::IoError
        : (runway.state == BinlogRunway::State::Shrinking ? Health::Lagging : Health::Ok);
    m_ui->runwayLabel->setStyleSheet(runway.state == BinlogRunway::State::Ok
                                             || runway.state == BinlogRunway::State::Unlimited
                                             || runway.state == BinlogRunway::State::Unknown
                                         ? QString()
                                         : HealthStyle::textStyle(runwayHealth, palette()));

    const ServerSnapshot* source = m_model->snapshot(ServerRole::Source);
    const bool sourceIsRds = source && source->facts && source->facts->rds;
    const double currentRetention = source && source->facts ? source->facts->retention.hours : 0;
    const std::optional<Diagnosis> diagnosis = m_model->diagnosis(ServerRole::Target);
    m_diagnosis->showDiagnosis(
        diagnosis,
        RecoveryActions::offeredFor(m_model->health(ServerRole::Target), diagnosis, runway, sourceIsRds),
        RecoveryActions::raisedRetentionHours(currentRetention));
    updateChartNote();
    m_ui->statusLabel->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
}

void DashboardWindow::setLagWarningSeconds(int seconds)
{
    m_ui->lagWarningSpin->setValue(seconds); // applied through valueChanged()
}

QString DashboardWindow::runwayText() const
{
    return m_ui->runwayLabel->text();
}

void DashboardWindow::runAction(RecoveryAction action)
{
    if (action == RecoveryAction::Reseed) {
        emit reseedRequested(m_profile);
        return;
    }
    if (m_actionRunning)
        return;
    const ServerRole role = RecoveryActions::roleFor(action);
    const ServerSnapshot* snapshot = m_model->snapshot(role);
    if (!snapshot || !snapshot->facts)
        return;
    const QStringList statements = RecoveryActions::statementsFor(action, *snapshot);
    if (statements.isEmpty())
        return;
    const QString question = tr("Run this on the %1 (%2)?\n\n%3")
                                 .arg(ServerRoles::displayName(role), snapshot->endpoint,
                                      statements.join(QStringLiteral(";\n")));
    MessageBoxes::ask(
        this, tr("Confirm"), question, [this, role, statements](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_actionRunning = true;
            const StatusCollector::Request request{m_profile.connection(role), m_passwords.value(role),
                                                   std::nullopt};
            auto* watcher = new QFutureWatcher<Status>(this);
            connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, statements] {
                watcher->deleteLater();
                m_actionRunning = false;
                const Status result = watcher->result();
                m_ui->statusLabel->setText(result ? tr("Done: %1").arg(statements.join(QStringLiteral("; ")))
                                                  : tr("Failed: %1").arg(result.error().toText()));
            });
            watcher->setFuture(QtConcurrent::run(
                [request, statements] { return RecoveryActions::run(request, statements); }));
        });
}
