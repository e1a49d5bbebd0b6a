#pragma once

#include "PasswordResolver.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "setup/PreflightCheck.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// `replica-wizard-cli check`: runs the preflight checks and prints the checklist.
// Exit 0: all pass; 1: warnings; 2: a blocking failure; 3: bad arguments or profile.
class CheckCommand : public QObject
{
    Q_OBJECT

public:
    int start(const QStringList& arguments);

private:
    void print(const QList<PreflightCheck>& checks);

    Profile m_profile;
    bool m_json = false;
    std::unique_ptr<SecretStore> m_keychain;
    PasswordResolver* m_passwords = nullptr;
    QFutureWatcher<QList<PreflightCheck>> m_watcher;
};
