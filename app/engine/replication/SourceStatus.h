#pragma once

#include <QString>

// Where a source's binary log currently ends (SHOW MASTER STATUS / SHOW BINARY LOG STATUS).
struct SourceStatus
{
    QString binlogFile;
    quint64 binlogPosition = 0;
    QString binlogDoDb;
    QString binlogIgnoreDb;
    QString executedGtidSet; // MySQL only
};
