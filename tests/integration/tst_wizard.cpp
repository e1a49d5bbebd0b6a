// The whole wizard, offscreen, against a sandbox under write load: strategy, connections,
// preflight, schemas, plan, run (confirmations answered through the message-box test hook),
// done; then a row written on the source must appear on the target.
// With SCREENSHOT_DIR set, every page is saved as a PNG.
#include "SandboxFixture.h"
#include "StartWindow.h"
#include "fleet/FleetTableModel.h"
#include "profile/SecretsFile.h"
#include "widgets/MessageBoxes.h"
#include "wizard/DonePage.h"
#include "wizard/PlanPage.h"
#include "wizard/PreflightPage.h"
#include "wizard/RunPage.h"
#include "wizard/SchemasPage.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <csignal>

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void walksTheWholeWizard();
    void resumesAnUnfinishedRun();
    void aFailedStepIsShownInFull();

private:
    static void screenshot(QWidget* widget, const QString& name);

    SandboxFixture m_sandbox;
    QTemporaryDir m_library;
};

void TestWizard::initTestCase()
{
    ServerSession::initializeLibrary();
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--load")}, &message), qPrintable(message));
}

void TestWizard::cleanupTestCase()
{
    MessageBoxes::setAutoAnswer(QMessageBox::NoButton);
    for (QWidget* w : QApplication::topLevelWidgets())
        w->close();
}

