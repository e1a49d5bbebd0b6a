#pragma once

#include "Confirmer.h"
#include "RunJournal.h"
#include "SetupConnections.h"
#include "SetupPlan.h"
#include "SourceCoordinates.h"
#include "db/ServerSession.h"
#include "profile/Profile.h"
#include "replication/ServerFacts.h"
#include "seeding/SeedProgress.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class AuditLog;
class DumpPipeSeeder;

// What a run needs: the profile and every password (in memory only).
struct SetupInput
{
    Profile profile;
    QHash<ServerRole, QByteArray> passwords;
    QByteArray replicationPassword;
    QString auditLogPath;
    QString profilePath; // for the journal's record only
    QString journalPath; // empty: no journal (the run cannot be resumed)
    bool resume = false; // continue the run recorded in the journal
};

// Runs a setup plan step by step. Lives on its own worker thread (moveToThread) and owns one
// connection per server there; reports by signals; cancel() may be called from any thread.
class SetupRunner : public QObject
{
    Q_OBJECT

public:
    SetupRunner(SetupInput input, Confirmer* confirmer, QObject* parent = nullptr);
    ~SetupRunner() override;

    void cancel();

public slots:
    void run();

signals:
    void planReady(const QList<SetupStep>& steps);
    void stepStarted(int index, const SetupStep& step);
    void stepFinished(int index, bool ok, const QString& message);
    void seedProgress(const SeedProgress& progress);
    void logLine(const QString& line);
    // ok: the target replicates and the copy was verified. summary: what state each server is in.
    void finished(bool ok, const QString& summary);

private:
    Status prepare();
    Status startJournal();
    // For a step the journal records as done: true when its effect is still there (skip it),
    // false when it should run again, an error when the servers no longer allow going on.
    Result<bool> stillDone(const SetupStep& step);
    Status runStep(const SetupStep& step);
    bool ask(const SetupStep& step, const QString& question, const QStringList& commands);

    Status retention(const SetupStep& step);
    Status replicationAccount(const SetupStep& step);
    Status stopStaging(const SetupStep& step);
    Status readSourceCoordinates(const SetupStep& step);
    Status prepareTarget(const SetupStep& step);
    Status definerAccounts(const SetupStep& step);
    Status seed(const SetupStep& step);
    Status copyObjects(const SetupStep& step);
    Status recheckCoordinates(const SetupStep& step);
    Status verifyCopy(const SetupStep& step);
    Status disableEvents(const SetupStep& step);
    Status replicationFilters(const SetupStep& step);
    Status pointTarget(const SetupStep& step);
    Status startReplica(const SetupStep& step);
    Status verifyReplication(const SetupStep& step);
    Status resumeStaging(const SetupStep& step);

    Result<ResultSet> query(ServerRole role, const QString& sql);
    Status execute(ServerRole role, const QString& sql);
    Status executeAll(ServerRole role, const QStringList& statements);
    Result<SourceCoordinates> currentCoordinates();
    Status sourceQuietBetween(const SourceCoordinates& from, const SourceCoordinates& to);
    ServerRole copyRole() const;
    QString stateSummary(bool ok) const;
    void log(const QString& line);

    SetupInput m_input;
    Confirmer* m_confirmer;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<DumpPipeSeeder> m_seeder;
    SetupConnections m_connections; // sessions, facts, schemas, objects and definers
    SourceCoordinates m_coordinates;
    RunJournal m_journal;
    std::atomic_bool m_cancelled{false};
    bool m_stagingStopped = false;
    bool m_targetTouched = false;
    bool m_targetReplicating = false;
};
