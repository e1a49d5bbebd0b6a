#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QByteArray>
#include <QString>

// Runs one of the sandbox's SQL scripts (Qt resource under :/sandbox/sql/) through the
// mariadb client, which understands DELIMITER; credentials go in a private defaults file.
namespace SandboxSql {
Status runScript(const ConnectionSpec& spec, const QByteArray& password, const QString& scriptName,
                 int timeoutSeconds = 300);
} // namespace SandboxSql
