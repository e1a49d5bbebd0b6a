#pragma once

#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What went wrong with a replica, why, and what to do: the status's explanation of a health.
struct Diagnosis
{
    QString id; // stable: binlog_purged, data_drift, source_hung, ... (see ErrorCatalog)
    QString summary;
    QString fix;
};

class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)

public:
    // `source` is the same moment's snapshot of the source (for the source_hung case).
    static std::optional<Diagnosis> diagnose(const ServerSnapshot& replica, const ServerSnapshot* source);
};
