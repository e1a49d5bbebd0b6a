#include "StartWindow.h"

#include "dashboard/DashboardWindow.h"
#include "dashboard/HealthStyle.h"
#include "fleet/FleetTableModel.h"
#include "monitor/FleetMonitor.h"
#include "monitor/HealthNotifier.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/RunJournal.h"
#include "setup/SetupSession.h"
#include "tunnel/TunnelRegistry.h"
#include "ui_StartWindow.h"
#include "widgets/MessageBoxes.h"
#include "widgets/WindowMemory.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>

StartWindow::StartWindow(SetupLibrary library, QWidget* parent, std::unique_ptr<SecretStore> keychain,
                         int pollIntervalMs)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartWindow>())
    , m_library(std::move(library))
    , m_keychain(std::move(keychain))
    , m_fleet(new FleetMonitor(pollIntervalMs, this))
    , m_model(new FleetTableModel(m_fleet, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notifier(new HealthNotifier(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->setupTable->setModel(m_proxy);
    m_ui->setupTable->sortByColumn(FleetTableModel::Name, Qt::AscendingOrder);
    // Sized to the contents once the setups are listed, not on every refresh of a row (which
    // measures every cell again: with many setups, a stall of the window each poll).
    m_ui->setupTable->horizontalHeader()->setStretchLastSection(true);
    const bool remembered
        = WindowMemory::track(this, QStringLiteral("startWindow"), m_ui->setupTable->horizontalHeader());
    connect(m_fleet, &FleetMonitor::rowsReset, this, [this, remembered] {
        if (!remembered)
            m_ui->setupTable->resizeColumnsToContents();
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->newSetupButton, &QPushButton::clicked, this, [this] { newSetup(); });
    connect(m_ui->openSetupButton, &QPushButton::clicked, this, &StartWindow::openSelected);
    connect(m_ui->setupTable, &QTableView::activated, this, &StartWindow::openSelectedDashboard);
    connect(m_ui->dashboardButton, &QPushButton::clicked, this, &StartWindow::openSelectedDashboard);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        QString path;
        if (const std::optional<Profile> profile = selectedProfile(&path))
            resumeRun(*profile, path);
    });
    connect(m_ui->renameButton, &QPushButton::clicked, this, &StartWindow::askToRename);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &StartWindow::duplicateSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &StartWindow::askToRemove);
    connect(m_ui->notifyCheck, &QCheckBox::clicked, this, &StartWindow::setSelectedNotifies);
    // Buttons follow the selection (what keyboard, mouse and accessibility clients change alike).
    connect(m_ui->setupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StartWindow::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StartWindow::updateButtons);
    connect(m_fleet, &FleetMonitor::healthChanged, this, &StartWindow::onHealthChanged);
    connect(m_fleet, &FleetMonitor::rowChanged, this, &StartWindow::updateTray);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            show();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    refresh();
}

StartWindow::~StartWindow() = default;

namespace {

// Every keychain entry a setup may have: the servers', the replication account's, the tunnels'.
QStringList rememberedGroups()
{
    QStringList groups{QStringLiteral("replication")};
    for (ServerRole role : ServerRoles::all())
        groups << ServerRoles::key(role) << ServerRoles::key(role) + QStringLiteral("_ssh");
    return groups;
}

} // namespace

QAbstractItemModel* StartWindow::setupsModel() const
{
    return m_proxy;
}

SecretStore* StartWindow::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return m_keychain.get();
}

void StartWindow::refresh()
{
    const QString selected = selectedPath();
    const QList<SetupLibrary::Entry> entries = m_library.entries();
    QSet<QString> unfinished;
    for (const SetupLibrary::Entry& entry : entries) {
        if (hasUnfinishedRun(entry.profilePath))
            unfinished.insert(entry.profilePath);
    }
    m_model->setUnfinished(unfinished);
    watchFleet(entries);
    if (!selected.isEmpty())
        selectSetup(selected);
    updateButtons();
}

