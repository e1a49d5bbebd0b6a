#pragma once

#include "ProfileCommand.h"
#include "setup/PreflightCheck.h"

#include <QFutureWatcher>

// `replica-wizard-cli check`: runs the preflight checks and prints the checklist.
// Exit 0: all pass; 1: warnings; 2: a blocking failure; 3: bad arguments or profile.
class CheckCommand : public ProfileCommand
{
    Q_OBJECT

public:
    int start(const QStringList& arguments);

private:
    void print(const QList<PreflightCheck>& checks);

    bool m_json = false;
    QFutureWatcher<QList<PreflightCheck>> m_watcher;
};
