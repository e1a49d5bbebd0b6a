#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QStringList>

class SqlSession;

// What comparing a copy with its origin found.
struct VerifyReport
{
    int tablesCompared = 0;
    qint64 rowsCompared = 0;
    int objectsCompared = 0; // views, routines, triggers, events
    QStringList differences;

    bool ok() const { return differences.isEmpty(); }
    QString summary() const;
};

// Compares every table (CHECKSUM TABLE and row count) and the counts of views, routines,
// triggers and events of the given schemas between two servers whose data must be equal (the
// origin is stopped or frozen at the copy's coordinates).
//
// CHECKSUM TABLE is fast but not a pure function of the rows: MariaDB 10.11 gives other sums for
// the same rows of a table with generated columns after it was rebuilt, and MySQL and MariaDB
// sum differently. Where the sums differ, the rows' stored columns are hashed in SQL on both
// sides (a SHA2 per row, XORed), which is exact; only that decides.
class CopyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CopyVerifier)

public:
    CopyVerifier(SqlSession& origin, SqlSession& copy);
    Result<VerifyReport> verify(const QStringList& schemas);

    // The statement that hashes every stored (not generated) column of every row of a table.
    static Result<QString> rowHashStatement(SqlSession& session, const QString& schema, const QString& table);

private:
    // True when the rows of the table are equal by the row hash.
    Result<bool> rowsEqual(const QString& schema, const QString& table);

    SqlSession& m_origin;
    SqlSession& m_copy;
};
