#include "StepSupport.h"
#include "Steps.h"
#include "db/SqlText.h"
#include "setup/SetupChecks.h"

#include <QCryptographicHash>

namespace {

// MariaDB's and MySQL 5.7's mysql_native_password hash, so the binlog never carries the clear text.
QString nativePasswordHash(const QByteArray& password)
{
    const QByteArray once = QCryptographicHash::hash(password, QCryptographicHash::Sha1);
    return QStringLiteral("*")
        + QString::fromLatin1(QCryptographicHash::hash(once, QCryptographicHash::Sha1).toHex().toUpper());
}

// The account the target logs in to the source with.
class ReplicationAccountStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationAccountStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::ReplicationAccount; }
    QString title() const override { return tr("Create the replication account"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }

    QString description(StepContext& context) const override
    {
        return tr("The target logs in to the source as %1 with the REPLICATION SLAVE privilege. An existing "
                  "account is reused when it has that privilege. On MariaDB the account is created with its "
                  "password hash, so the binlog never carries the password.")
            .arg(account(context.profile()));
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const Profile& profile = context.profile();
        work.reads << QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE ...")
                   << QStringLiteral("SHOW GRANTS FOR %1").arg(account(profile));
        if (!context.has(ServerRole::Source))
            return work;
        StepReader reader = context.reader(ServerRole::Source);
        const Result<SetupChecks::ReplicationAccount> state
            = SetupChecks::replicationAccount(reader, profile);
        if (!state)
            return state.error();
        if (state->exists && state->mayReplicate) {
            work.nothing
                = tr("%1 exists with REPLICATION SLAVE; it is reused (its password must be the one given).")
                      .arg(account(profile));
            return work;
        }
        if (!state->exists) {
            const QByteArray password = context.replicationPassword;
            QString sql;
            if (context.facts(ServerRole::Source).version.isMariaDb()) // binlogged as written: send the hash
                sql = QStringLiteral("CREATE USER %1 IDENTIFIED BY PASSWORD %2")
                          .arg(account(profile),
                               SqlText::literal(context.planning() ? QStringLiteral("<hash>")
                                                                   : nativePasswordHash(password)));
            else
                sql = QStringLiteral("CREATE USER %1 IDENTIFIED BY %2")
                          .arg(account(profile),
                               SqlText::literal(context.planning() ? QStringLiteral("<password>")
                                                                   : QString::fromUtf8(password)));
            work.statements << PlannedStatement{ServerRole::Source, sql};
        }
        work.statements << PlannedStatement{
            ServerRole::Source, QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(account(profile))};
        work.question = state->exists
            ? tr("Grant REPLICATION SLAVE to %1 on the source?").arg(account(profile))
            : tr("Create the replication account %1 on the source?").arg(account(profile));
        work.declined = tr("Declined: the target needs a replication account on the source.");
        return work;
    }

private:
    static QString account(const Profile& profile)
    {
        return SqlText::account(profile.replicationUser, profile.replicationHost);
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::replicationAccount()
{
    return std::make_unique<ReplicationAccountStep>();
}
