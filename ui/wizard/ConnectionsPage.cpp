#include "ConnectionsPage.h"

#include "secrets/SecretStore.h"
#include "setup/SetupSession.h"
#include "ui_ConnectionsPage.h"
#include "widgets/ConnectionForm.h"

#include <QFileInfo>
#include <QTabBar>

ConnectionsPage::ConnectionsPage(SetupSession* session, SecretStore* keychain, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_session(session)
    , m_keychain(keychain)
{
    m_ui->setupUi(this);
    m_ui->rememberCheck->setEnabled(keychain != nullptr);
    for (QLineEdit* edit : {m_ui->replUserEdit, m_ui->replHostEdit, m_ui->replPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    for (ServerRole role : ServerRoles::all()) {
        auto* form = new ConnectionForm(role, this);
        m_forms.insert(role, form);
        QString title = ServerRoles::displayName(role);
        title[0] = title[0].toUpper();
        m_ui->roleTabs->addTab(form, title);
        connect(form, &ConnectionForm::changed, this, &QWizardPage::completeChanged);
    }
    // The forms were added after the page's own fields: Tab goes tab bar, the shown form, then
    // the replication account and Remember.
    QWidget* previous = m_ui->roleTabs->tabBar();
    for (ServerRole role : ServerRoles::all()) {
        setTabOrder(previous, m_forms.value(role));
        previous = m_forms.value(role);
    }
    setTabOrder(previous, m_ui->replUserEdit);
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::initializePage()
{
    const QList<ServerRole> needed = m_session->roles();
    for (ServerRole role : ServerRoles::all()) {
        ConnectionForm* form = m_forms.value(role);
        form->setSpec(m_session->profile().connection(role));
        form->fillPassword(m_session->password(role));
        m_ui->roleTabs->setTabVisible(m_ui->roleTabs->indexOf(form), needed.contains(role));
    }
    // Aurora: the staging connection is the clone's endpoint.
    const bool clone = m_session->profile().strategy == SetupStrategy::AuroraClone;
    QString staging = clone ? tr("Aurora clone") : ServerRoles::displayName(ServerRole::Staging);
    staging[0] = staging[0].toUpper();
    m_ui->roleTabs->setTabText(m_ui->roleTabs->indexOf(m_forms.value(ServerRole::Staging)), staging);
    m_ui->replUserEdit->setText(m_session->profile().replicationUser);
    m_ui->replHostEdit->setText(m_session->profile().replicationHost);
    m_ui->replPasswordEdit->setText(QString::fromUtf8(m_session->replicationPassword()));
}

bool ConnectionsPage::isComplete() const
{
    for (ServerRole role : m_session->roles()) {
        if (!m_forms.value(role)->isComplete())
            return false;
    }
    return !m_ui->replUserEdit->text().trimmed().isEmpty() && !m_ui->replHostEdit->text().trimmed().isEmpty()
        && !m_ui->replPasswordEdit->text().isEmpty();
}

bool ConnectionsPage::validatePage()
{
    for (ServerRole role : m_session->roles()) {
        m_session->setConnection(role, m_forms.value(role)->spec());
        m_session->storePassword(role, m_forms.value(role)->password());
        m_forms.value(role)->shareTunnelSecret();
    }
    Profile profile = m_session->profile();
    profile.replicationUser = m_ui->replUserEdit->text().trimmed();
    profile.replicationHost = m_ui->replHostEdit->text().trimmed();
    m_session->setProfile(profile);
    m_session->setReplicationPassword(m_ui->replPasswordEdit->text().toUtf8());
    if (m_ui->rememberCheck->isChecked())
        rememberPasswords();
    return true;
}

void ConnectionsPage::rememberPasswords()
{
    if (!m_keychain || m_session->profilePath().isEmpty())
        return;
    QHash<QString, QByteArray> secrets;
    for (ServerRole role : m_session->roles()) {
        secrets.insert(ServerRoles::key(role), m_session->password(role));
        const QByteArray tunnel = m_forms.value(role)->tunnelSecret();
        if (!tunnel.isEmpty()) // the SSH password or key passphrase, as the CLI reads it: <role>_ssh
            secrets.insert(ServerRoles::key(role) + QStringLiteral("_ssh"), tunnel);
    }
    secrets.insert(QStringLiteral("replication"), m_session->replicationPassword());
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString key
            = SecretStore::keyFor(QFileInfo(m_session->profilePath()).absoluteFilePath(), it.key());
        m_keychain->write(key, it.value(), this, [this](bool ok, const QString& reason) {
            if (!ok)
                m_ui->keychainLabel->setText(
                    tr("The passwords could not be stored in the keychain (%1); they stay "
                       "in memory for this session only.")
                        .arg(reason));
        });
    }
}
