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
                  "is raised to %1 if it is NULL or lower (on RDS; a self-managed source's binary log expiry "
                  "is "
                  "raised the same way).")
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
            // A self-managed source: its own expiry variable, raised the same way.
            if (!source.retention.isSet) {
                work.nothing = tr("The source never expires its binary logs.");
                return work;
            }
            if (source.retention.hours >= wanted) {
                work.nothing
                    = tr("The source keeps its binary logs for %1 h already.").arg(source.retention.hours);
                return work;
            }
            const Dialect dialect = context.dialect(ServerRole::Source);
            work.statements << PlannedStatement{ServerRole::Source, dialect.binlogExpiryStatement(wanted)};
            work.question = tr("Keep the source's binary logs for %1 h (now %2 h)?")
                                .arg(wanted)
                                .arg(source.retention.hours);
            work.declined = tr("Declined: the source keeps too little binary log for a safe copy.");
            return work;
        }
        if (source.retention.isSet && source.retention.hours >= wanted) {
            work.nothing = tr("binlog retention hours is already %1.").arg(source.retention.hours);
            return work;
        }
        const int maximum = BinlogRetention::maximumHours(source.aurora);
        if (wanted > maximum)
            return EngineError::local(
                source.aurora
                    ? tr("A retention of %1 h is above Aurora's maximum of %2 h.").arg(wanted).arg(maximum)
                    : tr("A retention of %1 h is above RDS's maximum of %2 h.").arg(wanted).arg(maximum),
                tr("Choose at most %1 hours.").arg(maximum));
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
        bool rds = false;
        StepReader reader = context.reader(ServerRole::Source);
        const Result<BinlogRetention> readBack = ServerInspector(reader).readRetention(source.version, &rds);
        if (!readBack)
            return readBack.error();
        if (!source.rds && !readBack->isSet)
            return Done{}; // no expiry at all
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
