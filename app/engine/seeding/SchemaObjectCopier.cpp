#include "SchemaObjectCopier.h"

#include "db/SqlScanner.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

using Kind = SchemaObject::Kind;

// The column of SHOW CREATE ... that holds the statement.
QString createColumn(Kind kind)
{
    switch (kind) {
    case Kind::Function:
        return QStringLiteral("Create Function");
    case Kind::Procedure:
        return QStringLiteral("Create Procedure");
    case Kind::View:
        return QStringLiteral("Create View");
    case Kind::Trigger:
        return QStringLiteral("SQL Original Statement");
    case Kind::Event:
        break;
    }
    return QStringLiteral("Create Event");
}

QString definerAccount(const SchemaObject& object, const DefinerPolicy& policy)
{
    // Backticks quote account names under every sql_mode (ANSI_QUOTES, NO_BACKSLASH_ESCAPES).
    const QPair<QString, QString> definer = policy.definerOnTarget(object.definerUser, object.definerHost);
    return SqlText::identifier(definer.first) + QLatin1Char('@') + SqlText::identifier(definer.second);
}

} // namespace

Result<QList<SchemaObject>> SchemaObjectCopier::list(SqlSession& origin, const QStringList& schemas)
{
    const QString in = SqlText::literalList(schemas);
    Result<ResultSet> rs = origin.query(
        QStringLiteral(
            "SELECT ROUTINE_TYPE AS kind, ROUTINE_SCHEMA AS s, ROUTINE_NAME AS n, DEFINER AS d, "
            "SECURITY_TYPE AS security, 'NO' AS updatable FROM information_schema.ROUTINES "
            "WHERE ROUTINE_SCHEMA IN (%1) AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE') "
            "UNION ALL SELECT 'VIEW', TABLE_SCHEMA, TABLE_NAME, DEFINER, SECURITY_TYPE, IS_UPDATABLE "
            "FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (%1) "
            "UNION ALL SELECT 'TRIGGER', TRIGGER_SCHEMA, TRIGGER_NAME, DEFINER, 'DEFINER', 'NO' "
            "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN (%1) "
            "UNION ALL SELECT 'EVENT', EVENT_SCHEMA, EVENT_NAME, DEFINER, 'DEFINER', 'NO' "
            "FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN (%1)")
            .arg(in));
    if (!rs)
        return rs.error();
    QList<SchemaObject> objects;
    for (int row = 0; row < rs->rowCount(); ++row) {
        SchemaObject object;
        const QString kind = rs->text(row, u"kind");
        if (kind == QLatin1String("FUNCTION"))
            object.kind = Kind::Function;
        else if (kind == QLatin1String("PROCEDURE"))
            object.kind = Kind::Procedure;
        else if (kind == QLatin1String("VIEW"))
            object.kind = Kind::View;
        else if (kind == QLatin1String("TRIGGER"))
            object.kind = Kind::Trigger;
        else
            object.kind = Kind::Event;
        object.schema = rs->text(row, u"s");
        object.name = rs->text(row, u"n");
        std::tie(object.definerUser, object.definerHost) = SqlText::splitAccount(rs->text(row, u"d"));
        object.definerSecurity
            = rs->text(row, u"security").compare(QLatin1String("INVOKER"), Qt::CaseInsensitive) != 0;
        object.updatableView
            = rs->text(row, u"updatable").compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
        objects.append(object);
    }
    return inCreationOrder(objects);
}

Result<QList<SchemaObject>> SchemaObjectCopier::read(SqlSession& origin, const QList<SchemaObject>& objects)
{
    QList<SchemaObject> read;
    for (SchemaObject object : objects) {
        Result<ResultSet> rs
            = origin.query(QStringLiteral("SHOW CREATE %1 %2").arg(object.keyword(), object.qualifiedName()));
        if (!rs)
            return rs.error().withContext(tr("reading %1").arg(object.describe()));
        if (rs->isEmpty() || rs->value(0, createColumn(object.kind)).isNull())
            return EngineError::local(
                tr("The definition of %1 cannot be read.").arg(object.describe()),
                tr("The account needs SELECT on mysql.proc (routines) or SHOW VIEW (views) on the origin."));
        object.createStatement = rs->text(0, createColumn(object.kind));
        object.sqlMode = rs->text(0, u"sql_mode");
        object.collationConnection = rs->text(0, u"collation_connection");
        object.timeZone = rs->text(0, u"time_zone");
        read.append(object);
    }
    return inCreationOrder(read);
}

