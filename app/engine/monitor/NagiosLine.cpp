#include "NagiosLine.h"

#include "Diagnosis.h"

namespace {

// A perfdata label: quoted when it holds anything but letters, digits, '_' and '-'; a quote
// inside is doubled, '=' (which would end the label) is replaced.
QString label(const QString& setup, const QString& name, bool several)
{
    QString text = several ? setup + QLatin1Char(' ') + name : name;
    text.replace(QLatin1Char('='), QLatin1Char('_'));
    bool plain = true;
    for (const QChar c : text)
        plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'));
    if (plain)
        return text;
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString seconds(double value)
{
    return value == qint64(value) ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
}

} // namespace

void NagiosLine::add(const QString& setup, const StatusReport& report)
{
    Entry entry;
    entry.setup = setup;
    entry.severity = report.overall();
    m_worst = HealthClassifier::worst(m_worst, entry.severity);
    const qint64 lagWarning = report.thresholds().lagWarningSeconds;

    // The summary: the first server in the worst state, with the diagnosis where there is one.
    const ServerSnapshot* worst = nullptr;
    for (const ServerSnapshot& s : report.snapshots()) {
        if (HealthClassifier::severity(report.health(s)) == entry.severity
            && entry.severity != Severity::Ok) {
            worst = &s;
            break;
        }
    }
    const ServerSnapshot* target = report.snapshot(ServerRole::Target);
    const ServerSnapshot* source = report.snapshot(ServerRole::Source);
    if (worst) {
        entry.summary = QStringLiteral("%1 %2").arg(ServerRoles::key(worst->role),
                                                    HealthClassifier::key(report.health(*worst)));
        if (const std::optional<Diagnosis> diagnosis = Diagnoser::diagnose(*worst, source))
            entry.summary += QStringLiteral(": ") + diagnosis->summary;
        else if (worst->error)
            entry.summary += QStringLiteral(": ") + worst->error->explanation;
    } else {
        entry.summary = tr("all servers ok");
    }

    const auto add = [&](const QString& name, const QString& value, const QString& thresholds) {
        entry.perfdata << label(setup, name, false) + QLatin1Char('=') + value + thresholds;
    };
    if (target && target->facts && target->facts->replicaStatus
        && target->facts->replicaStatus->secondsBehindSource) {
        const qint64 lag = *target->facts->replicaStatus->secondsBehindSource;
        if (!worst)
            entry.summary += tr(", target %n s behind", nullptr, int(qMin<qint64>(lag, INT_MAX)));
        add(QStringLiteral("lag"), QString::number(lag) + QLatin1Char('s'),
            QStringLiteral(";%1;;0").arg(lagWarning));
    }
    if (target && target->heartbeatLagSeconds)
        add(QStringLiteral("true_lag"), seconds(*target->heartbeatLagSeconds) + QLatin1Char('s'),
            QStringLiteral(";%1;;0").arg(lagWarning));
    const BinlogRunway runway = report.runway();
    if (runway.state == BinlogRunway::State::Ok || runway.state == BinlogRunway::State::Shrinking
        || runway.state == BinlogRunway::State::Critical)
        add(QStringLiteral("runway"), QString::number(qMax<qint64>(0, runway.seconds)) + QLatin1Char('s'),
            QStringLiteral(";%1:;%2:;0").arg(runwayWarningSeconds).arg(runwayCriticalSeconds));
    m_entries.append(entry);
}

QString NagiosLine::text() const
{
    QString summary;
    QStringList perfdata;
    const bool several = m_entries.size() > 1;
    if (!several && !m_entries.isEmpty()) {
        summary = m_entries.first().summary;
        perfdata = m_entries.first().perfdata;
    } else {
        int bad = 0;
        QStringList details;
        for (const Entry& e : m_entries) {
            if (e.severity != Severity::Ok) {
                ++bad;
                details << e.setup + QStringLiteral(": ") + e.summary;
            }
            for (const QString& p : e.perfdata) {
                const qsizetype equals = p.indexOf(QLatin1Char('='));
                QString name = p.left(equals);
                if (name.startsWith(QLatin1Char('\'')))
                    name = name.mid(1, name.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
                perfdata << label(e.setup, name, true) + p.mid(equals);
            }
        }
        summary = tr("%1 of %2 setups not ok").arg(bad).arg(m_entries.size());
        if (!details.isEmpty())
            summary += QStringLiteral("; ") + details.join(QStringLiteral("; "));
    }
    summary.replace(QLatin1Char('|'), QLatin1Char('/')); // '|' starts the perfdata
    QString line
        = QStringLiteral("REPLICA WIZARD %1 - %2").arg(HealthClassifier::severityKey(m_worst), summary);
    if (!perfdata.isEmpty())
        line += QStringLiteral(" | ") + perfdata.join(QLatin1Char(' '));
    return line + QLatin1Char('\n');
}
