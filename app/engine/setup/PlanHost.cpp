#include "PlanHost.h"

Result<ResultSet> PlanHost::query(ServerRole role, const QString& sql)
{
    const auto session = m_connections.sessions.value(role);
    if (!session)
        return EngineError::local(tr("The %1 is not connected.").arg(ServerRoles::displayName(role)));
    return session->query(sql);
}

Status PlanHost::execute(ServerRole, const QString& sql)
{
    // A step that changes a server while being planned is a programming error.
    return EngineError::local(tr("Planning never changes a server (refused: %1).").arg(sql.left(80)));
}
