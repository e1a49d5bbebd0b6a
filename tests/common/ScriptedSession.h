#pragma once

#include "db/SqlSession.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

// A server for unit tests of the logic above the connection: statements matching a pattern get
// the scripted answer (the first pattern added that matches wins); anything unscripted fails, so a
// test sees every statement the logic sends. Never a stand-in for a server in integration tests.
class ScriptedSession : public SqlSession
{
public:
    explicit ScriptedSession(ConnectionSpec spec = {});

    void answer(const QString& pattern, const ResultSet& result);
    void fail(const QString& pattern, int code, const QString& message);
    // Later answers for the same pattern win (a test changes what a server says).
    void replace(const QString& pattern, const ResultSet& result);

    QStringList asked() const { return m_asked; }

    Result<ResultSet> query(const QString& sql) override;
    void abort() override { }
    const ConnectionSpec& spec() const override { return m_spec; }

private:
    struct Rule
    {
        QRegularExpression pattern;
        Result<ResultSet> outcome;
    };

    ConnectionSpec m_spec;
    QList<Rule> m_rules;
    QStringList m_asked;
};
