#pragma once

#include <QString>

// Where a setup run writes its audit log and its journal: decided here, for the GUI and the CLI.
struct RunFiles
{
    QString auditLog;
    QString journal; // the run can be resumed from it

    // Next to the profile (audit.log and <profile>.journal.json); for a setup not saved yet, in
    // the application's data folder. The run creates the folder when it writes there.
    static RunFiles forProfile(const QString& profilePath);
};
