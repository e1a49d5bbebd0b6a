#include "SchemaSizes.h"

#include "SetupConnections.h"

Result<QList<SchemaSize>> SchemaSizes::read(SqlSession& session)
{
    Result<QStringList> names = SetupConnections::userSchemas(session);
    if (!names)
        return names.error();
    Result<ResultSet> sizes
        = session.query(QStringLiteral("SELECT TABLE_SCHEMA AS s, COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), "
                                       "0) AS b, COALESCE(SUM(TABLE_ROWS), 0) AS r "
                                       "FROM information_schema.TABLES GROUP BY TABLE_SCHEMA"));
    if (!sizes)
        return sizes.error();
    QList<SchemaSize> list;
    for (const QString& name : names.value()) {
        SchemaSize size{name, 0, 0};
        for (int row = 0; row < sizes->rowCount(); ++row) {
            if (sizes->text(row, u"s") == name) {
                size.bytes = sizes->text(row, u"b").toLongLong();
                size.rows = sizes->text(row, u"r").toLongLong();
            }
        }
        list.append(size);
    }
    return list;
}
