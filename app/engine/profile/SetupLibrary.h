#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The setups saved on this machine: AppDataLocation/setups/<id>/profile.ini (never a secret).
class SetupLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SetupLibrary)

public:
    struct Entry
    {
        QString id;
        QString profilePath;
        QString title; // "source-host → target-host"
    };

    explicit SetupLibrary(QString root = {});

    QString root() const { return m_root; }
    QList<Entry> entries() const;
    // Saves `profile` under a new id (or `id` when given) and returns the entry.
    Result<Entry> save(const Profile& profile, const QString& id = {});
    // Deletes a saved setup's folder (its profile, journal and audit log).
    Status remove(const QString& profilePath);

    static QString titleOf(const Profile& profile);

private:
    QString m_root;
};
