#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class SqlSession;

// One stored column of a copied table, and how its values travel as LOAD DATA input.
struct TableColumn
{
    enum class Transfer
    {
        Raw, // the column's own bytes (results in binary, loaded with CHARACTER SET binary)
        Bit, // as a number (BIT values cannot be loaded as text), converted back with CAST
        Geometry // the server's internal bytes through a user variable
    };
    enum class KeyType
    {
        Unusable, // cannot bound a chunk exactly (FLOAT, ENUM, TEXT, ...)
        Integer,
        Number, // DECIMAL: compared as a number literal
        Temporal, // DATE, DATETIME, TIMESTAMP, TIME, YEAR: compared as a quoted literal
        Text, // CHAR/VARCHAR: compared in the column's character set and collation
        Binary // BINARY/VARBINARY: compared bytewise
    };

    QString name;
    QString dataType; // information_schema DATA_TYPE, lower case
    QString charset; // empty for columns without one
    QString collation;
    bool autoIncrement = false;

    Transfer transfer() const;
    KeyType keyType() const;
    // What a bound query selects for this key column: text a literal can be built from.
    QString boundExpression() const;
    // The SQL literal of a value boundExpression() returned, compared as the column compares.
    QString boundLiteral(const QString& value) const;
};

// A base table as the fast copy needs it: its stored columns, the key its chunks are cut on,
// and its CREATE TABLE split into what is created before the rows (primary key, the chunk key,
// the key holding the AUTO_INCREMENT column) and the secondary keys added in one ALTER TABLE
// after them (building an index once is faster than maintaining it per row), and its foreign
// keys, added once every table is in (see ChunkedLoadSeeder).
struct TableLayout
{
    Q_DECLARE_TR_FUNCTIONS(TableLayout)

public:
    QString schema;
    QString name;
    QString targetSchema; // where it is created: the same schema, or mysql for RDS's own tables
    QList<TableColumn> columns; // stored (not generated) ones, in order
    QList<int> keyColumns; // indexes into columns; empty: no usable key, the table is one stream
    QString keyName;
    QString createStatement; // without the deferred keys, for the target schema as default
    QStringList deferredClauses; // "ADD KEY ...", "ADD CONSTRAINT ... FOREIGN KEY ..."
    qint64 rowsEstimate = 0;
    qint64 bytesEstimate = 0;

    QString id() const { return schema + QLatin1Char('.') + name; }
    QString originName() const; // `schema`.`name`
    QString targetName() const; // `targetSchema`.`name`
    bool hasIntegerKey() const;
    QStringList keyIdentifiers() const;
    // ALTER TABLE target ADD KEY ..., ...: the deferred keys; empty when there are none.
    QString keysStatement() const;
    // ALTER TABLE target ADD CONSTRAINT ... FOREIGN KEY ..., ...; empty when there are none.
    QString foreignKeysStatement() const;
    int foreignKeyCount() const;

    // Reads columns, keys and CREATE TABLE of one table on the origin.
    static Result<TableLayout> read(SqlSession& origin, const QString& schema, const QString& table,
                                    const QString& targetSchema);

    // A SHOW CREATE TABLE statement without its secondary keys and foreign keys, and those as
    // ALTER TABLE clauses. Keys named in `kept`, and keys on `autoIncrementColumn`, stay. When
    // the statement is not in the shape SHOW CREATE TABLE prints, nothing is deferred.
    struct SplitCreate
    {
        QString create;
        QStringList deferred;
    };
    static SplitCreate splitCreate(const QString& showCreate, const QStringList& kept,
                                   const QString& autoIncrementColumn);
};
