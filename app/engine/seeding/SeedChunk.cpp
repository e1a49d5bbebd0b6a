#include "SeedChunk.h"

namespace {

// (k1 OP v1 OR (k1 = v1 AND (k2 OP v2 OR (k2 = v2 AND k3 LAST v3))))
QString compare(const QStringList& columns, const QStringList& values, const QString& op, const QString& last)
{
    const qsizetype n = qMin(columns.size(), values.size());
    if (n == 0)
        return QStringLiteral("1");
    QString condition = QStringLiteral("%1 %2 %3").arg(columns.at(n - 1), last, values.at(n - 1));
    for (qsizetype i = n - 2; i >= 0; --i)
        condition = QStringLiteral("(%1 %2 %3 OR (%1 = %3 AND %4))")
                        .arg(columns.at(i), op, values.at(i), condition);
    return condition;
}

} // namespace

QString SeedChunk::above(const QStringList& keyColumns, const QStringList& bound)
{
    return compare(keyColumns, bound, QStringLiteral(">"), QStringLiteral(">"));
}

QString SeedChunk::atMost(const QStringList& keyColumns, const QStringList& bound)
{
    return compare(keyColumns, bound, QStringLiteral("<"), QStringLiteral("<="));
}

QString SeedChunk::where(const QStringList& keyColumns) const
{
    QStringList parts;
    if (!lower.isEmpty())
        parts << above(keyColumns, lower);
    if (!upper.isEmpty())
        parts << atMost(keyColumns, upper);
    if (parts.isEmpty())
        return QStringLiteral("1");
    return parts.join(QStringLiteral(" AND "));
}

namespace {

// Wide enough for any BIGINT (signed or unsigned) and the differences of two of them.
__extension__ typedef __int128 Wide;

bool parseInteger(const QString& text, Wide* value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const bool negative = trimmed.startsWith(QLatin1Char('-'));
    Wide result = 0;
    for (qsizetype i = negative ? 1 : 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (!c.isDigit() || trimmed.size() > 21)
            return false;
        result = result * 10 + (c.unicode() - '0');
    }
    *value = negative ? -result : result;
    return true;
}

QString integerText(Wide value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    QString digits;
    for (Wide rest = negative ? -value : value; rest > 0; rest /= 10)
        digits.prepend(QLatin1Char(char('0' + int(rest % 10))));
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace

QList<SeedChunk> SeedChunk::integerRanges(const QString& min, const QString& max, int count)
{
    Wide low = 0;
    Wide high = 0;
    if (count < 2 || !parseInteger(min, &low) || !parseInteger(max, &high) || high <= low)
        return {SeedChunk{}};
    const Wide width = high - low + 1;
    const Wide step = qMax<Wide>(1, (width + count - 1) / count);
    QList<SeedChunk> chunks;
    QStringList lower;
    for (int ordinal = 0; ordinal < count; ++ordinal) {
        const Wide bound = low + step * (ordinal + 1) - 1;
        SeedChunk chunk;
        chunk.ordinal = ordinal;
        chunk.lower = lower;
        if (ordinal + 1 < count && bound < high)
            chunk.upper = QStringList{integerText(bound)};
        chunks << chunk;
        if (chunk.upper.isEmpty())
            break;
        lower = chunk.upper;
    }
    return chunks;
}
