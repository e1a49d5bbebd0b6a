#pragma once

#include "db/ServerRole.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

// The one model of a setup that every wizard page reads and writes: the profile and the
// passwords, which stay in memory (and in the keychain only when the DBA asks).
class SetupModel : public QObject
{
    Q_OBJECT

public:
    explicit SetupModel(QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    void setProfile(const Profile& profile);
    void setConnection(ServerRole role, const ConnectionSpec& spec);

    QByteArray password(ServerRole role) const { return m_passwords.value(role); }
    void storePassword(ServerRole role, const QByteArray& password);

    QByteArray replicationPassword() const { return m_replicationPassword; }
    void setReplicationPassword(const QByteArray& password) { m_replicationPassword = password; }

    // The schemas chosen for the copy (empty: every user schema).
    QStringList schemas() const { return m_profile.databases; }
    void setSchemas(const QStringList& schemas);
    void setStrategy(SetupStrategy strategy);
    void setDefinerPolicy(const DefinerPolicy& policy);

    QHash<ServerRole, QByteArray> passwords() const { return m_passwords; }

    QString profilePath() const { return m_profilePath; }
    // Continue the unfinished run recorded in the profile's journal instead of starting afresh.
    bool resume() const { return m_resume; }
    void setResume(bool resume) { m_resume = resume; }
    void setProfilePath(const QString& path) { m_profilePath = path; }

    // Roles the chosen strategy needs.
    QList<ServerRole> roles() const;

signals:
    void changed();

private:
    Profile m_profile;
    QHash<ServerRole, QByteArray> m_passwords;
    QByteArray m_replicationPassword;
    QString m_profilePath;
    bool m_resume = false;
};
