#include "AuroraChecklist.h"

#include "replication/BinlogRetention.h"
#include "replication/CrashRecoveryPosition.h"
#include "replication/Dialect.h"

#include <algorithm>

namespace {

// A cluster endpoint is <cluster>.cluster-<id>.<region>.rds.amazonaws.com.
QStringList endpointLabels(const QString& host)
{
    const QString h = host.trimmed().toLower();
    if (!h.endsWith(QLatin1String(".rds.amazonaws.com")))
        return {};
    return h.split(QLatin1Char('.'));
}

} // namespace

AuroraChecklist::AuroraChecklist(const Profile& profile)
    : m_profile(profile)
{
    const QStringList labels = endpointLabels(profile.source.host);
    m_cluster = profile.auroraCluster;
    if (m_cluster.isEmpty())
        m_cluster = labels.size() == 6 && labels.at(1).startsWith(QLatin1String("cluster-"))
            ? labels.at(0)
            : QStringLiteral("<cluster>");
    m_clone = profile.cloneCluster;
    if (m_clone.isEmpty())
        m_clone = m_cluster.startsWith(QLatin1Char('<')) ? QStringLiteral("<clone>")
                                                         : m_cluster + QStringLiteral("-replica-seed");
    if (labels.size() >= 5)
        m_region = labels.at(labels.size() - 4);
}

QString AuroraChecklist::aws(const QString& command) const
{
    return QStringLiteral("aws rds ") + command
        + (m_region.isEmpty() ? QString() : QStringLiteral(" --region ") + m_region);
}

QList<AuroraChecklist::Item> AuroraChecklist::beforeSetup() const
{
    const int hours = std::min(m_profile.retentionHours, BinlogRetention::AuroraMaximumHours);
    QList<Item> items;
    items << Item{tr("Binary logging on the cluster"),
                  tr("Aurora writes no binary log until binlog_format is set in a custom cluster parameter "
                     "group (the default group leaves it OFF); the writer must then reboot. Skip this when "
                     "preflight finds log_bin ON with binlog_format ROW."),
                  {aws(QStringLiteral("modify-db-cluster-parameter-group --db-cluster-parameter-group-name "
                                      "<cluster-parameter-group> --parameters "
                                      "\"ParameterName=binlog_format,ParameterValue=ROW,ApplyMethod=pending-"
                                      "reboot\"")),
                   aws(QStringLiteral("reboot-db-instance --db-instance-identifier <writer-instance>"))}};
    items << Item{tr("Binary log retention, before the clone"),
                  tr("The writer must keep its binary logs from the clone's position until the target has "
                     "caught up; Aurora allows up to %1 h. The setup's first step sets it too, but only "
                     "logs still there when the clone is made can be kept. Run this on the writer.")
                      .arg(BinlogRetention::AuroraMaximumHours),
                  {Dialect::rdsSetBinlogRetentionStatement(hours)}};
    items << Item{
        tr("Create the clone"),
        tr("A copy-on-write clone of the cluster with one instance; its endpoint is the staging "
           "connection of this setup."),
        {aws(QStringLiteral("restore-db-cluster-to-point-in-time --source-db-cluster-identifier %1 "
                            "--db-cluster-identifier %2 --restore-type copy-on-write "
                            "--use-latest-restorable-time")
                 .arg(m_cluster, m_clone)),
         aws(QStringLiteral("create-db-instance --db-instance-identifier %1 --db-cluster-identifier "
                            "%2 --engine aurora-mysql --db-instance-class <instance-class>")
                 .arg(cloneInstance(), m_clone)),
         aws(QStringLiteral("wait db-instance-available --db-instance-identifier %1").arg(cloneInstance())),
         aws(QStringLiteral("describe-db-clusters --db-cluster-identifier %1 --query "
                            "\"DBClusters[0].Endpoint\" --output text")
                 .arg(m_clone))}};
    items << Item{tr("The clone's binary log position"),
                  tr("Paste the line this prints as the clone's crash-recovery position. The clone's own "
                     "SHOW MASTER STATUS is not it: a restored cluster starts a new binary log file."),
                  {aws(QStringLiteral("describe-events --source-type db-cluster --source-identifier %1 "
                                      "--duration 1440 --query \"Events[?starts_with(Message, '%2')]."
                                      "Message\" --output text")
                           .arg(m_clone, CrashRecoveryPosition::eventPrefix()))}};
    return items;
}

AuroraChecklist::Item AuroraChecklist::deleteClone() const
{
    return Item{tr("Delete the clone"),
                tr("The clone costs money for as long as it exists, and the target no longer needs it."),
                {aws(QStringLiteral("delete-db-instance --db-instance-identifier %1").arg(cloneInstance())),
                 aws(QStringLiteral("delete-db-cluster --db-cluster-identifier %1 --skip-final-snapshot")
                         .arg(m_clone))}};
}

QString AuroraChecklist::toText(const QList<Item>& items)
{
    QStringList lines;
    for (int i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(item.title) << QStringLiteral("   ") + item.why;
        for (const QString& command : item.commands)
            lines << QStringLiteral("     ") + command;
    }
    return lines.join(QLatin1Char('\n'));
}
