#include "ErrorCatalog.h"

#include <QRegularExpression>

namespace {

bool mentions(const QString& message, const char* needle)
{
    return message.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

EngineError make(int code, const QString& message, const QString& sqlState, const char* diagnosis,
                 const QString& explanation, const QString& fix)
{
    EngineError error;
    error.code = code;
    error.sqlState = sqlState;
    error.serverMessage = message;
    error.diagnosisId = QString::fromLatin1(diagnosis);
    error.explanation = explanation;
    error.fix = fix;
    return error;
}

} // namespace

std::optional<EngineError> ErrorCatalog::fromClientOutput(const QString& output)
{
    static const QRegularExpression error(
        QStringLiteral(R"(ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line \d+)?(?: in file: '[^']*')?: ([^\n]*))"));
    const QRegularExpressionMatch match = error.match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return classify(match.captured(1).toInt(), match.captured(3).trimmed(), match.captured(2));
}

EngineError ErrorCatalog::classify(int code, const QString& message, const QString& sqlState)
{
    const auto result = [&](const char* diagnosis, const QString& explanation, const QString& fix) {
        return make(code, message, sqlState, diagnosis, explanation, fix);
    };

    // A bare OpenSSL failure can arrive under several numbers; the text is what identifies it.
    if (mentions(message, "error:00000000:lib(0)") || mentions(message, "SSL connection error")
        || mentions(message, "TLS/SSL error"))
        return result(
            TlsError, tr("The TLS handshake failed."),
            tr("Check the CA file and whether the certificate matches the host name you connect to."));

    switch (code) {
    case 1236:
    case 13114: // MySQL 8: ER_SERVER_SOURCE_FATAL_ERROR_READING_BINLOG, wraps 1236
        if (mentions(message, "impossible position") || mentions(message, "position > file size")
            || mentions(message, "log event entry exceeded") || mentions(message, "binlog truncated"))
            return result(
                BadCoordinates,
                tr("The replica asked the source for a binlog position that does not exist: the "
                   "coordinates were not the executed ones, or the file does not match."),
                tr("Seed the target again. Use Relay_Master_Log_File and Exec_Master_Log_Pos of the "
                   "stopped staging replica, never the read coordinates."));
        return result(BinlogPurged,
                      tr("The binary log the replica needs next was already purged from the source."),
                      tr("Seed the target again; raise 'binlog retention hours' on the source first "
                         "(CALL mysql.rds_set_configuration). Skipping events cannot repair this."));
    case 1045:
        return result(AccessDenied, tr("The server refused the user name or password."),
                      tr("Check the user, the password and the host part of the account ('user'@'host')."));
    case 1044:
        return result(AccessDenied, tr("The account may not use this database."),
                      tr("Grant the account access to the database, or connect without one."));
    case 1130:
        return result(AccessDenied, tr("The server does not accept this account from your address."),
                      tr("Create the account for your client's host, or use '%' as its host part."));
    case 2002:
    case 2003:
        return result(Unreachable, tr("Nothing answered at this host and port."),
                      tr("Check the host name, the port, that the server is running, and the network path "
                         "(security groups, network ACLs, firewalls)."));
    case 2005:
        return result(UnknownHost, tr("The host name could not be resolved."),
                      tr("Check the spelling of the endpoint and the DNS configuration."));
    case 2006:
    case 2013:
        return result(ConnectionLost, tr("The connection was lost during the handshake or a query."),
                      tr("Check the network and timeouts; a hung or overloaded server also causes this."));
    case 2026:
        return result(
            TlsError, tr("The TLS connection could not be set up."),
            tr("Check the CA file and whether the certificate matches the host name you connect to."));
    case 2061:
    case 2059:
        return result(AuthNeedsTls,
                      tr("The account uses caching_sha2_password, which needs TLS or the server's public "
                         "key."),
                      tr("Enable TLS on the connection (MASTER_SSL=1 for replication) or "
                         "GET_MASTER_PUBLIC_KEY=1."));
    case 3159:
        return result(TlsRequired, tr("The server accepts only encrypted connections."),
                      tr("Set TLS to 'required' or stricter for this connection."));
    case 1593:
    case 13117: // MySQL 8: ER_REPLICA_FATAL_ERROR
        return result(ServerIdClash, tr("Source and replica have the same server_id or server_uuid."),
                      tr("Give the target its own server_id; for a duplicated server_uuid delete auto.cnf "
                         "on the target and restart it."));
    case 1062:
        return result(DataDrift, tr("A replicated row already exists on the replica: the data has drifted."),
                      tr("The target was written to, or was seeded from the wrong coordinates: seed it "
                         "again."));
    case 1032:
        return result(DataDrift,
                      tr("A replicated change did not find its row on the replica: the data has drifted."),
                      tr("The target was written to, or was seeded from the wrong coordinates: seed it "
                         "again."));
    case 1146:
        return result(MissingTable, tr("A replicated change refers to a table the replica does not have."),
                      tr("Ignore RDS's own tables (replicate_wild_ignore_table=mysql.rds%) and tables of "
                         "schemas that were not copied, or copy the missing schema."));
    case 1198:
        return result(ReplicaRunning, tr("The replica threads are running."),
                      tr("Stop the replica first (STOP SLAVE / STOP REPLICA)."));
    case 1227:
        if (mentions(message, "SUPER") || mentions(message, "SET USER") || mentions(message, "SET_USER_ID"))
            return result(
                MissingPrivilege,
                tr("Creating an object with another account as its DEFINER needs SUPER (MariaDB: SET "
                   "USER; MySQL 8: SET_USER_ID or SYSTEM_USER), which this account lacks."),
                tr("Connect to the target as an account with that privilege, or remap the definers to "
                   "this account (definers=remap:'user'@'host')."));
        return result(MissingPrivilege,
                      tr("The account lacks a privilege this statement needs (on RDS the master user has no "
                         "SUPER, RELOAD or FILE)."),
                      tr("Use the RDS procedure for this task, or connect as an account with the privilege "
                         "the message names."));
    case 1419:
        return result(MissingPrivilege,
                      tr("With binary logging on, creating a function needs SUPER unless "
                         "log_bin_trust_function_creators is set."),
                      tr("SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its "
                         "configuration file), or connect as an account with SUPER."));
    case 1370:
    case 1142:
    case 1143:
        return result(MissingPrivilege, tr("The account lacks a privilege this statement needs."),
                      tr("Grant the privilege the message names, or connect as an account that has it."));
    case 1449:
        return result(DefinerMissing,
                      tr("A view, routine, trigger or event names a DEFINER account that does not exist."),
                      tr("Create the definer account on this server (definers=create does so, locked), or "
                         "remap the definers to an existing account (definers=remap:'user'@'host')."));
    case 1356:
        return result(DefinerPrivileges,
                      tr("A view refers to something that does not exist, or its DEFINER (or invoker) may "
                         "not read it."),
                      tr("With definers=create the tool grants each definer what its objects need on the "
                         "copied schemas; otherwise grant the definer SELECT on the schemas the view reads, "
                         "or remap the definers to an account that may read them."));
    case 1273:
        return result(UnknownCollation, tr("The server does not know a collation the data uses."),
                      tr("Map the collation (e.g. utf8mb4_0900_ai_ci to utf8mb4_unicode_520_ci) before "
                         "loading."));
    case 1950:
        return result(GtidOutOfOrder,
                      tr("A GTID arrived out of order (gtid_strict_mode): an errant transaction was "
                         "committed on the replica."),
                      tr("Find and remove the errant transaction on the target, or seed it again."));
    default:
        break;
    }
    return result(ServerError, tr("The server reported an error."),
                  tr("See the server's message; the MySQL/MariaDB error reference explains the number."));
}
