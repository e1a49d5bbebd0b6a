#include "MariaDbGtidList.h"

#include <QStringList>

std::optional<MariaDbGtidList> MariaDbGtidList::parse(const QString& text)
{
    MariaDbGtidList list;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return list;
    for (const QString& item : trimmed.split(QLatin1Char(','))) {
        const QStringList parts = item.trimmed().split(QLatin1Char('-'));
        if (parts.size() != 3)
            return std::nullopt;
        bool domainOk = false;
        bool serverOk = false;
        bool sequenceOk = false;
        const MariaDbGtid gtid{parts.at(0).toUInt(&domainOk), parts.at(1).toUInt(&serverOk),
                               parts.at(2).toULongLong(&sequenceOk)};
        if (!domainOk || !serverOk || !sequenceOk || list.inDomain(gtid.domain))
            return std::nullopt;
        list.m_gtids.append(gtid);
    }
    return list;
}

std::optional<MariaDbGtid> MariaDbGtidList::inDomain(quint32 domain) const
{
    for (const MariaDbGtid& gtid : m_gtids)
        if (gtid.domain == domain)
            return gtid;
    return std::nullopt;
}

quint64 MariaDbGtidList::sequencesAhead(const MariaDbGtidList& other) const
{
    quint64 ahead = 0;
    for (const MariaDbGtid& gtid : m_gtids) {
        const std::optional<MariaDbGtid> there = other.inDomain(gtid.domain);
        const quint64 from = there ? there->sequence : 0;
        if (gtid.sequence > from)
            ahead += gtid.sequence - from;
    }
    return ahead;
}

QString MariaDbGtidList::toString() const
{
    QStringList items;
    for (const MariaDbGtid& gtid : m_gtids)
        items << QStringLiteral("%1-%2-%3").arg(gtid.domain).arg(gtid.server).arg(gtid.sequence);
    return items.join(QLatin1Char(','));
}
