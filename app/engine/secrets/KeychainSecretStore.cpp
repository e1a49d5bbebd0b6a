#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString timeoutReason()
{
    return QCoreApplication::translate("SecretStore", "The keychain did not answer in time.");
}

// Runs `job`, calling `finish` once: with the job's outcome, or with a timeout.
template<typename Finish>
void runWithTimeout(QKeychain::Job* job, QObject* context, int timeoutMs, Finish finish)
{
    auto done = std::make_shared<bool>(false);
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, finish, timer] {
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        finish(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done, finish, timer](QKeychain::Job* finished) {
                         timer->stop();
                         timer->deleteLater();
                         if (*done)
                             return;
                         *done = true;
                         finish(finished);
                     });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    runWithTimeout(job, context, m_timeoutMs, [callback](QKeychain::Job* finished) {
        if (!finished) {
            callback(std::nullopt, timeoutReason());
            return;
        }
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError) {
            callback(std::nullopt, readJob->errorString());
            return;
        }
        callback(readJob->binaryData(), {});
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                                WriteCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setBinaryData(secret);
    runWithTimeout(job, context, m_timeoutMs, [callback](QKeychain::Job* finished) {
        if (!finished)
            callback(false, timeoutReason());
        else if (finished->error() != QKeychain::NoError)
            callback(false, finished->errorString());
        else
            callback(true, {});
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    runWithTimeout(job, context, m_timeoutMs, [callback](QKeychain::Job* finished) {
        if (!finished)
            callback(false, timeoutReason());
        else if (finished->error() != QKeychain::NoError)
            callback(false, finished->errorString());
        else
            callback(true, {});
    });
}
