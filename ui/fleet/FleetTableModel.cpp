#include "FleetTableModel.h"

#include "dashboard/HealthStyle.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <limits>

namespace {

QIcon dot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return FleetTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    if (seconds >= 60)
        return FleetTableModel::tr("%1 min").arg(seconds / 60);
    return FleetTableModel::tr("%1 s").arg(seconds);
}

} // namespace

FleetTableModel::FleetTableModel(const FleetMonitor* fleet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &FleetMonitor::rowsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(fleet, &FleetMonitor::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void FleetTableModel::setUnfinished(const QSet<QString>& profilePaths)
{
    m_unfinished = profilePaths;
    if (rowCount() > 0)
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

int FleetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fleet->rows().size());
}

int FleetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Setup");
    case Source:
        return tr("Source");
    case Staging:
        return tr("Staging");
    case Target:
        return tr("Target");
    case Lag:
        return tr("Lag");
    case Runway:
        return tr("Binlog runway");
    case LastCheck:
        return tr("Last check");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FleetTableModel::healthData(const FleetMonitor::Row& row, ServerRole role, int itemRole) const
{
    const bool watched = row.roles.contains(role);
    const bool known = row.health.contains(role);
    const Health health = row.health.value(role, Health::Unknown);
    const QString text = !watched           ? tr("not watched")
        : known                             ? HealthClassifier::displayName(health)
        : row.summary.value(role).isEmpty() ? tr("checking…")
                                            : tr("not checked");
    switch (itemRole) {
    case Qt::DisplayRole:
        return text;
    case Qt::DecorationRole:
        return watched ? QVariant(dot(HealthStyle::color(known ? health : Health::Unknown))) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return row.summary.value(role);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(ServerRoles::displayName(role), text);
    case SortRole:
        return watched && known ? int(HealthClassifier::severity(health)) : int(Severity::Unknown) + 1;
    default:
        return {};
    }
}

QVariant FleetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FleetMonitor::Row& row = m_fleet->rows().at(index.row());
    if (role == ProfilePathRole)
        return row.profilePath;
    if (role == UnfinishedRole)
        return m_unfinished.contains(row.profilePath);
    switch (Column(index.column())) {
    case Name: {
        const bool unfinished = m_unfinished.contains(row.profilePath);
        if (role == Qt::DisplayRole)
            return unfinished ? tr("%1 — its last run did not finish").arg(row.label) : row.label;
        if (role == Qt::ToolTipRole)
            return row.worstText().isEmpty() ? row.profilePath
                                             : row.worstText() + QLatin1Char('\n') + row.profilePath;
        if (role == SortRole)
            return row.label.toLower();
        if (role == Qt::AccessibleTextRole)
            return row.label;
        return {};
    }
    case Source:
        return healthData(row, ServerRole::Source, role);
    case Staging:
        return healthData(row, ServerRole::Staging, role);
    case Target:
        return healthData(row, ServerRole::Target, role);
    case Lag: {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!row.secondsBehind && !row.trueLagSeconds)
                return tr("—");
            QString text = row.secondsBehind ? duration(*row.secondsBehind) : tr("NULL");
            if (row.trueLagSeconds)
                text += tr(" (true %1 s)").arg(*row.trueLagSeconds, 0, 'f', 1);
            return text;
        }
        if (role == SortRole)
            return row.secondsBehind ? double(*row.secondsBehind) : std::numeric_limits<double>::max();
        return {};
    }
    case Runway: {
        const bool timed = row.runway.state == BinlogRunway::State::Ok
            || row.runway.state == BinlogRunway::State::Shrinking
            || row.runway.state == BinlogRunway::State::Critical;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (row.runway.state == BinlogRunway::State::Unlimited)
                return tr("unlimited");
            return timed ? duration(qMax<qint64>(0, row.runway.seconds)) : tr("unknown");
        }
        if (role == Qt::ToolTipRole)
            return row.runway.text;
        if (role == Qt::DecorationRole && timed)
            return dot(row.runway.state == BinlogRunway::State::Ok
                           ? HealthStyle::color(Health::Ok)
                           : HealthStyle::color(row.runway.state == BinlogRunway::State::Critical
                                                    ? Health::SqlError
                                                    : Health::Lagging));
        if (role == SortRole)
            return timed ? double(row.runway.seconds) : std::numeric_limits<double>::max();
        return {};
    }
    case LastCheck:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.lastCheck.isValid() ? row.lastCheck.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                           : tr("never");
        if (role == SortRole)
            return row.lastCheck.isValid() ? row.lastCheck.toMSecsSinceEpoch() : qint64(0);
        return {};
    case ColumnCount:
        break;
    }
    return {};
}
