#include "SecretsFile.h"

#include "db/OptionFile.h"
#include "db/PrivateFile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

Result<SecretsFile> SecretsFile::load(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return EngineError::local(tr("The secrets file %1 does not exist.").arg(path),
                                  tr("Check the path given with --secrets."));
    if (!S_ISREG(st.st_mode))
        return EngineError::local(tr("The secrets file %1 is not a regular file.").arg(path),
                                  tr("Give the path of an option file."));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return EngineError::local(
            tr("The secrets file %1 is refused: its mode %2 lets other users read or change it.")
                .arg(path, QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0'))),
            tr("Run: chmod 600 %1").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return EngineError::local(tr("The secrets file %1 cannot be read: %2").arg(path, file.errorString()),
                                  tr("Check the file's owner and permissions."));
    Result<OptionFile> options = OptionFile::parse(file.readAll());
    if (!options) {
        EngineError error = options.error();
        error.explanation = tr("The secrets file %1 is malformed. %2").arg(path, error.explanation);
        return error;
    }
    SecretsFile secrets;
    for (const QString& group : options->groups()) {
        if (options->contains(group, QStringLiteral("password")))
            secrets.m_passwords.insert(group, options->value(group, QStringLiteral("password")));
    }
    return secrets;
}

Status SecretsFile::write(const QString& path, const QHash<QString, QByteArray>& passwordsByGroup)
{
    OptionFile options;
    QStringList groups = passwordsByGroup.keys();
    groups.sort();
    for (const QString& group : groups)
        options.setValue(group, QStringLiteral("password"), passwordsByGroup.value(group));
    return PrivateFile::write(path, options.toText());
}