QList<SchemaObject> SchemaObjectCopier::inCreationOrder(QList<SchemaObject> objects)
{
    std::stable_sort(objects.begin(), objects.end(), [](const SchemaObject& a, const SchemaObject& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind; // the kinds are declared in creation order
        if (a.schema != b.schema)
            return a.schema < b.schema;
        return a.name < b.name;
    });
    // Views: each after those its definition names (the server prints references as
    // `schema`.`view`); without definitions the name order stands.
    QList<int> views;
    for (int i = 0; i < objects.size(); ++i) {
        if (objects.at(i).kind == Kind::View)
            views.append(i);
    }
    QList<SchemaObject> ordered;
    QSet<int> placed;
    while (placed.size() < views.size()) {
        bool progress = false;
        for (int i : views) {
            if (placed.contains(i))
                continue;
            const SchemaObject& view = objects.at(i);
            const bool ready = std::all_of(views.cbegin(), views.cend(), [&](int j) {
                return j == i || placed.contains(j)
                    || !view.createStatement.contains(objects.at(j).qualifiedName());
            });
            if (ready) {
                ordered.append(view);
                placed.insert(i);
                progress = true;
            }
        }
        if (!progress) { // a name inside a string literal can look like a cycle: keep name order
            for (int i : views) {
                if (!placed.contains(i)) {
                    ordered.append(objects.at(i));
                    placed.insert(i);
                }
            }
        }
    }
    QList<SchemaObject> result;
    for (const SchemaObject& object : objects) {
        if (object.kind == Kind::View) {
            if (!ordered.isEmpty())
                result.append(ordered.takeFirst());
        } else {
            result.append(object);
        }
    }
    return result;
}

QString SchemaObjectCopier::createStatement(const SchemaObject& object, const Dialect& target,
                                            const DefinerPolicy& policy)
{
    QString sql = SqlScanner::withDefiner(object.createStatement, definerAccount(object, policy));
    if (object.kind == Kind::Event)
        sql = SqlScanner::withEventStatus(sql, target.eventDisabledOnReplicaClause());
    return sql;
}

QStringList SchemaObjectCopier::statementsFor(const SchemaObject& object, const Dialect& target,
                                              const DefinerPolicy& policy)
{
    QStringList statements;
    statements << QStringLiteral("SET SESSION sql_mode = %1").arg(SqlText::literal(object.sqlMode));
    // The text is sent as UTF-8, so character_set_client stays utf8mb4; the collation of the
    // object's string literals is the one it was created with.
    if (!object.collationConnection.isEmpty())
        statements << QStringLiteral("SET SESSION collation_connection = %1")
                          .arg(SqlText::literal(object.collationConnection));
    if (object.kind == Kind::Event && !object.timeZone.isEmpty())
        statements << QStringLiteral("SET SESSION time_zone = %1").arg(SqlText::literal(object.timeZone));
    statements << QStringLiteral("USE %1").arg(SqlText::identifier(object.schema));
    statements << QStringLiteral("DROP %1 IF EXISTS %2").arg(object.keyword(), object.qualifiedName());
    statements << createStatement(object, target, policy);
    return statements;
}

EngineError SchemaObjectCopier::explained(const EngineError& error, const SchemaObject& object,
                                          const DefinerPolicy& policy)
{
    EngineError e = error.withContext(tr("creating %1 on the target").arg(object.describe()));
    const QPair<QString, QString> onTarget = policy.definerOnTarget(object.definerUser, object.definerHost);
    const QString definer = SqlText::account(onTarget.first, onTarget.second);
    const bool remapped = policy.kind == DefinerPolicy::Kind::Remap;
    switch (error.code) {
    case 1356:
        e.explanation = tr("Its DEFINER %1 may not read what it selects from on the target (or that does not "
                           "exist there).")
                            .arg(definer);
        e.fix = remapped
            ? tr("Grant %1 SELECT on the copied schemas on the target, or remap the definers to an account "
                 "that has it.")
                  .arg(definer)
            : tr("Keep definers=create, which grants each missing definer what its objects need; for an "
                 "account "
                 "that already exists on the target, grant it SELECT on the copied schemas (the preflight "
                 "check 'DEFINER accounts' lists the statements). Then resume the setup.");
        break;
    case 1449:
        e.explanation = tr("Its DEFINER %1 does not exist on the target.").arg(definer);
        e.fix = remapped ? tr("Create %1 on the target, or choose another account to remap to.").arg(definer)
                         : tr("Let the setup create the definer accounts (step 'DEFINER accounts on the "
                              "target'), then resume.");
        break;
    case 1227:
        e.explanation
            = tr("Only an account with SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID) may create an "
                 "object whose DEFINER is another account (%1).")
                  .arg(definer);
        e.fix = tr("Connect to the target as an account with that privilege, or remap the definers to the "
                   "account you connect with (definers=remap:'user'@'host').");
        break;
    case 1419:
        e.fix = tr("SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration "
                   "file), or connect as an account with SUPER; then resume.");
        break;
    default:
        break;
    }
    return e;
}

QStringList SchemaObjectCopier::saveSessionStatements()
{
    return {QStringLiteral(
        "SET @rw_sql_mode = @@SESSION.sql_mode, @rw_collation = @@SESSION.collation_connection, "
        "@rw_time_zone = @@SESSION.time_zone")};
}

QStringList SchemaObjectCopier::restoreSessionStatements()
{
    return {QStringLiteral("SET SESSION sql_mode = @rw_sql_mode, collation_connection = @rw_collation, "
                           "time_zone = @rw_time_zone")};
}
