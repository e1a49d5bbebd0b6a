#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QStringList>

class ServerSession;

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
class CopyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CopyVerifier)

public:
    CopyVerifier(ServerSession& origin, ServerSession& copy);
    Result<VerifyReport> verify(const QStringList& schemas);

private:
    ServerSession& m_origin;
    ServerSession& m_copy;
};
