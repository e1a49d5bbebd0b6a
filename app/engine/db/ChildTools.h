#pragma once

#include <QString>

#include <initializer_list>

// Where the MySQL/MariaDB command-line tools (mariadb, mariadb-dump, mariadbd, ...) are.
namespace ChildTools {
// The path of the first of `names` found on PATH or in /usr/sbin, /usr/bin; empty if none.
QString find(std::initializer_list<const char*> names);
// True when the tool is Oracle's MySQL build (its --version does not name MariaDB), whose options
// differ (e.g. mysqldump's --set-gtid-purged). Asked once per path.
bool isMySqlBuild(const QString& path);
} // namespace ChildTools
