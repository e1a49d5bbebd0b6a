#include "StepSupport.h"
#include "Steps.h"
#include "db/ErrorCatalog.h"

#include <QThread>

namespace {

// Write freeze: the source's position, read twice a few seconds apart, must not move.
class ReadCoordinatesStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ReadCoordinatesStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::ReadCoordinates; }
    QString title() const override { return tr("Read the source's coordinates"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Automatic; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::WriteFreeze; }

    QString description(StepContext&) const override
    {
        return tr(
            "The binary log position is read twice a few seconds apart and must not move (RDS's own writes "
            "aside); only the tool, RDS and replication may be connected.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << context.dialect(ServerRole::Source).sourceStatusStatement()
                   << QStringLiteral("SHOW PROCESSLIST");
        return work;
    }

    Status verify(StepContext& context) const override
    {
        // Only the tool, RDS itself and replication may still be connected.
        const Profile& profile = context.profile();
        const QStringList allowed{profile.source.user,
                                  profile.replicationUser,
                                  QStringLiteral("rdsadmin"),
                                  QStringLiteral("rdsrepladmin"),
                                  QStringLiteral("event_scheduler"),
                                  QStringLiteral("system user"),
                                  QStringLiteral("unauthenticated user")};
        Result<ResultSet> sessions = context.query(ServerRole::Source, QStringLiteral("SHOW PROCESSLIST"));
        if (!sessions)
            return sessions.error();
        QStringList others;
        for (int row = 0; row < sessions->rowCount(); ++row) {
            const QString user = sessions->text(row, u"User");
            if (!allowed.contains(user))
                others << QStringLiteral("%1@%2").arg(user, sessions->text(row, u"Host"));
        }
        if (!others.isEmpty())
            return EngineError::local(
                tr("Other sessions are still connected to the source: %1.")
                    .arg(others.join(QStringLiteral(", "))),
                tr("Remove the applications' access and end their sessions, then run the setup again."),
                QString::fromLatin1(ErrorCatalog::PositionMoved));
        Result<SourceCoordinates> first = StepSupport::currentCoordinates(context);
        if (!first)
            return first.error();
        for (int waited = 0; waited < 30 && !context.cancelled(); ++waited)
            QThread::msleep(100); // 3 s, and a cancel ends the wait
        Result<SourceCoordinates> second = StepSupport::currentCoordinates(context);
        if (!second)
            return second.error();
        const Status quiet = StepSupport::sourceQuietBetween(context, first.value(), second.value());
        if (!quiet)
            return quiet;
        const Status gtid = StepSupport::attachGtid(context, first.value());
        if (!gtid)
            return gtid;
        context.coordinates = first.value();
        context.log(tr("The source's data is at position %1.").arg(first->toString()));
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::readCoordinates()
{
    return std::make_unique<ReadCoordinatesStep>();
}
