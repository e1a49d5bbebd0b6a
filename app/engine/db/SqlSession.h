#pragma once

#include "ConnectionSpec.h"
#include "Result.h"
#include "ResultSet.h"

#include <QList>
#include <QString>

// "Run this SQL, get rows or an error": what everything above the connection needs of a server.
// ServerSession is the real one; tests of the logic above it (plans, preflight, resume decisions)
// use a scripted one with recorded result sets.
class SqlSession
{
public:
    virtual ~SqlSession() = default;

    // First result set of the statement (empty for statements without one).
    virtual Result<ResultSet> query(const QString& sql) = 0;
    Status execute(const QString& sql)
    {
        const Result<ResultSet> result = query(sql);
        if (!result)
            return result.error();
        return Done{};
    }
    // From another thread: makes the running statement fail at once (cancel). The server may go
    // on with it until it is killed there (KILL QUERY on the connection id).
    virtual void abort() = 0;
    // The server's id of this connection (0 when there is none), for KILL QUERY from another one.
    virtual unsigned long connectionId() const { return 0; }
    virtual const ConnectionSpec& spec() const = 0;
};
