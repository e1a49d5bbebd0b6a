#pragma once

#include "StepHost.h"
#include "db/SqlSession.h"

// A server's reads through a step's host, so that engine helpers written for a SqlSession
// (ServerInspector, SetupChecks, SchemaObjectCopier) are logged and audited as the step's own.
class StepReader : public SqlSession
{
public:
    StepReader(StepHost& host, ServerRole role, ConnectionSpec spec)
        : m_host(host)
        , m_role(role)
        , m_spec(std::move(spec))
    {
    }

    Result<ResultSet> query(const QString& sql) override { return m_host.query(m_role, sql); }
    void abort() override { }
    const ConnectionSpec& spec() const override { return m_spec; }

private:
    StepHost& m_host;
    ServerRole m_role;
    ConnectionSpec m_spec;
};
