// Longest GUI event-loop stall of the status dashboard while the source hangs (SIGSTOP), target:
// under 100 ms. A sandbox is set up through the CLI, the dashboard polls every second with the
// heartbeat on, and a 5 ms timer on the GUI thread records the gaps between its ticks: 5 s
// healthy, 25 s with the source stopped (longer than the connect and read timeouts), 10 s after.
// With --tunnel every connection of the dashboard goes through an SSH tunnel to a real sshd on
// loopback, and the fault is the bastion's death (SIGKILL of sshd and its sessions) instead: the
// dashboard must show tunnel_down, then reconnect once sshd is back.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/bench_dashboard_stall [--tunnel]
#include "SshBastion.h"
#include "dashboard/DashboardWindow.h"
#include "db/ServerSession.h"
#include "monitor/DashboardModel.h"
#include "profile/SecretsFile.h"
#include "sandbox/Sandbox.h"
#include "tunnel/TunnelRegistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace {

struct Gaps
{
    QList<qint64> all;
    qint64 longest() const { return all.isEmpty() ? 0 : *std::max_element(all.cbegin(), all.cend()); }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ServerSession::initializeLibrary();
    QTemporaryDir dir;
    SandboxOptions options;
    options.directory = dir.filePath(QStringLiteral("sandbox"));
    options.writeLoad = true;
    options.loadDemoData = false;
    const Result<Sandbox::Info> sandbox = Sandbox::start(options);
    if (!sandbox) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.error().toText()));
        return 1;
    }
    const auto fail = [&](const char* what) {
        std::fprintf(stderr, "%s\n", what);
        Sandbox::stop(options.directory);
        return 1;
    };
    {
        // A small application schema for the setup to copy.
        const Result<std::unique_ptr<ServerSession>> source
            = Sandbox::rootSession(options.directory, ServerRole::Source);
        if (!source || !source.value()->execute(QStringLiteral("CREATE DATABASE app")).ok()
            || !source.value()
                    ->execute(QStringLiteral("CREATE TABLE app.items (id INT PRIMARY KEY, v INT)"))
                    .ok()
            || !source.value()->execute(QStringLiteral("INSERT INTO app.items VALUES (1, 1)")).ok())
            return fail("cannot create the application schema");
        QTest::qWait(2000); // the staging replica applies it
    }
    QProcess setup;
    setup.start(QCoreApplication::applicationDirPath() + QStringLiteral("/replica-wizard-cli"),
                {QStringLiteral("setup"), QStringLiteral("--profile"), sandbox->profilePath,
                 QStringLiteral("--secrets"), sandbox->secretsPath, QStringLiteral("--yes")});
    if (!setup.waitForFinished(300000) || setup.exitCode() != 0)
        return fail("setup failed");

    Profile profile = ProfileFile::load(sandbox->profilePath).value();
    const bool throughTunnel = app.arguments().contains(QStringLiteral("--tunnel"));
    SshBastion bastion;
    if (throughTunnel) {
        QString message;
        if (!bastion.start(&message))
            return fail(qPrintable(message));
        qputenv("HOME", bastion.home().toLocal8Bit());
        TunnelRegistry::instance().acceptHostKey(bastion.hostKeyFingerprint());
        for (ServerRole role : ServerRoles::all()) {
            SshTunnelSpec& ssh = profile.connection(role).ssh;
            ssh.host = QStringLiteral("127.0.0.1");
            ssh.port = bastion.port();
            ssh.user = bastion.user();
            ssh.auth = SshTunnelSpec::Auth::Key;
            ssh.keyFile = bastion.clientKey();
        }
    }
    const SecretsFile secrets = SecretsFile::load(sandbox->secretsPath).value();
    QHash<ServerRole, QByteArray> passwords;
    for (ServerRole role : ServerRoles::all())
        passwords.insert(role, secrets.password(role));
    StatusPoller::Options pollOptions;
    pollOptions.intervalMs = 1000;
    DashboardWindow dashboard(profile, passwords, pollOptions);
    dashboard.resize(1280, 820);
    dashboard.show();
    dashboard.setWriteHeartbeat(true);
    if (!QTest::qWaitFor([&] { return dashboard.model()->health(ServerRole::Target) == Health::Ok; }, 30000))
        return fail("the target did not become healthy");

    QFile pidFile(options.directory + QStringLiteral("/source/mariadbd.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return fail("no source pid");
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());

    Gaps healthy, hung, after;
    Gaps* current = &healthy; // null while the bench itself blocks
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 gap = clock.restart();
        if (current)
            current->all.append(gap);
    });
    clock.start();
    ticker.start();
    QTest::qWait(5000);
    // Killing and restarting sshd blocks this thread (it reads sshd's log, waits for its port):
    // the bench's own doing, not the dashboard's, so those moments are not counted.
    current = nullptr;
    if (throughTunnel)
        bastion.kill();
    else
        ::kill(pid, SIGSTOP);
    clock.restart();
    current = &hung;
    QTest::qWait(25000);
    const ServerSnapshot* source = dashboard.model()->snapshot(ServerRole::Source);
    const bool sawHung = source && !source->reachable
        && (!throughTunnel || (source->error && source->error->diagnosisId == QLatin1String("tunnel_down")));
    const QString targetHealth = HealthClassifier::key(dashboard.model()->health(ServerRole::Target));
    const std::optional<Diagnosis> diagnosis = dashboard.model()->diagnosis(ServerRole::Target);
    const QString targetDiagnosis = diagnosis ? diagnosis->id : QStringLiteral("none");
    current = nullptr;
    if (throughTunnel) {
        QString message;
        if (!bastion.restart(&message))
            return fail(qPrintable(message));
    } else {
        ::kill(pid, SIGCONT);
    }
    clock.restart();
    current = &after;
    QTest::qWait(10000);
    const bool back = dashboard.model()->snapshot(ServerRole::Source)
        && dashboard.model()->snapshot(ServerRole::Source)->reachable;
    ticker.stop();
    Sandbox::stop(options.directory);

    std::printf("healthy: longest stall %lld ms over %lld ticks\n", healthy.longest(),
                qint64(healthy.all.size()));
    std::printf("%s (25 s): longest stall %lld ms over %lld ticks; source shown %s; target "
                "health %s, diagnosis %s\n",
                throughTunnel ? "bastion killed" : "source stopped (SIGSTOP)", hung.longest(),
                qint64(hung.all.size()),
                sawHung ? (throughTunnel ? "tunnel_down" : "unreachable") : "REACHABLE",
                qPrintable(targetHealth), qPrintable(targetDiagnosis));
    std::printf("%s: longest stall %lld ms over %lld ticks; source %s\n",
                throughTunnel ? "after sshd restarted" : "after SIGCONT", after.longest(),
                qint64(after.all.size()), back ? "reachable again" : "STILL UNREACHABLE");
    const qint64 worst = std::max({healthy.longest(), hung.longest(), after.longest()});
    return sawHung && back && worst < 100 ? 0 : 1;
}
