#pragma once

#include "Dialect.h"
#include "ServerFacts.h"
#include "db/Result.h"

class SqlSession;

// Reads a server's identity and replication state over an open session.
class ServerInspector
{
public:
    explicit ServerInspector(SqlSession& session);

    // Fails only when the server cannot be asked at all; missing privileges for one part (e.g.
    // replica status) are recorded in the facts instead.
    Result<ServerFacts> inspect();

    Result<ServerVersion> readVersion();
    Result<BinlogRetention> readRetention(const ServerVersion& version, bool* isRds);
    Result<std::optional<ReplicaStatus>> readReplicaStatus(const Dialect& dialect, bool isRds,
                                                           bool* viaRdsProcedure);

private:
    SqlSession& m_session;
};
