#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>

// What the copy does with the DEFINER accounts of views, routines, triggers and events (on RDS
// typically the master user, which does not exist on an external target).
struct DefinerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DefinerPolicy)

public:
    enum class Kind
    {
        // Each definer missing on the target is created there locked (no usable password), with
        // exactly the privileges its objects need on the copied schemas. The default.
        CreateMissing,
        // Every object gets one account the DBA names, which must exist on the target.
        Remap
    };

    Kind kind = Kind::CreateMissing;
    QString remapUser;
    QString remapHost;

    // "create", or "remap:'user'@'host'" (quotes optional, host defaults to %).
    static Result<DefinerPolicy> parse(const QString& text);
    static DefinerPolicy remapTo(const QString& user, const QString& host);
    // The profile's spelling, which parse() reads back.
    QString toText() const;
    // 'user'@'host' of the remap account, for SQL.
    QString remapAccount() const;
    // {user, host} an object defined by `user`@`host` gets on the target under this policy.
    QPair<QString, QString> definerOnTarget(const QString& user, const QString& host) const
    {
        return kind == Kind::Remap ? qMakePair(remapUser, remapHost) : qMakePair(user, host);
    }
    // For people: "create the missing accounts (locked)" or "remap to 'u'@'h'".
    QString describe() const;

    bool operator==(const DefinerPolicy& other) const
    {
        return kind == other.kind && remapUser == other.remapUser && remapHost == other.remapHost;
    }
};
