#include "TopologyStrip.h"

#include "HealthStyle.h"

#include <QGridLayout>
#include <QLabel>

TopologyStrip::TopologyStrip(bool withStaging, QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto box = [this](ServerRole role) {
        auto* name = new QLabel(this);
        name->setFrameShape(QFrame::StyledPanel);
        name->setMargin(6);
        name->setTextFormat(Qt::PlainText);
        m_names.insert(role, name);
        auto* badge = new QLabel(this);
        badge->setObjectName(ServerRoles::key(role) + QStringLiteral("Badge"));
        m_badges.insert(role, badge);
        return name;
    };
    grid->addWidget(box(ServerRole::Source), 0, 0, withStaging ? 2 : 1, 1);
    grid->addWidget(m_badges.value(ServerRole::Source), withStaging ? 2 : 1, 0);
    int row = 0;
    QList<ServerRole> replicas{ServerRole::Target};
    if (withStaging)
        replicas.prepend(ServerRole::Staging);
    for (ServerRole replica : replicas) {
        auto* arrow = new QLabel(QStringLiteral("──────▶"), this);
        grid->addWidget(arrow, row, 1);
        QLabel* name = box(replica);
        grid->addWidget(m_badges.value(replica), row, 2);
        grid->addWidget(name, row, 3);
        ++row;
    }
    grid->setColumnStretch(4, 1);
    for (ServerRole role : m_names.keys())
        setServer(role, QString(), Health::Unknown);
}

void TopologyStrip::setServer(ServerRole role, const QString& endpoint, Health health)
{
    if (QLabel* name = m_names.value(role))
        name->setText(ServerRoles::displayName(role).left(1).toUpper() + ServerRoles::displayName(role).mid(1)
                      + QLatin1Char('\n') + endpoint);
    if (QLabel* badge = m_badges.value(role)) {
        badge->setText(HealthClassifier::key(health));
        badge->setToolTip(HealthClassifier::displayName(health));
        badge->setAccessibleName(
            tr("%1: %2").arg(ServerRoles::displayName(role), HealthClassifier::displayName(health)));
        badge->setStyleSheet(HealthStyle::badgeStyle(health));
    }
}

QString TopologyStrip::badgeText(ServerRole replica) const
{
    const QLabel* badge = m_badges.value(replica);
    return badge ? badge->text() : QString();
}
