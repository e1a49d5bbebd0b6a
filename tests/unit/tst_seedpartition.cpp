#include "seeding/DumpPipeSeeder.h"

#include <QTest>

using namespace Qt::StringLiterals;

// How the schemas are spread over parallel dump|load pipelines.
class TestSeedPartition : public QObject
{
    Q_OBJECT

private slots:
    void onePipelineTakesEverything();
    void largestSchemasGoToTheLightestPipeline();
    void neverMorePipelinesThanSchemas();
    void unknownSizesStillSpread();
};

void TestSeedPartition::onePipelineTakesEverything()
{
    const QList<QStringList> groups
        = DumpPipeSeeder::partition({u"a"_s, u"b"_s, u"c"_s}, {{u"a"_s, 5}, {u"b"_s, 9}}, 1);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first(), QStringList({u"b"_s, u"a"_s, u"c"_s}));
}

void TestSeedPartition::largestSchemasGoToTheLightestPipeline()
{
    const QHash<QString, qint64> bytes{{u"big"_s, 100}, {u"mid"_s, 60}, {u"small1"_s, 30}, {u"small2"_s, 20}};
    const QList<QStringList> groups
        = DumpPipeSeeder::partition({u"small1"_s, u"big"_s, u"small2"_s, u"mid"_s}, bytes, 2);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0), QStringList({u"big"_s}));
    QCOMPARE(groups.at(1), QStringList({u"mid"_s, u"small1"_s, u"small2"_s}));
}

void TestSeedPartition::neverMorePipelinesThanSchemas()
{
    const QList<QStringList> groups = DumpPipeSeeder::partition({u"only"_s}, {}, 4);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first(), QStringList({u"only"_s}));
    QCOMPARE(DumpPipeSeeder::partition({u"a"_s, u"b"_s}, {}, 0).size(), 1);
}

void TestSeedPartition::unknownSizesStillSpread()
{
    const QList<QStringList> groups = DumpPipeSeeder::partition({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {}, 2);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).size() + groups.at(1).size(), 4);
    QCOMPARE(groups.at(0).size(), 2);
}

QTEST_GUILESS_MAIN(TestSeedPartition)
#include "tst_seedpartition.moc"
