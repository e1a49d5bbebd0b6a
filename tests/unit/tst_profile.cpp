// Profiles (INI) and secrets files (MySQL option-file syntax, 0600): good files load, bad ones are
// refused with a message that says why.
#include "profile/Profile.h"
#include "profile/SecretsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const char* kGoodProfile = R"(# profile.ini
[source]
host=127.0.0.1
port=3306
user=admin
tls=disabled          ; disabled | preferred | required | verify-ca | verify-identity
ssl_ca=               ; optional paths: ssl_ca, ssl_cert, ssl_key
[staging]
host=staging.example.com
port=3307
user=admin
tls=verify-identity
ssl_ca=/etc/ssl/rds/global-bundle.pem
[target]
host=10.1.2.3
port=3308
user=dba
tls=required
[replication]
user=repl
host=%
[options]
strategy=staging-replica   ; or write-freeze
databases=shop,shop_media                 ; comma-separated; empty = every user schema
retention_hours=48
)";

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsTheDocumentedFormat();
    void badProfiles_data();
    void badProfiles();
    void writeFreezeNeedsNoStaging();
    void saveAndLoadRoundTrip();
    void secretsWithAwkwardPasswords();
    void secretsRefusedWhenOthersCanRead_data();
    void secretsRefusedWhenOthersCanRead();
    void malformedSecrets_data();
    void malformedSecrets();
    void secretsWriteIsPrivateAndRoundTrips();

private:
    QString write(const QString& name, const QByteArray& content, int mode = 0600);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProfile::write(const QString& name, const QByteArray& content, int mode)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    file.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return path;
}

void TestProfile::loadsTheDocumentedFormat()
{
    const Result<Profile> profile = ProfileFile::load(write(QStringLiteral("p.ini"), kGoodProfile));
    QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toText()));
    QCOMPARE(profile->source.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(profile->source.port, 3306);
    QCOMPARE(profile->source.user, QStringLiteral("admin"));
    QCOMPARE(profile->source.tls, TlsMode::Disabled);
    QVERIFY(profile->source.sslCa.isEmpty());
    QCOMPARE(profile->staging.tls, TlsMode::VerifyIdentity);
    QCOMPARE(profile->staging.sslCa, QStringLiteral("/etc/ssl/rds/global-bundle.pem"));
    QCOMPARE(profile->staging.port, 3307);
    QCOMPARE(profile->target.user, QStringLiteral("dba"));
    QCOMPARE(profile->target.tls, TlsMode::Required);
    QCOMPARE(profile->replicationUser, QStringLiteral("repl"));
    QCOMPARE(profile->replicationHost, QStringLiteral("%"));
    QCOMPARE(profile->strategy, SetupStrategy::StagingReplica);
    QCOMPARE(profile->databases, QStringList({QStringLiteral("shop"), QStringLiteral("shop_media")}));
    QCOMPARE(profile->retentionHours, 48);
}

void TestProfile::badProfiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const QByteArray good(kGoodProfile);
    QTest::newRow("port 0") << QByteArray(good).replace("port=3306", "port=0") << "invalid port '0'";
    QTest::newRow("port 65536") << QByteArray(good).replace("port=3306", "port=65536")
                                << "invalid port '65536'";
    QTest::newRow("port text") << QByteArray(good).replace("port=3306", "port=mysql")
                               << "invalid port 'mysql'";
    QTest::newRow("tls") << QByteArray(good).replace("tls=disabled", "tls=maybe")
                         << "unknown TLS mode 'maybe'";
    QTest::newRow("strategy") << QByteArray(good).replace("strategy=staging-replica", "strategy=magic")
                              << "unknown strategy 'magic'";
    QTest::newRow("no target") << QByteArray(good).replace("[target]", "[elsewhere]")
                               << "has no [target] section";
    QTest::newRow("no host") << QByteArray(good).replace("host=10.1.2.3", "host=") << "[target] in";
    QTest::newRow("no user") << QByteArray(good).replace("user=dba", "user=") << "has no user";
    QTest::newRow("retention 0") << QByteArray(good).replace("retention_hours=48", "retention_hours=0")
                                 << "invalid retention_hours '0'";
    QTest::newRow("pipelines") << QByteArray(good).replace("retention_hours=48", "seed_pipelines=two")
                               << "invalid seed_pipelines 'two'";
    QTest::newRow("stall") << QByteArray(good).replace("retention_hours=48", "seed_stall_seconds=1")
                           << "invalid seed_stall_seconds '1'";
    QTest::newRow("seeder") << QByteArray(good).replace("retention_hours=48", "seeder=mydumper")
                            << "unknown seeder 'mydumper'";
    QTest::newRow("chunk size") << QByteArray(good).replace("retention_hours=48", "seed_chunk_mib=0")
                                << "invalid seed_chunk_mib '0'";
    QTest::newRow("kept dump, chunked")
        << QByteArray(good).replace("retention_hours=48", "seeder=chunked\nkeep_dump_dir=/tmp/x")
        << "asks for keep_dump_dir with seeder=chunked";
    QTest::newRow("ssh port") << QByteArray(good).replace("port=3306",
                                                          "port=3306\nssh_host=bastion\nssh_port=0")
                              << "invalid ssh_port '0'";
    QTest::newRow("ssh auth") << QByteArray(good).replace("port=3306",
                                                          "port=3306\nssh_host=bastion\nssh_auth=kerberos")
                              << "unknown ssh_auth 'kerberos'";
    QTest::newRow("public key") << QByteArray(good).replace("retention_hours=48", "source_public_key=yes")
                                << "unknown source_public_key 'yes'";
    QTest::newRow("aurora line") << QByteArray(good).append(
        "\n[aurora]\nclone_position=mysql-bin-changelog.000001 4\n")
                                 << "is not Aurora's crash-recovery event";
}

