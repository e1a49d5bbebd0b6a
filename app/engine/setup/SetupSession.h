#pragma once

#include "Preflight.h"
#include "RunFiles.h"
#include "SchemaSizes.h"
#include "db/ServerRole.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <memory>

class QThread;
class SetupJob;
class SetupSessionWorker;

// One setup being prepared and run, engine side: the profile, the passwords (in memory only), and
// the servers. Its connections live on a thread of their own and are kept across requests; every
// request (preflight, a fix, the schemas, the runbook, the status) returns at once and its result
// comes as a signal. The wizard's pages are views over this object and do no I/O themselves.
// Destroying it aborts what is running on its connections and returns at once.
class SetupSession : public QObject
{
    Q_OBJECT

public:
    explicit SetupSession(QObject* parent = nullptr);
    ~SetupSession() override;

    const Profile& profile() const { return m_profile; }
    void setProfile(const Profile& profile);
    void setConnection(ServerRole role, const ConnectionSpec& spec);
    // The schemas chosen for the copy (empty: every user schema).
    QStringList schemas() const { return m_profile.databases; }
    void setSchemas(const QStringList& schemas);
    void setStrategy(SetupStrategy strategy);
    void setDefinerPolicy(const DefinerPolicy& policy);
    void setSeedEngine(SeedEngine engine);
    void setGtidUse(GtidUse use);
    // The Aurora clone's crash-recovery event, as parsed (CrashRecoveryPosition::eventLine).
    void setClonePosition(const QString& eventLine);
    // Roles the chosen strategy needs.
    QList<ServerRole> roles() const;

    QByteArray password(ServerRole role) const { return m_passwords.value(role); }
    QHash<ServerRole, QByteArray> passwords() const { return m_passwords; }
    void storePassword(ServerRole role, const QByteArray& password);
    QByteArray replicationPassword() const { return m_replicationPassword; }
    void setReplicationPassword(const QByteArray& password) { m_replicationPassword = password; }

    QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString& path) { m_profilePath = path; }
    // Continue the unfinished run recorded in the profile's journal instead of starting afresh.
    bool resume() const { return m_resume; }
    void setResume(bool resume) { m_resume = resume; }
    RunFiles runFiles() const { return RunFiles::forProfile(m_profilePath); }

    enum class Request
    {
        Preflight,
        Fix,
        Schemas,
        Runbook,
        ServerStatus
    };
    bool isPending(Request request) const { return m_pending.value(request) > 0; }

    void checkPreflight();
    // Runs a preflight check's fix statements on its server.
    void applyFix(const PreflightCheck& check);
    void readSchemas();
    void buildRunbook();
    void readStatus();

    // The run: a job on its own thread with its own connections (the session's stay idle). The
    // session owns it; a new run replaces the finished one.
    SetupJob* startRun();
    SetupJob* job() const { return m_job.get(); }

signals:
    void changed();
    void preflightChecked(const QList<PreflightCheck>& checks);
    void fixApplied(const Status& result);
    void schemasRead(const Result<QList<SchemaSize>>& result);
    void runbookBuilt(const Result<QString>& result);
    void statusRead(const QString& text);

private:
    // Queues work for the worker's thread and counts it pending until `done` is emitted.
    template<typename Work>
    void post(Request request, Work work);
    void settle(Request request);

    Profile m_profile;
    QHash<ServerRole, QByteArray> m_passwords;
    QByteArray m_replicationPassword;
    QString m_profilePath;
    bool m_resume = false;
    QHash<Request, int> m_pending;
    QThread* m_thread;
    SetupSessionWorker* m_worker;
    std::unique_ptr<SetupJob> m_job;
};
