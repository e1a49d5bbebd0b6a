// The plan shown is the plan run: `plan --format json` lists every statement a setup would run;
// the setup that follows runs exactly those, in order (the audit log's changing statements), with
// only the placeholders the plan named (coordinates, the password hash) filled in. For both
// strategies, with an RDS and with a self-managed staging replica.
#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

// A plan statement as a pattern: its text exactly, each <placeholder> standing for one value.
QRegularExpression patternOf(const QString& shown)
{
    static const QRegularExpression placeholder(QStringLiteral("<[a-z][a-z ]*>"));
    const QString text = shown.simplified();
    QString pattern;
    int at = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) + QStringLiteral(".+?");
        at = int(m.capturedEnd());
    }
    pattern += QRegularExpression::escape(text.mid(at));
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void planShownIsPlanRun_data();
    void planShownIsPlanRun();
    void cleanupTestCase();

private:
    SandboxFixture& sandbox(bool rdsStaging);

    std::unique_ptr<SandboxFixture> m_rds;
    std::unique_ptr<SandboxFixture> m_selfManaged;
};

SandboxFixture& TestPlan::sandbox(bool rdsStaging)
{
    std::unique_ptr<SandboxFixture>& slot = rdsStaging ? m_rds : m_selfManaged;
    if (!slot) {
        // One sandbox at a time: the other one's servers stop first.
        (rdsStaging ? m_selfManaged : m_rds).reset();
        slot = std::make_unique<SandboxFixture>();
        QString message;
        const QStringList arguments
            = rdsStaging ? QStringList{} : QStringList{QStringLiteral("--self-managed-staging")};
        if (!slot->start(arguments, &message))
            qWarning("sandbox: %s", qPrintable(message));
    }
    return *slot;
}

void TestPlan::cleanupTestCase()
{
    m_rds.reset();
    m_selfManaged.reset();
}

void TestPlan::planShownIsPlanRun_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("rdsStaging");
    QTest::newRow("staging replica (RDS)") << "staging-replica" << true;
    QTest::newRow("write freeze") << "write-freeze" << true;
    QTest::newRow("staging replica (self-managed)") << "staging-replica" << false;
}

void TestPlan::planShownIsPlanRun()
{
    QFETCH(QString, strategy);
    QFETCH(bool, rdsStaging);
    SandboxFixture& box = sandbox(rdsStaging);
    Profile profile = box.profile();
    QVERIFY(SetupStrategies::fromKey(strategy, &profile.strategy));
    const QString profilePath
        = box.directory() + QStringLiteral("/plan-") + strategy + QStringLiteral(".ini");
    QVERIFY(ProfileFile::save(profile, profilePath).ok());
    // A write freeze: the DBA has held the applications off.
    QVERIFY(Sandbox::setWriteLoad(box.directory(), strategy != QLatin1String("write-freeze")).ok());

    const auto planned = SandboxFixture::runCli({QStringLiteral("plan"), QStringLiteral("--profile"),
                                                 profilePath, QStringLiteral("--secrets"), box.secretsPath(),
                                                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(planned.out).object();
    QStringList shown;
    QStringList stepsWithStatements;
    for (const QJsonValue& step : plan.value(QStringLiteral("steps")).toArray()) {
        QVERIFY2(step.toObject().value(QStringLiteral("plannable")).toBool(),
                 qPrintable(step.toObject().value(QStringLiteral("description")).toString()));
        const QJsonArray statements = step.toObject().value(QStringLiteral("statements")).toArray();
        for (const QJsonValue& statement : statements)
            shown << statement.toString();
        if (!statements.isEmpty())
            stepsWithStatements << step.toObject().value(QStringLiteral("key")).toString();
    }
    // The staging replica is stopped and resumed with RDS's procedures only where they exist.
    const QString stop
        = rdsStaging ? QStringLiteral("CALL mysql.rds_stop_replication()") : QStringLiteral("STOP SLAVE");
    QCOMPARE(shown.contains(stop), strategy == QLatin1String("staging-replica"));
    QVERIFY(stepsWithStatements.contains(QStringLiteral("point-target")));

    const QString audit
        = box.directory() + QStringLiteral("/plan-audit-") + strategy + QStringLiteral(".log");
    QFile::remove(audit);
    const auto run = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                             profilePath, QStringLiteral("--secrets"), box.secretsPath(),
                                             QStringLiteral("--yes"), QStringLiteral("--audit-log"), audit},
                                            300000);
    QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
    QVERIFY(Sandbox::setWriteLoad(box.directory(), true).ok());

    QFile log(audit);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QStringList ran;
    for (const QByteArray& line : log.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() >= 5 && fields.at(2) == "change") {
            QCOMPARE(fields.at(3), QByteArray("OK"));
            ran << QString::fromUtf8(fields.mid(4).join('\t'));
        }
    }
    QVERIFY(!ran.isEmpty());
    for (int i = 0; i < qMax(shown.size(), ran.size()); ++i) {
        const QString expected = shown.value(i);
        const QString actual = ran.value(i);
        QVERIFY2(
            patternOf(expected).match(actual).hasMatch(),
            qPrintable(QStringLiteral("statement %1:\n  plan: %2\n  run:  %3").arg(i).arg(expected, actual)));
    }
    QCOMPARE(ran.size(), shown.size());
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
