#pragma once

#include "GtidChoice.h"
#include "SetupConnections.h"
#include "SourceCoordinates.h"
#include "StepHost.h"
#include "StepReader.h"
#include "profile/Profile.h"
#include "replication/Dialect.h"
#include "seeding/SchemaObject.h"
#include "seeding/SeedRequest.h"

#include <QByteArray>
#include <QHash>

#include <optional>

class RunJournal;

// Everything a setup step sees: the profile, the servers (sessions and facts), what earlier steps
// found, and the host that runs it. The same steps plan (Mode::Plan: reads only, values known only
// at run time stay placeholders) and run (Mode::Run).
class StepContext
{
public:
    enum class Mode
    {
        Plan,
        Run
    };

    StepContext(Mode mode, const Profile& profile, SetupConnections& connections, StepHost& host);

    bool planning() const { return m_mode == Mode::Plan; }
    const Profile& profile() const { return m_profile; }
    SetupConnections& connections() { return m_connections; }
    const QStringList& schemas() const { return m_connections.schemas; }
    ServerRole copyRole() const;
    bool has(ServerRole role) const { return m_connections.facts.contains(role); }
    const ServerFacts& facts(ServerRole role) const { return *m_connections.facts.constFind(role); }
    Dialect dialect(ServerRole role) const;
    // File/position or GTID positioning, from the profile and the connected servers.
    Result<GtidChoice> gtid() const;
    SqlSession& session(ServerRole role) { return *m_connections.sessions.value(role); }
    StepHost& host() { return m_host; }

    // Reads of one server through the host (audited), for helpers that take a SqlSession.
    StepReader reader(ServerRole role) { return StepReader(m_host, role, m_profile.connection(role)); }
    // Audited reads and changes through the host.
    Result<ResultSet> query(ServerRole role, const QString& sql) { return m_host.query(role, sql); }
    Status execute(ServerRole role, const QString& sql)
    {
        if (role == ServerRole::Target)
            targetTouched = true;
        return m_host.execute(role, sql);
    }
    void log(const QString& line) { m_host.log(line); }
    bool cancelled() const { return m_host.cancelled(); }

    // Run only, in memory: the servers' passwords (for the copy's child tools) and the replication
    // account's (planning shows it masked).
    QHash<ServerRole, QByteArray> passwords;
    QByteArray replicationPassword;
    // A resumed run: the journal of the run it continues.
    const RunJournal* resumedJournal = nullptr;
    // Where the chunked copy records its chunks (empty: no journal, the copy cannot be resumed).
    QString copyJournalPath;
    // The source coordinates of the copy, once a step found them (or the journal had them).
    std::optional<SourceCoordinates> coordinates;
    // What the run did to the servers, for the summary (targetTouched: a change was sent to it).
    bool stagingStopped = false;
    bool targetTouched = false;
    bool targetReplicating = false;
    // What a step worked out for its own run: the copy's request, the objects' definitions.
    SeedRequest seedRequest;
    QList<SchemaObject> readObjects;

private:
    Mode m_mode;
    const Profile& m_profile;
    SetupConnections& m_connections;
    StepHost& m_host;
};
