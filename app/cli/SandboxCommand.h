#pragma once

#include <QCoreApplication>
#include <QStringList>

// `replica-wizard-cli sandbox start|stop|load`: the local RDS-like sandbox.
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    static int run(const QStringList& arguments);
};