void StartWindow::watchFleet(const QList<SetupLibrary::Entry>& entries)
{
    // The overview shows every setup at once (not checked yet); the pollers start once the
    // remembered passwords are read (the keychain answers asynchronously).
    const int generation = ++m_watchGeneration;
    auto setups = std::make_shared<QList<FleetMonitor::Setup>>();
    for (const SetupLibrary::Entry& entry : entries) {
        FleetMonitor::Setup setup;
        setup.id = entry.id;
        setup.profilePath = entry.profilePath;
        setup.profile = ProfileFile::load(entry.profilePath).value();
        setup.label = setup.profile.label(entry.title);
        setups->append(setup);
    }
    // Until then: the rows without figures (no password read yet, so nothing is polled).
    m_fleet->setSetups(*setups);
    m_ui->emptyLabel->setVisible(entries.isEmpty());
    auto pending = std::make_shared<int>(0);
    for (int i = 0; i < setups->size(); ++i) {
        for (ServerRole role : ServerRoles::all()) {
            const ConnectionSpec& spec = setups->at(i).profile.connection(role);
            if (spec.host.isEmpty())
                continue;
            ++*pending;
            const auto done = [this, setups, pending, generation, i, role,
                               ssh = spec.ssh](std::optional<QByteArray> secret, bool tunnel) {
                if (generation != m_watchGeneration)
                    return;
                if (secret && tunnel)
                    TunnelRegistry::instance().setSecret(ssh, *secret);
                else if (secret)
                    (*setups)[i].passwords.insert(role, *secret);
                if (--*pending == 0) {
                    const QString selected = selectedPath();
                    m_fleet->setSetups(*setups);
                    if (!selected.isEmpty())
                        selectSetup(selected);
                }
            };
            const QString path = QFileInfo(setups->at(i).profilePath).absoluteFilePath();
            keychain()->read(
                SecretStore::keyFor(path, ServerRoles::key(role)), this,
                [done](std::optional<QByteArray> secret, const QString&) { done(secret, false); });
            if (spec.ssh.enabled() && spec.ssh.auth != SshTunnelSpec::Auth::Agent) {
                ++*pending;
                keychain()->read(
                    SecretStore::keyFor(path, ServerRoles::key(role) + QStringLiteral("_ssh")), this,
                    [done](std::optional<QByteArray> secret, const QString&) { done(secret, true); });
            }
        }
    }
}

QString StartWindow::selectedPath() const
{
    const QModelIndexList rows = m_ui->setupTable->selectionModel()
        ? m_ui->setupTable->selectionModel()->selectedRows()
        : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(FleetTableModel::ProfilePathRole).toString();
}

bool StartWindow::selectSetup(const QString& profilePath)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(FleetTableModel::ProfilePathRole).toString() == profilePath) {
            m_ui->setupTable->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->setupTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            return true;
        }
    }
    return false;
}

void StartWindow::updateButtons()
{
    const QString path = selectedPath();
    const bool selected = !path.isEmpty();
    for (QPushButton* button : {m_ui->openSetupButton, m_ui->dashboardButton, m_ui->renameButton,
                                m_ui->duplicateButton, m_ui->removeButton})
        button->setEnabled(selected);
    bool unfinished = false, notify = false;
    for (const FleetMonitor::Row& row : m_fleet->rows()) {
        if (row.profilePath == path)
            notify = row.notify;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(FleetTableModel::ProfilePathRole).toString() == path)
            unfinished = index.data(FleetTableModel::UnfinishedRole).toBool();
    }
    m_ui->resumeButton->setEnabled(selected && unfinished);
    m_ui->notifyCheck->setEnabled(selected);
    m_ui->notifyCheck->setChecked(selected && notify);
}

void StartWindow::onHealthChanged(int row, ServerRole role, Health before, Health now)
{
    updateTray();
    if (row < 0 || row >= m_fleet->rows().size())
        return;
    const FleetMonitor::Row& setup = m_fleet->rows().at(row);
    if (!setup.notify)
        return;
    const QString summary
        = tr("%1: the %2 is %3 (was %4)")
              .arg(setup.label, ServerRoles::displayName(role), HealthClassifier::displayName(now),
                   HealthClassifier::displayName(before));
    m_notifier->notify(setup.id, summary, setup.summary.value(role), HealthClassifier::severity(now));
}