void TestWizard::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestWizard::walksTheWholeWizard()
{
    StartWindow window{SetupLibrary(m_library.path())};
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    const QByteArray replication
        = SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    SetupWizard* wizard
        = window.openWizard(m_sandbox.profile(), m_sandbox.profilePath(), passwords, replication);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);

    QCOMPARE(wizard->currentId(), int(SetupWizard::StrategyPageId));
    screenshot(wizard, QStringLiteral("wizard-1-strategy"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ConnectionsPageId));
    QVERIFY(wizard->currentPage()->isComplete());
    screenshot(wizard, QStringLiteral("wizard-2-connections"));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(SetupWizard::PreflightPageId));
    PreflightPage* preflight = wizard->preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning() && !preflight->checks().isEmpty(), 30000);
    QVERIFY(preflight->isComplete()); // warnings only: retention NULL, no replication account
    auto* tree = preflight->findChild<QTreeWidget*>(QStringLiteral("checkTree"));
    QCOMPARE(tree->topLevelItemCount(), preflight->checks().size());
    screenshot(wizard, QStringLiteral("wizard-3-preflight"));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(SetupWizard::SchemasPageId));
    auto* schemas = wizard->schemasPage()->findChild<QTreeWidget*>(QStringLiteral("schemaTree"));
    // Every user schema is listed; the profile's choice leaves out the one the application only
    // scribbles in (scratch). Definers are created on the target by default.
    QTRY_VERIFY_WITH_TIMEOUT(schemas->topLevelItemCount() == 5, 20000);
    for (int i = 0; i < schemas->topLevelItemCount(); ++i) {
        const auto* box = qobject_cast<QCheckBox*>(schemas->itemWidget(schemas->topLevelItem(i), 0));
        QVERIFY(box);
        QCOMPARE(box->isChecked(), box->text() != QLatin1String("scratch"));
    }
    QVERIFY(
        wizard->schemasPage()->findChild<QRadioButton*>(QStringLiteral("createDefinersRadio"))->isChecked());
    screenshot(wizard, QStringLiteral("wizard-4-schemas"));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(SetupWizard::PlanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->planPage()->isComplete(), 20000);
    const QString runbook = wizard->planPage()->runbook();
    QVERIFY(runbook.contains(QLatin1String("CALL mysql.rds_stop_replication()")));
    QVERIFY(runbook.contains(QLatin1String("MASTER_PASSWORD='***'")));
    // The definer the copied objects need, with its exact grants, and the objects with their definer.
    QVERIFY(runbook.contains(
        QLatin1String("CREATE USER IF NOT EXISTS 'admin'@'%' IDENTIFIED VIA mysql_native_password "
                      "USING '***' ACCOUNT LOCK")));
    QVERIFY(runbook.contains(QLatin1String("GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE, TRIGGER, EVENT ON "
                                           "`legacy-crm`.* TO 'admin'@'%'")));
    QVERIFY(runbook.contains(
        QLatin1String("DEFINER=`admin`@`%` SQL SECURITY DEFINER VIEW `legacy-crm`.`v contact stats`")));
    QVERIFY(runbook.contains(QLatin1String("replicate_wild_do_table = legacy-crm.%")));
    QVERIFY(!runbook.contains(QString::fromUtf8(replication)));
    const QString exported = m_library.filePath(QStringLiteral("runbook.md"));
    QVERIFY(wizard->planPage()->exportRunbook(exported));
    QVERIFY(QFile::exists(exported));
    screenshot(wizard, QStringLiteral("wizard-5-plan"));
    wizard->next(); // "Run": commits

    QCOMPARE(wizard->currentId(), int(SetupWizard::RunPageId));
    RunPage* run = wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 180000);
    QVERIFY2(run->isComplete(), qPrintable(run->summary()));
    QVERIFY(MessageBoxes::lastQuestion().contains(QLatin1String("staging replica")));
    screenshot(wizard, QStringLiteral("wizard-6-run"));
    wizard->next();

    QCOMPARE(wizard->currentId(), int(SetupWizard::DonePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->donePage()->statusText().contains(QLatin1String("Overall")), 20000);
    screenshot(wizard, QStringLiteral("wizard-7-done"));
    // The exported runbook carries the audit log of the run, with no password in it.
    const QString withAudit = m_library.filePath(QStringLiteral("runbook-audit.md"));
    QVERIFY(wizard->donePage()->exportRunbook(withAudit));
    QFile exportedAudit(withAudit);
    QVERIFY(exportedAudit.open(QIODevice::ReadOnly));
    const QByteArray auditText = exportedAudit.readAll();
    QVERIFY(auditText.contains("## Audit log"));
    QVERIFY(auditText.contains("CALL mysql.rds_stop_replication()\n")
            || auditText.contains("OK\tCALL mysql.rds_stop_replication()"));
    QVERIFY(auditText.contains("MASTER_PASSWORD='***'"));
    for (const QByteArray& secret : passwords.values() + QList<QByteArray>{replication})
        QVERIFY(!auditText.contains(secret));

    // A row written on the source now reaches the target.
    auto source = m_sandbox.adminSession(ServerRole::Source);
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(source && target);
    QVERIFY(source
                ->execute(QStringLiteral(
                    "INSERT INTO shop.categories (name, slug) VALUES ('Wizard-Test ✓', 'wizard-test')"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        target->query(
                  QStringLiteral("SELECT COUNT(*) AS n FROM shop.categories WHERE name = 'Wizard-Test ✓'"))
                ->text(0, u"n")
            == QLatin1String("1"),
        20000);
    wizard->accept();

    // No password in any file the app wrote: the saved setup, runbooks, audit log, journal and the
    // app's settings (the sandbox's own secrets file, the test's input, aside).
    QStringList written{QSettings().fileName()};
    QDirIterator library(m_library.path(), QDir::Files, QDirIterator::Subdirectories);
    while (library.hasNext())
        written << library.next();
    for (const QFileInfo& file : QDir(m_sandbox.directory()).entryInfoList(QDir::Files)) {
        if (file.fileName() != QLatin1String("secrets.cnf"))
            written << file.filePath();
    }
    QVERIFY(written.size() >= 4);
    for (const QString& path : written) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& secret : passwords.values() + QList<QByteArray>{replication})
            QVERIFY2(!content.contains(secret), qPrintable(path));
    }
}

