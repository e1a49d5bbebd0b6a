#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PrivateFile {

Status write(const QString& path, const QByteArray& content)
{
    const QByteArray name = QFile::encodeName(path);
    ::unlink(name.constData());
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return EngineError::local(QCoreApplication::translate("PrivateFile", "Cannot create %1: %2")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(name.constData());
            return EngineError::local(
                QCoreApplication::translate("PrivateFile", "Cannot write %1: %2").arg(path, reason));
        }
        written += n;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return Done{};
}

} // namespace PrivateFile