void TestProfile::badProfiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const Result<Profile> profile = ProfileFile::load(write(QStringLiteral("bad.ini"), content));
    QVERIFY(!profile.ok());
    QVERIFY2(profile.error().explanation.contains(message), qPrintable(profile.error().explanation));
    QVERIFY(!profile.error().fix.isEmpty());
}

void TestProfile::writeFreezeNeedsNoStaging()
{
    QByteArray content(kGoodProfile);
    content.replace("strategy=staging-replica", "strategy=write-freeze");
    content.replace("[staging]", "[unused]");
    const Result<Profile> profile = ProfileFile::load(write(QStringLiteral("wf.ini"), content));
    QVERIFY(profile.ok());
    QCOMPARE(profile->strategy, SetupStrategy::WriteFreeze);
    QVERIFY(profile->staging.host.isEmpty());

    const Result<Profile> missing = ProfileFile::load(m_dir->filePath(QStringLiteral("nope.ini")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().explanation.contains(QLatin1String("does not exist")));
}

void TestProfile::saveAndLoadRoundTrip()
{
    const Result<Profile> original = ProfileFile::load(write(QStringLiteral("p.ini"), kGoodProfile));
    QVERIFY(original.ok());
    const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
    QVERIFY(ProfileFile::save(original.value(), copy).ok());
    const Result<Profile> again = ProfileFile::load(copy);
    QVERIFY(again.ok());
    QCOMPARE(again->staging.sslCa, original->staging.sslCa);
    QCOMPARE(again->target.tls, original->target.tls);
    QCOMPARE(again->databases, original->databases);
    QCOMPARE(again->replicationHost, QStringLiteral("%"));
    QVERIFY(again->keepDumpDir.isEmpty());
    QCOMPARE(again->seedPipelines, 0);

    Profile tuned = original.value();
    tuned.keepDumpDir = QStringLiteral("/var/backups/seed");
    tuned.seedPipelines = 3;
    QVERIFY(ProfileFile::save(tuned, copy).ok());
    const Result<Profile> tunedAgain = ProfileFile::load(copy);
    QVERIFY(tunedAgain.ok());
    QCOMPARE(tunedAgain->keepDumpDir, QStringLiteral("/var/backups/seed"));
    QCOMPARE(tunedAgain->seedPipelines, 3);
    // A kept dump copy is the dump tool's: it comes with seeder=dump.
    QCOMPARE(tunedAgain->seeder, SeedEngine::Dump);
    QCOMPARE(again->seeder, SeedEngine::Chunked);
    Profile chunks = original.value();
    chunks.seedChunkMib = 64;
    QVERIFY(ProfileFile::save(chunks, copy).ok());
    QCOMPARE(ProfileFile::load(copy)->seedChunkMib, 64);
    QCOMPARE(ProfileFile::load(copy)->seeder, SeedEngine::Chunked);
    // Tunnels, the Aurora clone's names and the public-key choice survive a save.
    Profile tunnelled = original.value();
    tunnelled.source.ssh = {QStringLiteral("bastion.example.com"), 2222, QStringLiteral("ops"),
                            SshTunnelSpec::Auth::Key, QStringLiteral("/home/ops/.ssh/id_ed25519")};
    tunnelled.sourcePublicKey = false;
    tunnelled.strategy = SetupStrategy::AuroraClone;
    tunnelled.clonePosition
        = QStringLiteral("Binlog position from crash recovery is mysql-bin-changelog.000002 154");
    tunnelled.auroraCluster = QStringLiteral("shop");
    tunnelled.name = QStringLiteral("Shop (EU) = \"main\"");
    tunnelled.staging.ssh = {QStringLiteral("jump-alias"), 0, QString(), SshTunnelSpec::Auth::Key, QString()};
    QVERIFY(ProfileFile::save(tunnelled, copy).ok());
    const Result<Profile> tunnelledAgain = ProfileFile::load(copy);
    QVERIFY2(tunnelledAgain.ok(), tunnelledAgain.ok() ? "" : qPrintable(tunnelledAgain.error().toText()));
    QCOMPARE(tunnelledAgain->source.ssh, tunnelled.source.ssh);
    // Port, user and key left to ~/.ssh/config stay unset.
    QCOMPARE(tunnelledAgain->staging.ssh, tunnelled.staging.ssh);
    QCOMPARE(tunnelledAgain->name, tunnelled.name);
    QCOMPARE(tunnelledAgain->label(QStringLiteral("id")), tunnelled.name);
    QVERIFY(!tunnelledAgain->target.ssh.enabled());
    QCOMPARE(tunnelledAgain->sourcePublicKey, false);
    QCOMPARE(tunnelledAgain->strategy, SetupStrategy::AuroraClone);
    QCOMPARE(tunnelledAgain->clonePosition, tunnelled.clonePosition);
    QCOMPARE(tunnelledAgain->auroraCluster, QStringLiteral("shop"));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("password"));
}

