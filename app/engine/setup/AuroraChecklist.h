#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The AWS side of the Aurora clone strategy, which the tool cannot do over SQL: binary logging in
// the cluster parameter group, retention, the clone, its crash-recovery event, and deleting the
// clone afterwards; each with the exact commands. Names come from the profile's [aurora] section,
// else from the source's cluster endpoint, else they are placeholders in angle brackets.
class AuroraChecklist
{
    Q_DECLARE_TR_FUNCTIONS(AuroraChecklist)

public:
    struct Item
    {
        QString title;
        QString why;
        QStringList commands;
    };

    explicit AuroraChecklist(const Profile& profile);

    QString cluster() const { return m_cluster; }
    QString clone() const { return m_clone; }
    QString cloneInstance() const { return m_clone + QStringLiteral("-instance-1"); }
    QString region() const { return m_region; } // empty: not known from the endpoint

    // What the DBA does before the setup, in order.
    QList<Item> beforeSetup() const;
    // After it: the clone costs money while it exists.
    Item deleteClone() const;
    // Every item as text: title, why, then the commands indented.
    static QString toText(const QList<Item>& items);

private:
    QString aws(const QString& command) const;

    Profile m_profile;
    QString m_cluster;
    QString m_clone;
    QString m_region;
};
