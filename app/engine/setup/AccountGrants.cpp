#include "AccountGrants.h"

#include "db/SqlScanner.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"

#include <functional>

namespace {

using Token = SqlScanner::Token;

QString unquoted(const Token& token)
{
    if (token.type != Token::Type::Quoted)
        return token.text;
    const QString inner = token.text.mid(1, token.text.size() - 2);
    const QChar quote = token.text.at(0);
    QString out = inner;
    out.replace(QString(2, quote), QString(quote));
    return out;
}

// A name as written in a grant: quoted, or a bare word (kept in its original case).
QString nameOf(const QString& line, const Token& token)
{
    return token.type == Token::Type::Word ? line.mid(token.start, token.length) : unquoted(token);
}

} // namespace

AccountGrants AccountGrants::parse(const QStringList& grantLines)
{
    AccountGrants grants;
    for (const QString& line : grantLines) {
        const QList<Token> tokens = SqlScanner::tokens(line);
        if (tokens.isEmpty() || !tokens.first().is("GRANT")) {
            grants.m_incomplete = true;
            continue;
        }
        // Privileges up to ON; a privilege with a column list is column level (not copied).
        QSet<QString> privileges;
        QStringList words;
        int i = 1;
        bool columnLevel = false;
        for (; i < tokens.size() && !tokens.at(i).is("ON"); ++i) {
            const Token& t = tokens.at(i);
            if (t.text == QLatin1String("(")) {
                columnLevel = true;
                while (i < tokens.size() && tokens.at(i).text != QLatin1String(")"))
                    ++i;
                words.clear();
                continue;
            }
            if (t.text == QLatin1String(",")) {
                if (!words.isEmpty())
                    privileges.insert(words.join(QLatin1Char(' ')));
                words.clear();
                continue;
            }
            words.append(t.text);
        }
        if (!words.isEmpty())
            privileges.insert(words.join(QLatin1Char(' ')));
        if (i >= tokens.size()) { // GRANT role TO user: privileges we cannot see from here
            grants.m_incomplete = true;
            continue;
        }
        privileges.remove(QStringLiteral("PROXY"));
        privileges.remove(QStringLiteral("USAGE"));
        if (privileges.contains(QStringLiteral("ALL")))
            privileges.insert(QStringLiteral("ALL PRIVILEGES"));
        ++i; // ON
        if (i < tokens.size()
            && (tokens.at(i).is("FUNCTION") || tokens.at(i).is("PROCEDURE") || tokens.at(i).is("PACKAGE"))) {
            grants.m_incomplete = grants.m_incomplete || !privileges.isEmpty();
            continue; // routine level
        }
        if (columnLevel)
            grants.m_incomplete = true;
        if (privileges.isEmpty())
            continue;
        // scope: *.* | db.* | db.table | * | table
        if (i + 2 >= tokens.size()) {
            grants.m_incomplete = true;
            continue;
        }
        const Token& first = tokens.at(i);
        const bool dotted = tokens.at(i + 1).text == QLatin1String(".");
        if (first.text == QLatin1String("*") && dotted && tokens.at(i + 2).text == QLatin1String("*")) {
            grants.m_global.unite(privileges);
        } else if (dotted && tokens.at(i + 2).text == QLatin1String("*")) {
            grants.m_schemas.append({nameOf(line, first), privileges});
        } else if (dotted) {
            grants.m_tables.append({nameOf(line, first), nameOf(line, tokens.at(i + 2)), privileges});
        } else {
            grants.m_incomplete = true;
        }
    }
    return grants;
}

Result<bool> AccountGrants::exists(SqlSession& server, const QString& user, const QString& host)
{
    Result<ResultSet> rs
        = server.query(QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = %1 AND Host = %2")
                           .arg(SqlText::literal(user), SqlText::literal(host)));
    if (!rs)
        return rs.error();
    return rs->text(0, u"n").toInt() > 0;
}

Result<QString> AccountGrants::plugin(SqlSession& server, const QString& user, const QString& host)
{
    Result<ResultSet> rs
        = server.query(QStringLiteral("SELECT plugin FROM mysql.user WHERE User = %1 AND Host = %2")
                           .arg(SqlText::literal(user), SqlText::literal(host)));
    if (!rs)
        return rs.error();
    return rs->isEmpty() ? QString() : rs->text(0, u"plugin");
}

Result<AccountGrants> AccountGrants::read(SqlSession& server, const QString& account)
{
    Result<ResultSet> rs = server.query(QStringLiteral("SHOW GRANTS FOR %1").arg(account));
    if (!rs)
        return rs.error();
    if (rs->columns().isEmpty())
        return EngineError::local(QStringLiteral("SHOW GRANTS FOR %1 returned no result.").arg(account));
    QStringList lines;
    for (int row = 0; row < rs->rowCount(); ++row)
        lines << rs->rows().at(row).value(0).toString();
    return parse(lines);
}

bool AccountGrants::contains(const QSet<QString>& privileges, const QString& privilege)
{
    return privileges.contains(privilege) || privileges.contains(QStringLiteral("ALL PRIVILEGES"));
}

bool AccountGrants::patternMatches(const QString& pattern, const QString& schema)
{
    // Classic LIKE matching with backtracking for '%'.
    const std::function<bool(int, int)> match = [&](int p, int s) -> bool {
        while (p < pattern.size()) {
            const QChar c = pattern.at(p);
            if (c == QLatin1Char('%')) {
                for (int k = s; k <= schema.size(); ++k) {
                    if (match(p + 1, k))
                        return true;
                }
                return false;
            }
            if (s >= schema.size())
                return false;
            if (c == QLatin1Char('\\') && p + 1 < pattern.size()) {
                if (pattern.at(p + 1) != schema.at(s))
                    return false;
                p += 2;
                ++s;
                continue;
            }
            if (c != QLatin1Char('_') && c != schema.at(s))
                return false;
            ++p;
            ++s;
        }
        return s == schema.size();
    };
    return match(0, 0);
}

bool AccountGrants::holdsOnSchema(const QString& schema, const QString& privilege) const
{
    if (contains(m_global, privilege))
        return true;
    for (const SchemaGrant& grant : m_schemas) {
        if (patternMatches(grant.pattern, schema) && contains(grant.privileges, privilege))
            return true;
    }
    return false;
}

bool AccountGrants::holdsOnTable(const QString& schema, const QString& table, const QString& privilege) const
{
    if (holdsOnSchema(schema, privilege))
        return true;
    for (const TableGrant& grant : m_tables) {
        if (grant.schema == schema && grant.table.compare(table, Qt::CaseInsensitive) == 0
            && contains(grant.privileges, privilege))
            return true;
    }
    return false;
}

QHash<QString, QSet<QString>> AccountGrants::tableGrants(const QString& schema) const
{
    QHash<QString, QSet<QString>> tables;
    for (const TableGrant& grant : m_tables) {
        if (grant.schema == schema)
            tables[grant.table].unite(grant.privileges);
    }
    return tables;
}