void TestProfile::secretsWithAwkwardPasswords()
{
    const QByteArray content = "# secrets\n"
                               "[source]\n"
                               "password=\"with # hash; and 'quote'\"\n"
                               "[staging]\n"
                               "password = 'single \\' escaped \\\\ backslash'\n"
                               "[target]\n"
                               "password=plain#comment after\n"
                               "[replication]\n"
                               "password=\"Grüße \\\"dq\\\" $HOME\\nline2\"\n";
    const Result<SecretsFile> secrets = SecretsFile::load(write(QStringLiteral("s.cnf"), content));
    QVERIFY2(secrets.ok(), secrets.ok() ? "" : qPrintable(secrets.error().toText()));
    QCOMPARE(secrets->password(ServerRole::Source), QByteArray("with # hash; and 'quote'"));
    QCOMPARE(secrets->password(ServerRole::Staging), QByteArray("single ' escaped \\ backslash"));
    QCOMPARE(secrets->password(ServerRole::Target), QByteArray("plain"));
    QCOMPARE(secrets->password(QStringLiteral("replication")),
             QStringLiteral("Grüße \"dq\" $HOME\nline2").toUtf8());
}

void TestProfile::secretsRefusedWhenOthersCanRead_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0660") << 0660;
}

void TestProfile::secretsRefusedWhenOthersCanRead()
{
    QFETCH(int, mode);
    const QString path = write(QStringLiteral("open.cnf"), "[source]\npassword=x\n", mode);
    const Result<SecretsFile> secrets = SecretsFile::load(path);
    QVERIFY(!secrets.ok());
    QVERIFY2(secrets.error().explanation.contains(QLatin1String("lets other users read or change it")),
             qPrintable(secrets.error().explanation));
    QVERIFY(secrets.error().explanation.contains(QString::number(mode, 8)));
    QCOMPARE(secrets.error().fix, QStringLiteral("Run: chmod 600 %1").arg(path));

    QVERIFY(SecretsFile::load(write(QStringLiteral("strict.cnf"), "[source]\npassword=x\n", 0400)).ok());
}

void TestProfile::malformedSecrets_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << QByteArray("[source]\npassword=\"abc\n")
                                    << "quoted value is not closed";
    QTest::newRow("no group") << QByteArray("password=abc\n") << "before any [group]";
    QTest::newRow("bad header") << QByteArray("[source\npassword=abc\n") << "closing ']'";
    QTest::newRow("include") << QByteArray("!include /etc/other.cnf\n") << "include directives";
}

void TestProfile::malformedSecrets()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const Result<SecretsFile> secrets = SecretsFile::load(write(QStringLiteral("m.cnf"), content));
    QVERIFY(!secrets.ok());
    QVERIFY2(secrets.error().explanation.contains(message), qPrintable(secrets.error().explanation));
    QVERIFY(secrets.error().explanation.contains(QLatin1String("is malformed")));
}

void TestProfile::secretsWriteIsPrivateAndRoundTrips()
{
    const QString path = m_dir->filePath(QStringLiteral("w.cnf"));
    const QByteArray awkward = QStringLiteral("a'b\"c\\d#e;f $g\nh ünï").toUtf8();
    QVERIFY(SecretsFile::write(path, {{QStringLiteral("source"), awkward}, {QStringLiteral("target"), "t"}})
                .ok());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    const Result<SecretsFile> secrets = SecretsFile::load(path);
    QVERIFY(secrets.ok());
    QCOMPARE(secrets->password(ServerRole::Source), awkward);
    QCOMPARE(secrets->password(ServerRole::Target), QByteArray("t"));
    QVERIFY(!secrets->has(ServerRole::Staging));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
