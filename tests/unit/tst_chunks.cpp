// The chunked copy's pure parts: how a CREATE TABLE is split into what comes before the rows and
// the keys added after them, chunk bounds and their WHERE conditions (composite keys, BIGINT
// UNSIGNED extremes), LOAD DATA's escaping, and the chunk journal (resume, a torn last line).
#include "seeding/ChunkJournal.h"
#include "seeding/LoadDataFormat.h"
#include "seeding/SeedChunk.h"
#include "seeding/TableLayout.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestChunks : public QObject
{
    Q_OBJECT

private slots:
    void splitKeepsPrimaryChunkAndAutoIncrementKeys();
    void keysFirstForeignKeysLast();
    void splitLeavesOddStatementsAlone();
    void whereOfACompositeKey();
    void integerRangesCoverEverything_data();
    void integerRangesCoverEverything();
    void fieldsAreEscapedForLoadData();
    void bitAndGeometryGoThroughVariables();
    void keyLiteralsCompareAsTheColumn();
    void journalResumesAndIgnoresATornLine();
    void journalOfOtherSchemasStartsAfresh();
};

void TestChunks::splitKeepsPrimaryChunkAndAutoIncrementKeys()
{
    const QString create = QStringLiteral(
        "CREATE TABLE `t` (\n"
        "  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
        "  `seq` int(11) NOT NULL,\n"
        "  `token` char(36) NOT NULL,\n"
        "  `parent` int(10) unsigned DEFAULT NULL,\n"
        "  `body` text DEFAULT NULL,\n"
        "  PRIMARY KEY (`seq`),\n"
        "  UNIQUE KEY `uq token` (`token`),\n"
        "  KEY `ix_id` (`id`),\n"
        "  KEY `ix_parent` (`parent`),\n"
        "  FULLTEXT KEY `ft_body` (`body`),\n"
        "  CONSTRAINT `fk parent` FOREIGN KEY (`parent`) REFERENCES `p` (`id`) ON DELETE CASCADE,\n"
        "  CONSTRAINT `chk_seq` CHECK (`seq` > 0)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    const TableLayout::SplitCreate split
        = TableLayout::splitCreate(create, {QStringLiteral("uq token")}, QStringLiteral("id"));
    QCOMPARE(split.deferred,
             (QStringList{
                 QStringLiteral("ADD KEY `ix_parent` (`parent`)"),
                 QStringLiteral("ADD CONSTRAINT `fk parent` FOREIGN KEY (`parent`) REFERENCES `p` (`id`) ON "
                                "DELETE CASCADE")}));
    QCOMPARE(split.create,
             QStringLiteral("CREATE TABLE `t` (\n"
                            "  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
                            "  `seq` int(11) NOT NULL,\n"
                            "  `token` char(36) NOT NULL,\n"
                            "  `parent` int(10) unsigned DEFAULT NULL,\n"
                            "  `body` text DEFAULT NULL,\n"
                            "  PRIMARY KEY (`seq`),\n"
                            "  UNIQUE KEY `uq token` (`token`),\n"
                            "  KEY `ix_id` (`id`),\n"
                            "  FULLTEXT KEY `ft_body` (`body`),\n"
                            "  CONSTRAINT `chk_seq` CHECK (`seq` > 0)\n"
                            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"));
}

void TestChunks::keysFirstForeignKeysLast()
{
    TableLayout table;
    table.schema = table.targetSchema = QStringLiteral("crm");
    table.name = QStringLiteral("notes");
    table.deferredClauses
        = QStringList{QStringLiteral("ADD KEY `ix` (`contact_id`)"),
                      QStringLiteral("ADD CONSTRAINT `fk` FOREIGN KEY (`contact_id`) REFERENCES "
                                     "`contacts` (`id`)")};
    QCOMPARE(table.keysStatement(), QStringLiteral("ALTER TABLE `crm`.`notes` ADD KEY `ix` (`contact_id`)"));
    QCOMPARE(table.foreignKeysStatement(),
             QStringLiteral("ALTER TABLE `crm`.`notes` ADD CONSTRAINT `fk` FOREIGN KEY "
                            "(`contact_id`) REFERENCES `contacts` (`id`)"));
    QCOMPARE(table.foreignKeyCount(), 1);
    table.deferredClauses.removeLast();
    QVERIFY(table.foreignKeysStatement().isEmpty());
    QCOMPARE(table.foreignKeyCount(), 0);
}

void TestChunks::splitLeavesOddStatementsAlone()
{
    for (const QString& create :
         {QStringLiteral("CREATE TABLE `t` (`a` int, KEY `k` (`a`))"),
          QStringLiteral("CREATE TABLE `t` (\n  `a` int,\n  KEY `k` (`a`)"),
          QStringLiteral("CREATE TABLE `t` (\n  `a` int,\n  PRIMARY KEY (`a`)\n) ENGINE=InnoDB")}) {
        const TableLayout::SplitCreate split = TableLayout::splitCreate(create, {}, {});
        QCOMPARE(split.create, create);
        QVERIFY(split.deferred.isEmpty());
    }
}

void TestChunks::whereOfACompositeKey()
{
    SeedChunk chunk;
    chunk.lower = QStringList{QStringLiteral("'a'"), QStringLiteral("'2024-01-01'"), QStringLiteral("'DE'")};
    chunk.upper = QStringList{QStringLiteral("'m'"), QStringLiteral("'2020-05-05'"), QStringLiteral("'AT'")};
    const QStringList key{QStringLiteral("`sku`"), QStringLiteral("`valid_from`"),
                          QStringLiteral("`region`")};
    QCOMPARE(chunk.where(key),
             QStringLiteral(
                 "(`sku` > 'a' OR (`sku` = 'a' AND (`valid_from` > '2024-01-01' OR (`valid_from` = "
                 "'2024-01-01' AND `region` > 'DE')))) AND (`sku` < 'm' OR (`sku` = 'm' AND "
                 "(`valid_from` < '2020-05-05' OR (`valid_from` = '2020-05-05' AND `region` <= 'AT'))))"));
    QCOMPARE(SeedChunk().where(key), QStringLiteral("1"));
    SeedChunk first;
    first.upper = QStringList{QStringLiteral("10")};
    QCOMPARE(first.where({QStringLiteral("`id`")}), QStringLiteral("`id` <= 10"));
}

void TestChunks::integerRangesCoverEverything_data()
{
    QTest::addColumn<QString>("min");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("uppers");
    // uppers: each chunk's upper bound, comma-separated ("" for the open-ended last one)
    const auto row = [](const char* name, const char* min, const char* max, int count, const char* uppers) {
        QTest::newRow(name) << QString::fromLatin1(min) << QString::fromLatin1(max) << count
                            << QString::fromLatin1(uppers).split(QLatin1Char(','));
    };
    row("even", "1", "100", 4, "25,50,75,");
    row("negative", "-10", "9", 2, "-1,");
    row("more chunks than keys", "5", "7", 10, "5,6,");
    row("BIGINT UNSIGNED extremes", "0", "18446744073709551615", 2, "9223372036854775807,");
    row("one key", "3", "3", 4, "");
    row("not a number", "x", "9", 4, "");
}

void TestChunks::integerRangesCoverEverything()
{
    QFETCH(QString, min);
    QFETCH(QString, max);
    QFETCH(int, count);
    QFETCH(QStringList, uppers);
    const QList<SeedChunk> chunks = SeedChunk::integerRanges(min, max, count);
    QCOMPARE(chunks.size(), uppers.size());
    QStringList lower;
    for (int i = 0; i < chunks.size(); ++i) {
        QCOMPARE(chunks.at(i).ordinal, i);
        QCOMPARE(chunks.at(i).lower, lower); // each chunk begins where the one before ended
        QCOMPARE(chunks.at(i).upper.join(QString()), uppers.at(i));
        lower = chunks.at(i).upper;
    }
    QVERIFY(chunks.first().lower.isEmpty());
    QVERIFY(chunks.last().upper.isEmpty());
}

void TestChunks::fieldsAreEscapedForLoadData()
{
    QByteArray out;
    const QByteArray data("a\tb\nc\\d\0e\\N", 11);
    LoadDataFormat::appendField(out, data.constData(), static_cast<unsigned long>(data.size()));
    QCOMPARE(out, QByteArray("a\\tb\\nc\\\\d\\0e\\\\N"));
    out.clear();
    LoadDataFormat::appendField(out, nullptr, 0);
    QCOMPARE(out, QByteArray("\\N"));
    out.clear();
    LoadDataFormat::appendField(out, "", 0);
    QCOMPARE(out, QByteArray());
}

void TestChunks::bitAndGeometryGoThroughVariables()
{
    TableLayout table;
    table.schema = QStringLiteral("s-1");
    table.targetSchema = QStringLiteral("s-1");
    table.name = QStringLiteral("t");
    for (const auto& [name, type] :
         {std::pair{"id", "int"}, {"flags", "bit"}, {"shape", "point"}, {"odd`name", "varchar"}})
        table.columns << TableColumn{QString::fromLatin1(name), QString::fromLatin1(type), {}, {}, false};
    table.keyColumns = {0};
    SeedChunk chunk;
    chunk.lower = QStringList{QStringLiteral("7")};
    QCOMPARE(
        LoadDataFormat::selectStatement(table, chunk),
        QStringLiteral(
            "SELECT `id`, CAST(`flags` AS UNSIGNED), `shape`, `odd``name` FROM `s-1`.`t` WHERE `id` > 7"));
    QCOMPARE(LoadDataFormat::loadStatement(table, QStringLiteral("chunk-s-1.t-0")),
             QStringLiteral(
                 "LOAD DATA LOCAL INFILE 'chunk-s-1.t-0' INTO TABLE `s-1`.`t` CHARACTER SET binary FIELDS "
                 "TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (`id`, @c1, @c2, "
                 "`odd``name`) SET `flags` = CAST(@c1 AS UNSIGNED), `shape` = @c2"));
}

void TestChunks::keyLiteralsCompareAsTheColumn()
{
    const TableColumn text{QStringLiteral("sku"), QStringLiteral("varchar"), QStringLiteral("latin1"),
                           QStringLiteral("latin1_german1_ci"), false};
    QCOMPARE(text.boundExpression(), QStringLiteral("HEX(`sku`)"));
    QCOMPARE(text.boundLiteral(QStringLiteral("C3A4")),
             QStringLiteral("_latin1 X'C3A4' COLLATE latin1_german1_ci"));
    // Whatever comes back that is not hex never reaches the statement.
    QCOMPARE(text.boundLiteral(QStringLiteral("' OR 1")),
             QStringLiteral("_latin1 X'' COLLATE latin1_german1_ci"));
    const TableColumn binary{QStringLiteral("id"), QStringLiteral("binary"), {}, {}, false};
    QCOMPARE(binary.boundLiteral(QStringLiteral("00FF")), QStringLiteral("X'00FF'"));
    const TableColumn number{QStringLiteral("n"), QStringLiteral("decimal"), {}, {}, false};
    QCOMPARE(number.boundLiteral(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    QCOMPARE(number.boundLiteral(QStringLiteral("1; DROP")), QStringLiteral("'1; DROP'"));
    const TableColumn date{QStringLiteral("d"), QStringLiteral("date"), {}, {}, false};
    QCOMPARE(date.boundLiteral(QStringLiteral("2024-02-29")), QStringLiteral("'2024-02-29'"));
    const TableColumn real{QStringLiteral("f"), QStringLiteral("float"), {}, {}, false};
    QCOMPARE(real.keyType(), TableColumn::KeyType::Unusable);
    const TableColumn choice{QStringLiteral("e"), QStringLiteral("enum"), {}, {}, false};
    QCOMPARE(choice.keyType(), TableColumn::KeyType::Unusable);
}

void TestChunks::journalResumesAndIgnoresATornLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy"));
    const QStringList schemas{QStringLiteral("shop")};
    SeedChunk a;
    a.upper = QStringList{QStringLiteral("10")};
    SeedChunk b;
    b.ordinal = 1;
    b.lower = a.upper;
    {
        ChunkJournal journal;
        QVERIFY(journal.open(path, false, schemas).ok());
        QVERIFY(!journal.resumed());
        QVERIFY(journal.recordPlan(QStringLiteral("shop.t"), {a, b}).ok());
        QVERIFY(journal.recordCreated(QStringLiteral("shop.t")).ok());
        QVERIFY(journal.recordStarted(QStringLiteral("shop.t"), 0).ok());
        QVERIFY(journal.recordStarted(QStringLiteral("shop.t"), 1).ok());
        QVERIFY(journal.recordDone(QStringLiteral("shop.t"), 0, 10).ok());
    }
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"done\":\"shop.t\",\"chu"); // killed while writing
    file.close();

    ChunkJournal resumed;
    QVERIFY(resumed.open(path, true, schemas).ok());
    QVERIFY(resumed.resumed());
    QVERIFY(resumed.created(QStringLiteral("shop.t")));
    QVERIFY(resumed.done(QStringLiteral("shop.t"), 0));
    QVERIFY(!resumed.done(QStringLiteral("shop.t"), 1));
    QCOMPARE(resumed.interrupted(QStringLiteral("shop.t")), QSet<int>{1});
    const QList<SeedChunk> plan = resumed.plan(QStringLiteral("shop.t"));
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(1).lower, a.upper);
    QVERIFY(plan.at(1).upper.isEmpty());
    QVERIFY(resumed.recordDone(QStringLiteral("shop.t"), 1, 5).ok());
    const Result<QList<int>> after = ChunkJournal::doneAfterLastResume(path, QStringLiteral("shop.t"));
    QVERIFY(after.ok());
    QCOMPARE(after.value(), QList<int>{1});
}

void TestChunks::journalOfOtherSchemasStartsAfresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy"));
    {
        ChunkJournal journal;
        QVERIFY(journal.open(path, false, {QStringLiteral("a")}).ok());
        QVERIFY(journal.recordCreated(QStringLiteral("a.t")).ok());
    }
    ChunkJournal other;
    QVERIFY(other.open(path, true, {QStringLiteral("b")}).ok());
    QVERIFY(!other.resumed());
    QVERIFY(!other.created(QStringLiteral("a.t")));
}

QTEST_GUILESS_MAIN(TestChunks)
#include "tst_chunks.moc"
