#include "StepSupport.h"
#include "Steps.h"
#include "replication/ServerInspector.h"

namespace {

// Binlogs must survive the copy and later outages of the target: RDS's retention is raised.
class RetentionStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(RetentionStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::Retention; }
    QString title() const override { return tr("Keep the source's binary logs long enough"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }

    QString description(StepContext& context) const override
    {
        return tr("Binary logs must survive the copy and later outages of the target: 'binlog retention "
                  "hours' "
                  "is raised to %1 if it is NULL or lower (RDS; elsewhere the expiry is the DBA's to set).")
            .arg(context.profile().retentionHours);
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << Dialect::rdsConfigurationStatement();
        if (!context.has(ServerRole::Source))
            return work;
        const ServerFacts& source = context.facts(ServerRole::Source);
        const int wanted = context.profile().retentionHours;
        if (!source.rds) {
            work.nothing
                = tr("The source is not RDS: its binary log expiry (%1) is the DBA's to keep long enough.")
                      .arg(source.retention.isSet ? tr("%1 h").arg(source.retention.hours) : tr("none"));
            return work;
        }
        if (source.retention.isSet && source.retention.hours >= wanted) {
            work.nothing = tr("binlog retention hours is already %1.").arg(source.retention.hours);
            return work;
        }
        if (wanted > BinlogRetention::RdsMaximumHours)
            return EngineError::local(
                tr("A retention of %1 h is above RDS's maximum of %2 h.")
                    .arg(wanted)
                    .arg(int(BinlogRetention::RdsMaximumHours)),
                tr("Choose at most %1 hours.").arg(int(BinlogRetention::RdsMaximumHours)));
        work.statements << PlannedStatement{ServerRole::Source,
                                            Dialect::rdsSetBinlogRetentionStatement(wanted)};
        work.question = tr("Set 'binlog retention hours' on the source to %1 (now %2)?")
                            .arg(wanted)
                            .arg(source.retention.isSet ? QString::number(source.retention.hours)
                                                        : QStringLiteral("NULL"));
        work.declined = tr("Declined: the source keeps too little binary log for a safe copy.");
        return work;
    }

    Status verify(StepContext& context) const override
    {
        const ServerFacts& source = context.facts(ServerRole::Source);
        if (!source.rds)
            return Done{};
        bool rds = false;
        StepReader reader = context.reader(ServerRole::Source);
        const Result<BinlogRetention> readBack = ServerInspector(reader).readRetention(source.version, &rds);
        if (!readBack)
            return readBack.error();
        if (!readBack->isSet || readBack->hours < context.profile().retentionHours)
            return EngineError::local(
                tr("The source did not keep the new retention (read back: %1).")
                    .arg(readBack->isSet ? QString::number(readBack->hours) : QStringLiteral("NULL")));
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::retention()
{
    return std::make_unique<RetentionStep>();
}
