#include "RdsHousekeepingTables.h"

#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "db/TableColumns.h"

#include <QSet>

namespace RdsHousekeepingTables {

namespace {

Result<QSet<QString>> rdsTables(SqlSession& session)
{
    Result<ResultSet> rs = session.query(
        QStringLiteral("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'mysql' "
                       "AND TABLE_NAME LIKE 'rds\\\\_%' AND TABLE_TYPE = 'BASE TABLE'"));
    if (!rs)
        return rs.error();
    QSet<QString> names;
    for (int row = 0; row < rs->rowCount(); ++row)
        names.insert(rs->text(row, u"t"));
    return names;
}

} // namespace

Result<QStringList> statements(SqlSession& origin, SqlSession& target)
{
    Result<QSet<QString>> wanted = rdsTables(origin);
    if (!wanted)
        return wanted.error();
    Result<QSet<QString>> present = rdsTables(target);
    if (!present)
        return present.error();
    QStringList names = (wanted.value() - present.value()).values();
    names.sort();
    QStringList statements;
    for (const QString& name : names) {
        const QString table = QStringLiteral("mysql.") + SqlText::identifier(name);
        Result<ResultSet> create = origin.query(QStringLiteral("SHOW CREATE TABLE ") + table);
        if (!create)
            return create.error();
        QString ddl = create->text(0, u"Create Table");
        ddl.replace(0, int(QStringLiteral("CREATE TABLE ").size()),
                    QStringLiteral("CREATE TABLE IF NOT EXISTS mysql."));
        statements << ddl;
        // Every value as the bytes of its text form, which any column type reads back.
        const Result<QStringList> columns = TableColumns::stored(origin, QStringLiteral("mysql"), name);
        if (!columns)
            return columns.error();
        QStringList columnNames;
        QStringList hexed;
        for (const QString& columnName : columns.value()) {
            const QString column = SqlText::identifier(columnName);
            columnNames << column;
            hexed << QStringLiteral("HEX(CAST(%1 AS BINARY)) AS %1").arg(column);
        }
        Result<ResultSet> rows = origin.query(
            QStringLiteral("SELECT %1 FROM %2 LIMIT 1000").arg(hexed.join(QStringLiteral(", ")), table));
        if (!rows)
            return rows.error();
        for (int row = 0; row < rows->rowCount(); ++row) {
            QStringList values;
            for (const QVariant& value : rows->rows().at(row))
                values << (value.isNull() ? QStringLiteral("NULL")
                                          : QStringLiteral("UNHEX('%1')").arg(value.toString()));
            statements << QStringLiteral("INSERT IGNORE INTO %1 (%2) VALUES (%3)")
                              .arg(table, columnNames.join(QStringLiteral(", ")),
                                   values.join(QStringLiteral(", ")));
        }
    }
    return statements;
}

} // namespace RdsHousekeepingTables
