#include "RunCancellation.h"

#include "SetupConnections.h"
#include "db/ServerSession.h"
#include "seeding/Seeder.h"

#include <QThreadPool>

void RunCancellation::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_seeder)
        m_seeder->cancel();
    abortAll();
}

void RunCancellation::abortAll()
{
    for (const Watched& watched : m_sessions) {
        // The server would go on with a long statement (CHECKSUM TABLE) the client gave up on.
        const unsigned long id = watched.session->connectionId();
        if (id != 0) {
            QThreadPool::globalInstance()->start([spec = watched.spec, password = watched.password, id] {
                SetupConnections::runStatements(spec, password, {QStringLiteral("KILL QUERY %1").arg(id)});
            });
        }
        watched.session->abort();
    }
}

void RunCancellation::watch(const QList<Watched>& sessions)
{
    QMutexLocker lock(&m_mutex);
    m_sessions = sessions;
    if (m_cancelled)
        abortAll();
}

void RunCancellation::setSeeder(std::shared_ptr<Seeder> seeder)
{
    QMutexLocker lock(&m_mutex);
    m_seeder = std::move(seeder);
    if (m_cancelled && m_seeder)
        m_seeder->cancel();
}
