#pragma once

#include "db/ConnectionSpec.h"

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <atomic>
#include <memory>

class Seeder;
class SqlSession;

// Stopping a setup run from any thread, without touching the runner object itself (which lives
// and dies on its worker thread): the flag the runner checks between statements, the sessions
// whose running statement is aborted (the client side at once, the server side by KILL QUERY from
// a connection of its own, off the calling thread), and the copy engine whose child processes stop.
class RunCancellation
{
public:
    struct Watched
    {
        std::shared_ptr<SqlSession> session;
        ConnectionSpec spec;
        QByteArray password;
    };

    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // The run's sessions, once connected (a cancel that came before aborts them at once).
    void watch(const QList<Watched>& sessions);
    void setSeeder(std::shared_ptr<Seeder> seeder);

private:
    void abortAll(); // m_mutex held

    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QList<Watched> m_sessions;
    std::shared_ptr<Seeder> m_seeder;
};
