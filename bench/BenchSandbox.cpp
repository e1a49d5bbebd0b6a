#include "BenchSandbox.h"

#include "StartWindow.h"
#include "profile/SecretsFile.h"
#include "sandbox/Sandbox.h"
#include "widgets/MessageBoxes.h"
#include "wizard/PlanPage.h"
#include "wizard/SetupWizard.h"

#include <QTest>

BenchSandbox::BenchSandbox(bool writeLoad)
{
    m_options.directory = m_dir.filePath(QStringLiteral("sandbox"));
    m_options.writeLoad = writeLoad;
    const Result<Sandbox::Info> sandbox = Sandbox::start(m_options);
    if (!sandbox) {
        m_error = sandbox.error().toText();
        return;
    }
    m_profilePath = sandbox->profilePath;
    m_secretsPath = sandbox->secretsPath;
    m_profile = ProfileFile::load(m_profilePath).value();
    const SecretsFile secrets = SecretsFile::load(m_secretsPath).value();
    for (ServerRole role : ServerRoles::all())
        m_passwords.insert(role, secrets.password(role));
    m_replicationPassword = secrets.password(QString::fromLatin1(SecretsFile::ReplicationGroup));
}

BenchSandbox::~BenchSandbox()
{
    Sandbox::stop(m_options.directory);
}

std::unique_ptr<ServerSession> BenchSandbox::rootSession(ServerRole role) const
{
    Result<std::unique_ptr<ServerSession>> session = Sandbox::rootSession(m_options.directory, role);
    return session ? std::move(session).value() : nullptr;
}

SetupWizard* BenchSandbox::wizardAtPlan(StartWindow& window, QString* error) const
{
    SetupWizard* wizard = window.openWizard(m_profile, m_profilePath, m_passwords, m_replicationPassword);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    for (int page = SetupWizard::StrategyPageId; page < SetupWizard::PlanPageId; ++page) {
        if (!QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 60000)) {
            *error = QStringLiteral("the wizard's page %1 did not complete").arg(page);
            return nullptr;
        }
        wizard->next();
    }
    if (!QTest::qWaitFor([&] { return wizard->planPage()->isComplete(); }, 60000)) {
        *error = QStringLiteral("the plan did not complete");
        return nullptr;
    }
    return wizard;
}
