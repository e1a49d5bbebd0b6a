#include "ConnectionTester.h"

#include "db/ServerSession.h"
#include "replication/ServerInspector.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

Result<ServerFacts> inspect(const ConnectionSpec& spec, const QByteArray& password)
{
    ServerSession session(spec);
    const Status opened = session.open(password);
    if (!opened)
        return opened.error();
    return ServerInspector(session).inspect();
}

} // namespace

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<ServerFacts>>::finished, this, [this] {
        const Result<ServerFacts> result = m_watcher.result();
        if (result)
            emit succeeded(result.value());
        else
            emit failed(result.error());
    });
}

void ConnectionTester::test(const ConnectionSpec& spec, const QByteArray& password)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(inspect, spec, password));
}

QString ConnectionTester::describe(const ServerFacts& facts)
{
    QStringList parts{facts.version.displayName()};
    if (facts.rds)
        parts << tr("RDS");
    parts << tr("server id %1").arg(facts.serverId);
    parts << (facts.logBin ? tr("binlog %1").arg(facts.binlogFormat) : tr("binlog off"));
    if (facts.readOnly)
        parts << tr("read-only");
    if (facts.replicaStatus) {
        const ReplicaStatus& r = *facts.replicaStatus;
        parts << tr("replica of %1:%2 (IO %3, SQL %4)")
                     .arg(r.sourceHost)
                     .arg(r.sourcePort)
                     .arg(r.ioRunning, r.sqlRunning);
    } else if (facts.replicaStatusError) {
        parts << tr("replica status not readable: %1").arg(facts.replicaStatusError->explanation);
    } else {
        parts << tr("not a replica");
    }
    return parts.join(QStringLiteral(" · "));
}
