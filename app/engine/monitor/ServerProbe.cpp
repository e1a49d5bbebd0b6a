#include "ServerProbe.h"

#include "Heartbeat.h"
#include "db/ErrorCatalog.h"
#include "db/ServerSession.h"
#include "replication/BinlogFileClock.h"
#include "replication/BinlogReaderId.h"
#include "replication/Dialect.h"
#include "replication/ServerInspector.h"

#include <QCoreApplication>

#include <algorithm>

ServerProbe::ServerProbe(ConnectionSpec spec, QByteArray password)
    : m_spec(std::move(spec))
    , m_password(std::move(password))
{
}

ServerProbe::~ServerProbe() = default;

void ServerProbe::abort()
{
    m_aborted = true;
    QMutexLocker lock(&m_sessionMutex);
    if (m_session)
        m_session->abort();
}

ServerSnapshot ServerProbe::probe()
{
    ServerSnapshot snapshot;
    snapshot.role = m_spec.role;
    snapshot.endpoint = m_spec.endpoint();
    const auto finish = [&snapshot](bool dropSession, ServerProbe* self) {
        if (dropSession) {
            QMutexLocker lock(&self->m_sessionMutex);
            self->m_session.reset();
        }
        snapshot.takenAt = QDateTime::currentDateTimeUtc();
        return snapshot;
    };
    if (m_aborted) {
        snapshot.error = EngineError::local(QCoreApplication::translate("ServerProbe", "Cancelled."), {},
                                            QString::fromLatin1(ErrorCatalog::Cancelled));
        return finish(false, this);
    }
    if (!m_session) {
        {
            QMutexLocker lock(&m_sessionMutex);
            m_session = std::make_unique<ServerSession>(m_spec);
        }
        const Status opened = m_session->open(m_password);
        if (!opened) {
            snapshot.error = opened.error();
            return finish(true, this);
        }
    }
    snapshot.reachable = true;
    Result<ServerFacts> facts = ServerInspector(*m_session).inspect();
    if (!facts) {
        snapshot.error = facts.error();
        // Lost in the middle: unreachable, unless the server answered with an error.
        snapshot.reachable = facts.error().diagnosisId != QLatin1String(ErrorCatalog::ConnectionLost);
        return finish(true, this);
    }
    snapshot.facts = facts.value();

    if (m_spec.role == ServerRole::Source) {
        const Result<ResultSet> logs = m_session->query(Dialect(facts->version).binaryLogsStatement());
        for (int row = 0; logs && row < logs->rowCount(); ++row)
            snapshot.binaryLogs.append(
                {logs->text(row, u"Log_name"), logs->text(row, u"File_size").toLongLong(), std::nullopt});
        readBinlogStarts(snapshot);
        if (m_writeHeartbeat) {
            const Status beat = Heartbeat::beat(*m_session);
            if (!beat)
                snapshot.heartbeatNote = beat.error().toText();
        }
    } else {
        if (m_expectedFilters && facts->replicaStatus) {
            snapshot.expectedFilters = m_expectedFilters;
            snapshot.missingFilters = m_expectedFilters->missingOn(*facts->replicaStatus);
            const Dialect dialect(facts->version);
            if (snapshot.missingFilters.isEmpty() && !dialect.filterOriginStatement().isEmpty()) {
                const Result<ResultSet> origin = m_session->query(dialect.filterOriginStatement());
                if (origin)
                    snapshot.filtersPersistent = dialect.parseFiltersPersistent(origin.value());
            }
        }
        const Heartbeat::Reading reading = Heartbeat::read(*m_session);
        snapshot.heartbeatLagSeconds = reading.lagSeconds;
        snapshot.heartbeatNote = reading.note;
    }
    return finish(false, this);
}

void ServerProbe::addOtherServerIds(const QSet<quint64>& ids)
{
    QMutexLocker lock(&m_idsMutex);
    m_otherServerIds.unite(ids);
}

void ServerProbe::readBinlogStarts(ServerSnapshot& snapshot)
{
    QList<BinaryLogFile>& logs = snapshot.binaryLogs;
    const bool anyNew = std::any_of(logs.cbegin(), logs.cend(), [this](const BinaryLogFile& log) {
        return !m_binlogStarts.contains(log.name);
    });
    if (anyNew) {
        QSet<quint64> taken;
        {
            QMutexLocker lock(&m_idsMutex);
            taken = m_otherServerIds;
        }
        taken.insert(snapshot.facts->serverId);
        const std::optional<QList<quint64>> connected
            = BinlogReaderId::connectedReplicaIds(*m_session, Dialect(snapshot.facts->version));
        if (connected) {
            for (quint64 id : *connected)
                taken.insert(id);
        }
        m_readerServerId = BinlogReaderId::choose(m_spec.endpoint(), taken);
        snapshot.binlogReaderServerId = m_readerServerId;
        snapshot.binlogReaderIdChecked = connected.has_value();
    }
    // A few new files per poll at most (each costs a connection), oldest and newest first.
    constexpr int kMaxNewPerPoll = 4;
    int asked = 0;
    QList<int> order;
    for (int i = 0; i < logs.size(); ++i)
        order << i;
    if (logs.size() > 1)
        order.move(order.size() - 1, 1);
    for (int i : order) {
        BinaryLogFile& log = logs[i];
        const auto known = m_binlogStarts.constFind(log.name);
        if (known != m_binlogStarts.constEnd()) {
            log.startedAt = known.value();
            continue;
        }
        if (asked++ >= kMaxNewPerPoll || m_aborted)
            continue;
        const Result<QDateTime> started
            = BinlogFileClock::startedAt(m_spec, m_password, log.name, m_readerServerId);
        if (started) {
            m_binlogStarts.insert(log.name, started.value());
            log.startedAt = started.value();
        }
    }
    // Forget files the source no longer has.
    for (auto it = m_binlogStarts.begin(); it != m_binlogStarts.end();) {
        const bool kept = std::any_of(logs.cbegin(), logs.cend(),
                                      [&it](const BinaryLogFile& log) { return log.name == it.key(); });
        it = kept ? std::next(it) : m_binlogStarts.erase(it);
    }
}
