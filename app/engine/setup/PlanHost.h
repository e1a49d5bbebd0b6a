#pragma once

#include "SetupConnections.h"
#include "StepHost.h"

#include <QCoreApplication>

// Hosts steps while they are planned: reads go straight to the servers, nothing may change them.
class PlanHost : public StepHost
{
    Q_DECLARE_TR_FUNCTIONS(PlanHost)

public:
    explicit PlanHost(SetupConnections& connections)
        : m_connections(connections)
    {
    }

    Result<ResultSet> query(ServerRole role, const QString& sql) override;
    Status execute(ServerRole role, const QString& sql) override;
    void log(const QString&) override { }
    void note(const QString&) override { }
    bool cancelled() const override { return false; }
    void reportSeedProgress(const SeedProgress&) override { }
    Seeder* seeder() override { return nullptr; }

private:
    SetupConnections& m_connections;
};
