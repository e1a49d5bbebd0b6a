// The windows at scale 2 (QT_SCALE_FACTOR=2, as on a high-DPI screen), in the default and in a
// dark palette, with real content from a sandbox: no label, button or check box is narrower than
// its text needs (clipped), no table scrolls sideways (a column cut off), and every coloured text has a
// contrast of at least 4.5:1 (3:1 when bold) on what is behind it. With SCREENSHOT_DIR set, saves the
// screenshots for the README.
#include "SandboxFixture.h"
#include "StartWindow.h"
#include "dashboard/DashboardWindow.h"
#include "monitor/DashboardModel.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/ConnectionForm.h"
#include "wizard/ConnectionsPage.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    return p;
}

// What is wrong with how `window` looks: clipped texts and unreadable colours.
QStringList problems(QWidget* window)
{
    QStringList found;
    static const QRegularExpression colour(QStringLiteral("(?:^|[;{ ])color:\\s*(#[0-9a-fA-F]{6}|white)"));
    static const QRegularExpression background(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})"));
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        const QString who = QStringLiteral("%1 %2 '%3'")
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty())
                continue;
            if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
                found << who.arg(label->text().left(40))
                        + QStringLiteral(": clipped (%1 < %2 px)")
                              .arg(label->width())
                              .arg(label->minimumSizeHint().width());
            const QRegularExpressionMatch text = colour.match(label->styleSheet());
            if (text.hasMatch()) {
                const QColor fore(text.captured(1));
                const QRegularExpressionMatch back = background.match(label->styleSheet());
                const QColor behind = back.hasMatch()
                    ? QColor(back.captured(1))
                    : label->parentWidget()->palette().color(QPalette::Window);
                const bool bold = label->styleSheet().contains(QLatin1String("bold"));
                const double ratio = contrast(fore, behind);
                if (ratio < (bold ? 3.0 : 4.5))
                    found << who.arg(label->text().left(40))
                            + QStringLiteral(": %1 on %2 has a contrast of %3")
                                  .arg(fore.name(), behind.name())
                                  .arg(ratio, 0, 'f', 2);
            }
        } else if (auto* table = qobject_cast<QTableView*>(w)) {
            // A table whose columns do not fit scrolls sideways: its last column is cut off.
            if (table->horizontalScrollBar()->maximum() > 0)
                found << who.arg(table->accessibleName())
                        + QStringLiteral(": columns cut off (%1 px more than shown)")
                              .arg(table->horizontalScrollBar()->maximum());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                found << who.arg(button->text())
                        + QStringLiteral(": clipped (%1 < %2 px)")
                              .arg(button->width())
                              .arg(button->minimumSizeHint().width());
        }
    }
    return found;
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestLooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void atScaleTwo();
    void inADarkPalette();

private:
    void checkEveryWindow(const QString& variant);

    SandboxFixture m_sandbox;
    QTemporaryDir m_library;
};

void TestLooks::initTestCase()
{
    QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("2"));
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data")}, &message), qPrintable(message));
    QVERIFY(SetupLibrary(m_library.path()).save(m_sandbox.profile(), QStringLiteral("shop")).ok());
}

void TestLooks::checkEveryWindow(const QString& variant)
{
    StartWindow window(SetupLibrary(m_library.path()), nullptr, std::make_unique<MemorySecretStore>(), 60000);
    window.resize(window.sizeHint().expandedTo(QSize(900, 480)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    QStringList found = problems(&window);
    screenshot(&window, QStringLiteral("start-window-%1").arg(variant));

    SetupWizard* wizard
        = window.openWizard(m_sandbox.profile(), m_sandbox.profilePath(), m_sandbox.passwords());
    wizard->next(); // connections
    ConnectionForm* source = wizard->connectionsPage()->form(ServerRole::Source);
    QTest::mouseClick(source->findChild<QAbstractButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    auto* result = source->findChild<QLabel*>(QStringLiteral("resultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected")), 20000);
    found += problems(wizard);
    screenshot(wizard, QStringLiteral("wizard-connections-%1").arg(variant));
    wizard->close();

    DashboardWindow dashboard(m_sandbox.profile(), m_sandbox.passwords());
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.model()->snapshot(ServerRole::Target), 20000);
    QTest::qWait(500);
    found += problems(&dashboard);
    screenshot(&dashboard, QStringLiteral("dashboard-%1").arg(variant));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLooks::atScaleTwo()
{
    checkEveryWindow(QStringLiteral("hidpi"));
}

void TestLooks::inADarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    checkEveryWindow(QStringLiteral("hidpi-dark"));
}

QTEST_MAIN(TestLooks)
#include "tst_looks.moc"
