#include "StepContext.h"

StepContext::StepContext(Mode mode, const Profile& profile, SetupConnections& connections, StepHost& host)
    : m_mode(mode)
    , m_profile(profile)
    , m_connections(connections)
    , m_host(host)
{
}

ServerRole StepContext::copyRole() const
{
    return SetupConnections::copyRoleOf(m_profile);
}

Dialect StepContext::dialect(ServerRole role) const
{
    // Without facts (the server could not be reached) the plan still shows MariaDB's spelling.
    return Dialect(has(role) ? facts(role).version
                             : ServerVersion::parse(QStringLiteral("10.11.0-MariaDB"), {}));
}

Result<GtidChoice> StepContext::gtid() const
{
    return GtidChoice::forProfile(m_profile, m_connections.facts);
}
