#include "SetupModel.h"

SetupModel::SetupModel(QObject* parent)
    : QObject(parent)
{
    for (ServerRole role : ServerRoles::all())
        m_profile.connection(role).role = role;
}

void SetupModel::setProfile(const Profile& profile)
{
    m_profile = profile;
    emit changed();
}

void SetupModel::setConnection(ServerRole role, const ConnectionSpec& spec)
{
    m_profile.connection(role) = spec;
    m_profile.connection(role).role = role;
    emit changed();
}

void SetupModel::storePassword(ServerRole role, const QByteArray& password)
{
    m_passwords.insert(role, password);
    emit changed();
}

QList<ServerRole> SetupModel::roles() const
{
    if (m_profile.strategy == SetupStrategy::WriteFreeze)
        return {ServerRole::Source, ServerRole::Target};
    return ServerRoles::all();
}

void SetupModel::setSchemas(const QStringList& schemas)
{
    m_profile.databases = schemas;
    emit changed();
}

void SetupModel::setStrategy(SetupStrategy strategy)
{
    m_profile.strategy = strategy;
    emit changed();
}

void SetupModel::setDefinerPolicy(const DefinerPolicy& policy)
{
    m_profile.definers = policy;
    emit changed();
}