void StartWindow::updateTray()
{
    if (!m_tray)
        return;
    Severity worst = Severity::Ok;
    QStringList problems;
    for (const FleetMonitor::Row& row : m_fleet->rows()) {
        worst = HealthClassifier::worst(worst, row.worst());
        if (!row.worstText().isEmpty())
            problems << row.label + QStringLiteral(": ") + row.worstText();
    }
    // The application icon with a dot in the worst health's colour (the tooltip says it in words).
    QPixmap icon = QApplication::windowIcon().pixmap(64, 64);
    if (!icon.isNull()) {
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        const Health shown = worst == Severity::Ok ? Health::Ok
            : worst == Severity::Warning           ? Health::Lagging
            : worst == Severity::Critical          ? Health::SqlError
                                                   : Health::Unknown;
        painter.setBrush(HealthStyle::color(shown));
        painter.setPen(QPen(Qt::white, 3));
        painter.drawEllipse(QRect(34, 34, 28, 28));
        m_tray->setIcon(QIcon(icon));
    }
    m_tray->setToolTip(problems.isEmpty() ? tr("Replica Wizard: every setup is ok")
                                          : tr("Replica Wizard — %1\n%2")
                                                .arg(HealthClassifier::severityKey(worst),
                                                     problems.join(QLatin1Char('\n'))));
}

void StartWindow::askToRename()
{
    QString path;
    const std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename setup"));
    dialog->setLabelText(tr("Name of the setup:"));
    dialog->setTextValue(profile->name);
    connect(dialog, &QInputDialog::textValueSelected, this, &StartWindow::renameSelected);
    dialog->open();
}

void StartWindow::renameSelected(const QString& name)
{
    QString path;
    std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    profile->name = name.trimmed();
    const Status saved = ProfileFile::save(*profile, path);
    if (!saved)
        MessageBoxes::warning(this, tr("Setup not renamed"), saved.error().toText());
    refresh();
}

void StartWindow::setSelectedNotifies(bool on)
{
    QString path;
    std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    profile->notify = on;
    const Status saved = ProfileFile::save(*profile, path);
    if (!saved)
        MessageBoxes::warning(this, tr("Setting not saved"), saved.error().toText());
    refresh();
}

void StartWindow::duplicateSelected()
{
    QString path;
    std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    profile->name = tr("%1 (copy)").arg(profile->label(SetupLibrary::titleOf(*profile)));
    const Result<SetupLibrary::Entry> copy = m_library.save(*profile);
    if (!copy) {
        MessageBoxes::warning(this, tr("Setup not duplicated"), copy.error().toText());
        return;
    }
    // The copy remembers the same passwords.
    const QStringList groups = rememberedGroups();
    const QString from = QFileInfo(path).absoluteFilePath();
    const QString to = QFileInfo(copy->profilePath).absoluteFilePath();
    for (const QString& group : groups) {
        keychain()->read(SecretStore::keyFor(from, group), this,
                         [this, to, group](std::optional<QByteArray> secret, const QString&) {
                             if (secret)
                                 keychain()->write(SecretStore::keyFor(to, group), *secret, this,
                                                   [](bool, const QString&) {});
                         });
    }
    refresh();
    selectSetup(copy->profilePath);
}

void StartWindow::askToRemove()
{
    QString path;
    const std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    MessageBoxes::ask(this, tr("Remove setup"),
                      tr("Remove the saved setup %1 and the passwords the keychain remembers for it? The "
                         "servers are not touched: replication goes on.")
                          .arg(profile->label(SetupLibrary::titleOf(*profile))),
                      [this, path](QMessageBox::StandardButton answer) {
                          if (answer == QMessageBox::Yes && selectSetup(path))
                              removeSelected();
                      });
}

void StartWindow::removeSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList groups = rememberedGroups();
    for (const QString& group : groups)
        keychain()->remove(SecretStore::keyFor(absolute, group), this, [](bool, const QString&) {});
    const Status removed = m_library.remove(path);
    if (!removed)
        MessageBoxes::warning(this, tr("Setup not removed"), removed.error().toText());
    refresh();
}

bool StartWindow::hasUnfinishedRun(const QString& profilePath)
{
    const Result<RunJournal> journal = RunJournal::load(RunJournal::pathFor(profilePath));
    return journal && !(journal->isFinished() && journal->succeeded());
}

SetupWizard* StartWindow::resumeRun(const Profile& profile, const QString& profilePath,
                                    const QHash<ServerRole, QByteArray>& passwords,
                                    const QByteArray& replicationPassword)
{
    SetupWizard* wizard = openWizard(profile, profilePath, passwords, replicationPassword);
    wizard->session()->setResume(true);
    wizard->setWindowTitle(tr("Resume setup: %1").arg(SetupLibrary::titleOf(profile)));
    return wizard;
}

