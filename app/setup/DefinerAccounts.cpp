#include "DefinerAccounts.h"

#include "db/ServerSession.h"
#include "db/SqlText.h"

namespace DefinerAccounts {

QString accountOf(const QString& definer)
{
    const qsizetype at = definer.lastIndexOf(QLatin1Char('@'));
    return SqlText::account(definer.left(at), definer.mid(at + 1));
}

QString createStatement(const QString& account)
{
    return QStringLiteral("CREATE USER IF NOT EXISTS %1 ACCOUNT LOCK").arg(account);
}

Result<QStringList> missingOn(ServerSession& origin, ServerSession& target, const QStringList& schemas)
{
    const QString in = SqlText::literalList(schemas);
    Result<ResultSet> definers = origin.query(
        QStringLiteral(
            "SELECT DISTINCT DEFINER AS d FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (%1) "
            "UNION SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (%1) "
            "UNION SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN (%1) "
            "UNION SELECT DEFINER FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN (%1)")
            .arg(in));
    if (!definers)
        return definers.error();
    QStringList missing;
    for (int row = 0; row < definers->rowCount(); ++row) {
        const QString definer = definers->text(row, u"d");
        const qsizetype at = definer.lastIndexOf(QLatin1Char('@'));
        if (at <= 0)
            continue;
        Result<ResultSet> exists = target.query(
            QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = %1 AND Host = %2")
                .arg(SqlText::literal(definer.left(at)), SqlText::literal(definer.mid(at + 1))));
        if (!exists)
            return exists.error();
        if (exists->text(0, u"n").toInt() == 0)
            missing << accountOf(definer);
    }
    return missing;
}

} // namespace DefinerAccounts
