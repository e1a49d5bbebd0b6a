#include "SandboxCommand.h"

#include "CliOutput.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>

int SandboxCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Local sandbox: three MariaDB servers emulating Amazon RDS.\n"
                                        "  sandbox start --dir DIR [--load]\n"
                                        "  sandbox stop --dir DIR\n"
                                        "  sandbox load --dir DIR on|off\n"
                                        "  sandbox restart --dir DIR source|staging|target"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("start, stop, load or restart"));
    parser.addOption({QStringLiteral("dir"), tr("Folder of the sandbox."), tr("folder")});
    parser.addOption({QStringLiteral("load"), tr("Run a steady shop write load on the source.")});
    parser.addOption({QStringLiteral("no-data"), tr("Do not load the demo data set.")});
    parser.addOption({QStringLiteral("admin-replica-monitor"),
                      tr("Let admin run SHOW SLAVE STATUS (by default only CALL mysql.rds_replica_status, "
                         "as on RDS MariaDB 10.5+).")});
    parser.addOption(
        {QStringLiteral("target-server-id-clash"), tr("Give the target the source's server id.")});
    parser.addOption(
        {QStringLiteral("self-managed-staging"),
         tr("The staging replica is a self-managed server, not RDS (no mysql.rds_* procedures).")});
    parser.addOption(
        {QStringLiteral("gtid"),
         tr("Use MariaDB GTIDs: gtid_strict_mode on the source and the target, the staging replica "
            "positioned by GTID, the target with a binary log of its own.")});
    parser.addOption(
        {QStringLiteral("self-managed-source"),
         tr("Make the source a self-managed primary: no RDS procedures, binary logs expiring after "
            "one hour (binlog_expire_logs_seconds).")});
    parser.addOption({QStringLiteral("target-server-id"),
                      tr("The target's server id (default 1, the servers' own default)."), tr("id")});
    parser.addOption({QStringLiteral("binlog-format"),
                      tr("The source's binlog_format: MIXED (default, as on RDS MariaDB), ROW or STATEMENT."),
                      tr("format")});
    parser.addOption({QStringLiteral("purge-window"),
                      tr("With retention NULL, purge binlogs older than this many seconds (default 60)."),
                      tr("seconds")});
    parser.addOption({QStringLiteral("tls-dir"),
                      tr("TLS on every server: ca.pem and ROLE-cert.pem, ROLE-key.pem from this folder."),
                      tr("folder")});
    parser.addOption({QStringLiteral("rotate-every"),
                      tr("Rotate the source's binlog this often (default 30 s)."), tr("seconds")});
    if (const std::optional<int> done = CliOutput::parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString dir = parser.value(QStringLiteral("dir"));
    if (dir.isEmpty()) {
        CliOutput::err(tr("sandbox needs --dir FOLDER."));
        return 3;
    }

    if (action == QLatin1String("start")) {
        SandboxOptions options;
        options.directory = dir;
        options.writeLoad = parser.isSet(QStringLiteral("load"));
        options.loadDemoData = !parser.isSet(QStringLiteral("no-data"));
        options.adminMayShowReplicaStatus = parser.isSet(QStringLiteral("admin-replica-monitor"));
        options.targetServerIdEqualsSource = parser.isSet(QStringLiteral("target-server-id-clash"));
        options.stagingIsRds = !parser.isSet(QStringLiteral("self-managed-staging"));
        options.gtid = parser.isSet(QStringLiteral("gtid"));
        options.sourceIsRds = !parser.isSet(QStringLiteral("self-managed-source"));
        if (parser.isSet(QStringLiteral("target-server-id"))) {
            bool ok = false;
            options.targetServerId = parser.value(QStringLiteral("target-server-id")).toUInt(&ok);
            if (!ok || options.targetServerId == 0) {
                CliOutput::err(tr("--target-server-id needs a server id from 1 to 4294967295."));
                return 3;
            }
        }
        if (parser.isSet(QStringLiteral("binlog-format"))) {
            options.binlogFormat = parser.value(QStringLiteral("binlog-format")).toUpper();
            if (!QStringList{QStringLiteral("MIXED"), QStringLiteral("ROW"), QStringLiteral("STATEMENT")}
                     .contains(options.binlogFormat)) {
                CliOutput::err(tr("--binlog-format needs MIXED, ROW or STATEMENT."));
                return 3;
            }
        }
        if (parser.isSet(QStringLiteral("purge-window")))
            options.purgeWindowSeconds = qMax(1, parser.value(QStringLiteral("purge-window")).toInt());
        if (parser.isSet(QStringLiteral("rotate-every")))
            options.rotateSeconds = qMax(1, parser.value(QStringLiteral("rotate-every")).toInt());
        options.tlsDir = parser.value(QStringLiteral("tls-dir"));
        options.progress = [](const QString& message) {
            CliOutput::err(message);
        };
        Result<Sandbox::Info> info = Sandbox::start(options);
        if (!info) {
            CliOutput::err(info.error().toText());
            return 2;
        }
        CliOutput::line(tr("Sandbox running in %1").arg(info->directory));
        for (ServerRole role : ServerRoles::all())
            CliOutput::line(tr("  %1: 127.0.0.1:%2 (server id %3)")
                                .arg(ServerRoles::displayName(role).leftJustified(16))
                                .arg(info->ports.value(role))
                                .arg(info->serverIds.value(role)));
        CliOutput::line(tr("Profile: %1").arg(info->profilePath));
        CliOutput::line(tr("Secrets: %1").arg(info->secretsPath));
        return 0;
    }
    if (action == QLatin1String("stop")) {
        const Status stopped = Sandbox::stop(dir);
        if (!stopped) {
            CliOutput::err(stopped.error().toText());
            return 2;
        }
        CliOutput::line(tr("Sandbox in %1 stopped.").arg(dir));
        return 0;
    }
    if (action == QLatin1String("load")) {
        const QString state = positional.value(1);
        if (state != QLatin1String("on") && state != QLatin1String("off")) {
            CliOutput::err(tr("sandbox load needs on or off."));
            return 3;
        }
        const Status done = Sandbox::setWriteLoad(dir, state == QLatin1String("on"));
        if (!done) {
            CliOutput::err(done.error().toText());
            return 2;
        }
        return 0;
    }
    if (action == QLatin1String("restart")) {
        ServerRole role = ServerRole::Target;
        if (!ServerRoles::fromKey(positional.value(1), &role)) {
            CliOutput::err(tr("sandbox restart needs source, staging or target."));
            return 3;
        }
        const Status done = Sandbox::restart(dir, role);
        if (!done) {
            CliOutput::err(done.error().toText());
            return 2;
        }
        CliOutput::line(tr("The %1 server was restarted.").arg(ServerRoles::displayName(role)));
        return 0;
    }
    CliOutput::err(tr("Unknown sandbox action '%1': use start, stop, load or restart.").arg(action));
    return 3;
}
