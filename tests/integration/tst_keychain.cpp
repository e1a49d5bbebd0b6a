// The OS keychain through KeychainSecretStore, against a real Secret Service: a
// gnome-keyring-daemon in its own D-Bus session (tests/keychain/with-keyring.sh), and, with
// RW_KEYCHAIN=absent, a session without any Secret Service, where every call fails with a reason
// within the timeout and nothing is written anywhere in clear; with RW_KEYCHAIN=hung, a session
// bus that accepts the connection and never answers, where every call ends with the timeout.
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

struct ReadOutcome
{
    bool done = false;
    std::optional<QByteArray> secret;
    QString reason;
};

struct WriteOutcome
{
    bool done = false;
    bool ok = false;
    QString reason;
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripWithAwkwardPasswords();
    void keysAreNamespacedPerSetupAndRole();
    void removedSecretsAreGone();
    void withoutSecretServiceEveryCallFailsInTime();
    void hangingSecretServiceTimesOut();

private:
    ReadOutcome read(const QString& key);
    WriteOutcome write(const QString& key, const QByteArray& secret);
    WriteOutcome remove(const QString& key);

    bool m_absent = false;
    bool m_hung = false;
    QLocalServer m_silentBus; // accepts D-Bus connections and never answers
    QList<QLocalSocket*> m_held;
    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_setup;
};

void TestKeychain::initTestCase()
{
    m_absent = qEnvironmentVariable("RW_KEYCHAIN") == QLatin1String("absent");
    m_hung = qEnvironmentVariable("RW_KEYCHAIN") == QLatin1String("hung");
    if (m_hung) {
        const QString path = QDir::home().filePath(QStringLiteral("silent-bus"));
        QVERIFY(m_silentBus.listen(path));
        connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_silentBus.nextPendingConnection())
                m_held << socket;
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path.toLocal8Bit());
    }
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("replica-wizard-test"), 4000);
    m_setup = QStringLiteral("/tmp/setup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ReadOutcome TestKeychain::read(const QString& key)
{
    ReadOutcome outcome;
    m_store->read(key, this, [&outcome](std::optional<QByteArray> secret, const QString& reason) {
        outcome = {true, std::move(secret), reason};
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, 10000)); // checked by the caller
    return outcome;
}

WriteOutcome TestKeychain::write(const QString& key, const QByteArray& secret)
{
    WriteOutcome outcome;
    m_store->write(key, secret, this, [&outcome](bool ok, const QString& reason) {
        outcome = {true, ok, reason};
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, 10000)); // checked by the caller
    return outcome;
}

WriteOutcome TestKeychain::remove(const QString& key)
{
    WriteOutcome outcome;
    m_store->remove(key, this, [&outcome](bool ok, const QString& reason) { outcome = {true, ok, reason}; });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, 10000)); // checked by the caller
    return outcome;
}

void TestKeychain::roundTripWithAwkwardPasswords()
{
    if (m_absent || m_hung)
        QSKIP("No Secret Service in this run.");
    const QList<QByteArray> passwords{"plain", "it's \"quoted\" \\ $HOME #; x", "line\nbreak",
                                      QStringLiteral("Grüße, 密码").toUtf8()};
    for (int i = 0; i < passwords.size(); ++i) {
        const QString key = SecretStore::keyFor(m_setup, QStringLiteral("role%1").arg(i));
        const WriteOutcome written = write(key, passwords.at(i));
        QVERIFY2(written.done && written.ok, qPrintable(written.reason));
        const ReadOutcome back = read(key);
        QVERIFY2(back.done && back.secret, qPrintable(back.reason));
        QCOMPARE(*back.secret, passwords.at(i));
    }
}

void TestKeychain::keysAreNamespacedPerSetupAndRole()
{
    if (m_absent || m_hung)
        QSKIP("No Secret Service in this run.");
    const QString otherSetup = m_setup + QStringLiteral("-other");
    QCOMPARE(SecretStore::keyFor(m_setup, QStringLiteral("source")), m_setup + QStringLiteral("/source"));
    QVERIFY(write(SecretStore::keyFor(m_setup, QStringLiteral("source")), "first").ok);
    QVERIFY(write(SecretStore::keyFor(otherSetup, QStringLiteral("source")), "second").ok);
    QVERIFY(write(SecretStore::keyFor(m_setup, QStringLiteral("target")), "third").ok);
    QCOMPARE(read(SecretStore::keyFor(m_setup, QStringLiteral("source"))).secret.value_or(""),
             QByteArray("first"));
    QCOMPARE(read(SecretStore::keyFor(otherSetup, QStringLiteral("source"))).secret.value_or(""),
             QByteArray("second"));
    QCOMPARE(read(SecretStore::keyFor(m_setup, QStringLiteral("target"))).secret.value_or(""),
             QByteArray("third"));
}

void TestKeychain::removedSecretsAreGone()
{
    if (m_absent || m_hung)
        QSKIP("No Secret Service in this run.");
    const QString key = SecretStore::keyFor(m_setup, QStringLiteral("staging"));
    QVERIFY(write(key, "to be removed").ok);
    QVERIFY(remove(key).ok);
    const ReadOutcome gone = read(key);
    QVERIFY(gone.done);
    QVERIFY(!gone.secret);
    QVERIFY(!gone.reason.isEmpty());
}

void TestKeychain::withoutSecretServiceEveryCallFailsInTime()
{
    if (!m_absent)
        QSKIP("Only in the run without a Secret Service.");
    const QByteArray password = "never-stored-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QElapsedTimer timer;
    timer.start();
    const WriteOutcome written = write(SecretStore::keyFor(m_setup, QStringLiteral("source")), password);
    QVERIFY(written.done);
    QVERIFY(!written.ok);
    QVERIFY(!written.reason.isEmpty());
    const ReadOutcome back = read(SecretStore::keyFor(m_setup, QStringLiteral("source")));
    QVERIFY(back.done);
    QVERIFY(!back.secret);
    QVERIFY(!back.reason.isEmpty());
    // Bounded by the store's timeout (4 s) per call.
    QVERIFY2(timer.elapsed() < 9000, qPrintable(QString::number(timer.elapsed())));
    // No plaintext fallback: the password is in no file under HOME (QtKeychain's insecure
    // fallback would write it to a settings file there).
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
    }
}

void TestKeychain::hangingSecretServiceTimesOut()
{
    if (!m_hung)
        QSKIP("Only in the run with a hanging session bus.");
    QElapsedTimer timer;
    timer.start();
    const ReadOutcome back = read(SecretStore::keyFor(m_setup, QStringLiteral("source")));
    QVERIFY(back.done);
    QVERIFY(!back.secret);
    QCOMPARE(back.reason, QStringLiteral("The keychain did not answer in time."));
    QVERIFY2(timer.elapsed() >= 3500 && timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_held.isEmpty()); // the keychain really tried the bus
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
