#include "AuditLog.h"

#include "db/SqlText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

AuditLog::AuditLog(const QString& path)
    : m_file(path)
{
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void AuditLog::statement(ServerRole role, Kind kind, const QString& sql, const EngineError* error)
{
    const QString outcome = error ? QStringLiteral("ERROR %1").arg(error->code) : QStringLiteral("OK");
    write(QStringLiteral("%1\t%2\t%3\t%4")
              .arg(ServerRoles::key(role),
                   kind == Kind::Change ? QStringLiteral("change") : QStringLiteral("read"), outcome,
                   SqlText::redacted(sql).simplified()));
}

void AuditLog::note(const QString& text)
{
    write(QStringLiteral("note\t-\t-\t") + SqlText::redacted(text).simplified());
}

void AuditLog::write(const QString& line)
{
    if (!m_file.isOpen())
        return;
    m_file.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char('\t') + line
                  + QLatin1Char('\n'))
                     .toUtf8());
    m_file.flush();
}
