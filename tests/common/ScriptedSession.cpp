#include "ScriptedSession.h"

#include "db/ErrorCatalog.h"

ScriptedSession::ScriptedSession(ConnectionSpec spec)
    : m_spec(std::move(spec))
{
}

void ScriptedSession::answer(const QString& pattern, const ResultSet& result)
{
    m_rules.append({QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption), result});
}

void ScriptedSession::fail(const QString& pattern, int code, const QString& message)
{
    m_rules.append({QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption),
                    ErrorCatalog::classify(code, message)});
}

void ScriptedSession::replace(const QString& pattern, const ResultSet& result)
{
    m_rules.prepend({QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption), result});
}

Result<ResultSet> ScriptedSession::query(const QString& sql)
{
    m_asked << sql;
    for (const Rule& rule : m_rules) {
        if (rule.pattern.match(sql).hasMatch())
            return rule.outcome;
    }
    return EngineError::local(QStringLiteral("unscripted statement: ") + sql);
}
