#include "ServerVersion.h"

#include <QRegularExpression>

ServerVersion ServerVersion::parse(const QString& version, const QString& versionComment)
{
    ServerVersion v;
    v.versionText = version;
    v.versionComment = versionComment;
    v.flavor = (version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                || versionComment.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
        ? ServerFlavor::MariaDB
        : ServerFlavor::MySQL;
    // MariaDB 10.x behind old proxies reports "5.5.5-10.11.6-MariaDB"; the real version follows.
    QString text = version;
    if (text.startsWith(QLatin1String("5.5.5-")))
        text = text.mid(6);
    static const QRegularExpression numbers(QStringLiteral(R"(^(\d+)\.(\d+)(?:\.(\d+))?)"));
    const QRegularExpressionMatch match = numbers.match(text);
    if (match.hasMatch()) {
        v.major = match.captured(1).toInt();
        v.minor = match.captured(2).toInt();
        v.patch = match.captured(3).toInt();
    }
    return v;
}

bool ServerVersion::atLeast(int wantedMajor, int wantedMinor, int wantedPatch) const
{
    if (major != wantedMajor)
        return major > wantedMajor;
    if (minor != wantedMinor)
        return minor > wantedMinor;
    return patch >= wantedPatch;
}

QString ServerVersion::displayName() const
{
    return QStringLiteral("%1 %2.%3.%4")
        .arg(isMariaDb() ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"))
        .arg(major)
        .arg(minor)
        .arg(patch);
}

QString ServerVersion::flavorKey() const
{
    return isMariaDb() ? QStringLiteral("mariadb") : QStringLiteral("mysql");
}
