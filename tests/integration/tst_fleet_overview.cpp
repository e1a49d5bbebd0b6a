// The start window's fleet overview on a real sandbox, in a D-Bus session of its own with a
// notification service of the test's: three saved setups are polled in the background; stopping
// one target's SQL thread changes that setup's badge within two poll intervals and raises exactly
// one desktop notification (none for the others, none at start); rename, duplicate (with its
// remembered passwords) and remove (with them, after a confirmation) work on the saved setups.
#include "SandboxFixture.h"
#include "StartWindow.h"
#include "fleet/FleetTableModel.h"
#include "monitor/FleetMonitor.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/MessageBoxes.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// org.freedesktop.Notifications as a desktop's daemon offers it, recording what it is asked.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        uchar urgency = 1;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString& application, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(application)
        Q_UNUSED(replaces)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        shown.append({summary, body, hints.value(QStringLiteral("urgency")).value<uchar>()});
        return uint(shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestFleetOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBrokenTargetChangesItsBadgeAndNotifiesOnce();
    void renameDuplicateRemove();
    void sizeAndColumnsAreRemembered();

private:
    // A saved setup of the sandbox's source; its target is the sandbox server of `targetRole`.
    QString save(const QString& name, ServerRole targetRole);
    int rowOf(StartWindow& window, const QString& profilePath) const;

    SandboxFixture m_sandbox;
    QTemporaryDir m_library;
    FakeNotifications m_daemon;
    QHash<QString, ServerRole> m_targets; // profile path -> the sandbox server it watches as target
};

void TestFleetOverview::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
    QDBusConnection daemonBus
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon"));
    QVERIFY(daemonBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_daemon,
                                     QDBusConnection::ExportAllSlots));
    QVERIFY(daemonBus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data")}, &message), qPrintable(message));
    QVERIFY(m_library.isValid());
}

QString TestFleetOverview::save(const QString& name, ServerRole targetRole)
{
    Profile profile = m_sandbox.profile();
    profile.name = name;
    profile.strategy = SetupStrategy::WriteFreeze; // no staging server: the overview watches two links
    profile.staging = ConnectionSpec();
    profile.target = m_sandbox.spec(targetRole);
    profile.target.role = ServerRole::Target;
    const Result<SetupLibrary::Entry> saved = SetupLibrary(m_library.path()).save(profile, name);
    if (!saved)
        return {};
    m_targets.insert(saved->profilePath, targetRole);
    return saved->profilePath;
}

int TestFleetOverview::rowOf(StartWindow& window, const QString& profilePath) const
{
    QAbstractItemModel* model = window.setupsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FleetTableModel::ProfilePathRole).toString() == profilePath)
            return row;
    }
    return -1;
}

