#pragma once

#include "db/Result.h"
#include "db/ServerRole.h"

#include <QFile>
#include <QString>

// Every statement a setup runs, with time, server role and outcome; passwords redacted.
// Appended line by line and flushed, so it survives a crash of the tool.
class AuditLog
{
public:
    explicit AuditLog(const QString& path);

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    enum class Kind
    {
        Read,
        Change
    };
    // One line: time, server, read|change, outcome, the statement (secrets masked).
    void statement(ServerRole role, Kind kind, const QString& sql, const EngineError* error);
    void note(const QString& text);

private:
    void write(const QString& line);

    QFile m_file;
};
