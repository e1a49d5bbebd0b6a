#include "SourcePanel.h"

#include "HealthStyle.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

SourcePanel::SourcePanel(QWidget* parent)
    : QGroupBox(tr("Source"), parent)
    , m_badge(new QLabel(this))
    , m_binlogs(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("sourcePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge, 0, Qt::AlignLeft);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    addField(form, QStringLiteral("endpoint"), tr("Endpoint:"));
    addField(form, QStringLiteral("position"), tr("Binlog position:"));
    addField(form, QStringLiteral("retention"), tr("Retention:"));
    addField(form, QStringLiteral("oldest"), tr("Oldest binlog kept:"));
    addField(form, QStringLiteral("facts"), tr("Server:"));
    m_binlogs->setHorizontalHeaderLabels({tr("Binlog"), tr("Size"), tr("Started (UTC)")});
    m_binlogs->verticalHeader()->hide();
    // Every column wide enough for its contents (the start times were cut off), the table as wide
    // as they need; Tab leaves the table instead of walking its cells.
    m_binlogs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_binlogs->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_binlogs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_binlogs->setTabKeyNavigation(false);
    m_binlogs->setAccessibleName(tr("Binary logs of the source"));
    layout->addWidget(m_binlogs);
}

QLabel* SourcePanel::addField(QFormLayout* form, const QString& name, const QString& label)
{
    // The caption first, so that screen readers announce it before its value.
    auto* caption = new QLabel(label, this);
    auto* value = new QLabel(this);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void SourcePanel::showSnapshot(const ServerSnapshot& snapshot, Health health)
{
    m_badge->setText(HealthClassifier::key(health));
    m_badge->setStyleSheet(HealthStyle::badgeStyle(health));
    const auto set = [this](const QString& field, const QString& text) {
        if (auto* label = findChild<QLabel*>(field + QStringLiteral("Value")))
            label->setText(text);
    };
    set(QStringLiteral("endpoint"), snapshot.endpoint);
    if (!snapshot.facts) {
        const QString reason = snapshot.error ? snapshot.error->toText() : tr("The server does not answer.");
        set(QStringLiteral("position"), tr("unknown: %1").arg(reason));
        return; // the rest keeps the last known values
    }
    const ServerFacts& f = *snapshot.facts;
    set(QStringLiteral("position"),
        f.sourceStatus
            ? QStringLiteral("%1:%2").arg(f.sourceStatus->binlogFile).arg(f.sourceStatus->binlogPosition)
            : (f.logBin ? tr("not readable") : tr("binary log off")));
    QString retention;
    if (!f.retention.known())
        retention = tr("unknown");
    else if (f.retention.isSet)
        retention = tr("%1 h").arg(f.retention.hours);
    else
        retention = f.rds ? tr("NULL: binlogs are purged as soon as RDS can") : tr("no expiry");
    set(QStringLiteral("retention"), retention);
    qint64 total = 0;
    for (const BinaryLogFile& log : snapshot.binaryLogs)
        total += log.size;
    QString oldest = tr("none listed");
    if (!snapshot.binaryLogs.isEmpty()) {
        const BinaryLogFile& first = snapshot.binaryLogs.first();
        const QString age = first.startedAt
            ? tr("started %1 h %2 min ago")
                  .arg(first.startedAt->secsTo(snapshot.takenAt) / 3600)
                  .arg((first.startedAt->secsTo(snapshot.takenAt) % 3600) / 60)
            : tr("age not known yet");
        oldest = tr("%1, %2 (%n files, %3 in all)", nullptr, int(snapshot.binaryLogs.size()))
                     .arg(first.name, age, QLocale().formattedDataSize(total));
    }
    set(QStringLiteral("oldest"), oldest);
    set(QStringLiteral("facts"),
        tr("%1, server id %2, %3%4")
            .arg(f.version.displayName())
            .arg(f.serverId)
            .arg(f.logBin ? f.binlogFormat : tr("binlog off"), f.rds ? tr(", RDS") : QString()));
    m_binlogs->setRowCount(int(snapshot.binaryLogs.size()));
    for (int row = 0; row < snapshot.binaryLogs.size(); ++row) {
        m_binlogs->setItem(row, 0, new QTableWidgetItem(snapshot.binaryLogs.at(row).name));
        m_binlogs->setItem(
            row, 1, new QTableWidgetItem(QLocale().formattedDataSize(snapshot.binaryLogs.at(row).size)));
        const std::optional<QDateTime>& started = snapshot.binaryLogs.at(row).startedAt;
        m_binlogs->setItem(row, 2,
                           new QTableWidgetItem(started
                                                    ? started->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                    : QString()));
    }
}

QString SourcePanel::fieldText(const QString& field) const
{
    const auto* label = findChild<QLabel*>(field + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

int SourcePanel::binlogCount() const
{
    return m_binlogs->rowCount();
}
