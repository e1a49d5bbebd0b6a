// status for monitoring systems on a real sandbox set up once: Prometheus' exposition format (checked by
// promtool where Debian's prometheus package is installed, and by the test's own parser),
// node_exporter's textfile written atomically, the Nagios line with performance data, and
// --all over saved setups, one of them broken; --version.
#include "PrometheusText.h"
#include "SandboxFixture.h"
#include "profile/SetupLibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestFleetStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void prometheusOnTheSandbox();
    void textfileIsReplacedAtomically();
    void nagiosLineOnTheSandbox();
    void allSavedSetupsInOneCall();

private:
    // The sandbox's profile saved under `name` (its target at another port when given).
    QString savedProfile(const QString& name, int targetPort = 0);
    SandboxFixture::CliResult status(const QStringList& arguments) const;

    SandboxFixture m_sandbox;
    QTemporaryDir m_library;
    QString m_profile;
    QString m_secrets;
};

void TestFleetStatus::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({}, &message), qPrintable(message));
    QVERIFY(m_library.isValid());
    m_profile = savedProfile(QStringLiteral("shop"));
    QVERIFY(!m_profile.isEmpty());
    m_secrets = m_sandbox.secretsPath();
    const auto setup
        = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"), m_profile,
                                  QStringLiteral("--secrets"), m_secrets, QStringLiteral("--yes")},
                                 300000);
    QVERIFY2(setup.exitCode == 0, setup.err.right(2000).constData());
}

QString TestFleetStatus::savedProfile(const QString& name, int targetPort)
{
    Profile profile = m_sandbox.profile();
    profile.name = name;
    if (targetPort)
        profile.target.port = targetPort;
    const Result<SetupLibrary::Entry> saved = SetupLibrary(m_library.path()).save(profile, name);
    return saved ? saved->profilePath : QString();
}

SandboxFixture::CliResult TestFleetStatus::status(const QStringList& arguments) const
{
    return SandboxFixture::runCli(
        QStringList{QStringLiteral("status"), QStringLiteral("--secrets"), m_secrets} + arguments, 120000);
}

void TestFleetStatus::version()
{
    const auto result = SandboxFixture::runCli({QStringLiteral("--version")}, 10000);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^replica-wizard-cli \d+\.\d+\.\d+\n$)"))
                 .match(QString::fromUtf8(result.out))
                 .hasMatch(),
             result.out.constData());
}

void TestFleetStatus::prometheusOnTheSandbox()
{
    const auto result = status(
        {QStringLiteral("--profile"), m_profile, QStringLiteral("--format"), QStringLiteral("prometheus")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QCOMPARE(PrometheusText::problem(text), QString());
    if (const std::optional<QString> complaints = PrometheusText::promtool(result.out))
        QVERIFY2(complaints->isEmpty(), qPrintable(*complaints));
    else
        qWarning("promtool is not installed: only the test's own parser checked the format");
    for (const char* line : {"replica_wizard_up{setup=\"shop\",role=\"source\"} 1\n",
                             "replica_wizard_health{setup=\"shop\",role=\"target\",health=\"ok\"} 0\n",
                             "mysql_slave_status_slave_io_running{setup=\"shop\",role=\"target\"} 1\n",
                             "mysql_slave_status_slave_sql_running{setup=\"shop\",role=\"target\"} 1\n"})
        QVERIFY2(text.contains(QLatin1String(line)), qPrintable(text));
    QVERIFY(text.contains(
        QLatin1String("mysql_slave_status_seconds_behind_master{setup=\"shop\",role=\"target\"} ")));
}

void TestFleetStatus::textfileIsReplacedAtomically()
{
    // status --watch rewrites the file every second; a reader polling it meanwhile must only ever
    // see whole files, and each rewrite is a new file renamed over the old one.
    QTemporaryDir folder;
    QProcess watch;
    watch.start(QStringLiteral(RW_CLI_PATH),
                {QStringLiteral("status"), QStringLiteral("--profile"), m_profile,
                 QStringLiteral("--secrets"), m_secrets, QStringLiteral("--watch"), QStringLiteral("1"),
                 QStringLiteral("--textfile"), folder.path()});
    QVERIFY(watch.waitForStarted());
    const QString path = folder.filePath(QStringLiteral("replica_wizard_shop.prom"));
    QSet<quint64> inodes;
    int reads = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 6000 || inodes.size() < 3) {
        QVERIFY2(clock.elapsed() < 60000, "the file was not rewritten three times within 60 s");
        struct stat info = {};
        QFile file(path);
        if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !file.open(QIODevice::ReadOnly)) {
            QTest::qWait(5);
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(PrometheusText::problem(text), QString());
        QVERIFY2(text.contains(QLatin1String("replica_wizard_up{setup=\"shop\",role=\"target\"} 1")),
                 qPrintable(text));
        inodes.insert(quint64(info.st_ino));
        ++reads;
        QTest::qWait(2);
    }
    QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther); // node_exporter runs as another user
    watch.kill();
    watch.waitForFinished(5000);
    QVERIFY(reads > 100);
    QCOMPARE(watch.readAllStandardOutput(), QByteArray()); // written, not printed
}

