#pragma once

#include "ProfileCommand.h"

#include <QFutureWatcher>

// `replica-wizard-cli plan`: the runbook of a setup (every step, its server and the statements it
// would run now), as Markdown or JSON, for change-management approval before a run. Reads the
// servers; changes nothing. Exit 0, 2 when a server cannot be reached, 3 on bad arguments.
class PlanCommand : public ProfileCommand
{
    Q_OBJECT

public:
    int start(const QStringList& arguments);

private:
    bool m_json = false;
    QFutureWatcher<QString> m_watcher;
};
