#pragma once

#include <QString>

enum class ServerFlavor
{
    MySQL,
    MariaDB
};

// Flavour and version as detected from VERSION() and @@version_comment.
struct ServerVersion
{
    ServerFlavor flavor = ServerFlavor::MySQL;
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString versionText;
    QString versionComment;

    static ServerVersion parse(const QString& version, const QString& versionComment);

    bool isMariaDb() const { return flavor == ServerFlavor::MariaDB; }
    bool isMySql() const { return flavor == ServerFlavor::MySQL; }
    bool atLeast(int wantedMajor, int wantedMinor, int wantedPatch = 0) const;
    bool isValid() const { return major > 0; }
    // "MySQL 8.0.30" / "MariaDB 10.11.6"
    QString displayName() const;
    QString flavorKey() const; // "mysql" | "mariadb"
};
