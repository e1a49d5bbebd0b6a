#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QString>

// Where an Aurora clone or snapshot restore's data is in the original cluster's binary log, as
// Aurora reports it in the new cluster's event "Binlog position from crash recovery is
// mysql-bin-changelog.000001 154" (aws rds describe-events). The clone's own SHOW MASTER STATUS
// cannot tell: a restored cluster starts a new binary log file.
struct CrashRecoveryPosition
{
    Q_DECLARE_TR_FUNCTIONS(CrashRecoveryPosition)

public:
    QString file;
    quint64 position = 0;

    // The event's message as the DBA pastes it, parsed strictly: surrounding blanks and one pair of
    // quotes (the JSON output's) are allowed, nothing else.
    static Result<CrashRecoveryPosition> parse(const QString& pasted);
    static QString eventPrefix(); // "Binlog position from crash recovery is"
    QString eventLine() const;
};
