#include "BinlogReaderId.h"

#include "Dialect.h"
#include "db/SqlSession.h"

#include <QCryptographicHash>

namespace BinlogReaderId {

quint32 choose(const QString& sourceEndpoint, const QSet<quint64>& taken)
{
    // RDS picks large random ids but, like the servers' default of 1, below 2^31 in practice;
    // the upper half is where a collision is least likely, and `taken` rules out the rest.
    constexpr quint32 kLow = 0x80000000u;
    constexpr quint32 kSpan = 0x7ffffffeu;
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("replica-wizard binlog reader ") + sourceEndpoint).toUtf8(),
        QCryptographicHash::Sha256);
    quint32 seed = 0;
    for (int i = 0; i < 4; ++i)
        seed = (seed << 8) | quint8(digest.at(i));
    quint32 id = kLow + seed % kSpan;
    while (taken.contains(id))
        id = kLow + (id - kLow + 1) % kSpan;
    return id;
}

std::optional<QList<quint64>> connectedReplicaIds(SqlSession& source, const Dialect& dialect)
{
    const Result<ResultSet> hosts = source.query(dialect.replicaHostsStatement());
    if (!hosts)
        return std::nullopt;
    return dialect.parseReplicaHostIds(hosts.value());
}

} // namespace BinlogReaderId
