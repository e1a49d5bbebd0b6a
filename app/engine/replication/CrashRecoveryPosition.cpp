#include "CrashRecoveryPosition.h"

#include <QRegularExpression>

namespace {

EngineError malformed(const QString& explanation)
{
    return EngineError::local(
        explanation,
        CrashRecoveryPosition::tr("Paste the message of the clone's event exactly as AWS shows it, e.g. "
                                  "'%1 mysql-bin-changelog.000001 154' (aws rds describe-events "
                                  "--source-type db-cluster --source-identifier <clone>).")
            .arg(CrashRecoveryPosition::eventPrefix()),
        QStringLiteral("clone_position_malformed"));
}

} // namespace

QString CrashRecoveryPosition::eventPrefix()
{
    return QStringLiteral("Binlog position from crash recovery is");
}

QString CrashRecoveryPosition::eventLine() const
{
    return QStringLiteral("%1 %2 %3").arg(eventPrefix(), file).arg(position);
}

Result<CrashRecoveryPosition> CrashRecoveryPosition::parse(const QString& pasted)
{
    QString line = pasted.trimmed();
    if (line.size() >= 2 && line.startsWith(QLatin1Char('"')) && line.endsWith(QLatin1Char('"')))
        line = line.mid(1, line.size() - 2).trimmed();
    if (line.isEmpty())
        return malformed(tr("No crash-recovery position was given for the clone."));
    const QString prefix = eventPrefix() + QLatin1Char(' ');
    if (!line.startsWith(prefix))
        return malformed(tr("'%1' is not Aurora's crash-recovery event: it must start with '%2'.")
                             .arg(pasted.trimmed().left(120), eventPrefix()));
    const QStringList words = line.mid(prefix.size()).split(QLatin1Char(' '));
    if (words.size() != 2)
        return malformed(
            tr("'%1' must end with exactly a binary log file name and a position.").arg(line.left(160)));
    // Aurora's files are mysql-bin-changelog.NNNNNN; any server's are basename.NNNNNN.
    static const QRegularExpression fileName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.[0-9]{6,}$"));
    if (!fileName.match(words.at(0)).hasMatch())
        return malformed(
            tr("'%1' is not a binary log file name (name.NNNNNN, e.g. mysql-bin-changelog.000001).")
                .arg(words.at(0)));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    bool ok = false;
    const quint64 position = words.at(1).toULongLong(&ok);
    // Every binary log begins with a 4-byte magic number: no event starts before it.
    if (!digits.match(words.at(1)).hasMatch() || !ok || position < 4)
        return malformed(
            tr("'%1' is not a binary log position (a whole number of at least 4).").arg(words.at(1)));
    CrashRecoveryPosition parsed;
    parsed.file = words.at(0);
    parsed.position = position;
    return parsed;
}
