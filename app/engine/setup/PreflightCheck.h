#pragma once

#include "db/ServerRole.h"

#include <QString>
#include <QStringList>

// One finding of the preflight: what was checked, how it came out, why, and the fix. Where the
// fix is a statement, `fixStatements` holds it (run on `fixRole` after the DBA confirms).
struct PreflightCheck
{
    enum class Outcome
    {
        Pass,
        Warning,
        Blocking
    };

    QString id; // stable: "retention", "server_ids", ...
    QString title;
    Outcome outcome = Outcome::Pass;
    QString reason;
    QString fix;
    ServerRole fixRole = ServerRole::Source;
    QStringList fixStatements;

    static QString outcomeKey(Outcome outcome);
};

// The worst outcome of a list (for the CLI's exit code: 0 pass, 1 warnings, 2 blocking).
PreflightCheck::Outcome worstOutcome(const QList<PreflightCheck>& checks);