void TestWizard::resumesAnUnfinishedRun()
{
    // A saved setup whose run was killed in the middle of the copy (by SIGKILL, as a crash would).
    SetupLibrary library(m_library.path());
    const Result<SetupLibrary::Entry> saved = library.save(m_sandbox.profile());
    QVERIFY(saved.ok());
    QProcess cli;
    cli.start(QStringLiteral(RW_CLI_PATH),
              {QStringLiteral("setup"), QStringLiteral("--profile"), saved->profilePath,
               QStringLiteral("--secrets"), m_sandbox.secretsPath(), QStringLiteral("--yes")});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += cli.readAllStandardError(), err.contains("    copied ")), 120000);
    ::kill(pid_t(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(10000));
    QTest::qWait(1000);

    // The start window offers to resume it.
    StartWindow window{SetupLibrary(m_library.path())};
    QVERIFY(StartWindow::hasUnfinishedRun(saved->profilePath));
    QAbstractItemModel* list = window.setupsModel();
    int row = -1;
    for (int i = 0; i < list->rowCount(); ++i) {
        if (list->index(i, 0).data(FleetTableModel::ProfilePathRole).toString() == saved->profilePath)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(
        list->index(row, FleetTableModel::Name).data().toString().contains(QLatin1String("did not finish")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("resumeButton"))->isEnabled());
    QVERIFY(window.selectSetup(saved->profilePath));
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("resumeButton"))->isEnabled());

    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    const QByteArray replication
        = SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    SetupWizard* wizard = window.resumeRun(ProfileFile::load(saved->profilePath).value(), saved->profilePath,
                                           passwords, replication);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    wizard->next();
    wizard->next();
    PreflightPage* preflight = wizard->preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(!preflight->isRunning() && !preflight->checks().isEmpty(), 30000);
    QVERIFY(preflight->isComplete()); // the half-copied schemas on the target do not block a resume
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PlanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->planPage()->isComplete(), 20000);
    wizard->next();
    RunPage* run = wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 180000);
    QVERIFY2(run->isComplete(), qPrintable(run->summary()));
    QVERIFY(!StartWindow::hasUnfinishedRun(saved->profilePath));
    auto target = m_sandbox.adminSession(ServerRole::Target); // the target's own DBA may
    const Result<ResultSet> status = target->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Slave_SQL_Running"), QStringLiteral("Yes"));
    wizard->accept();
}

void TestWizard::aFailedStepIsShownInFull()
{
    // The DBA remaps the definers to an account the target does not have: the run stops at the
    // definer step, and the page shows why and what to do, in full, with the step's log.
    StartWindow window{SetupLibrary(m_library.path())};
    const QByteArray replication
        = SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    SetupWizard* wizard
        = window.openWizard(m_sandbox.profile(), m_sandbox.profilePath(), m_sandbox.passwords(), replication);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(
        !wizard->preflightPage()->isRunning() && !wizard->preflightPage()->checks().isEmpty(), 30000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::SchemasPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
    wizard->schemasPage()->findChild<QRadioButton*>(QStringLiteral("remapDefinersRadio"))->setChecked(true);
    auto* account = wizard->schemasPage()->findChild<QLineEdit*>(QStringLiteral("remapAccountEdit"));
    QVERIFY(account->isEnabled());
    account->setText(QStringLiteral("not an account'"));
    wizard->next(); // refused: the account does not parse
    QCOMPARE(wizard->currentId(), int(SetupWizard::SchemasPageId));
    account->setText(QStringLiteral("'ghost'@'%'"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::PlanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->planPage()->isComplete(), 20000);
    QVERIFY(wizard->planPage()->runbook().contains(
        QLatin1String("DEFINER=`ghost`@`%` SQL SECURITY DEFINER VIEW")));
    wizard->next();
    RunPage* run = wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 180000);
    QVERIFY(!run->isComplete());
    auto* box = run->findChild<QGroupBox*>(QStringLiteral("failureBox"));
    auto* text = run->findChild<QPlainTextEdit*>(QStringLiteral("failureText"));
    QVERIFY(box && text);
    QVERIFY(box->isVisibleTo(run));
    const QString shown = text->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("'ghost'@'%'"))
                 && shown.contains(QLatin1String("does not exist on the target")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Create it on the target")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Log of this step")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("The staging replica is STOPPED")));
    screenshot(wizard, QStringLiteral("wizard-run-failed"));
    wizard->reject();
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging && staging->execute(QStringLiteral("CALL mysql.rds_start_replication()")).ok());
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
