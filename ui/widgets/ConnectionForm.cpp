#include "ConnectionForm.h"

#include "ComboAccess.h"
#include "dashboard/HealthStyle.h"
#include "setup/ConnectionTester.h"
#include "tunnel/TunnelRegistry.h"
#include "ui_ConnectionForm.h"

#include <QRegularExpression>

ConnectionForm::ConnectionForm(ServerRole role, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionForm>())
    , m_role(role)
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    // One compound widget in its page's tab order: Tab enters at the host and walks the form.
    setFocusProxy(m_ui->hostEdit);
    setFocusPolicy(Qt::TabFocus); // setTabOrder() ignores widgets without one
    ComboAccess::followListSelection(m_ui->tlsCombo);
    ComboAccess::followListSelection(m_ui->sshAuthCombo);
    setObjectName(QStringLiteral("connectionForm_") + ServerRoles::key(role));
    m_ui->tlsCombo->addItem(tr("Disabled"), int(TlsMode::Disabled));
    m_ui->tlsCombo->addItem(tr("Preferred"), int(TlsMode::Preferred));
    m_ui->tlsCombo->addItem(tr("Required"), int(TlsMode::Required));
    m_ui->tlsCombo->addItem(tr("Verify CA"), int(TlsMode::VerifyCa));
    m_ui->tlsCombo->addItem(tr("Verify identity (CA and host name)"), int(TlsMode::VerifyIdentity));
    m_ui->tlsCombo->setCurrentIndex(1);

    m_ui->sshAuthCombo->addItem(tr("SSH agent"), int(SshTunnelSpec::Auth::Agent));
    m_ui->sshAuthCombo->addItem(tr("Key file"), int(SshTunnelSpec::Auth::Key));
    m_ui->sshAuthCombo->addItem(tr("Password"), int(SshTunnelSpec::Auth::Password));
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->caEdit,
                            m_ui->sshHostEdit, m_ui->sshUserEdit, m_ui->sshKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::changed);
    connect(m_ui->sshBox, &QGroupBox::toggled, this, &ConnectionForm::changed);
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] {
        // The DBA compared the fingerprint shown; it is added to known_hosts by the next connection.
        TunnelRegistry::instance().acceptHostKey(m_untrustedFingerprint);
        m_ui->trustButton->hide();
        startTest();
    });
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionForm::changed);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &ConnectionForm::changed);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionForm::startTest);
    connect(m_tester, &ConnectionTester::succeeded, this, &ConnectionForm::showFacts);
    connect(m_tester, &ConnectionTester::failed, this, &ConnectionForm::showError);
}

ConnectionForm::~ConnectionForm() = default;

ConnectionSpec ConnectionForm::spec() const
{
    ConnectionSpec spec = m_loaded;
    spec.role = m_role;
    spec.host = m_ui->hostEdit->text().trimmed();
    spec.port = m_ui->portSpin->value();
    spec.user = m_ui->userEdit->text().trimmed();
    spec.tls = TlsMode(m_ui->tlsCombo->currentData().toInt());
    spec.sslCa = m_ui->caEdit->text().trimmed();
    spec.ssh = SshTunnelSpec();
    if (m_ui->sshBox->isChecked()) {
        spec.ssh.host = m_ui->sshHostEdit->text().trimmed();
        spec.ssh.port = m_ui->sshPortSpin->value();
        spec.ssh.user = m_ui->sshUserEdit->text().trimmed();
        spec.ssh.auth = SshTunnelSpec::Auth(m_ui->sshAuthCombo->currentData().toInt());
        spec.ssh.keyFile = m_ui->sshKeyEdit->text().trimmed();
    }
    return spec;
}

void ConnectionForm::setSpec(const ConnectionSpec& spec)
{
    m_ui->hostEdit->setText(spec.host);
    m_ui->portSpin->setValue(spec.port);
    m_ui->userEdit->setText(spec.user);
    m_ui->tlsCombo->setCurrentIndex(m_ui->tlsCombo->findData(int(spec.tls)));
    m_ui->caEdit->setText(spec.sslCa);
    m_loaded = spec;
    m_ui->sshBox->setChecked(spec.ssh.enabled());
    m_ui->sshHostEdit->setText(spec.ssh.host);
    m_ui->sshPortSpin->setValue(spec.ssh.port);
    m_ui->sshUserEdit->setText(spec.ssh.user);
    m_ui->sshAuthCombo->setCurrentIndex(m_ui->sshAuthCombo->findData(int(spec.ssh.auth)));
    m_ui->sshKeyEdit->setText(spec.ssh.keyFile);
}

QByteArray ConnectionForm::tunnelSecret() const
{
    return m_ui->sshBox->isChecked() ? m_ui->sshSecretEdit->text().toUtf8() : QByteArray();
}

void ConnectionForm::shareTunnelSecret() const
{
    const ConnectionSpec current = spec();
    if (current.ssh.enabled() && !m_ui->sshSecretEdit->text().isEmpty())
        TunnelRegistry::instance().setSecret(current.ssh, m_ui->sshSecretEdit->text().toUtf8());
}

QByteArray ConnectionForm::password() const
{
    return m_ui->passwordEdit->text().toUtf8();
}

void ConnectionForm::fillPassword(const QByteArray& password)
{
    m_ui->passwordEdit->setText(QString::fromUtf8(password));
}

bool ConnectionForm::isComplete() const
{
    return !m_ui->hostEdit->text().trimmed().isEmpty() && !m_ui->userEdit->text().trimmed().isEmpty();
}

void ConnectionForm::startTest()
{
    if (!isComplete()) {
        m_ui->resultLabel->setText(tr("Enter the host and the user first."));
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->trustButton->hide();
    shareTunnelSecret();
    m_ui->resultLabel->setText(tr("Connecting to %1…").arg(spec().endpoint()));
    m_tester->test(spec(), password());
}

void ConnectionForm::showFacts(const ServerFacts& facts)
{
    m_ui->testButton->setEnabled(true);
    m_ui->resultLabel->setStyleSheet(HealthStyle::textStyle(Health::Ok, palette(), false));
    m_ui->resultLabel->setText(tr("Connected: %1").arg(ConnectionTester::describe(facts)));
    emit tested(true);
}

void ConnectionForm::showError(const EngineError& error)
{
    m_ui->testButton->setEnabled(true);
    m_ui->resultLabel->setStyleSheet(HealthStyle::textStyle(Health::IoError, palette(), false));
    QString text = error.code != 0 ? tr("Error %1: %2").arg(error.code).arg(error.serverMessage) : QString();
    if (!error.explanation.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + error.explanation;
    if (!error.fix.isEmpty())
        text += QLatin1Char('\n') + tr("Fix: %1").arg(error.fix);
    m_ui->resultLabel->setText(text);
    if (error.diagnosisId == QLatin1String("host_key_unknown")) {
        static const QRegularExpression fingerprint(QStringLiteral("SHA256:[A-Za-z0-9+/]+"));
        m_untrustedFingerprint = fingerprint.match(error.explanation).captured();
        m_ui->trustButton->setVisible(!m_untrustedFingerprint.isEmpty());
    }
    emit tested(false);
}
