#pragma once

#include "ConnectionSpec.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A private (0600, in a 0700 temp folder) option file with a [client] group, so that child tools
// such as mysql/mariadb and mysqldump/mariadb-dump get their credentials without argv or
// environment. Removed when this object dies. Pass `argument()` as the tool's first argument.
// The folder's name carries the creating process's id, so that files left by a process that was
// killed (SIGKILL leaves no chance to clean up) are removed by the next one.
class ClientDefaultsFile
{
public:
    static Result<std::unique_ptr<ClientDefaultsFile>> create(const ConnectionSpec& spec,
                                                              const QByteArray& password);
    ~ClientDefaultsFile();

    // Removes the folders of processes that no longer exist; returns how many. create() calls it.
    static int removeStale();

    QString path() const { return m_path; }
    QString argument() const { return QStringLiteral("--defaults-extra-file=") + m_path; }

private:
    ClientDefaultsFile();

    QTemporaryDir m_dir;
    QString m_path;
};
