#include "SetupSession.h"

#include "SetupConnections.h"
#include "SetupJob.h"
#include "SetupSessionWorker.h"

#include <QThread>

SetupSession::SetupSession(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new SetupSessionWorker)
{
    for (ServerRole role : ServerRoles::all())
        m_profile.connection(role).role = role;
    m_thread->setObjectName(QStringLiteral("setup-session"));
    m_worker->moveToThread(m_thread);
    // The thread and the worker end on their own when the session is gone: no one waits for them.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &SetupSessionWorker::preflightChecked, this,
            [this](const QList<PreflightCheck>& checks) {
                settle(Request::Preflight);
                emit preflightChecked(checks);
            });
    connect(m_worker, &SetupSessionWorker::fixApplied, this, [this](const Status& result) {
        settle(Request::Fix);
        emit fixApplied(result);
    });
    connect(m_worker, &SetupSessionWorker::schemasRead, this, [this](const SchemaSizesResult& result) {
        settle(Request::Schemas);
        emit schemasRead(result);
    });
    connect(m_worker, &SetupSessionWorker::runbookBuilt, this, [this](const RunbookResult& result) {
        settle(Request::Runbook);
        emit runbookBuilt(result);
    });
    connect(m_worker, &SetupSessionWorker::statusRead, this, [this](const QString& text) {
        settle(Request::ServerStatus);
        emit statusRead(text);
    });
    m_thread->start();
}

SetupSession::~SetupSession()
{
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->abort();
    m_thread->quit();
}

template<typename Work>
void SetupSession::post(Request request, Work work)
{
    ++m_pending[request];
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, work = std::move(work), profile = m_profile, passwords = m_passwords] {
            work(worker, profile, passwords);
        },
        Qt::QueuedConnection);
}

void SetupSession::settle(Request request)
{
    if (m_pending.value(request) > 0)
        --m_pending[request];
}

void SetupSession::checkPreflight()
{
    post(Request::Preflight,
         [](SetupSessionWorker* worker, const Profile& profile, const Passwords& passwords) {
             worker->checkPreflight(profile, passwords);
         });
}

void SetupSession::applyFix(const PreflightCheck& check)
{
    post(Request::Fix,
         [role = check.fixRole, statements = check.fixStatements](
             SetupSessionWorker* worker, const Profile& profile, const Passwords& passwords) {
             worker->applyFix(profile, passwords, role, statements);
         });
}

void SetupSession::readSchemas()
{
    post(Request::Schemas,
         [](SetupSessionWorker* worker, const Profile& profile, const Passwords& passwords) {
             worker->readSchemas(profile, passwords);
         });
}

void SetupSession::buildRunbook()
{
    post(Request::Runbook,
         [](SetupSessionWorker* worker, const Profile& profile, const Passwords& passwords) {
             worker->buildRunbook(profile, passwords);
         });
}

void SetupSession::readStatus()
{
    post(Request::ServerStatus,
         [](SetupSessionWorker* worker, const Profile& profile, const Passwords& passwords) {
             worker->readStatus(profile, passwords);
         });
}

SetupJob* SetupSession::startRun()
{
    if (m_job && m_job->isRunning())
        return m_job.get();
    SetupInput input;
    input.profile = m_profile;
    input.passwords = m_passwords;
    input.replicationPassword = m_replicationPassword;
    const RunFiles files = runFiles();
    input.auditLogPath = files.auditLog;
    input.journalPath = files.journal;
    input.profilePath = m_profilePath;
    input.resume = m_resume;
    m_job = std::make_unique<SetupJob>(input);
    return m_job.get();
}

void SetupSession::setProfile(const Profile& profile)
{
    m_profile = profile;
    emit changed();
}

void SetupSession::setConnection(ServerRole role, const ConnectionSpec& spec)
{
    m_profile.connection(role) = spec;
    m_profile.connection(role).role = role;
    emit changed();
}

void SetupSession::storePassword(ServerRole role, const QByteArray& password)
{
    m_passwords.insert(role, password);
    emit changed();
}

QList<ServerRole> SetupSession::roles() const
{
    return SetupConnections::rolesOf(m_profile);
}

void SetupSession::setSchemas(const QStringList& schemas)
{
    m_profile.databases = schemas;
    emit changed();
}

void SetupSession::setStrategy(SetupStrategy strategy)
{
    m_profile.strategy = strategy;
    emit changed();
}

void SetupSession::setDefinerPolicy(const DefinerPolicy& policy)
{
    m_profile.definers = policy;
    emit changed();
}

void SetupSession::setClonePosition(const QString& eventLine)
{
    m_profile.clonePosition = eventLine;
    emit changed();
}

void SetupSession::setGtidUse(GtidUse use)
{
    m_profile.gtid = use;
    emit changed();
}

void SetupSession::setSeedEngine(SeedEngine engine)
{
    m_profile.seeder = engine;
    if (engine == SeedEngine::Chunked)
        m_profile.keepDumpDir.clear(); // a kept dump copy is the dump tool's
    emit changed();
}