void TestFleetStatus::nagiosLineOnTheSandbox()
{
    const auto result = status(
        {QStringLiteral("--profile"), m_profile, QStringLiteral("--format"), QStringLiteral("nagios")});
    QCOMPARE(result.exitCode, 0);
    static const QRegularExpression line(QStringLiteral(
        R"(^REPLICA WIZARD OK - all servers ok, target \d+ s behind \| lag=\d+s;60;;0( true_lag=[\d.]+s;60;;0)?( runway=\d+s;21600:;3600:;0)?\n$)"));
    QVERIFY2(line.match(QString::fromUtf8(result.out)).hasMatch(), result.out.constData());
    // Thresholds follow --lag-warning.
    const auto strict
        = status({QStringLiteral("--profile"), m_profile, QStringLiteral("--format"),
                  QStringLiteral("nagios"), QStringLiteral("--lag-warning"), QStringLiteral("5")});
    QVERIFY2(strict.out.contains("lag=") && strict.out.contains(";5;;0"), strict.out.constData());
}

void TestFleetStatus::allSavedSetupsInOneCall()
{
    QVERIFY(!savedProfile(QStringLiteral("beta")).isEmpty());
    QTcpServer unused; // a port nothing listens on: that setup's target is unreachable
    QVERIFY(unused.listen(QHostAddress::LocalHost));
    const int deadPort = unused.serverPort();
    unused.close();
    QVERIFY(!savedProfile(QStringLiteral("gamma"), deadPort).isEmpty());

    const QStringList all{QStringLiteral("--all"), QStringLiteral("--library"), m_library.path()};
    const auto json = status(all + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray setups = root.value(QStringLiteral("setups")).toArray();
    QCOMPARE(setups.size(), 3);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& v : setups)
        byName.insert(v.toObject().value(QStringLiteral("setup")).toString(), v.toObject());
    QCOMPARE(QStringList(byName.keys()).size(), 3);
    QCOMPARE(byName.value(QStringLiteral("shop"))
                 .value(QStringLiteral("target"))
                 .toObject()
                 .value(QStringLiteral("health"))
                 .toString(),
             QStringLiteral("ok"));
    QCOMPARE(byName.value(QStringLiteral("gamma"))
                 .value(QStringLiteral("target"))
                 .toObject()
                 .value(QStringLiteral("reachable"))
                 .toBool(),
             false);
    QCOMPARE(root.value(QStringLiteral("overall")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("CRITICAL"));

    const auto nagios = status(all + QStringList{QStringLiteral("--format"), QStringLiteral("nagios")});
    QCOMPARE(nagios.exitCode, 2);
    QVERIFY2(
        nagios.out.startsWith("REPLICA WIZARD CRITICAL - 1 of 3 setups not ok; gamma: target unreachable"),
        nagios.out.constData());
    QVERIFY(nagios.out.contains(" 'shop lag'=") && nagios.out.contains(" 'beta lag'="));

    const auto metrics = status(all + QStringList{QStringLiteral("--format"), QStringLiteral("prometheus")});
    QCOMPARE(PrometheusText::problem(QString::fromUtf8(metrics.out)), QString());
    QVERIFY(metrics.out.contains("replica_wizard_up{setup=\"gamma\",role=\"target\"} 0\n"));
    QVERIFY(metrics.out.contains("replica_wizard_up{setup=\"beta\",role=\"target\"} 1\n"));

    // --all and --profile together is a usage error.
    QCOMPARE(status(all + QStringList{QStringLiteral("--profile"), m_profile}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestFleetStatus)
#include "tst_fleet_status.moc"
