#pragma once

#include "ScriptedServer.h"
#include "profile/Profile.h"
#include "setup/SetupConnections.h"

#include <QHash>

#include <memory>

// A source, its staging replica and a fresh target, all scripted from the result sets recorded for
// one server version; and the profile that names them (the source at the address the recorded
// replicas point at).
struct ScriptedTopology
{
    ScriptedServer source;
    ScriptedServer staging;
    ScriptedServer target;

    static ScriptedTopology of(const QString& recorded, bool rdsStaging = true);
    static Profile profile(SetupStrategy strategy);
    // Sessions to the servers the profile's strategy uses; `scripted` receives them to inspect.
    SetupConnections connect(const Profile& profile,
                             QHash<ServerRole, std::shared_ptr<ScriptedSession>>* scripted = nullptr) const;
};
