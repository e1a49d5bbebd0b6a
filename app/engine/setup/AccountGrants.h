#pragma once

#include "db/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class SqlSession;

// An account's privileges as SHOW GRANTS FOR prints them, at the levels a copy reproduces:
// global (*.*), schema (`db`.*, wildcards and all) and table. Column and routine grants, and
// privileges that come through roles, are counted as not understood.
class AccountGrants
{
public:
    static AccountGrants parse(const QStringList& grantLines);
    // Whether `user`@`host` exists on the server (mysql.user).
    static Result<bool> exists(SqlSession& server, const QString& user, const QString& host);
    // The authentication plugin of `user`@`host` (mysql.user); empty when there is no such account.
    static Result<QString> plugin(SqlSession& server, const QString& user, const QString& host);
    // SHOW GRANTS FOR `account` ('user'@'host'), parsed.
    static Result<AccountGrants> read(SqlSession& server, const QString& account);

    // A privilege held on *.* ("ALL PRIVILEGES" counts as every privilege).
    bool holdsGlobally(const QString& privilege) const { return contains(m_global, privilege); }

    // Privileges held on every table of `schema`: the global ones plus those of each matching
    // schema-level grant. "ALL PRIVILEGES" counts as every privilege.
    bool holdsOnSchema(const QString& schema, const QString& privilege) const;
    bool holdsOnTable(const QString& schema, const QString& table, const QString& privilege) const;
    // Tables of `schema` with table-level grants, and what each grants.
    QHash<QString, QSet<QString>> tableGrants(const QString& schema) const;
    // Some of the account's privileges could not be read (roles, unknown lines).
    bool incomplete() const { return m_incomplete; }

    // Does a schema-level grant pattern (`_` and `%` wildcards, `\` escapes) match `schema`?
    static bool patternMatches(const QString& pattern, const QString& schema);

private:
    struct SchemaGrant
    {
        QString pattern;
        QSet<QString> privileges;
    };
    struct TableGrant
    {
        QString schema;
        QString table;
        QSet<QString> privileges;
    };
    static bool contains(const QSet<QString>& privileges, const QString& privilege);

    QSet<QString> m_global;
    QList<SchemaGrant> m_schemas;
    QList<TableGrant> m_tables;
    bool m_incomplete = false;
};
