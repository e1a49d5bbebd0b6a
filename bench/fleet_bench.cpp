// The fleet overview and status --all with 50 saved setups, all pointing at one sandbox's three
// servers (150 servers to ask per round). Targets: every round of the overview refreshes all 50
// setups in under 1 s with no GUI event-loop stall over 50 ms; `status --all` over them in under
// 2 s.
// A round: every poller starts together (the interval is long enough to keep rounds apart); its
// duration is from the first to the last setup's fresh check.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/bench_fleet
#include "BenchSandbox.h"
#include "StartWindow.h"
#include "monitor/FleetMonitor.h"
#include "profile/SecretsFile.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ServerSession::initializeLibrary();
    const BenchSandbox sandbox(false);
    if (!sandbox.error().isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.error()));
        return 1;
    }
    const int setups = 50;
    const SecretsFile secrets = SecretsFile::load(sandbox.secretsPath()).value();
    auto keychain = std::make_unique<MemorySecretStore>();
    SetupLibrary library(sandbox.setupsFolder());
    for (int i = 0; i < setups; ++i) {
        Profile profile = sandbox.profile();
        profile.name = QStringLiteral("setup-%1").arg(i, 2, 10, QLatin1Char('0'));
        const Result<SetupLibrary::Entry> saved = library.save(profile, profile.name);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toText()));
            return 1;
        }
        for (ServerRole role : ServerRoles::all())
            keychain->write(
                SecretStore::keyFor(QFileInfo(saved->profilePath).absoluteFilePath(), ServerRoles::key(role)),
                secrets.password(role), &app, [](bool, const QString&) {});
    }

    qint64 longestStall = 0;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app,
                     [&] { longestStall = std::max(longestStall, clock.restart()); });

    const int interval = 5000;
    QList<qint64> rounds;
    {
        StartWindow window(library, nullptr, std::move(keychain), interval);
        window.show();
        const FleetMonitor* fleet = window.fleet();
        // Each round: the time from the first to the last fresh check of the 50 setups.
        QHash<int, qint64> seenAt;
        QElapsedTimer since;
        since.start();
        qint64 roundStart = -1;
        QObject::connect(fleet, &FleetMonitor::rowChanged, &app, [&](int row) {
            const FleetMonitor::Row& r = fleet->rows().at(row);
            if (r.health.size() < r.roles.size())
                return; // a setup counts once all its servers answered this round
            const qint64 now = since.elapsed();
            if (roundStart < 0 || now - roundStart > interval / 2) { // a new round
                roundStart = now;
                seenAt.clear();
            }
            seenAt.insert(row, now);
            if (seenAt.size() == setups) {
                rounds << now - roundStart;
                seenAt.clear();
            }
        });
        clock.start();
        ticker.start();
        if (!QTest::qWaitFor([&] { return rounds.size() >= 6; }, 120000)) {
            std::fprintf(stderr, "only %lld rounds completed\n", qint64(rounds.size()));
            return 1;
        }
        ticker.stop();
    }
    rounds.removeFirst(); // the first one also opens 150 connections
    const qint64 slowest = *std::max_element(rounds.cbegin(), rounds.cend());
    QStringList figures;
    for (qint64 r : rounds)
        figures << QString::number(r);
    std::printf(
        "overview, %d setups (%d servers): rounds %s ms (slowest %lld ms); longest GUI stall %lld ms\n",
        setups, setups * 3, qPrintable(figures.join(QStringLiteral(", "))), slowest, longestStall);

    QList<qint64> cli;
    for (int run = 0; run < 3; ++run) {
        QProcess status;
        QElapsedTimer took;
        took.start();
        status.start(QCoreApplication::applicationDirPath() + QStringLiteral("/replica-wizard-cli"),
                     {QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("--library"),
                      library.root(), QStringLiteral("--secrets"), sandbox.secretsPath(),
                      QStringLiteral("--format"), QStringLiteral("prometheus")});
        status.waitForFinished(60000);
        cli << took.elapsed();
        if (status.readAllStandardOutput().count("replica_wizard_up{") != setups * 3) {
            std::fprintf(stderr, "status --all did not report every server\n");
            return 1;
        }
    }
    std::printf("status --all over %d setups: %lld, %lld, %lld ms\n", setups, cli[0], cli[1], cli[2]);
    const qint64 slowestCli = *std::max_element(cli.cbegin(), cli.cend());
    return slowest < 1000 && longestStall <= 50 && slowestCli < 2000 ? 0 : 1;
}
