#include "StartWindow.h"

#include "dashboard/DashboardWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/RunJournal.h"
#include "setup/SetupSession.h"
#include "tunnel/TunnelRegistry.h"
#include "ui_StartWindow.h"
#include "widgets/MessageBoxes.h"
#include "wizard/SetupWizard.h"

#include <QDir>
#include <QFileInfo>

StartWindow::StartWindow(SetupLibrary library, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartWindow>())
    , m_library(std::move(library))
{
    m_ui->setupUi(this);
    connect(m_ui->newSetupButton, &QPushButton::clicked, this, [this] { newSetup(); });
    connect(m_ui->openSetupButton, &QPushButton::clicked, this, &StartWindow::openSelected);
    connect(m_ui->setupList, &QListWidget::itemDoubleClicked, this, &StartWindow::openSelected);
    connect(m_ui->dashboardButton, &QPushButton::clicked, this, &StartWindow::openSelectedDashboard);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        QString path;
        if (const std::optional<Profile> profile = selectedProfile(&path))
            resumeRun(*profile, path);
    });
    connect(m_ui->setupList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->openSetupButton->setEnabled(row >= 0);
        m_ui->dashboardButton->setEnabled(row >= 0);
        m_ui->resumeButton->setEnabled(row >= 0
                                       && m_ui->setupList->item(row)->data(Qt::UserRole + 1).toBool());
    });
    refresh();
}

StartWindow::~StartWindow() = default;

void StartWindow::refresh()
{
    m_ui->setupList->clear();
    for (const SetupLibrary::Entry& entry : m_library.entries()) {
        const bool unfinished = hasUnfinishedRun(entry.profilePath);
        auto* item = new QListWidgetItem(
            unfinished ? tr("%1 — its last run did not finish: resume it").arg(entry.title) : entry.title,
            m_ui->setupList);
        item->setData(Qt::UserRole + 1, unfinished);
        item->setData(Qt::UserRole, entry.profilePath);
        item->setToolTip(entry.profilePath);
    }
    m_ui->emptyLabel->setVisible(m_ui->setupList->count() == 0);
    m_ui->openSetupButton->setEnabled(m_ui->setupList->currentRow() >= 0);
    m_ui->dashboardButton->setEnabled(m_ui->setupList->currentRow() >= 0);
    m_ui->resumeButton->setEnabled(m_ui->setupList->currentItem()
                                   && m_ui->setupList->currentItem()->data(Qt::UserRole + 1).toBool());
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
    const QListWidgetItem* item = m_ui->setupList->currentItem();
    if (!item)
        return std::nullopt;
    *path = item->data(Qt::UserRole).toString();
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
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
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
        m_keychain->read(
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
        m_keychain->read(key, this,
                         [this, role, passwords, pending, profile = *profile,
                          path](std::optional<QByteArray> secret, const QString&) {
                             if (secret)
                                 passwords->insert(role, *secret);
                             if (--*pending == 0)
                                 openDashboard(profile, path, *passwords);
                         });
    }
}
