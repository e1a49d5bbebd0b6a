#include "RecordedResultSet.h"

#include "replication/Dialect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString RecordedResultSet::directory()
{
    return QStringLiteral(RW_TEST_DATA_DIR "/resultsets");
}

RecordedResultSet RecordedResultSet::load(const QString& fileName)
{
    QFile file(directory() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open recorded result set %s", qPrintable(fileName));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    RecordedResultSet recorded;
    const QJsonObject server = root.value(QStringLiteral("server")).toObject();
    recorded.version = ServerVersion::parse(server.value(QStringLiteral("version")).toString(),
                                            server.value(QStringLiteral("version_comment")).toString());
    recorded.statement = root.value(QStringLiteral("statement")).toString();
    QStringList columns;
    for (const QJsonValue& c : root.value(QStringLiteral("columns")).toArray())
        columns.append(c.toString());
    QList<ResultSet::Row> rows;
    for (const QJsonValue& r : root.value(QStringLiteral("rows")).toArray()) {
        ResultSet::Row row;
        for (const QJsonValue& v : r.toArray())
            row.append(v.isNull() ? QVariant() : QVariant(v.toString()));
        rows.append(row);
    }
    recorded.result = ResultSet(columns, rows);
    return recorded;
}

ServerSnapshot RecordedResultSet::targetSnapshot(const QString& fileName, quint64 serverId)
{
    const RecordedResultSet recorded = load(fileName);
    ServerSnapshot snapshot;
    snapshot.role = ServerRole::Target;
    snapshot.reachable = true;
    ServerFacts facts;
    facts.version = recorded.version;
    facts.serverId = serverId;
    facts.replicaStatus = Dialect(recorded.version).parseReplicaStatus(recorded.result);
    snapshot.facts = facts;
    return snapshot;
}
