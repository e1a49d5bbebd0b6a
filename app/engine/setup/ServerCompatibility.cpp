#include "ServerCompatibility.h"

QString ServerCompatibility::problem(const ServerVersion& source, const ServerVersion& target)
{
    if (source.flavor == target.flavor) {
        if (target.major < source.major || (target.major == source.major && target.minor < source.minor))
            return tr("The target (%1) is older than the source (%2); a replica must be the same version or "
                      "newer.")
                .arg(target.displayName(), source.displayName());
        return {};
    }
    if (source.isMariaDb())
        return tr("MySQL (%1) cannot replicate from MariaDB (%2).")
            .arg(target.displayName(), source.displayName());
    // MySQL -> MariaDB: only recent MariaDB releases understand MySQL 8's binary log.
    if (source.atLeast(8, 0)) {
        const bool ok = (target.major == 10 && target.minor == 6 && target.patch >= 21)
            || (target.major == 10 && target.minor == 11 && target.patch >= 11)
            || (target.major == 11 && target.minor == 4 && target.patch >= 5)
            || (target.major == 11 && target.minor > 4) || target.major > 11;
        if (!ok)
            return tr("MariaDB %1 cannot replicate from MySQL 8; it needs MariaDB 10.6.21, 10.11.11, 11.4.5 "
                      "or newer "
                      "(file/position mode, no utf8mb4_0900 collations, no JSON columns).")
                .arg(target.displayName());
    }
    return {};
}

QString ServerCompatibility::fix(const ServerVersion& source, const ServerVersion& target)
{
    if (source.isMySql() && target.isMariaDb() && source.atLeast(8, 0))
        return tr(
            "Upgrade the target to MariaDB 10.6.21, 10.11.11, 11.4.5 or newer, or use a MySQL target of "
            "the source's version or newer.");
    return tr("Use a target of the same flavour and the same or a newer version.");
}
