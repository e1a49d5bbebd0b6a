#pragma once

#include "db/Result.h"
#include "db/SqlSession.h"

#include <QList>
#include <QString>

// One user schema of the copy's origin, with the server's estimates of its size.
struct SchemaSize
{
    QString name;
    qint64 bytes = 0;
    qint64 rows = 0;
};

namespace SchemaSizes {

// Every user schema of the server (as SetupConnections::userSchemas), with data and index size
// and row estimates from information_schema.
Result<QList<SchemaSize>> read(SqlSession& session);

} // namespace SchemaSizes
