#pragma once

#include "Preflight.h"
#include "SchemaSizes.h"
#include "SetupConnections.h"
#include "db/ServerRole.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

class ServerSession;

using Passwords = QHash<ServerRole, QByteArray>;
using SchemaSizesResult = Result<QList<SchemaSize>>;
using RunbookResult = Result<QString>;

// A SetupSession's servers, on the session's own thread: it keeps one connection per role (with
// the tool's session settings) across the wizard's pages, reconnecting only when a connection's
// settings or password changed or the connection died, and reads the facts afresh for each
// request. Its slots run on that thread; results come back as signals.
class SetupSessionWorker : public QObject
{
    Q_OBJECT

public:
    SetupSessionWorker();
    ~SetupSessionWorker() override;

    void checkPreflight(const Profile& profile, const Passwords& passwords);
    void applyFix(const Profile& profile, const Passwords& passwords, ServerRole role,
                  const QStringList& statements);
    void readSchemas(const Profile& profile, const Passwords& passwords);
    void buildRunbook(const Profile& profile, const Passwords& passwords);
    void readStatus(const Profile& profile, const Passwords& passwords);

    // From any thread: the running statement fails at once and no connection is used again.
    void abort();

signals:
    void preflightChecked(const QList<PreflightCheck>& checks);
    void fixApplied(const Status& result);
    void schemasRead(const SchemaSizesResult& result);
    void runbookBuilt(const RunbookResult& result);
    void statusRead(const QString& text);

private:
    struct OpenSession
    {
        ConnectionSpec spec;
        QByteArray password;
        std::shared_ptr<ServerSession> session;
    };

    // The connection of one role, reused while it is alive and its settings are unchanged.
    Result<std::shared_ptr<ServerSession>> sessionFor(const ConnectionSpec& spec, const QByteArray& password);
    // Every role of the profile, connected and inspected now.
    SetupConnections connections(const Profile& profile, const Passwords& passwords);

    QHash<ServerRole, OpenSession> m_open;
    mutable QMutex m_mutex; // m_open and m_aborted: abort() comes from other threads
    bool m_aborted = false;
};
