#include "WindowMemory.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QWidget>

namespace {

class Keeper : public QObject
{
public:
    Keeper(QWidget* window, QString key, QHeaderView* header)
        : QObject(window)
        , m_window(window)
        , m_key(std::move(key))
        , m_header(header)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && (event->type() == QEvent::Close || event->type() == QEvent::Hide))
            save();
        return false;
    }

private:
    void save() const
    {
        QSettings settings;
        settings.setValue(m_key + QStringLiteral("/geometry"), m_window->saveGeometry());
        if (m_header)
            settings.setValue(m_key + QStringLiteral("/columns"), m_header->saveState());
    }

    QWidget* m_window;
    QString m_key;
    QPointer<QHeaderView> m_header;
};

} // namespace

namespace WindowMemory {

bool track(QWidget* window, const QString& key, QHeaderView* header)
{
    bool columnsRestored = false;
    const QSettings settings;
    const QByteArray geometry = settings.value(key + QStringLiteral("/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (header) {
        const QByteArray columns = settings.value(key + QStringLiteral("/columns")).toByteArray();
        columnsRestored = !columns.isEmpty() && header->restoreState(columns);
    }
    new Keeper(window, key, header);
    return columnsRestored;
}

} // namespace WindowMemory
