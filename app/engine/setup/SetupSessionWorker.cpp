#include "SetupSessionWorker.h"

#include "SetupPlan.h"
#include "db/ServerSession.h"
#include "monitor/StatusCollector.h"
#include "monitor/StatusReport.h"

#include <QMutexLocker>

SetupSessionWorker::SetupSessionWorker() = default;

SetupSessionWorker::~SetupSessionWorker() = default;

void SetupSessionWorker::abort()
{
    const QMutexLocker lock(&m_mutex);
    m_aborted = true;
    for (const OpenSession& open : std::as_const(m_open))
        open.session->abort();
}

Result<std::shared_ptr<ServerSession>> SetupSessionWorker::sessionFor(const ConnectionSpec& spec,
                                                                      const QByteArray& password)
{
    const ServerRole role = spec.role;
    std::shared_ptr<ServerSession> kept;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_aborted)
            return EngineError::local(tr("The setup was closed."), {});
        const auto found = m_open.constFind(role);
        if (found != m_open.cend() && found->spec == spec && found->password == password)
            kept = found->session;
    }
    // A connection the server or the network closed meanwhile is replaced (not under the lock:
    // abort() must never wait for a server).
    if (kept && kept->query(QStringLiteral("SELECT 1")))
        return kept;
    {
        const QMutexLocker lock(&m_mutex);
        m_open.remove(role);
    }
    Result<std::shared_ptr<ServerSession>> opened = SetupConnections::openSession(spec, password);
    if (!opened)
        return opened;
    const QMutexLocker lock(&m_mutex);
    if (m_aborted) {
        opened.value()->abort();
        return EngineError::local(tr("The setup was closed."), {});
    }
    m_open.insert(role, OpenSession{spec, password, opened.value()});
    return opened;
}

SetupConnections SetupSessionWorker::connections(const Profile& profile, const Passwords& passwords)
{
    return SetupConnections::open(profile, [&](ServerRole role) {
        return sessionFor(profile.connection(role), passwords.value(role));
    });
}

void SetupSessionWorker::checkPreflight(const Profile& profile, const Passwords& passwords)
{
    const SetupConnections servers = connections(profile, passwords);
    emit preflightChecked(Preflight::runOn(profile, servers));
}

void SetupSessionWorker::applyFix(const Profile& profile, const Passwords& passwords, ServerRole role,
                                  const QStringList& statements)
{
    const ConnectionSpec& spec = profile.connection(role);
    Result<std::shared_ptr<ServerSession>> session = sessionFor(spec, passwords.value(role));
    if (!session) {
        emit fixApplied(session.error());
        return;
    }
    for (const QString& sql : statements) {
        const Status done = session.value()->execute(sql);
        if (!done) {
            emit fixApplied(done.error().withContext(spec.describe()));
            return;
        }
    }
    emit fixApplied(Done{});
}

void SetupSessionWorker::readSchemas(const Profile& profile, const Passwords& passwords)
{
    const ServerRole role = SetupConnections::copyRoleOf(profile);
    Result<std::shared_ptr<ServerSession>> session
        = sessionFor(profile.connection(role), passwords.value(role));
    if (!session) {
        emit schemasRead(session.error());
        return;
    }
    emit schemasRead(SchemaSizes::read(*session.value()));
}

void SetupSessionWorker::buildRunbook(const Profile& profile, const Passwords& passwords)
{
    SetupConnections servers = connections(profile, passwords);
    if (!servers.complete()) {
        emit runbookBuilt(servers.errors.begin().value());
        return;
    }
    emit runbookBuilt(SetupPlan::build(profile, servers).toMarkdown(profile));
}

void SetupSessionWorker::readStatus(const Profile& profile, const Passwords& passwords)
{
    // The status reads the way the dashboard and the CLI read it: with their own connections.
    QList<ServerSnapshot> snapshots;
    for (const StatusCollector::Request& request : StatusCollector::requestsFor(profile, passwords))
        snapshots << StatusCollector::collectOne(request);
    emit statusRead(StatusReport(snapshots).toText());
}
