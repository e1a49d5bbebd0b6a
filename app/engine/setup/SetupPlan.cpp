#include "SetupPlan.h"

#include "db/SqlText.h"
#include "replication/Dialect.h"
#include "replication/ReplicationFilters.h"
#include "seeding/DumpPipeSeeder.h"

namespace {

Dialect dialectFor(const QHash<ServerRole, ServerFacts>& facts, ServerRole role)
{
    return Dialect(facts.contains(role) ? facts.value(role).version
                                        : ServerVersion::parse(QStringLiteral("10.11.0-MariaDB"), {}));
}

SetupStep step(SetupStep::Id id, const char* key, const QString& title, ServerRole role, SetupStep::Kind kind,
               const QString& description, const QStringList& commands)
{
    SetupStep s;
    s.id = id;
    s.key = QString::fromLatin1(key);
    s.title = title;
    s.role = role;
    s.kind = kind;
    s.description = description;
    s.commands = commands;
    return s;
}

} // namespace

QStringList SetupPlan::objectHeadlines(const QList<SchemaObject>& objects, const DefinerPolicy& policy)
{
    QStringList lines;
    for (const SchemaObject& object : objects) {
        const QString definer = policy.kind == DefinerPolicy::Kind::Remap
            ? policy.remapAccount()
            : SqlText::account(object.definerUser, object.definerHost);
        lines << QStringLiteral("CREATE DEFINER=%1 %2 %3 ...")
                     .arg(definer, object.keyword(), object.qualifiedName());
    }
    return lines;
}

