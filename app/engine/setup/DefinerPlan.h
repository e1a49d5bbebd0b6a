#pragma once

#include "db/Result.h"
#include "profile/DefinerPolicy.h"
#include "seeding/SchemaObject.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

class Dialect;
class SqlSession;

// A privilege grant the copy needs: on a whole schema (table empty) or on one table.
struct DefinerGrant
{
    QString schema;
    QString table;
    QStringList privileges;

    QString statement(const QString& account) const;
};

// One account that copied objects name as DEFINER (or the remap account), and what it needs.
struct DefinerAccount
{
    QString user;
    QString host;
    QStringList objects; // described, e.g. "view `shop`.`v`"
    bool onTarget = false;
    bool onOrigin = true; // false: its objects fail on the origin too (error 1449)
    bool originGrantsKnown = true; // SHOW GRANTS FOR it could be read, completely
    // What the tool grants it on the target (definers=create, account missing there).
    QList<DefinerGrant> grants;
    // An account that exists on the target (or the remap account): what its objects need and it
    // lacks there, as GRANT statements.
    QStringList lacking;

    QString account() const; // 'user'@'host'
};

// What the copy does about DEFINER accounts, worked out once and shown in preflight, in the plan
// and in the step that does it.
class DefinerPlan
{
    Q_DECLARE_TR_FUNCTIONS(DefinerPlan)

public:
    // Privileges an object needs from its definer (none for SQL SECURITY INVOKER views and routines).
    static QStringList privilegesNeeded(const SchemaObject& object);

    static Result<DefinerPlan> build(SqlSession& origin, SqlSession& target, const Dialect& targetDialect,
                                     const QList<SchemaObject>& objects, const QStringList& schemas,
                                     const DefinerPolicy& policy);

    DefinerPolicy policy;
    QList<DefinerAccount> accounts;
    // What the definer step runs on the target: the missing accounts, locked, and their grants.
    QStringList statements;

    bool remapAccountMissing() const;
    // Accounts to create (definers=create).
};
