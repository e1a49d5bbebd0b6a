#pragma once

#include "EngineError.h"

#include <QCoreApplication>

#include <optional>

// Turns a server or client error number (and its text, where one number has several causes)
// into an EngineError with our explanation, a suggested fix and a stable diagnosis id.
// The one place that knows what MySQL/MariaDB errors mean for a replica setup.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    static EngineError classify(int code, const QString& message, const QString& sqlState = {});
    // The first "ERROR 1356 (HY000) at line 12: ..." a command-line client printed, classified;
    // nullopt when the text holds no server error.
    static std::optional<EngineError> fromClientOutput(const QString& output);

    // Diagnosis ids, stable across versions and languages (used in JSON and tests).
    static constexpr const char* BinlogPurged = "binlog_purged";
    static constexpr const char* BadCoordinates = "bad_coordinates";
    static constexpr const char* AccessDenied = "access_denied";
    static constexpr const char* Unreachable = "unreachable";
    static constexpr const char* UnknownHost = "unknown_host";
    static constexpr const char* ConnectionLost = "connection_lost";
    static constexpr const char* TlsError = "tls_error";
    static constexpr const char* AuthNeedsTls = "auth_needs_tls";
    static constexpr const char* TlsRequired = "tls_required";
    static constexpr const char* ServerIdClash = "server_id_clash";
    static constexpr const char* DataDrift = "data_drift";
    static constexpr const char* MissingTable = "missing_table";
    static constexpr const char* ReplicaRunning = "replica_running";
    static constexpr const char* MissingPrivilege = "missing_privilege";
    static constexpr const char* DefinerMissing = "definer_missing";
    static constexpr const char* DefinerPrivileges = "definer_privileges";
    static constexpr const char* FiltersMissing = "filters_missing";
    // The tool's own outcomes (no server error): the DBA cancelled or declined, a parallel part
    // stopped because another failed, the source wrote while it should have been quiet.
    static constexpr const char* Cancelled = "cancelled";
    static constexpr const char* Declined = "declined";
    static constexpr const char* Stopped = "stopped";
    static constexpr const char* PositionMoved = "position_moved";
    static constexpr const char* UnknownCollation = "unknown_collation";
    static constexpr const char* GtidOutOfOrder = "gtid_out_of_order";
    static constexpr const char* ServerError = "server_error";
};
