#pragma once

#include "SetupStep.h"

#include <QStringList>

// Asks the DBA before a step changes a server (or to confirm a manual step). Called on the
// runner's worker thread and may block it until the answer comes; never on the GUI thread.
class Confirmer
{
public:
    virtual ~Confirmer() = default;
    // `commands` are the exact statements about to run (passwords masked).
    virtual bool confirm(const SetupStep& step, const QString& question, const QStringList& commands) = 0;
};

// For --yes and tests: every step is confirmed; manual steps are assumed done.
class AutoConfirmer : public Confirmer
{
public:
    bool confirm(const SetupStep&, const QString&, const QStringList&) override { return true; }
};