SetupPlan SetupPlan::build(const Profile& profile, const SetupConnections& connections)
{
    const QHash<ServerRole, ServerFacts>& facts = connections.facts;
    const QStringList& schemas = connections.schemas;
    using K = SetupStep::Kind;
    using I = SetupStep::Id;
    SetupPlan plan;
    plan.m_strategy = profile.strategy;
    const bool staging = profile.strategy == SetupStrategy::StagingReplica;
    const ServerRole copyFrom = staging ? ServerRole::Staging : ServerRole::Source;
    const Dialect target = dialectFor(facts, ServerRole::Target);
    const Dialect copy = dialectFor(facts, copyFrom);
    const QString replAccount = SqlText::account(profile.replicationUser, profile.replicationHost);
    QList<SetupStep>& s = plan.m_steps;

    s << step(
        I::Retention, "retention", tr("Keep the source's binary logs long enough"), ServerRole::Source,
        K::Confirm,
        tr("Binary logs must survive the copy and later outages of the target: 'binlog retention hours' "
           "is raised to %1 if it is NULL or lower.")
            .arg(profile.retentionHours),
        {QStringLiteral("CALL mysql.rds_show_configuration()"),
         BinlogRetention::rdsSetStatement(profile.retentionHours)});
    s << step(I::ReplicationAccount, "replication-account", tr("Create the replication account"),
              ServerRole::Source, K::Confirm,
              tr("The target logs in to the source as %1 with the REPLICATION SLAVE privilege. An existing "
                 "account is reused when it has that privilege.")
                  .arg(replAccount),
              {QStringLiteral("CREATE USER %1 IDENTIFIED BY '***'").arg(replAccount),
               QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(replAccount)});
    if (staging) {
        s << step(I::StopStaging, "stop-staging", tr("Stop the staging replica and read its coordinates"),
                  ServerRole::Staging, K::Confirm,
                  tr("The staging replica stops applying changes; its executed coordinates "
                     "(Relay_Master_Log_File, Exec_Master_Log_Pos) are the source position of its data."),
                  {QStringLiteral("CALL mysql.rds_stop_replication()"), copy.replicaStatusStatement()});
    } else {
        s << step(
            I::FreezeWrites, "freeze-writes", tr("Hold off application writes on the source"),
            ServerRole::Source, K::Manual,
            tr("Remove the applications' access to the source (e.g. the security group's ingress "
               "rules; write them down to restore later). Confirm when no application writes any more."),
            {});
        s << step(I::ReadCoordinates, "read-coordinates", tr("Read the source's coordinates"),
                  ServerRole::Source, K::Automatic,
                  tr("The binary log position is read twice a few seconds apart and must not move."),
                  {copy.sourceStatusStatement(), QStringLiteral("SHOW PROCESSLIST")});
    }
    s << step(
        I::PrepareTarget, "prepare-target", tr("Prepare the target"), ServerRole::Target, K::Confirm,
        tr("The target's server id must differ from the source's and the staging replica's. A target that "
           "already replicates is stopped and its replication settings are removed."),
        {target.stopReplicaStatement(), target.resetReplicaAllStatement()});
    QStringList definerCommands;
    QString definerText;
    if (profile.definers.kind == DefinerPolicy::Kind::Remap) {
        definerText = tr("Every copied view, routine, trigger and event gets %1 as its DEFINER; that account "
                         "must exist on the target. No account is created.")
                          .arg(profile.definers.remapAccount());
    } else {
        definerText
            = tr("Views, routines, triggers and events name DEFINER accounts (on RDS usually the master "
                 "user). Those missing on the target are created there locked, with no usable "
                 "password, and granted exactly what their objects need on the copied schemas, so "
                 "every object works as on the source.");
        definerCommands = connections.definers
            ? connections.definers->statements
            : QStringList{QStringLiteral("CREATE USER IF NOT EXISTS "
                                         "'definer'@'host' ... ACCOUNT LOCK")};
    }
    s << step(I::DefinerAccounts, "definer-accounts", tr("DEFINER accounts on the target"),
              ServerRole::Target, K::Confirm, definerText, definerCommands);
    QStringList views;
    for (const SchemaObject& object : connections.objects) {
        if (object.kind == SchemaObject::Kind::View)
            views << object.schema + QLatin1Char('.') + object.name;
    }
    const QString dumpLine
        = QStringLiteral("%1 --defaults-extra-file=<private> %2 | %3 --defaults-extra-file=<private> %4")
              .arg(DumpPipeSeeder::dumpProgram().section(QLatin1Char('/'), -1),
                   DumpPipeSeeder::dumpArguments(schemas, views).join(QLatin1Char(' ')),
                   DumpPipeSeeder::loadProgram().section(QLatin1Char('/'), -1),
                   DumpPipeSeeder::loadArguments().join(QLatin1Char(' ')));
    s << step(
        I::Seed, "seed", tr("Copy the data to the target"), ServerRole::Target, K::Confirm,
        tr("A consistent dump of the tables of %1 (schemas: %2) is streamed into the target. Schemas of the "
           "same names on the target are replaced. With several schemas, up to %3 such pipelines run in "
           "parallel, each with whole schemas; this is consistent because %1 does not change during the "
           "copy, "
           "which a later step checks.")
                .arg(ServerRoles::displayName(copyFrom), schemas.join(QStringLiteral(", ")))
                .arg(DumpPipeSeeder::pipelinesFor(profile.seedPipelines))
            + (profile.keepDumpDir.isEmpty() ? QString()
                                             : QLatin1Char(' ')
                       + tr("A gzip copy of the dump is also kept in %1.").arg(profile.keepDumpDir)),
        {dumpLine});
    s << step(I::CopyObjects, "copy-objects", tr("Create views, routines, triggers and events"),
              ServerRole::Target, K::Confirm,
              tr("Each object is read from %1 (SHOW CREATE) and created on the target with the sql_mode, "
                 "collation and time zone it was created with, views after the views they read, and %2. "
                 "Events are created disabled, as on a replica.")
                  .arg(ServerRoles::displayName(copyFrom), profile.definers.describe()),
              objectHeadlines(connections.objects, profile.definers));
    s << step(I::RecheckCoordinates, "recheck-coordinates", tr("Check that the coordinates did not move"),
              copyFrom, K::Automatic,
              tr("If the coordinates moved during the copy (e.g. after a reboot), the copy is void."),
              {staging ? copy.replicaStatusStatement() : copy.sourceStatusStatement()});
    s << step(
        I::VerifyCopy, "verify-copy", tr("Verify the copy"), ServerRole::Target, K::Automatic,
        tr("Every copied table's checksum and row count, and the number of views, routines, triggers and "
           "events, must be equal on %1 and the target.")
            .arg(ServerRoles::displayName(copyFrom)),
        {QStringLiteral("CHECKSUM TABLE ..."), QStringLiteral("SELECT COUNT(*) FROM ...")});
    s << step(I::DisableEvents, "disable-events", tr("Keep copied events from running on the target"),
              ServerRole::Target, K::Confirm,
              tr("Events run on the source; their results arrive by replication. On the target they are "
                 "disabled as on a replica."),
              {QStringLiteral("ALTER EVENT ... DISABLE ON SLAVE")});
    const ReplicationFilters filters = ReplicationFilters::forProfile(profile);
    s << step(
        I::ReplicationFilters, "replication-filters", tr("Replication filters"), ServerRole::Target,
        K::Confirm,
        tr("RDS writes tables in the mysql schema (rds_heartbeat2 and others) that the target does not "
           "have; when only some schemas are copied, writes to the others must not reach the target "
           "either. These filters are lost when the target restarts: add these lines to its "
           "configuration file as well (status reports a target that lost them):\n%1\nRDS's own tables "
           "(mysql.rds_*) are also created on the target as they are on %2, so that its housekeeping "
           "writes apply harmlessly should the filters be lost.")
            .arg(filters.configLines(target).join(QLatin1Char('\n')), ServerRoles::displayName(copyFrom)),
        filters.statements(target)
            + QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS mysql.rds_... (as on %1)")
                              .arg(ServerRoles::displayName(copyFrom))});
    ChangeSourceOptions change;
    change.host = profile.source.host;
    change.port = profile.source.port;
    change.user = profile.replicationUser;
    change.password = QStringLiteral("***");
    change.logFile = QStringLiteral("<file>");
    change.ssl = profile.source.tls != TlsMode::Disabled;
    change.sslCa = profile.source.sslCa;
    change.sslVerifyServerCert = profile.source.tls == TlsMode::VerifyIdentity;
    s << step(I::PointTarget, "point-target", tr("Point the target at the source"), ServerRole::Target,
              K::Confirm,
              tr("The target will replicate from the source's endpoint (never the staging replica's source "
                 "address) from the copy's coordinates."),
              {target.changeSourceStatement(change)});
    if (!staging)
        s << step(I::RestoreWrites, "restore-writes", tr("Give the applications their access back"),
                  ServerRole::Source, K::Manual, tr("Restore the access rules you removed."), {});
    s << step(I::StartReplica, "start-replica", tr("Start replication on the target"), ServerRole::Target,
              K::Confirm, tr("The target connects to the source and applies what happened since the copy."),
              {target.startReplicaStatement()});
    s << step(I::VerifyReplication, "verify-replication", tr("Check that the target replicates"),
              ServerRole::Target, K::Automatic, tr("Both replication threads must run without an error."),
              {target.replicaStatusStatement()});
    if (staging)
        s << step(
            I::ResumeStaging, "resume-staging", tr("Resume the staging replica"), ServerRole::Staging,
            K::Confirm,
            tr("The staging replica replicates again (or delete it: AWS terminates a read replica stopped "
               "for 30 days)."),
            {QStringLiteral("CALL mysql.rds_start_replication()")});
    return plan;
}

QString SetupPlan::toMarkdown(const Profile& profile) const
{
    QString md = tr("# Replica setup runbook\n\n");
    md += tr("Strategy: %1. Source %2, target %3.\n\n")
              .arg(SetupStrategies::key(m_strategy), profile.source.endpoint(), profile.target.endpoint());
    int n = 0;
    for (const SetupStep& step : m_steps) {
        md += QStringLiteral("## %1. %2 (%3)\n\n%4\n\n")
                  .arg(++n)
                  .arg(step.title, ServerRoles::displayName(step.role), step.description);
        if (!step.commands.isEmpty())
            md += QStringLiteral("```sql\n") + step.commands.join(QStringLiteral(";\n"))
                + QStringLiteral(";\n```\n\n");
    }
    return md;
}
