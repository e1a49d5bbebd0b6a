#include "SetupCommand.h"

#include "CliOutput.h"
#include "StopSignals.h"
#include "TerminalConfirmer.h"
#include "setup/RunFiles.h"
#include "setup/SetupJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>

SetupCommand::~SetupCommand() = default;

int SetupCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sets up the target as an external replica of the source."));
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addOption(
        {QStringLiteral("yes"), tr("Do not ask before each step; manual steps are assumed done.")});
    parser.addOption({QStringLiteral("resume"),
                      tr("Continue the run recorded in the profile's journal (after a crash or a fault), "
                         "checking the servers' state first.")});
    parser.addOption({QStringLiteral("audit-log"),
                      tr("Where to append the audit log (default: audit.log beside the profile)."),
                      tr("file")});
    if (const std::optional<int> done = CliOutput::parse(parser, arguments))
        return *done;
    if (!loadProfile(parser, QStringLiteral("setup")))
        return 3;
    m_yes = parser.isSet(QStringLiteral("yes"));
    m_resume = parser.isSet(QStringLiteral("resume"));
    RunFiles files = RunFiles::forProfile(m_profilePath);
    if (parser.isSet(QStringLiteral("audit-log")))
        files.auditLog = parser.value(QStringLiteral("audit-log"));
    QStringList groups{ServerRoles::key(ServerRole::Source), ServerRoles::key(ServerRole::Target),
                       QStringLiteral("replication")};
    if (SetupStrategies::copiesFromStaging(m_profile.strategy))
        groups.insert(1, ServerRoles::key(ServerRole::Staging));
    resolvePasswords(groups, [this, files] {
        SetupInput input;
        input.profile = m_profile;
        input.passwords = serverPasswords();
        input.replicationPassword = m_passwords->password(QStringLiteral("replication"));
        input.auditLogPath = files.auditLog;
        input.profilePath = m_profilePath;
        input.journalPath = files.journal;
        input.resume = m_resume;
        m_job = std::make_unique<SetupJob>(
            input,
            m_yes ? std::shared_ptr<Confirmer>(std::make_shared<AutoConfirmer>())
                  : std::shared_ptr<Confirmer>(std::make_shared<TerminalConfirmer>()));
        connect(m_job.get(), &SetupJob::stepStarted, this, [this](int index, const SetupStep& step) {
            m_stepTimer.start();
            CliOutput::err(
                tr("[%1] %2 (%3)").arg(index + 1).arg(step.title, ServerRoles::displayName(step.role)));
            if (m_yes && step.kind == SetupStep::Kind::Manual)
                CliOutput::err(tr("    Manual step, assumed done (--yes): %1").arg(step.description));
        });
        connect(m_job.get(), &SetupJob::stepFinished, this, [this](int, bool ok, const QString& message) {
            if (!ok)
                CliOutput::err(tr("    FAILED: %1").arg(message));
            else if (!message.isEmpty())
                CliOutput::err(QStringLiteral("    ") + message);
            else
                CliOutput::err(tr("    done in %1 s").arg(double(m_stepTimer.elapsed()) / 1000.0, 0, 'f', 2));
        });
        connect(m_job.get(), &SetupJob::seedProgress, this, [](const SeedProgress& p) {
            const QString left
                = p.etaSeconds() >= 0 ? tr(", about %1 s left").arg(p.etaSeconds()) : QString();
            if (p.estimatedRows > 0) {
                CliOutput::err(
                    tr("    copied %1 of about %2 rows (%3 MiB, %4 MiB/s), %5 of %6 tables done, now %7%8")
                        .arg(p.rows)
                        .arg(p.estimatedRows)
                        .arg(p.bytes / (1024 * 1024))
                        .arg(p.bytesPerSecond() / (1024 * 1024))
                        .arg(p.tablesDone)
                        .arg(p.tablesTotal)
                        .arg(p.currentTable, left));
                return;
            }
            CliOutput::err(tr("    copied %1 MiB of about %2 MiB, table %3 (%4/%5)%6")
                               .arg(p.bytes / (1024 * 1024))
                               .arg(p.estimatedBytes / (1024 * 1024))
                               .arg(p.currentTable)
                               .arg(p.tablesDone)
                               .arg(p.tablesTotal)
                               .arg(left));
        });
        connect(m_job.get(), &SetupJob::finished, this, [](bool ok, const QString& summary) {
            CliOutput::err(summary);
            QCoreApplication::exit(ok ? 0 : 2);
        });
        // Ctrl+C or SIGTERM: cancel between statements (a running copy is killed), then report
        // as for any failure; a second signal leaves at once.
        m_stopSignals = new StopSignals(this);
        connect(m_stopSignals, &StopSignals::stopRequested, this, [this](int) {
            if (m_stopping)
                QCoreApplication::exit(130);
            m_stopping = true;
            CliOutput::err(tr("Stopping: the current statement finishes, nothing further runs..."));
            m_job->cancel();
        });
        if (m_resume)
            CliOutput::err(
                tr("Resuming the run recorded in %1: each step it finished is checked on the servers "
                   "before it is skipped.")
                    .arg(input.journalPath));
        m_job->start();
    });

    return -1;
}
