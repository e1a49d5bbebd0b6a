// The wizard's engine-side session: every request returns at once and answers by a signal; it
// keeps one connection per server across requests (the wizard no longer reconnects on every
// page), replaces a connection the server closed meanwhile (a DBA's wait_timeout, a restart),
// and a closed session leaves no connection behind.
#include "SandboxFixture.h"
#include "db/SqlText.h"
#include "setup/SetupSession.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// A signal argument of a type without a default constructor (QVariant::value needs one).
template<typename T>
const T& argument(const QVariant& value)
{
    return *static_cast<const T*>(value.constData());
}

} // namespace

class TestSetupSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void answersEveryRequestOnOneConnectionPerServer();
    void replacesAConnectionTheServerClosed();
    void closedSessionLeavesNoConnection();

private:
    // Connections of the profile's user on that server, read as root over the socket.
    int connectionsOf(ServerRole role) const;
    QList<qint64> connectionIdsOf(ServerRole role) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<SetupSession> m_session;
    QHash<ServerRole, int> m_before;
};

void TestSetupSession::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({}, &message), qPrintable(message));
}

void TestSetupSession::init()
{
    m_session = std::make_unique<SetupSession>();
    m_session->setProfile(m_sandbox.profile());
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        m_session->storePassword(it.key(), it.value());
    for (ServerRole role : ServerRoles::all())
        m_before.insert(role, connectionsOf(role));
}

QList<qint64> TestSetupSession::connectionIdsOf(ServerRole role) const
{
    const std::unique_ptr<ServerSession> root = m_sandbox.rootSession(role);
    if (!root)
        return {};
    const Result<ResultSet> rows
        = root->query(QStringLiteral("SELECT ID AS id FROM information_schema.PROCESSLIST "
                                     "WHERE USER = %1")
                          .arg(SqlText::literal(m_sandbox.spec(role).user)));
    QList<qint64> ids;
    for (int row = 0; rows && row < rows->rowCount(); ++row)
        ids << rows->text(row, u"id").toLongLong();
    return ids;
}

int TestSetupSession::connectionsOf(ServerRole role) const
{
    return int(connectionIdsOf(role).size());
}

void TestSetupSession::answersEveryRequestOnOneConnectionPerServer()
{
    QSignalSpy checked(m_session.get(), &SetupSession::preflightChecked);
    QSignalSpy schemas(m_session.get(), &SetupSession::schemasRead);
    QSignalSpy runbook(m_session.get(), &SetupSession::runbookBuilt);
    m_session->checkPreflight();
    m_session->readSchemas();
    m_session->buildRunbook();
    // Queued, not run on the caller's thread.
    QVERIFY(m_session->isPending(SetupSession::Request::Preflight));
    QVERIFY(checked.isEmpty());

    QVERIFY(runbook.wait(60000));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(schemas.size(), 1);
    QVERIFY(!m_session->isPending(SetupSession::Request::Runbook));
    const auto checks = checked.first().first().value<QList<PreflightCheck>>();
    QVERIFY(!checks.isEmpty());
    int connections = 0;
    for (const PreflightCheck& check : checks) {
        if (check.id == PreflightCheck::Id::ConnectionSource
            || check.id == PreflightCheck::Id::ConnectionStaging
            || check.id == PreflightCheck::Id::ConnectionTarget) {
            ++connections;
            QVERIFY2(check.outcome == PreflightCheck::Outcome::Pass, qPrintable(check.reason));
        }
    }
    QCOMPARE(connections, 3);
    const auto sizes = argument<Result<QList<SchemaSize>>>(schemas.first().first());
    QVERIFY(sizes.ok());
    QStringList names;
    for (const SchemaSize& size : sizes.value())
        names << size.name;
    QVERIFY2(names.contains(QStringLiteral("shop")) && names.contains(QStringLiteral("legacy-crm")),
             qPrintable(names.join(u',')));
    const auto text = argument<Result<QString>>(runbook.first().first());
    QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error().toText()));
    QVERIFY(text.value().contains(QLatin1String("CALL mysql.rds_stop_replication()")));

    // Three requests, one connection per server, still open for the next page.
    for (ServerRole role : ServerRoles::all())
        QCOMPARE(connectionsOf(role), m_before.value(role) + 1);
}

void TestSetupSession::replacesAConnectionTheServerClosed()
{
    QSignalSpy schemas(m_session.get(), &SetupSession::schemasRead);
    m_session->readSchemas();
    QVERIFY(schemas.wait(30000));
    const QList<qint64> before = connectionIdsOf(ServerRole::Staging);
    QCOMPARE(before.size(), m_before.value(ServerRole::Staging) + 1);
    const std::unique_ptr<ServerSession> root = m_sandbox.rootSession(ServerRole::Staging);
    for (qint64 id : before)
        QVERIFY(root->execute(QStringLiteral("KILL CONNECTION %1").arg(id)).ok());

    m_session->readSchemas();
    QVERIFY(schemas.wait(30000));
    const auto sizes = argument<Result<QList<SchemaSize>>>(schemas.last().first());
    QVERIFY2(sizes.ok(), sizes.ok() ? "" : qPrintable(sizes.error().toText()));
    QVERIFY(!sizes.value().isEmpty());
    const QList<qint64> after = connectionIdsOf(ServerRole::Staging);
    QCOMPARE(after.size(), 1);
    QVERIFY(!before.contains(after.first()));
}

void TestSetupSession::closedSessionLeavesNoConnection()
{
    QSignalSpy checked(m_session.get(), &SetupSession::preflightChecked);
    m_session->checkPreflight();
    QVERIFY(checked.wait(60000));
    m_session->checkPreflight(); // running, or queued, when the session goes
    m_session.reset();
    for (ServerRole role : ServerRoles::all())
        QTRY_COMPARE_WITH_TIMEOUT(connectionsOf(role), m_before.value(role), 20000);
}

QTEST_GUILESS_MAIN(TestSetupSession)
#include "tst_setup_session.moc"
