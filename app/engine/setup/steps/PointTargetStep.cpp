#include "StepSupport.h"
#include "Steps.h"

namespace {

// CHANGE MASTER TO (or CHANGE REPLICATION SOURCE TO) the source's endpoint at the copy's coordinates.
class PointTargetStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(PointTargetStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::PointTarget; }
    QString title() const override { return tr("Point the target at the source"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        const QString text = tr("The target will replicate from the source's endpoint (never the staging "
                                "replica's source address) from the copy's coordinates.");
        const Profile& p = context.profile();
        if (!p.source.ssh.enabled())
            return text;
        // The app's tunnel serves only the app; the target's IO thread connects by itself.
        return text + QLatin1Char(' ')
            + tr("This tool reaches the source through the SSH tunnel at %1, but the target connects to %2 "
                 "itself: the target must reach that address (network path, security groups).")
                  .arg(p.source.ssh.host, p.source.endpoint());
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const Profile& p = context.profile();
        ChangeSourceOptions options;
        options.host = p.source.host;
        options.port = p.source.port;
        options.user = p.replicationUser;
        options.password = context.planning() ? QStringLiteral("<password>")
                                              : QString::fromUtf8(context.replicationPassword);
        if (context.coordinates) {
            options.logFile = context.coordinates->file;
            options.logPosition = context.coordinates->position;
        } else {
            options.logFile = QStringLiteral("<file>");
            options.positionKnown = false;
        }
        options.ssl = p.source.tls != TlsMode::Disabled;
        options.sslCa = p.source.sslCa;
        options.sslCert = p.source.sslCert;
        options.sslKey = p.source.sslKey;
        options.sslVerifyServerCert = p.source.tls == TlsMode::VerifyIdentity;
        const bool mysql8Source = context.has(ServerRole::Source)
            && context.facts(ServerRole::Source).version.isMySql()
            && context.facts(ServerRole::Source).version.atLeast(8, 0);
        // Used only by caching_sha2_password and sha256_password accounts (preflight: replication_auth).
        options.getPublicKey = !options.ssl && mysql8Source && p.sourcePublicKey;
        const Result<GtidChoice> gtid = context.gtid();
        if (!gtid)
            return gtid.error();
        options.gtidAutoPosition = gtid->byGtid();
        const Dialect target = context.dialect(ServerRole::Target);
        QString from
            = context.coordinates ? context.coordinates->toString() : QStringLiteral("<file>:<position>");
        if (gtid->byGtid()) {
            // Where the target starts is a GTID set; the file and position stay in the log.
            const QString set = context.coordinates && !context.coordinates->gtid.isEmpty()
                ? context.coordinates->gtid
                : QStringLiteral("<gtid position>");
            work.statements << PlannedStatement{ServerRole::Target, target.setGtidStartStatement(set)};
            from = tr("GTID %1").arg(set);
        }
        work.statements << PlannedStatement{ServerRole::Target, target.changeSourceStatement(options)};
        work.question = tr("Point the target at %1 from %2?").arg(p.source.endpoint(), from);
        work.declined = tr("Declined: the target holds the copy but does not replicate.");
        return work;
    }

    Result<bool> stillDone(StepContext& context) const override
    {
        const ServerFacts& target = context.facts(ServerRole::Target); // read when this run connected
        const Profile& p = context.profile();
        const Result<GtidChoice> gtid = context.gtid();
        if (!gtid)
            return gtid.error();
        if (!target.replicaStatus || target.replicaStatus->sourcePort != p.source.port
            || target.replicaStatus->sourceHost.compare(p.source.host, Qt::CaseInsensitive) != 0
            || target.replicaStatus->positionsByGtid() != gtid->byGtid())
            return EngineError::local(
                tr("The target no longer points at the source since the run set it up."),
                tr("Run the setup again without --resume for a fresh seed."));
        return true;
    }
};

// START SLAVE (START REPLICA).
class StartReplicaStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(StartReplicaStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::StartReplica; }
    QString title() const override { return tr("Start replication on the target"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext&) const override
    {
        return tr("The target connects to the source and applies what happened since the copy.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.statements << PlannedStatement{ServerRole::Target,
                                            context.dialect(ServerRole::Target).startReplicaStatement()};
        work.question = tr("Start replication on the target?");
        work.declined = tr("Declined: the target is pointed at the source but not started.");
        return work;
    }

    Status perform(StepContext& context, const StepWork& work) const override
    {
        const Status started = SetupStepDefinition::perform(context, work);
        if (started)
            context.targetReplicating = true;
        return started;
    }

    Result<bool> stillDone(StepContext& context) const override
    {
        const ServerFacts& target = context.facts(ServerRole::Target);
        const bool running = target.replicaStatus && target.replicaStatus->ioThreadRunning()
            && target.replicaStatus->sqlThreadRunning();
        context.targetReplicating = running;
        return running;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::pointTarget()
{
    return std::make_unique<PointTargetStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::startReplica()
{
    return std::make_unique<StartReplicaStep>();
}
