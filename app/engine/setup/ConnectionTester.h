#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"
#include "replication/ServerFacts.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

// Tests one connection off the GUI thread (its own connection on a pool thread) and reports
// the detected facts or the explained error.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);

    void test(const ConnectionSpec& spec, const QByteArray& password);
    bool isRunning() const { return m_watcher.isRunning(); }

    // "MariaDB 10.11.6 · RDS · server id 933302652 · replica of 10.0.3.17:3306 (IO Yes, SQL Yes)"
    static QString describe(const ServerFacts& facts);

signals:
    void succeeded(const ServerFacts& facts);
    void failed(const EngineError& error);

private:
    QFutureWatcher<Result<ServerFacts>> m_watcher;
};
