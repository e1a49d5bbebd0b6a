#include "CheckCommand.h"
#include "PlanCommand.h"
#include "SandboxCommand.h"
#include "SetupCommand.h"
#include "StatusCommand.h"
#include "db/ServerSession.h"
#include "i18n/Translations.h"
#include "secrets/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void usage()
{
    std::fputs(
        QCoreApplication::translate(
            "main",
            "Usage: replica-wizard-cli COMMAND [options]   (or --version)\n"
            "Commands:\n"
            "  status   replication status of a setup or of every saved one (--all); text, JSON,\n"
            "           Prometheus or Nagios (--help for options)\n"
            "  check    preflight checks of a setup (exit 0 pass, 1 warnings, 2 blocking)\n"
            "  plan     the statements a setup would run now (Markdown or --format json); changes nothing\n"
            "  setup    set the target up as a replica of the source\n"
            "  sandbox  start/stop the local RDS-like sandbox\n")
            .toUtf8()
            .constData(),
        stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReplicaWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("replica-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    Translations::install(app);
    ServerSession::initializeLibrary();

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        usage();
        return 3;
    }
    const QString command = arguments.takeAt(1);
    arguments[0] += QLatin1Char(' ') + command;
    if (command == QLatin1String("sandbox"))
        return SandboxCommand::run(arguments);
    if (command == QLatin1String("status")) {
        StatusCommand status;
        const int code = status.start(arguments);
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (command == QLatin1String("check")) {
        CheckCommand check;
        const int code = check.start(arguments);
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (command == QLatin1String("plan")) {
        PlanCommand plan;
        const int code = plan.start(arguments);
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (command == QLatin1String("setup")) {
        SetupCommand setup;
        const int code = setup.start(arguments);
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::fputs(QStringLiteral("replica-wizard-cli %1\n")
                       .arg(QCoreApplication::applicationVersion())
                       .toUtf8()
                       .constData(),
                   stdout);
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        usage();
        return 0;
    }
    usage();
    return 3;
}
