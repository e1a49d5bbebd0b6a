#pragma once

#include "db/Result.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QHash>

struct ServerFacts;

// How the target is positioned on the source, decided from the profile's gtid setting and the
// servers: file and position, or GTID auto-positioning (MariaDB MASTER_USE_GTID=slave_pos with
// gtid_slave_pos; MySQL SOURCE_AUTO_POSITION=1 with gtid_purged).
struct GtidChoice
{
    Q_DECLARE_TR_FUNCTIONS(GtidChoice)

public:
    enum class Mode
    {
        FilePosition,
        MariaDbSlavePos,
        MySqlAutoPosition
    };
    Mode mode = Mode::FilePosition;
    QString reason; // why, in a sentence, for the plan and the preflight

    bool byGtid() const { return mode != Mode::FilePosition; }

    // staging may be null (write-freeze strategy); a null source or target (not connected yet)
    // leaves file/position unless GTIDs are asked for. An error where the profile asks for
    // GTIDs the servers cannot use.
    static Result<GtidChoice> decide(GtidUse wanted, const ServerFacts* source, const ServerFacts* staging,
                                     const ServerFacts* target);
    // The same for a profile and the facts of the servers connected so far (the staging replica's
    // only under the staging-replica strategy).
    static Result<GtidChoice> forProfile(const Profile& profile, const QHash<ServerRole, ServerFacts>& facts);
};
