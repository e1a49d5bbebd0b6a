#pragma once

#include "PreflightCheck.h"
#include "SetupChecks.h"
#include "SetupConnections.h"
#include "db/ResultSet.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

// The checks a careful DBA makes before seeding an external replica. Runs on a worker thread.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    // Over servers that are already connected and inspected (or the errors of those that are not).
    Preflight(const Profile& profile, const SetupConnections& servers);
    QList<PreflightCheck> run();
    // Connects to the profile's servers (on the calling worker thread) and runs every check.
    static QList<PreflightCheck> runOn(const Profile& profile,
                                       const QHash<ServerRole, QByteArray>& passwords);
    // Every check over servers that are already connected and inspected.
    static QList<PreflightCheck> runOn(const Profile& profile, const SetupConnections& connections);

private:
    QList<ServerRole> roles() const;
    ServerRole copyRole() const;
    bool has(ServerRole role) const { return m_servers.facts.contains(role); }
    const ServerFacts& facts(ServerRole role) const { return *m_servers.facts.constFind(role); }

    void connections();
    void compatibility();
    void binaryLog();
    void retention();
    void serverIds();
    void stagingSource();
    void clonePosition();
    void targetReplicating();
    void chosenSchemas();
    void overwrittenSchemas();
    void replicationAccount();
    void replicationAuth();
    void sourceFromTarget();
    void maxAllowedPacket();
    void definers();
    void events();
    void timeZones();
    void gtid();
    void crossFlavour();

    void add(PreflightCheck::Id id, const QString& title, PreflightCheck::Outcome outcome,
             const QString& reason, const QString& fix = {}, ServerRole fixRole = ServerRole::Source,
             const QStringList& statements = {});
    std::optional<ResultSet> query(ServerRole role, const QString& sql);
    QString schemaList() const;

    const Profile& m_profile;
    const SetupConnections& m_servers;
    QList<PreflightCheck> m_checks;
    std::optional<SetupChecks::ReplicationAccount> m_account; // read by replicationAccount()
};
