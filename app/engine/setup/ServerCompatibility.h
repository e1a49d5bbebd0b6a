#pragma once

#include "replication/ServerVersion.h"

#include <QCoreApplication>
#include <QString>

// Whether a target of one flavour/version can replicate from a source of another.
class ServerCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(ServerCompatibility)

public:
    // Empty when compatible; otherwise why not.
    static QString problem(const ServerVersion& source, const ServerVersion& target);
    // What to do about the problem.
    static QString fix(const ServerVersion& source, const ServerVersion& target);
};
