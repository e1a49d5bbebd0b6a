// Longest GUI event-loop stall while the wizard seeds a sandbox (target: under 50 ms).
// A 5 ms timer on the GUI thread records the gaps between its ticks during the whole run page.
// BENCH_ROWS=N adds a table of N rows (about 150 bytes each, two secondary keys) to the copy.
// Usage: [BENCH_ROWS=1500000] QT_QPA_PLATFORM=offscreen build/bin/bench_gui_stall
#include "BenchSandbox.h"
#include "StartWindow.h"
#include "wizard/RunPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ServerSession::initializeLibrary();
    const BenchSandbox sandbox(true);
    if (!sandbox.error().isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.error()));
        return 1;
    }
    if (const int rows = qEnvironmentVariableIntValue("BENCH_ROWS"); rows > 0) {
        auto source = sandbox.rootSession(ServerRole::Source);
        auto staging = sandbox.rootSession(ServerRole::Staging);
        const QString create = QStringLiteral(
            "CREATE TABLE shop.bench_big (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, sku VARCHAR(40) NOT NULL, "
            "created DATETIME NOT NULL, payload TEXT NOT NULL, KEY ix_sku (sku), KEY ix_created (created)) "
            "ENGINE=InnoDB");
        const QString fill = QStringLiteral(
                                 "INSERT INTO shop.bench_big SELECT seq, CONCAT('SKU-', MOD(seq * 7919, 1000003)), "
                                 "'2020-01-01' + INTERVAL MOD(seq * 37, 126144000) SECOND, REPEAT(MD5(seq), 3) "
                                 "FROM shop.seq_1_to_%1")
                                 .arg(rows);
        if (!source || !staging || !source->execute(create) || !source->execute(fill)) {
            std::fprintf(stderr, "the bench table could not be created\n");
            return 1;
        }
        // The staging replica applies it before the wizard stops it.
        if (!QTest::qWaitFor(
                [&] {
                    const Result<ResultSet> n = staging->query(QStringLiteral("SELECT COUNT(*) AS n FROM shop.bench_big"));
                    return n && n->text(0, u"n").toInt() == rows;
                },
                600000)) {
            std::fprintf(stderr, "the staging replica did not apply the bench table\n");
            return 1;
        }
    }
    StartWindow window{SetupLibrary(sandbox.setupsFolder())};
    QString error;
    SetupWizard* wizard = sandbox.wizardAtPlan(window, &error);
    if (!wizard) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto fail = [](const char* what) {
        std::fprintf(stderr, "%s\n", what);
        return 1;
    };
    QList<qint64> gaps;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceStart;
    qint64 longestSoFar = -1;
    qint64 longestAt = 0; // when the longest gap ended, from the start of the run
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 gap = clock.restart();
        if (gap > longestSoFar) {
            longestSoFar = gap;
            longestAt = sinceStart.elapsed();
        }
        gaps.append(gap);
    });
    sinceStart.start();
    clock.start();
    ticker.start();
    QElapsedTimer runTime;
    runTime.start();
    wizard->next(); // run
    if (!QTest::qWaitFor([&] { return wizard->runPage()->isRunning(); }, 5000)
        || !QTest::qWaitFor([&] { return !wizard->runPage()->isRunning(); }, 300000))
        return fail("the run did not start or finish");
    ticker.stop();
    const bool ok = wizard->runPage()->isComplete();

    std::sort(gaps.begin(), gaps.end());
    const qint64 longest = gaps.isEmpty() ? 0 : gaps.last();
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(int(gaps.size() * 99 / 100));
    std::printf("run %s in %.1f s; event-loop ticks: %lld; longest stall %lld ms (ended %.1f s into the run); 99th "
                "percentile %lld ms (timer 5 ms)\n",
                ok ? "succeeded" : "FAILED", double(runTime.elapsed()) / 1000.0, qint64(gaps.size()), longest,
                double(longestAt) / 1000.0, p99);
    return ok && longest < 50 ? 0 : 1;
}
