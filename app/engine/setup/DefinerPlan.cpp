#include "DefinerPlan.h"

#include "AccountGrants.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"

#include <QSet>

namespace {

// Canonical order, so statements are stable.
const QStringList kPrivilegeOrder{
    QStringLiteral("SELECT"),  QStringLiteral("INSERT"),  QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
    QStringLiteral("EXECUTE"), QStringLiteral("TRIGGER"), QStringLiteral("EVENT")};

QStringList ordered(const QSet<QString>& privileges)
{
    QStringList list;
    for (const QString& p : kPrivilegeOrder) {
        if (privileges.contains(p))
            list << p;
    }
    return list;
}

// SHOW GRANTS FOR the account; nullopt when it cannot be read.
std::optional<AccountGrants> grantsOf(SqlSession& session, const QString& account)
{
    Result<AccountGrants> grants = AccountGrants::read(session, account);
    return grants ? std::optional<AccountGrants>(grants.value()) : std::nullopt;
}

QStringList lackingOn(const AccountGrants& grants, const QString& account,
                      const QMap<QString, QSet<QString>>& neededBySchema)
{
    QStringList statements;
    for (auto it = neededBySchema.cbegin(); it != neededBySchema.cend(); ++it) {
        QSet<QString> missing;
        for (const QString& privilege : it.value()) {
            if (!grants.holdsOnSchema(it.key(), privilege))
                missing.insert(privilege);
        }
        if (!missing.isEmpty())
            statements << DefinerGrant{it.key(), {}, ordered(missing)}.statement(account);
    }
    return statements;
}

} // namespace

QString DefinerGrant::statement(const QString& account) const
{
    QString scope;
    if (table.isEmpty()) {
        // In a schema-level grant '_' and '%' are wildcards; escape them to mean this schema only.
        scope = SqlText::identifier(SqlText::likeEscaped(schema)) + QStringLiteral(".*");
    } else {
        scope = SqlText::identifier(schema) + QLatin1Char('.') + SqlText::identifier(table);
    }
    return QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges.join(QStringLiteral(", ")), scope, account);
}

QString DefinerAccount::account() const
{
    return SqlText::account(user, host);
}

QStringList DefinerPlan::privilegesNeeded(const SchemaObject& object)
{
    using Kind = SchemaObject::Kind;
    const QStringList dml{QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                          QStringLiteral("DELETE")};
    switch (object.kind) {
    case Kind::View:
        if (!object.definerSecurity)
            return {};
        return object.updatableView ? dml : QStringList{QStringLiteral("SELECT")};
    case Kind::Function:
    case Kind::Procedure:
        if (!object.definerSecurity)
            return {};
        return dml + QStringList{QStringLiteral("EXECUTE")};
    case Kind::Trigger:
        return dml + QStringList{QStringLiteral("EXECUTE"), QStringLiteral("TRIGGER")};
    case Kind::Event:
        break;
    }
    return dml + QStringList{QStringLiteral("EXECUTE"), QStringLiteral("EVENT")};
}

bool DefinerPlan::remapAccountMissing() const
{
    return policy.kind == DefinerPolicy::Kind::Remap && !accounts.isEmpty() && !accounts.first().onTarget;
}

Result<DefinerPlan> DefinerPlan::build(SqlSession& origin, SqlSession& target, const Dialect& targetDialect,
                                       const QList<SchemaObject>& objects, const QStringList& schemas,
                                       const DefinerPolicy& policy)
{
    DefinerPlan plan;
    plan.policy = policy;

    // Every definer (or the one remap account) with its objects and the privileges they need.
    QList<DefinerAccount> accounts;
    QList<QSet<QString>> needs;
    const auto slotFor = [&](const QString& user, const QString& host) {
        for (int i = 0; i < accounts.size(); ++i) {
            if (accounts.at(i).user == user && accounts.at(i).host == host)
                return i;
        }
        DefinerAccount account;
        account.user = user;
        account.host = host;
        accounts << account;
        needs << QSet<QString>{};
        return int(accounts.size()) - 1;
    };
    if (policy.kind == DefinerPolicy::Kind::Remap)
        slotFor(policy.remapUser, policy.remapHost);
    for (const SchemaObject& object : objects) {
        if (object.definerUser.isEmpty())
            continue;
        const QPair<QString, QString> definer
            = policy.definerOnTarget(object.definerUser, object.definerHost);
        const int slot = slotFor(definer.first, definer.second);
        accounts[slot].objects << object.describe();
        for (const QString& privilege : privilegesNeeded(object))
            needs[slot].insert(privilege);
    }

    for (int i = 0; i < accounts.size(); ++i) {
        DefinerAccount& account = accounts[i];
        const QString name = account.account();
        // Objects may reach across the copied schemas: the privileges hold on each of them.
        QMap<QString, QSet<QString>> neededBySchema;
        for (const QString& schema : schemas) {
            if (!needs.at(i).isEmpty())
                neededBySchema.insert(schema, needs.at(i));
        }
        Result<bool> onTarget = AccountGrants::exists(target, account.user, account.host);
        if (!onTarget)
            return onTarget.error();
        account.onTarget = onTarget.value();
        if (account.onTarget || policy.kind == DefinerPolicy::Kind::Remap) {
            if (account.onTarget) {
                const std::optional<AccountGrants> targetGrants = grantsOf(target, name);
                if (targetGrants)
                    account.lacking = lackingOn(*targetGrants, name, neededBySchema);
            }
            continue;
        }
        // Missing on the target: what it gets there is what its objects need, and no more than
        // it holds on the origin (when that can be read).
        Result<bool> onOrigin = AccountGrants::exists(origin, account.user, account.host);
        account.onOrigin = onOrigin && onOrigin.value();
        const std::optional<AccountGrants> originGrants
            = account.onOrigin ? grantsOf(origin, name) : std::nullopt;
        account.originGrantsKnown = originGrants && !originGrants->incomplete();
        for (auto it = neededBySchema.cbegin(); it != neededBySchema.cend(); ++it) {
            QSet<QString> schemaLevel;
            QMap<QString, QSet<QString>> tableLevel;
            for (const QString& privilege : it.value()) {
                if (!account.originGrantsKnown || originGrants->holdsOnSchema(it.key(), privilege)) {
                    schemaLevel.insert(privilege);
                    continue;
                }
                const QHash<QString, QSet<QString>> tables = originGrants->tableGrants(it.key());
                for (auto t = tables.cbegin(); t != tables.cend(); ++t) {
                    if (originGrants->holdsOnTable(it.key(), t.key(), privilege))
                        tableLevel[t.key()].insert(privilege);
                }
            }
            if (!schemaLevel.isEmpty())
                account.grants << DefinerGrant{it.key(), {}, ordered(schemaLevel)};
            for (auto t = tableLevel.cbegin(); t != tableLevel.cend(); ++t)
                account.grants << DefinerGrant{it.key(), t.key(), ordered(t.value())};
        }
        plan.statements << targetDialect.createLockedAccountStatement(name);
        for (const DefinerGrant& grant : account.grants)
            plan.statements << grant.statement(name);
    }
    plan.accounts = accounts;
    return plan;
}
