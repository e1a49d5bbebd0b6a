#include "ReplicaPanel.h"

#include "HealthStyle.h"
#include "monitor/GtidProgress.h"
#include "ui_ReplicaPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

ReplicaPanel::ReplicaPanel(ServerRole role, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ReplicaPanel>())
{
    m_ui->setupUi(this);
    QString title = ServerRoles::displayName(role);
    title[0] = title[0].toUpper();
    setTitle(title);
    setObjectName(ServerRoles::key(role) + QStringLiteral("Panel"));
    m_ui->rawTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->rawTable->setTabKeyNavigation(false);
    m_ui->rawTable->setAccessibleName(tr("Raw status of the %1").arg(ServerRoles::displayName(role)));
    m_ui->filterEdit->setAccessibleName(
        tr("Filter the raw status of the %1").arg(ServerRoles::displayName(role)));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ReplicaPanel::applyFilter);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(copiedText()); });
}

ReplicaPanel::~ReplicaPanel() = default;

void ReplicaPanel::showSnapshot(const ServerSnapshot& snapshot, Health health, const ServerSnapshot* source)
{
    m_ui->healthBadge->setText(HealthClassifier::key(health));
    m_ui->healthBadge->setToolTip(HealthClassifier::displayName(health));
    m_ui->healthBadge->setStyleSheet(HealthStyle::badgeStyle(health));
    m_ui->endpointLabel->setText(snapshot.endpoint);

    const ReplicaStatus* r
        = (snapshot.facts && snapshot.facts->replicaStatus) ? &*snapshot.facts->replicaStatus : nullptr;
    const auto set = [this](QLabel* label, const QString& text, bool bad) {
        label->setText(text);
        label->setStyleSheet(bad ? HealthStyle::textStyle(Health::IoError, palette()) : QString());
    };
    const QString none = tr("–");
    if (!snapshot.reachable) {
        const QString reason = snapshot.error ? snapshot.error->toText() : tr("The server does not answer.");
        set(m_ui->ioValue, tr("unknown: %1").arg(reason), true);
        if (snapshot.retryInSeconds > 0)
            m_ui->ioValue->setText(m_ui->ioValue->text() + QLatin1Char(' ')
                                   + tr("(next try in %n s)", nullptr, snapshot.retryInSeconds));
        for (QLabel* label :
             {m_ui->sqlValue, m_ui->lagValue, m_ui->trueLagValue, m_ui->executedValue, m_ui->readValue,
              m_ui->ioErrorValue, m_ui->sqlErrorValue, m_ui->relaySpaceValue, m_ui->gtidValue})
            set(label, none, false);
    } else if (!r) {
        set(m_ui->ioValue, tr("not a replica"), false);
        for (QLabel* label :
             {m_ui->sqlValue, m_ui->lagValue, m_ui->trueLagValue, m_ui->executedValue, m_ui->readValue,
              m_ui->ioErrorValue, m_ui->sqlErrorValue, m_ui->relaySpaceValue, m_ui->gtidValue})
            set(label, none, false);
    } else {
        set(m_ui->ioValue, r->ioRunning, !r->ioThreadRunning());
        set(m_ui->sqlValue, r->sqlRunning, !r->sqlThreadRunning());
        set(m_ui->lagValue,
            r->secondsBehindSource ? tr("%n s", nullptr, int(*r->secondsBehindSource))
                                   : QStringLiteral("NULL"),
            health == Health::Lagging || !r->secondsBehindSource);
        set(m_ui->trueLagValue,
            snapshot.heartbeatLagSeconds ? tr("%1 s").arg(*snapshot.heartbeatLagSeconds, 0, 'f', 1)
                                         : snapshot.heartbeatNote,
            false);
        set(m_ui->executedValue, QStringLiteral("%1:%2").arg(r->execSourceLogFile).arg(r->execSourceLogPos),
            false);
        set(m_ui->readValue, QStringLiteral("%1:%2").arg(r->readSourceLogFile).arg(r->readSourceLogPos),
            false);
        set(m_ui->ioErrorValue,
            r->lastIoErrno ? QStringLiteral("%1: %2").arg(r->lastIoErrno).arg(r->lastIoError) : none,
            r->lastIoErrno != 0);
        set(m_ui->sqlErrorValue,
            r->lastSqlErrno ? QStringLiteral("%1: %2").arg(r->lastSqlErrno).arg(r->lastSqlError) : none,
            r->lastSqlErrno != 0);
        set(m_ui->relaySpaceValue, QLocale().formattedDataSize(qint64(r->relayLogSpace)), false);
        showGtid(snapshot, source);
    }

    const QList<QPair<QString, QString>> raw = r ? r->raw : QList<QPair<QString, QString>>{};
    m_ui->rawTable->setRowCount(int(raw.size()));
    for (int row = 0; row < raw.size(); ++row) {
        m_ui->rawTable->setItem(row, 0, new QTableWidgetItem(raw.at(row).first));
        m_ui->rawTable->setItem(row, 1, new QTableWidgetItem(raw.at(row).second));
    }
    applyFilter();
}

void ReplicaPanel::showGtid(const ServerSnapshot& snapshot, const ServerSnapshot* source)
{
    if (!snapshot.reachable || !snapshot.facts || !snapshot.facts->replicaStatus)
        return; // showSnapshot shows none
    const std::optional<GtidProgress> gtid = GtidProgress::of(snapshot, source);
    if (!gtid)
        m_ui->gtidValue->setText(tr("not used (file and position)"));
    else if (gtid->behind)
        m_ui->gtidValue->setText(
            tr("%1, applied %2; %n transaction(s) behind the source", nullptr, int(*gtid->behind))
                .arg(gtid->mode, gtid->applied));
    else
        m_ui->gtidValue->setText(tr("%1, applied %2").arg(gtid->mode, gtid->applied));
}

void ReplicaPanel::applyFilter()
{
    const QString filter = m_ui->filterEdit->text().trimmed();
    for (int row = 0; row < m_ui->rawTable->rowCount(); ++row) {
        const bool match = filter.isEmpty()
            || m_ui->rawTable->item(row, 0)->text().contains(filter, Qt::CaseInsensitive)
            || m_ui->rawTable->item(row, 1)->text().contains(filter, Qt::CaseInsensitive);
        m_ui->rawTable->setRowHidden(row, !match);
    }
}

QString ReplicaPanel::healthText() const
{
    return m_ui->healthBadge->text();
}

QString ReplicaPanel::fieldText(const QString& field) const
{
    const auto* label = findChild<QLabel*>(field + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

int ReplicaPanel::visibleRawRows() const
{
    int visible = 0;
    for (int row = 0; row < m_ui->rawTable->rowCount(); ++row)
        visible += m_ui->rawTable->isRowHidden(row) ? 0 : 1;
    return visible;
}

QString ReplicaPanel::copiedText() const
{
    QStringList lines;
    for (int row = 0; row < m_ui->rawTable->rowCount(); ++row) {
        if (!m_ui->rawTable->isRowHidden(row))
            lines << m_ui->rawTable->item(row, 0)->text() + QLatin1Char('\t')
                    + m_ui->rawTable->item(row, 1)->text();
    }
    return lines.join(QLatin1Char('\n'));
}