SetupWizard* StartWindow::newSetup()
{
    return openWizard(Profile(), QString());
}

SetupWizard* StartWindow::openWizard(const Profile& profile, const QString& profilePath,
                                     const QHash<ServerRole, QByteArray>& passwords,
                                     const QByteArray& replicationPassword)
{
    auto* session = new SetupSession;
    session->setProfile(profile);
    session->setProfilePath(profilePath);
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        session->storePassword(it.key(), it.value());
    session->setReplicationPassword(replicationPassword);
    auto* wizard = new SetupWizard(session, this);
    session->setParent(wizard);
    wizard->setWindowFlag(Qt::Window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const SetupSession* m = wizard->session();
        const QString id = m->profilePath().startsWith(m_library.root())
            ? QFileInfo(m->profilePath()).dir().dirName()
            : QString();
        const Result<SetupLibrary::Entry> saved = m_library.save(m->profile(), id);
        if (!saved)
            MessageBoxes::warning(this, tr("Setup not saved"), saved.error().toText());
        refresh();
    });
    wizard->show();
    return wizard;
}

std::optional<Profile> StartWindow::selectedProfile(QString* path)
{
    *path = selectedPath();
    if (path->isEmpty())
        return std::nullopt;
    const Result<Profile> profile = ProfileFile::load(*path);
    if (!profile) {
        MessageBoxes::warning(this, tr("Cannot open the setup"), profile.error().toText());
        return std::nullopt;
    }
    return profile.value();
}

void StartWindow::openSelected()
{
    QString path;
    if (const std::optional<Profile> profile = selectedProfile(&path))
        openWizard(*profile, path);
}

DashboardWindow* StartWindow::openDashboard(const Profile& profile, const QString& profilePath,
                                            const QHash<ServerRole, QByteArray>& passwords)
{
    auto* dashboard = new DashboardWindow(profile, passwords);
    dashboard->setWindowFlag(Qt::Window);
    dashboard->setAttribute(Qt::WA_DeleteOnClose);
    connect(dashboard, &DashboardWindow::reseedRequested, this,
            [this, profilePath](const Profile& p) { openWizard(p, profilePath); });
    dashboard->show();
    return dashboard;
}

void StartWindow::openSelectedDashboard()
{
    QString path;
    const std::optional<Profile> profile = selectedProfile(&path);
    if (!profile)
        return;
    // Every remembered password is read (asynchronously) before the window opens.
    QList<ServerRole> roles;
    for (ServerRole role : ServerRoles::all()) {
        if (!profile->connection(role).host.isEmpty())
            roles << role;
    }
    // Remembered SSH passwords and key passphrases go to the tunnels (memory only) before the
    // dashboard connects.
    QList<ServerRole> tunnelled;
    for (ServerRole role : roles) {
        const SshTunnelSpec& ssh = profile->connection(role).ssh;
        if (ssh.enabled() && ssh.auth != SshTunnelSpec::Auth::Agent)
            tunnelled << role;
    }
    auto passwords = std::make_shared<QHash<ServerRole, QByteArray>>();
    auto pending = std::make_shared<int>(int(roles.size() + tunnelled.size()));
    for (ServerRole role : tunnelled) {
        keychain()->read(
            SecretStore::keyFor(QFileInfo(path).absoluteFilePath(),
                                ServerRoles::key(role) + QStringLiteral("_ssh")),
            this,
            [this, passwords, pending, profile = *profile, path,
             ssh = profile->connection(role).ssh](std::optional<QByteArray> secret, const QString&) {
                if (secret)
                    TunnelRegistry::instance().setSecret(ssh, *secret);
                if (--*pending == 0)
                    openDashboard(profile, path, *passwords);
            });
    }
    for (ServerRole role : roles) {
        const QString key = SecretStore::keyFor(QFileInfo(path).absoluteFilePath(), ServerRoles::key(role));
        keychain()->read(key, this,
                         [this, role, passwords, pending, profile = *profile,
                          path](std::optional<QByteArray> secret, const QString&) {
                             if (secret)
                                 passwords->insert(role, *secret);
                             if (--*pending == 0)
                                 openDashboard(profile, path, *passwords);
                         });
    }
}
