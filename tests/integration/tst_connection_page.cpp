// The GUI's first steps, offscreen: the start window opens the wizard, and testing a connection
// shows the detected facts or the explained error in place, without blocking the event loop.
#include "SandboxFixture.h"
#include "StartWindow.h"
#include "fleet/FleetTableModel.h"
#include "profile/SecretsFile.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/ConnectionForm.h"
#include "wizard/ConnectionsPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void startWindowListsSavedSetups();
    void testShowsFacts();
    void testShowsExplainedError();
    void tabOrderWalksTheShownFormFirst();

private:
    SetupWizard* openWizard(StartWindow& window);
    // With SCREENSHOT_DIR set, saves the widget as SCREENSHOT_DIR/<name>.png (for the README).
    static void screenshot(QWidget* widget, const QString& name);

    SandboxFixture m_sandbox;
    QTemporaryDir m_library;
};

void TestConnectionPage::initTestCase()
{
    ServerSession::initializeLibrary();
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data")}, &message), qPrintable(message));
}

void TestConnectionPage::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
}

SetupWizard* TestConnectionPage::openWizard(StartWindow& window)
{
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    SetupWizard* wizard = window.openWizard(
        m_sandbox.profile(), m_sandbox.profilePath(), passwords,
        SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication")));
    wizard->next(); // strategy -> connections
    return wizard;
}

void TestConnectionPage::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestConnectionPage::startWindowListsSavedSetups()
{
    SetupLibrary library(m_library.path());
    StartWindow window(library, nullptr, std::make_unique<MemorySecretStore>());
    QAbstractItemModel* list = window.setupsModel();
    QVERIFY(list);
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisibleTo(&window));

    SetupWizard* wizard = openWizard(window);
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->connectionsPage()->isComplete());
    QVERIFY(wizard->connectionsPage()->validatePage());
    wizard->accept();
    QCOMPARE(list->rowCount(), 1);
    screenshot(&window, QStringLiteral("start-window"));
    QVERIFY(list->index(0, FleetTableModel::Name)
                .data()
                .toString()
                .contains(m_sandbox.spec(ServerRole::Target).endpoint()));
    // The saved profile holds no password.
    QFile saved(list->index(0, 0).data(FleetTableModel::ProfilePathRole).toString());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    for (ServerRole role : ServerRoles::all())
        QVERIFY(!content.contains(m_sandbox.password(role)));
}

void TestConnectionPage::tabOrderWalksTheShownFormFirst()
{
    // Tab from the tab bar reaches the shown form's host and its test button before the
    // replication account and Remember (the forms are added after the page's own fields).
    StartWindow window{SetupLibrary(m_library.path()), nullptr, std::make_unique<MemorySecretStore>()};
    SetupWizard* wizard = openWizard(window);
    auto* tabs = wizard->findChild<QTabWidget*>(QStringLiteral("roleTabs"));
    ConnectionForm* target = wizard->connectionsPage()->form(ServerRole::Target);
    tabs->setCurrentWidget(target);
    QList<QWidget*> chain; // the widgets Tab stops at, in order, from the tab bar on
    for (QWidget* w = tabs->tabBar()->nextInFocusChain(); w && w != tabs->tabBar() && chain.size() < 200;
         w = w->nextInFocusChain()) {
        if (w->isVisibleTo(wizard) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain << w;
    }
    const auto at = [&chain](const QString& name, QWidget* within) {
        QWidget* widget = within->findChild<QWidget*>(name);
        return widget ? chain.indexOf(widget) : -2;
    };
    const int host = at(QStringLiteral("hostEdit"), target);
    const int test = at(QStringLiteral("testButton"), target);
    const int replicationUser = at(QStringLiteral("replUserEdit"), wizard);
    const int remember = at(QStringLiteral("rememberCheck"), wizard);
    QStringList names;
    for (QWidget* w : chain.mid(0, 6))
        names << w->objectName() + QLatin1Char(':') + QString::fromLatin1(w->metaObject()->className());
    QVERIFY2(
        host == 0,
        qPrintable(QStringLiteral("host at %1 after %2").arg(host).arg(names.join(QStringLiteral(", ")))));
    QVERIFY(host < test && test < replicationUser && replicationUser < remember);
    // The hidden forms are not in the way.
    QCOMPARE(at(QStringLiteral("hostEdit"), wizard->connectionsPage()->form(ServerRole::Source)), -1);
}

void TestConnectionPage::testShowsFacts()
{
    StartWindow window{SetupLibrary(m_library.path())};
    SetupWizard* wizard = openWizard(window);
    ConnectionForm* source = wizard->connectionsPage()->form(ServerRole::Source);
    auto* result = source->findChild<QLabel*>(QStringLiteral("resultLabel"));
    auto* button = source->findChild<QPushButton*>(QStringLiteral("testButton"));
    QVERIFY(result && button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // running off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected")), 20000);
    QVERIFY(result->text().contains(QLatin1String("MariaDB 10.11")));
    QVERIFY(result->text().contains(QLatin1String("RDS")));
    QVERIFY(result->text().contains(QLatin1String("933302652")));

    ConnectionForm* staging = wizard->connectionsPage()->form(ServerRole::Staging);
    QTest::mouseClick(staging->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    auto* stagingResult = staging->findChild<QLabel*>(QStringLiteral("resultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(stagingResult->text().startsWith(QLatin1String("Connected")), 20000);
    QVERIFY(stagingResult->text().contains(QLatin1String("replica of 127.0.0.1")));
    wizard->findChild<QTabWidget*>(QStringLiteral("roleTabs"))->setCurrentWidget(staging);
    screenshot(wizard, QStringLiteral("wizard-connections"));
}

void TestConnectionPage::testShowsExplainedError()
{
    StartWindow window{SetupLibrary(m_library.path())};
    SetupWizard* wizard = openWizard(window);
    ConnectionForm* target = wizard->connectionsPage()->form(ServerRole::Target);
    auto* password = target->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    password->clear();
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(target->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    auto* result = target->findChild<QLabel*>(QStringLiteral("resultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Error 1045")), 20000);
    QVERIFY(result->text().contains(QLatin1String("Fix:")));
    wizard->findChild<QTabWidget*>(QStringLiteral("roleTabs"))->setCurrentWidget(target);
    screenshot(wizard, QStringLiteral("wizard-connection-error"));
}

QTEST_MAIN(TestConnectionPage)
#include "tst_connection_page.moc"
