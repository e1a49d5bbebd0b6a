// Closing the wizard while a setup runs: during the copy, and during the copy's verification.
// Measures how long the GUI thread is away from its event loop from the close until the wizard is
// gone (target: under 100 ms; a 5 ms timer records the gaps between its ticks), then waits for the
// run's own end (it goes on in the background until its cancelled statement returns) and checks
// that the servers are in the state the summary in the audit log reports: the staging replica
// stopped exactly when the summary says so, the target not replicating, and no connection of the
// tool left on either.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/bench_close_during_run
#include "BenchSandbox.h"
#include "StartWindow.h"
#include "db/SqlText.h"
#include "setup/SetupJob.h"
#include "setup/SetupSession.h"
#include "wizard/RunPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Phase
{
    const char* name;
    SetupStep::Id step;
};

// The summary the run wrote when it ended ("run failed: ..."), or empty while it runs.
QString runSummary(const QString& auditLog)
{
    QFile file(auditLog);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const int at = it->indexOf("\trun ");
        if (at >= 0 && (it->contains("\trun failed: ") || it->contains("\trun succeeded: ")))
            return QString::fromUtf8(it->mid(at + 1));
    }
    return {};
}

std::optional<bool> replicaRunning(ServerSession& root)
{
    const Result<ResultSet> status = root.query(QStringLiteral("SHOW SLAVE STATUS"));
    if (!status)
        return std::nullopt;
    if (status->rowCount() == 0)
        return false;
    return status->text(0, u"Slave_SQL_Running") == QLatin1String("Yes")
        || status->text(0, u"Slave_IO_Running") == QLatin1String("Yes");
}

int connectionsOf(ServerSession& root, const QString& user)
{
    const Result<ResultSet> rows = root.query(
        QStringLiteral("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE USER = %1")
            .arg(SqlText::literal(user)));
    return rows ? rows->text(0, u"n").toInt() : -1;
}

// One sandbox, one run, closed when `phase` is under way; true when every expectation holds.
bool closeDuring(const Phase& phase)
{
    const BenchSandbox sandbox(true);
    if (!sandbox.error().isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.error()));
        return false;
    }
    StartWindow window{SetupLibrary(sandbox.setupsFolder())};
    QString error;
    QPointer<SetupWizard> wizard = sandbox.wizardAtPlan(window, &error);
    if (!wizard) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString auditLog = wizard->session()->runFiles().auditLog;
    QFile::remove(auditLog);
    wizard->next(); // run
    if (!QTest::qWaitFor([&] { return wizard->runPage()->isRunning(); }, 5000)) {
        std::fprintf(stderr, "the run did not start\n");
        return false;
    }
    SetupJob* job = wizard->session()->job();
    bool reached = false;
    bool copying = false;
    QObject::connect(job, &SetupJob::stepStarted, job,
                     [&](int, const SetupStep& step) { reached = reached || step.id == phase.step; });
    QObject::connect(job, &SetupJob::seedProgress, job,
                     [&](const SeedProgress& progress) { copying = copying || progress.bytes > 0; });
    const bool inPhase = QTest::qWaitFor(
        [&] {
            return !wizard->runPage()->isRunning()
                || (reached && (phase.step != SetupStep::Id::Seed || copying));
        },
        300000);
    if (!inPhase || !wizard->runPage()->isRunning()) {
        std::fprintf(stderr, "%s: the run ended before the phase\n", phase.name);
        return false;
    }

    QList<qint64> gaps;
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { gaps.append(tick.restart()); });
    tick.start();
    ticker.start();
    QElapsedTimer closing;
    closing.start();
    wizard->close(); // asks (answered yes at once), cancels, closes, deletes
    const bool gone = QTest::qWaitFor([&] { return wizard.isNull(); }, 10000);
    const qint64 closedMs = closing.elapsed();
    QTest::qWait(300); // ticks after the close, while the worker winds down
    ticker.stop();
    gaps.append(tick.elapsed());
    const qint64 longest = *std::max_element(gaps.cbegin(), gaps.cend());

    QElapsedTimer ending;
    ending.start();
    QString summary;
    (void)QTest::qWaitFor([&] { return !(summary = runSummary(auditLog)).isEmpty(); }, 120000);
    const qint64 endedMs = ending.elapsed();

    const auto staging = sandbox.rootSession(ServerRole::Staging);
    const auto target = sandbox.rootSession(ServerRole::Target);
    if (!staging || !target || summary.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", phase.name,
                     summary.isEmpty() ? "the run wrote no summary" : "no root session");
        return false;
    }
    const bool saysStagingStopped = summary.contains(QLatin1String("staging replica is STOPPED"));
    const std::optional<bool> stagingRunning = replicaRunning(*staging);
    const std::optional<bool> targetRunning = replicaRunning(*target);
    const int stagingTool = connectionsOf(*staging, sandbox.profile().staging.user);
    const int targetTool = connectionsOf(*target, sandbox.profile().target.user);
    const bool stagingAsSaid = stagingRunning && *stagingRunning == !saysStagingStopped;
    const bool targetAsSaid
        = targetRunning && !*targetRunning && summary.contains(QLatin1String("run failed"));
    const bool ok
        = gone && longest < 100 && stagingAsSaid && targetAsSaid && stagingTool == 0 && targetTool == 0;
    std::printf(
        "close during %s: wizard gone in %lld ms; longest event-loop gap %lld ms (%lld ticks); run "
        "ended %.1f s later\n  summary: %s\n  staging replica %s (%s); target %s (%s); tool "
        "connections left: staging %d, target %d -> %s\n",
        phase.name, closedMs, longest, qint64(gaps.size()), double(endedMs) / 1000.0, qPrintable(summary),
        stagingRunning ? (*stagingRunning ? "replicating" : "stopped") : "unknown",
        stagingAsSaid ? "as reported" : "NOT as reported",
        targetRunning ? (*targetRunning ? "replicating" : "not replicating") : "unknown",
        targetAsSaid ? "as reported" : "NOT as reported", stagingTool, targetTool, ok ? "ok" : "FAILED");
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ServerSession::initializeLibrary();
    const Phase phases[]
        = {{"the copy", SetupStep::Id::Seed}, {"the verification", SetupStep::Id::VerifyCopy}};
    bool ok = true;
    for (const Phase& phase : phases)
        ok = closeDuring(phase) && ok;
    return ok ? 0 : 1;
}
