#pragma once

#include "Confirmer.h"
#include "RunCancellation.h"
#include "RunJournal.h"
#include "SetupConnections.h"
#include "SetupStep.h"
#include "StepHost.h"
#include "profile/Profile.h"
#include "seeding/SeedProgress.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <memory>

class AuditLog;
class SetupStepDefinition;
class StepContext;

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

// Runs the steps of SetupSteps one by one: each step says what it will run (the same as the plan
// showed), the Confirmer is asked, the statements run, the step checks its outcome; the journal
// records every step before and after. Lives on its own worker thread (moveToThread) and owns one
// connection per server there; reports by signals; its RunCancellation may be triggered from any
// thread and aborts the running statement.
class SetupRunner : public QObject, private StepHost
{
    Q_OBJECT

public:
    // `cancellation` is shared with whoever stops the run from another thread (SetupJob).
    SetupRunner(SetupInput input, Confirmer* confirmer, std::shared_ptr<RunCancellation> cancellation,
                QObject* parent = nullptr);
    ~SetupRunner() override;

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
    // StepHost: the steps' reads and changes, audited and logged.
    Result<ResultSet> query(ServerRole role, const QString& sql) override;
    Status execute(ServerRole role, const QString& sql) override;
    void log(const QString& line) override;
    void note(const QString& text) override;
    bool cancelled() const override { return m_cancellation->isCancelled(); }
    void reportSeedProgress(const SeedProgress& progress) override { emit seedProgress(progress); }
    Seeder* seeder() override;

    Status prepare();
    Status startJournal();
    // One step; `skipped` is set when a resumed run found it still done, or the DBA declined an
    // optional one.
    Status runStep(const SetupStepDefinition& step, SetupStep& shown, QString* message);
    Result<ResultSet> runStatement(ServerRole role, const QString& sql, bool change);
    QString stateSummary(bool ok) const;
    void finish(bool ok, const QString& summary);
    // Step `index` failed with `error`: reported, and the run ends with the servers' state.
    void stop(int index, const EngineError& error);
    static EngineError cancelledError();

    SetupInput m_input;
    Confirmer* m_confirmer;
    std::unique_ptr<AuditLog> m_audit;
    std::shared_ptr<Seeder> m_seeder;
    std::shared_ptr<RunCancellation> m_cancellation;
    SetupConnections m_connections;
    std::unique_ptr<StepContext> m_context;
    RunJournal m_journal;
};
