#include "SandboxSql.h"

#include "db/ChildTools.h"
#include "db/ClientDefaultsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace SandboxSql {

Status runScript(const ConnectionSpec& spec, const QByteArray& password, const QString& scriptName,
                 int timeoutSeconds)
{
    QFile script(QStringLiteral(":/sandbox/sql/") + scriptName);
    if (!script.open(QIODevice::ReadOnly))
        return EngineError::local(
            QCoreApplication::translate("SandboxSql", "The sandbox script %1 is missing.").arg(scriptName));
    const QByteArray sql = script.readAll();

    auto defaults = ClientDefaultsFile::create(spec, password);
    if (!defaults)
        return defaults.error();
    const QString client = ChildTools::find({"mariadb", "mysql"});
    if (client.isEmpty())
        return EngineError::local(
            QCoreApplication::translate("SandboxSql", "The mariadb client was not found."),
            QCoreApplication::translate("SandboxSql", "Install the mariadb-client package."));
    QProcess process;
    process.start(client,
                  {defaults.value()->argument(), QStringLiteral("--batch"), QStringLiteral("--silent")});
    if (!process.waitForStarted(10000))
        return EngineError::local(process.errorString());
    process.write(sql);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        return EngineError::local(QCoreApplication::translate("SandboxSql", "%1 did not finish within %2 s.")
                                      .arg(scriptName)
                                      .arg(timeoutSeconds));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return EngineError::local(QCoreApplication::translate("SandboxSql", "%1 failed on %2: %3")
                                      .arg(scriptName, spec.describe(),
                                           QString::fromUtf8(process.readAllStandardError()).trimmed()));
    return Done{};
}

} // namespace SandboxSql
