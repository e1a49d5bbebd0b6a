#pragma once

#include <QList>
#include <QString>

#include <optional>

// One MariaDB GTID: domain-server-sequence.
struct MariaDbGtid
{
    quint32 domain = 0;
    quint32 server = 0;
    quint64 sequence = 0;
};

// A MariaDB GTID position, as gtid_binlog_pos, gtid_slave_pos and BINLOG_GTID_POS() print it:
// "0-1-100,1-2-5", at most one GTID per replication domain (empty: nothing yet).
class MariaDbGtidList
{
public:
    // nullopt when the text is not such a list (or names a domain twice).
    static std::optional<MariaDbGtidList> parse(const QString& text);

    const QList<MariaDbGtid>& gtids() const { return m_gtids; }
    bool isEmpty() const { return m_gtids.isEmpty(); }
    std::optional<MariaDbGtid> inDomain(quint32 domain) const;
    // How many sequence numbers this position is ahead of `other`, summed over this one's
    // domains (a domain `other` lacks counts from 0): the transactions a replica at `other`
    // still has to apply to reach this one.
    quint64 sequencesAhead(const MariaDbGtidList& other) const;
    QString toString() const;

private:
    QList<MariaDbGtid> m_gtids;
};
