#include "ReplicationFilters.h"

#include "Dialect.h"
#include "db/SqlText.h"
#include "monitor/Heartbeat.h"
#include "profile/Profile.h"

#include <QSet>

namespace {

QSet<QString> patternSet(const QString& list)
{
    QSet<QString> set;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        set.insert(item.trimmed());
    return set;
}

} // namespace

ReplicationFilters ReplicationFilters::forProfile(const Profile& profile)
{
    ReplicationFilters filters;
    filters.ignorePatterns << QStringLiteral("mysql.rds%");
    if (!profile.databases.isEmpty()) {
        for (const QString& schema : profile.databases)
            filters.doPatterns << schemaPattern(schema);
        // The dashboard's heartbeat must reach the target whatever was copied.
        filters.doPatterns << schemaPattern(Heartbeat::schema());
    }
    return filters;
}

QString ReplicationFilters::schemaPattern(const QString& schema)
{
    return SqlText::likeEscaped(schema) + QStringLiteral(".%");
}

QStringList ReplicationFilters::statements(const Dialect& dialect) const
{
    // An empty do-list clears one an earlier setup may have left.
    return {dialect.ignoreTablesFilterStatement(ignorePatterns), dialect.doTablesFilterStatement(doPatterns)};
}

QStringList ReplicationFilters::restoreStatements(const Dialect& dialect) const
{
    return QStringList{dialect.stopReplicaSqlThreadStatement()} + statements(dialect)
        + QStringList{dialect.startReplicaSqlThreadStatement()};
}

QStringList ReplicationFilters::configLines(const Dialect& dialect) const
{
    return dialect.filterConfigLines(ignorePatterns, doPatterns);
}

QStringList ReplicationFilters::missingOn(const ReplicaStatus& status) const
{
    QStringList missing;
    const QSet<QString> ignored = patternSet(status.replicateWildIgnoreTable);
    for (const QString& pattern : ignorePatterns) {
        if (!ignored.contains(pattern))
            missing << pattern;
    }
    const QSet<QString> done = patternSet(status.replicateWildDoTable);
    for (const QString& pattern : doPatterns) {
        if (!done.contains(pattern))
            missing << pattern;
    }
    return missing;
}
