// Credentials for child tools: a private option file the mysql/mariadb clients read back exactly,
// readable by its owner only, in a private folder, and gone when the object is.
#include "db/ClientDefaultsFile.h"
#include "db/OptionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

class TestClientDefaults : public QObject
{
    Q_OBJECT

private slots:
    void privateAndExact_data();
    void privateAndExact();
    void socketAndTls();
    void leftoversOfKilledProcessesAreRemoved();
};

void TestClientDefaults::privateAndExact_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("plain") << QByteArray("secret");
    QTest::newRow("quotes") << QByteArray("a'b\"c");
    QTest::newRow("comment characters") << QByteArray("x#y;z");
    QTest::newRow("backslash and dollar") << QByteArray("C:\\path $HOME");
    QTest::newRow("newline and tab") << QByteArray("line1\nline2\tend");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße ✓").toUtf8();
    QTest::newRow("spaces around") << QByteArray("  padded  ");
}

void TestClientDefaults::privateAndExact()
{
    QFETCH(QByteArray, password);
    ConnectionSpec spec;
    spec.host = QStringLiteral("db.example");
    spec.port = 3307;
    spec.user = QStringLiteral("admin");
    spec.tls = TlsMode::Disabled;
    QString path;
    {
        auto file = ClientDefaultsFile::create(spec, password);
        QVERIFY(file.ok());
        path = file.value()->path();
        QVERIFY(file.value()->argument().startsWith(QLatin1String("--defaults-extra-file=")));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result<OptionFile> parsed = OptionFile::parse(f.readAll());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value(QStringLiteral("client"), QStringLiteral("password")), password);
        QCOMPARE(parsed->value(QStringLiteral("client"), QStringLiteral("user")), QByteArray("admin"));
        QCOMPARE(parsed->value(QStringLiteral("client"), QStringLiteral("host")), QByteArray("db.example"));
        QCOMPARE(parsed->value(QStringLiteral("client"), QStringLiteral("port")), QByteArray("3307"));
        QVERIFY(parsed->contains(QStringLiteral("client"), QStringLiteral("skip_ssl")));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
}

void TestClientDefaults::socketAndTls()
{
    ConnectionSpec spec;
    spec.user = QStringLiteral("root");
    spec.unixSocket = QStringLiteral("/tmp/x.sock");
    auto socket = ClientDefaultsFile::create(spec, "pw");
    QVERIFY(socket.ok());
    QFile f(socket.value()->path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("socket=\"/tmp/x.sock\""));
    QVERIFY(!text.contains("host="));

    ConnectionSpec tls;
    tls.host = QStringLiteral("db.example");
    tls.user = QStringLiteral("admin");
    tls.tls = TlsMode::VerifyIdentity;
    tls.sslCa = QStringLiteral("/etc/ssl/rds.pem");
    auto verified = ClientDefaultsFile::create(tls, "pw");
    QVERIFY(verified.ok());
    QFile g(verified.value()->path());
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QByteArray tlsText = g.readAll();
    QVERIFY(tlsText.contains("ssl-ca=\"/etc/ssl/rds.pem\""));
    QVERIFY(tlsText.contains("ssl-verify-server-cert\n"));
    QVERIFY(!tlsText.contains("skip-ssl"));
}

void TestClientDefaults::leftoversOfKilledProcessesAreRemoved()
{
    // A process that no longer exists (it ran and ended) left its credentials behind, as one
    // killed with SIGKILL would; a live process's folder stays.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForFinished());
    const qint64 deadPid = ended.processId() > 0 ? ended.processId() : 0;
    QVERIFY(deadPid == 0 || ::kill(pid_t(deadPid), 0) != 0);
    const QString dead = QDir::tempPath()
        + QStringLiteral("/replica-wizard-creds-%1-test%2")
              .arg(deadPid ? deadPid : 999999999)
              .arg(QCoreApplication::applicationPid());
    const QString alive = QDir::tempPath()
        + QStringLiteral("/replica-wizard-creds-%1-testalive").arg(QCoreApplication::applicationPid());
    for (const QString& folder : {dead, alive}) {
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/client.cnf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[client]\npassword=left-behind\n");
    }
    QVERIFY(ClientDefaultsFile::removeStale() >= 1);
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(alive + QStringLiteral("/client.cnf")));
    QVERIFY(QDir(alive).removeRecursively());
}

QTEST_GUILESS_MAIN(TestClientDefaults)
#include "tst_clientdefaults.moc"
