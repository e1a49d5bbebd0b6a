#include "PreflightCheck.h"

QString PreflightCheck::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Blocking:
        break;
    }
    return QStringLiteral("blocking");
}

PreflightCheck::Outcome worstOutcome(const QList<PreflightCheck>& checks)
{
    PreflightCheck::Outcome worst = PreflightCheck::Outcome::Pass;
    for (const PreflightCheck& check : checks) {
        if (int(check.outcome) > int(worst))
            worst = check.outcome;
    }
    return worst;
}

QString PreflightCheck::key(Id id)
{
    switch (id) {
    case Id::ConnectionSource:
        return QStringLiteral("connection_source");
    case Id::ConnectionStaging:
        return QStringLiteral("connection_staging");
    case Id::ConnectionTarget:
        return QStringLiteral("connection_target");
    case Id::Compatibility:
        return QStringLiteral("compatibility");
    case Id::LogBin:
        return QStringLiteral("log_bin");
    case Id::BinlogFormat:
        return QStringLiteral("binlog_format");
    case Id::Retention:
        return QStringLiteral("retention");
    case Id::ServerIds:
        return QStringLiteral("server_ids");
    case Id::StagingSource:
        return QStringLiteral("staging_source");
    case Id::TargetReplicating:
        return QStringLiteral("target_replicating");
    case Id::ChosenSchemas:
        return QStringLiteral("chosen_schemas");
    case Id::OverwrittenSchemas:
        return QStringLiteral("overwritten_schemas");
    case Id::ReplicationAccount:
        return QStringLiteral("replication_account");
    case Id::MaxAllowedPacket:
        return QStringLiteral("max_allowed_packet");
    case Id::Definers:
        return QStringLiteral("definers");
    case Id::Events:
        return QStringLiteral("events");
    case Id::Gtid:
        return QStringLiteral("gtid");
    case Id::CrossFlavour:
        return QStringLiteral("cross_flavour");
    case Id::ClonePosition:
        return QStringLiteral("clone_position");
    case Id::ReplicationAuth:
        return QStringLiteral("replication_auth");
    case Id::SourceFromTarget:
        return QStringLiteral("source_from_target");
    case Id::TimeZones:
        break;
    }
    return QStringLiteral("time_zones");
}

PreflightCheck::Id PreflightCheck::connection(ServerRole role)
{
    switch (role) {
    case ServerRole::Staging:
        return Id::ConnectionStaging;
    case ServerRole::Target:
        return Id::ConnectionTarget;
    case ServerRole::Source:
        break;
    }
    return Id::ConnectionSource;
}
