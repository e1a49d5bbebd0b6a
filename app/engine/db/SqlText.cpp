#include "SqlText.h"

#include <QRegularExpression>

namespace SqlText {

QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString literal(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\0':
            out += QLatin1String("\\0");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\x1a':
            out += QLatin1String("\\Z");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\'':
            out += QLatin1String("\\'");
            break;
        default:
            out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

QString literalList(const QStringList& values)
{
    if (values.isEmpty())
        return QStringLiteral("''");
    QStringList quoted;
    for (const QString& v : values)
        quoted.append(literal(v));
    return quoted.join(QStringLiteral(", "));
}

QString account(const QString& user, const QString& host)
{
    return literal(user) + QLatin1Char('@') + literal(host);
}

QPair<QString, QString> splitAccount(const QString& definer)
{
    const qsizetype at = definer.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? qMakePair(definer, QString()) : qMakePair(definer.left(at), definer.mid(at + 1));
}

QString definerAccount(const QString& definer)
{
    const QPair<QString, QString> split = splitAccount(definer);
    return account(split.first, split.second);
}

QString likeEscaped(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    return escaped;
}

QString redacted(const QString& sql)
{
    // A quoted literal: '...' or "..." with backslash escapes or doubled quotes inside.
    static const QRegularExpression secret(
        QStringLiteral(
            R"re((IDENTIFIED\s+(?:VIA\s+\w+\s+)?(?:BY|USING)\s+(?:PASSWORD\s*\(?\s*)?|)re"
            R"re((?:MASTER|SOURCE)_PASSWORD\s*=\s*|PASSWORD\s*\(\s*|SET\s+PASSWORD\s*(?:FOR\s+\S+\s*)?=\s*))re"
            R"re(('(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.|"")*"))re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = sql;
    out.replace(secret, QStringLiteral("\\1'***'"));
    return out;
}

} // namespace SqlText
