#pragma once

#include "PasswordResolver.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "setup/Confirmer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <memory>

class SetupRunner;

// `replica-wizard-cli setup`: runs the whole plan, asking y/N before each changing step (or not,
// with --yes); progress on stderr; exit 0 only when the target replicates and the copy was verified.
class SetupCommand : public QObject
{
    Q_OBJECT

public:
    ~SetupCommand() override;
    // Exit code when finished at once (bad arguments: 3), or -1 when running in the event loop.
    int start(const QStringList& arguments);

private:
    void run();

    Profile m_profile;
    QString m_profilePath;
    bool m_yes = false;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<Confirmer> m_confirmer;
    PasswordResolver* m_passwords = nullptr;
    QThread m_thread;
    SetupRunner* m_runner = nullptr;
    QElapsedTimer m_stepTimer;
};
