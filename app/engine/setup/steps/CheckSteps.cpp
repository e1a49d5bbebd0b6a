#include "StepSupport.h"
#include "Steps.h"
#include "setup/CopyVerifier.h"

namespace {

// The copy is void when the coordinates moved during it (an RDS reboot restarts replication).
class RecheckCoordinatesStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(RecheckCoordinatesStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::RecheckCoordinates; }
    QString title() const override { return tr("Check that the coordinates did not move"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Automatic; }
    ServerRole role(const Profile& profile) const override { return SetupConnections::copyRoleOf(profile); }

    QString description(StepContext&) const override
    {
        return tr("If the coordinates moved during the copy (e.g. after a reboot), the copy is void.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << (context.copyRole() == ServerRole::Staging
                           ? context.dialect(ServerRole::Staging).replicaStatusStatement()
                           : context.dialect(ServerRole::Source).sourceStatusStatement());
        return work;
    }

    Status verify(StepContext& context) const override
    {
        const Result<SourceCoordinates> now = StepSupport::currentCoordinates(context);
        if (!now)
            return now.error();
        const SourceCoordinates copied = context.coordinates.value_or(SourceCoordinates{});
        if (context.copyRole() == ServerRole::Source)
            return StepSupport::sourceQuietBetween(context, copied, now.value());
        if (now.value() != copied)
            return EngineError::local(
                tr("The coordinates moved during the copy (%1, now %2): the copy is void.")
                    .arg(copied.toString(), now->toString()),
                tr("Run the setup again."));
        return Done{};
    }
};

// Every table and the number of views, routines, triggers and events, against the origin.
class VerifyCopyStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCopyStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::VerifyCopy; }
    QString title() const override { return tr("Verify the copy"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Automatic; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        return tr("Every copied table's checksum and row count, and the number of views, routines, triggers "
                  "and "
                  "events, must be equal on %1 and the target (a row hash decides where CHECKSUM TABLE "
                  "differs).")
            .arg(ServerRoles::displayName(context.copyRole()));
    }

    Result<StepWork> work(StepContext&) const override
    {
        StepWork work;
        work.reads << QStringLiteral("CHECKSUM TABLE ...") << QStringLiteral("SELECT COUNT(*) FROM ...");
        return work;
    }

    Status verify(StepContext& context) const override
    {
        // Many reads: straight on the sessions, not through the audit log (cancel aborts them).
        CopyVerifier verifier(context.session(context.copyRole()), context.session(ServerRole::Target));
        const Result<VerifyReport> report = verifier.verify(context.schemas());
        if (!report)
            return report.error();
        context.log(report->summary());
        if (!report->ok())
            return EngineError::local(tr("The copy differs from the %1: %2")
                                          .arg(ServerRoles::displayName(context.copyRole()),
                                               report->differences.join(QStringLiteral("; "))),
                                      tr("Run the seed again."));
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::recheckCoordinates()
{
    return std::make_unique<RecheckCoordinatesStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::verifyCopy()
{
    return std::make_unique<VerifyCopyStep>();
}