void TestFleetOverview::aBrokenTargetChangesItsBadgeAndNotifiesOnce()
{
    // alpha and beta watch the sandbox's target (not a replica: steady); gamma's target is the
    // staging server, a running replica of the source.
    const QString alpha = save(QStringLiteral("alpha"), ServerRole::Target);
    const QString beta = save(QStringLiteral("beta"), ServerRole::Target);
    const QString gamma = save(QStringLiteral("gamma"), ServerRole::Staging);
    QVERIFY(!alpha.isEmpty() && !beta.isEmpty() && !gamma.isEmpty());
    auto keychain = std::make_unique<MemorySecretStore>();
    for (const QString& path : {alpha, beta, gamma}) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        keychain->write(SecretStore::keyFor(absolute, QStringLiteral("source")),
                        m_sandbox.password(ServerRole::Source), this, [](bool, const QString&) {});
        keychain->write(SecretStore::keyFor(absolute, QStringLiteral("target")),
                        m_sandbox.password(m_targets.value(path)), this, [](bool, const QString&) {});
    }
    const int interval = 3000;
    StartWindow window(SetupLibrary(m_library.path()), nullptr, std::move(keychain), interval);
    window.show();
    QAbstractItemModel* model = window.setupsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    const auto targetText = [&](const QString& path) {
        const int row = rowOf(window, path);
        return row < 0 ? QString() : model->index(row, FleetTableModel::Target).data().toString();
    };
    // Every link checked once: health in words, never colour alone.
    QTRY_VERIFY_WITH_TIMEOUT(
        !targetText(gamma).isEmpty() && !targetText(gamma).contains(QStringLiteral("check")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!targetText(alpha).contains(QStringLiteral("check")), 20000);
    const QString gammaBefore = targetText(gamma);
    const QString alphaBefore = targetText(alpha);
    QCOMPARE(gammaBefore,
             HealthClassifier::displayName(
                 window.fleet()->rows().at(rowOf(window, gamma)).health.value(ServerRole::Target)));
    QVERIFY(gammaBefore != HealthClassifier::displayName(Health::Stopped));
    QCOMPARE(m_daemon.shown.size(), 0); // the first look is no change

    auto staging = m_sandbox.rootSession(ServerRole::Staging);
    QVERIFY(staging && staging->execute(QStringLiteral("STOP SLAVE SQL_THREAD")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(targetText(gamma), HealthClassifier::displayName(Health::Stopped),
                              2 * interval);
    QTRY_COMPARE_WITH_TIMEOUT(m_daemon.shown.size(), 1, 5000);
    QVERIFY2(m_daemon.shown.first().summary.contains(QLatin1String("gamma"))
                 && m_daemon.shown.first().summary.contains(HealthClassifier::displayName(Health::Stopped)),
             qPrintable(m_daemon.shown.first().summary));
    QCOMPARE(int(m_daemon.shown.first().urgency), 2); // critical
    // Two more rounds: still one notification, the other setups unchanged.
    QTest::qWait(2 * interval);
    QCOMPARE(m_daemon.shown.size(), 1);
    QCOMPARE(targetText(alpha), alphaBefore);
    QVERIFY(model->index(rowOf(window, gamma), FleetTableModel::Target).data(Qt::ToolTipRole).isValid());
    // Sorted by target health, the broken one comes last (critical after ok/warning).
    model->sort(FleetTableModel::Target, Qt::AscendingOrder);
    QCOMPARE(rowOf(window, gamma), 2);

    QVERIFY(staging->execute(QStringLiteral("START SLAVE SQL_THREAD")).ok());
}

void TestFleetOverview::renameDuplicateRemove()
{
    auto keychain = std::make_unique<MemorySecretStore>();
    MemorySecretStore* secrets = keychain.get();
    const QString path = SetupLibrary(m_library.path()).entries().first().profilePath;
    secrets->write(SecretStore::keyFor(QFileInfo(path).absoluteFilePath(), QStringLiteral("source")),
                   "secret-1", this, [](bool, const QString&) {});
    StartWindow window(SetupLibrary(m_library.path()), nullptr, std::move(keychain), 60000);
    const int before = window.setupsModel()->rowCount();
    QVERIFY(window.selectSetup(path));
    window.renameSelected(QStringLiteral("renamed one"));
    QCOMPARE(ProfileFile::load(path)->name, QStringLiteral("renamed one"));
    QVERIFY(window.selectSetup(path));
    QCOMPARE(window.setupsModel()->index(rowOf(window, path), FleetTableModel::Name).data().toString(),
             QStringLiteral("renamed one"));

    window.duplicateSelected();
    QCOMPARE(window.setupsModel()->rowCount(), before + 1);
    QString copy;
    for (const SetupLibrary::Entry& entry : SetupLibrary(m_library.path()).entries()) {
        if (ProfileFile::load(entry.profilePath)->name == QLatin1String("renamed one (copy)"))
            copy = entry.profilePath;
    }
    QVERIFY(!copy.isEmpty());
    QTest::qWait(200); // the copy's passwords are read and written asynchronously
    std::optional<QByteArray> copied;
    secrets->read(SecretStore::keyFor(QFileInfo(copy).absoluteFilePath(), QStringLiteral("source")), this,
                  [&copied](std::optional<QByteArray> secret, const QString&) { copied = secret; });
    QTRY_VERIFY(copied.has_value());
    QCOMPARE(*copied, QByteArray("secret-1"));

    // Remove asks first; "No" keeps it.
    QVERIFY(window.selectSetup(copy));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    window.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    QVERIFY(QFile::exists(copy));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    window.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    QTRY_VERIFY(!QFile::exists(copy));
    QTest::qWait(200); // the keychain entries are removed asynchronously
    QVERIFY(!QDir(QFileInfo(copy).absolutePath()).exists());
    QCOMPARE(window.setupsModel()->rowCount(), before);
    std::optional<QByteArray> left = QByteArray("unread");
    bool answered = false;
    secrets->read(SecretStore::keyFor(QFileInfo(copy).absoluteFilePath(), QStringLiteral("source")), this,
                  [&](std::optional<QByteArray> secret, const QString&) {
                      left = secret;
                      answered = true;
                  });
    QTRY_VERIFY(answered);
    QVERIFY(!left.has_value()); // its remembered password went with it
    QVERIFY(QFile::exists(path)); // the original stays
}

void TestFleetOverview::sizeAndColumnsAreRemembered()
{
    const auto header = [](StartWindow& window) {
        return window.findChild<QTableView*>(QStringLiteral("setupTable"))->horizontalHeader();
    };
    {
        StartWindow window(SetupLibrary(m_library.path()), nullptr, std::make_unique<MemorySecretStore>(),
                           60000);
        window.show();
        window.resize(1013, 577);
        header(window)->resizeSection(FleetTableModel::Name, 321);
        window.close();
    }
    StartWindow again(SetupLibrary(m_library.path()), nullptr, std::make_unique<MemorySecretStore>(), 60000);
    again.show();
    QCOMPARE(again.size(), QSize(1013, 577));
    QCOMPARE(header(again)->sectionSize(FleetTableModel::Name), 321);
    // Listing the setups again does not size the columns over the DBA's widths.
    again.refresh();
    QTest::qWait(200);
    QCOMPARE(header(again)->sectionSize(FleetTableModel::Name), 321);
}

QTEST_MAIN(TestFleetOverview)
#include "tst_fleet_overview.moc"
