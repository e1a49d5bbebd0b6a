#include "DefinerPolicy.h"

#include "db/SqlText.h"

#include <QRegularExpression>

namespace {

// One part of user@host: 'quoted', "quoted", `quoted` (doubled or backslash-escaped quotes) or bare.
bool takePart(const QString& text, int* at, QString* part)
{
    part->clear();
    if (*at >= text.size())
        return false;
    const QChar first = text.at(*at);
    if (first == QLatin1Char('\'') || first == QLatin1Char('"') || first == QLatin1Char('`')) {
        for (int i = *at + 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\') && first != QLatin1Char('`') && i + 1 < text.size()) {
                part->append(text.at(++i));
            } else if (c == first) {
                if (i + 1 < text.size() && text.at(i + 1) == first) {
                    part->append(c);
                    ++i;
                } else {
                    *at = i + 1;
                    return true;
                }
            } else {
                part->append(c);
            }
        }
        return false; // unterminated
    }
    // Unquoted: a plain name only (letters, digits, _ $ . % -), as in 'dba'@'10.0.%'.
    const int end = int(text.indexOf(QLatin1Char('@'), *at));
    *part = text.mid(*at, end < 0 ? -1 : end - *at);
    *at = end < 0 ? int(text.size()) : end;
    static const QRegularExpression plain(QStringLiteral("^[\\w$.%-]+$"));
    return plain.match(*part).hasMatch();
}

} // namespace

Result<DefinerPolicy> DefinerPolicy::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("create"), Qt::CaseInsensitive) == 0)
        return DefinerPolicy{};
    const QLatin1String prefix("remap:");
    const auto invalid = [&trimmed] {
        return EngineError::local(tr("'%1' is not a definer policy.").arg(trimmed),
                                  tr("Use definers=create, or definers=remap:'user'@'host' naming an "
                                     "account that exists on the target."));
    };
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return invalid();
    const QString account = trimmed.mid(prefix.size()).trimmed();
    int at = 0;
    QString user, host = QStringLiteral("%");
    if (!takePart(account, &at, &user) || user.isEmpty())
        return invalid();
    if (at < account.size()) {
        if (account.at(at) != QLatin1Char('@'))
            return invalid();
        ++at;
        if (!takePart(account, &at, &host) || at != account.size())
            return invalid();
    }
    return remapTo(user, host);
}

DefinerPolicy DefinerPolicy::remapTo(const QString& user, const QString& host)
{
    DefinerPolicy policy;
    policy.kind = Kind::Remap;
    policy.remapUser = user;
    policy.remapHost = host.isEmpty() ? QStringLiteral("%") : host;
    return policy;
}

QString DefinerPolicy::toText() const
{
    if (kind == Kind::CreateMissing)
        return QStringLiteral("create");
    return QStringLiteral("remap:") + remapAccount();
}

QString DefinerPolicy::remapAccount() const
{
    return SqlText::account(remapUser, remapHost);
}

QString DefinerPolicy::describe() const
{
    if (kind == Kind::CreateMissing)
        return tr("create each missing definer account on the target, locked, with the privileges its "
                  "objects need");
    return tr("make %1 the definer of every copied object").arg(remapAccount());
}
