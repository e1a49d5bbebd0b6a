<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuroraChecklist</name>
    <message>
        <source>Binary logging on the cluster</source>
        <translation>Binärprotokoll auf dem Cluster</translation>
    </message>
    <message>
        <source>Aurora writes no binary log until binlog_format is set in a custom cluster parameter group (the default group leaves it OFF); the writer must then reboot. Skip this when preflight finds log_bin ON with binlog_format ROW.</source>
        <translation>Aurora schreibt kein Binärprotokoll, bis binlog_format in einer eigenen Cluster-Parametergruppe gesetzt ist (die Standardgruppe lässt es auf OFF); danach muss der Writer neu starten. Überspringen Sie dies, wenn die Vorprüfung log_bin ON mit binlog_format ROW findet.</translation>
    </message>
    <message>
        <source>Binary log retention, before the clone</source>
        <translation>Aufbewahrung der Binärprotokolle, vor dem Klon</translation>
    </message>
    <message>
        <source>The writer must keep its binary logs from the clone&apos;s position until the target has caught up; Aurora allows up to %1 h. The setup&apos;s first step sets it too, but only logs still there when the clone is made can be kept. Run this on the writer.</source>
        <translation>Der Writer muss seine Binärprotokolle ab der Position des Klons aufbewahren, bis das Ziel aufgeholt hat; Aurora erlaubt bis zu %1 h. Der erste Schritt der Einrichtung setzt sie auch, aber aufbewahrt werden können nur Protokolle, die beim Anlegen des Klons noch da sind. Führen Sie dies auf dem Writer aus.</translation>
    </message>
    <message>
        <source>Create the clone</source>
        <translation>Den Klon anlegen</translation>
    </message>
    <message>
        <source>A copy-on-write clone of the cluster with one instance; its endpoint is the staging connection of this setup.</source>
        <translation>Ein Copy-on-Write-Klon des Clusters mit einer Instanz; sein Endpunkt ist die Staging-Verbindung dieser Einrichtung.</translation>
    </message>
    <message>
        <source>The clone&apos;s binary log position</source>
        <translation>Die Binärprotokoll-Position des Klons</translation>
    </message>
    <message>
        <source>Paste the line this prints as the clone&apos;s crash-recovery position. The clone&apos;s own SHOW MASTER STATUS is not it: a restored cluster starts a new binary log file.</source>
        <translation>Fügen Sie die ausgegebene Zeile als Crash-Recovery-Position des Klons ein. SHOW MASTER STATUS auf dem Klon ist sie nicht: ein wiederhergestellter Cluster beginnt eine neue Binärprotokolldatei.</translation>
    </message>
    <message>
        <source>Delete the clone</source>
        <translation>Den Klon löschen</translation>
    </message>
    <message>
        <source>The clone costs money for as long as it exists, and the target no longer needs it.</source>
        <translation>Der Klon kostet Geld, solange er existiert, und das Ziel braucht ihn nicht mehr.</translation>
    </message>
</context>
<context>
    <name>BinlogFileClock</name>
    <message>
        <source>The replication protocol is not available.</source>
        <translation>Das Replikationsprotokoll ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 does not start with a format description event.</source>
        <translation>%1 beginnt nicht mit einem Format-Description-Event.</translation>
    </message>
    <message>
        <source>No server id was chosen for reading the binary log.</source>
        <translation>Für das Lesen des Binlogs wurde keine Server-ID gewählt.</translation>
    </message>
</context>
<context>
    <name>BinlogInspector</name>
    <message>
        <source>The binary log %1 is gone; the position cannot be checked.</source>
        <translation>Das Binlog %1 existiert nicht mehr; die Position kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The source logged a write at %1:%2 (%3 %4).</source>
        <translation>Die Quelle hat bei %1:%2 einen Schreibzugriff protokolliert (%3 %4).</translation>
    </message>
</context>
<context>
    <name>BinlogRunway</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Unknown: the source&apos;s retention could not be read.</source>
        <translation>Unbekannt: Die Aufbewahrung der Quelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>None: &apos;binlog retention hours&apos; is NULL, so RDS purges binlogs as soon as it can. Raise it.</source>
        <translation>Keine: &apos;binlog retention hours&apos; ist NULL, daher löscht RDS Binlogs so früh wie möglich. Erhöhen Sie den Wert.</translation>
    </message>
    <message>
        <source>Unlimited: the source does not expire its binlogs.</source>
        <translation>Unbegrenzt: Die Quelle lässt ihre Binlogs nicht ablaufen.</translation>
    </message>
    <message>
        <source>Unknown: the target&apos;s data time is not known (stopped, and no heartbeat). Retention is %1 h.</source>
        <translation>Unbekannt: Der Datenstand des Ziels ist nicht bekannt (gestoppt und kein Heartbeat). Die Aufbewahrung beträgt %1 h.</translation>
    </message>
    <message>
        <source>Exhausted: the binlog the target needs may already be purged (retention %1 h).</source>
        <translation>Erschöpft: Das Binlog, das das Ziel braucht, ist möglicherweise schon gelöscht (Aufbewahrung %1 h).</translation>
    </message>
    <message>
        <source>%1 left (retention %2 h): reconnect the target or raise the retention now.</source>
        <translation>Noch %1 (Aufbewahrung %2 h): Verbinden Sie das Ziel wieder, oder erhöhen Sie jetzt die Aufbewahrung.</translation>
    </message>
    <message>
        <source>%1 left (retention %2 h): shrinking.</source>
        <translation>Noch %1 (Aufbewahrung %2 h): wird knapp.</translation>
    </message>
    <message>
        <source>%1 (retention %2 h).</source>
        <translation>%1 (Aufbewahrung %2 h).</translation>
    </message>
    <message>
        <source>Unknown: the source has not answered yet.</source>
        <translation>Unbekannt: Die Quelle hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Exhausted: %1, which the target needs, is no longer on the source. Seed the target again.</source>
        <translation>Erschöpft: %1, das das Ziel braucht, ist nicht mehr auf der Quelle. Befüllen Sie das Ziel neu.</translation>
    </message>
    <message>
        <source>Unknown: the source has not answered.</source>
        <translation>Unbekannt: Die Quelle hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Runs the preflight checks of a setup.</source>
        <translation>Führt die Vorabprüfungen einer Einrichtung aus.</translation>
    </message>
    <message>
        <source>Print the checks as JSON.</source>
        <translation>Die Prüfungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>PASS </source>
        <translation>OK   </translation>
    </message>
    <message>
        <source>WARN </source>
        <translation>WARN </translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>BLOCK</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>ChunkJournal</name>
    <message>
        <source>The copy&apos;s journal %1 cannot be written: %2</source>
        <translation>Das Journal der Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Free space or fix the folder&apos;s permissions, then run the setup again.</source>
        <translation>Schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners und starten Sie die Einrichtung erneut.</translation>
    </message>
    <message>
        <source>Free space, then resume the setup.</source>
        <translation>Schaffen Sie Platz und setzen Sie die Einrichtung dann fort.</translation>
    </message>
    <message>
        <source>The copy&apos;s journal %1 cannot be read.</source>
        <translation>Das Journal der Kopie %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ChunkStream</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1, chunk %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Das Kopieren von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Loading %1 into the target gave %2 warning(s) and skipped %3 row(s): %4</source>
        <translation>Das Laden von %1 in das Ziel ergab %2 Warnung(en) und übersprang %3 Zeile(n): %4</translation>
    </message>
    <message>
        <source>The target would not hold exactly the origin&apos;s rows. Fix the cause (often a column type or sql_mode the target does not accept), or copy with seeder=dump.</source>
        <translation>Das Ziel enthielte nicht genau die Zeilen des Ursprungs. Beheben Sie die Ursache (oft ein Spaltentyp oder sql_mode, den das Ziel nicht annimmt), oder kopieren Sie mit seeder=dump.</translation>
    </message>
    <message>
        <source>Loading %1: %2 rows were sent, the target took %3.</source>
        <translation>Laden von %1: %2 Zeilen wurden gesendet, das Ziel hat %3 übernommen.</translation>
    </message>
    <message>
        <source>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</source>
        <translation>Seit %2 s kein Fortschritt vom Server „%1“: Er antwortet nicht (hängt, ist überlastet, oder das Netzwerk hat die Verbindung verloren).</translation>
    </message>
    <message>
        <source>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy continues where it stopped.</source>
        <translation>Prüfen Sie den Server und das Netzwerk und setzen Sie die Einrichtung dann fort (replica-wizard-cli setup --resume); die Kopie macht dort weiter, wo sie stehen blieb.</translation>
    </message>
    <message>
        <source>Reading %1 from the %2</source>
        <translation>Lesen von %1 vom Server „%2“</translation>
    </message>
    <message>
        <source>Loading into the target failed (%1)</source>
        <translation>Das Laden in das Ziel ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>ChunkedLoadSeeder</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No schema was chosen to copy.</source>
        <translation>Es wurde kein Schema zum Kopieren gewählt.</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target holds a partial copy.</source>
        <translation>Die Kopie wurde abgebrochen; das Ziel enthält eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>Resume the setup (it continues the copy) or run it again before pointing the target at the source.</source>
        <translation>Setzen Sie die Einrichtung fort (sie führt die Kopie weiter) oder starten Sie sie erneut, bevor Sie das Ziel auf die Quelle richten.</translation>
    </message>
    <message>
        <source>Reading the position of %1 %2</source>
        <translation>Lesen der Position von %1 %2</translation>
    </message>
    <message>
        <source>Opening a snapshot on %1</source>
        <translation>Öffnen eines Snapshots auf %1</translation>
    </message>
    <message>
        <source>Preparing a session on the target</source>
        <translation>Vorbereiten einer Sitzung auf dem Ziel</translation>
    </message>
    <message>
        <source>The target&apos;s account may not turn off binary logging for its session (sql_log_bin): the copy is written to the target&apos;s binary log too.</source>
        <translation>Das Konto auf dem Ziel darf das Binärlog für seine Sitzung nicht abschalten (sql_log_bin): Die Kopie wird auch in das Binlog des Ziels geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a %2, which the chunked copy cannot copy.</source>
        <translation>%1 ist ein(e) %2, das die Kopie in Abschnitten nicht kopieren kann.</translation>
    </message>
    <message>
        <source>Copy with the dump tool: seeder=dump in the profile&apos;s [options] (or the wizard&apos;s copy engine choice).</source>
        <translation>Kopieren Sie mit dem Dump-Werkzeug: seeder=dump in den [options] des Profils (oder die Wahl des Kopierverfahrens im Assistenten).</translation>
    </message>
    <message>
        <source>Creating the schema %1 on the target</source>
        <translation>Anlegen des Schemas %1 auf dem Ziel</translation>
    </message>
    <message>
        <source>Creating the table %1 on the target</source>
        <translation>Anlegen der Tabelle %1 auf dem Ziel</translation>
    </message>
    <message>
        <source>Continuing the copy recorded in %1.</source>
        <translation>Die in %1 aufgezeichnete Kopie wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The target does not accept LOAD DATA LOCAL INFILE (local_infile is OFF).</source>
        <translation>Das Ziel nimmt LOAD DATA LOCAL INFILE nicht an (local_infile ist OFF).</translation>
    </message>
    <message>
        <source>Turn it on for the copy (SET GLOBAL local_infile = 1; it can be turned off afterwards), or copy with the dump tool: seeder=dump.</source>
        <translation>Schalten Sie es für die Kopie ein (SET GLOBAL local_infile = 1; danach kann es wieder ausgeschaltet werden), oder kopieren Sie mit dem Dump-Werkzeug: seeder=dump.</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 while the copy&apos;s snapshots were opened.</source>
        <translation>%1 hat sich von %2 nach %3 bewegt, während die Snapshots der Kopie geöffnet wurden.</translation>
    </message>
    <message>
        <source>Its data changed (was its replication restarted?). Run the setup again.</source>
        <translation>Seine Daten haben sich geändert (wurde seine Replikation neu gestartet?). Starten Sie die Einrichtung erneut.</translation>
    </message>
    <message>
        <source>Cutting %1 into chunks</source>
        <translation>Aufteilen von %1 in Abschnitte</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of %1 table(s) to copy by %2 workers.</source>
        <translation>
            <numerusform>%n Abschnitt von %1 Tabelle(n) wird von %2 Workern kopiert.</numerusform>
            <numerusform>%n Abschnitte von %1 Tabelle(n) werden von %2 Workern kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the keys of %1 on the target</source>
        <translation>Hinzufügen der Schlüssel von %1 auf dem Ziel</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 during the copy.</source>
        <translation>%1 hat sich während der Kopie von %2 nach %3 bewegt.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 differs between %3 and the target after it was copied twice.</source>
        <translation>Abschnitt %1 von %2 unterscheidet sich zwischen %3 und dem Ziel, nachdem er zweimal kopiert wurde.</translation>
    </message>
    <message>
        <source>Something changes the target&apos;s copy of this table (a trigger, an event, another client) or the origin is not stopped. Find it, then resume the setup.</source>
        <translation>Etwas ändert die Kopie dieser Tabelle auf dem Ziel (ein Trigger, ein Event, ein anderer Client), oder der Ursprung ist nicht angehalten. Finden Sie es und setzen Sie die Einrichtung dann fort.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 differed on the target after loading: copied again.</source>
        <translation>Abschnitt %1 von %2 wich nach dem Laden auf dem Ziel ab: erneut kopiert.</translation>
    </message>
    <message>
        <source>%1: adding its keys is tried again after the other tables (%2).</source>
        <translation>%1: Das Hinzufügen der Schlüssel wird nach den anderen Tabellen erneut versucht (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) added in %2 s.</source>
        <translation>
            <numerusform>%1: %n Schlüssel in %2 s hinzugefügt.</numerusform>
            <numerusform>%1: %n Schlüssel in %2 s hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>clearing chunk %1 of %2</source>
        <translation>Leeren von Abschnitt %1 von %2</translation>
    </message>
    <message>
        <source>checking chunk %1 of %2</source>
        <translation>Prüfen von Abschnitt %1 von %2</translation>
    </message>
    <message>
        <source>adding the keys of %1</source>
        <translation>Hinzufügen der Schlüssel von %1</translation>
    </message>
    <message>
        <source>The workers spent %1 s loading chunks, %2 s checking them and %3 s adding keys.</source>
        <translation>Die Worker haben %1 s mit dem Laden von Abschnitten, %2 s mit deren Prüfung und %3 s mit dem Hinzufügen von Schlüsseln verbracht.</translation>
    </message>
    <message>
        <source>chunked copy by %1 workers, each in a consistent snapshot of %2: per schema DROP DATABASE, CREATE DATABASE; per table CREATE TABLE with its primary key, LOAD DATA LOCAL INFILE per chunk of about %3 MiB (sql_log_bin=0, unique_checks=0, foreign_key_checks=0), COUNT(*) and row hash of the chunk on both servers, then ALTER TABLE ... ADD the other keys; the foreign keys once every table is in</source>
        <translation>Kopie in Abschnitten durch %1 Worker, jeder in einem konsistenten Snapshot von %2: je Schema DROP DATABASE, CREATE DATABASE; je Tabelle CREATE TABLE mit ihrem Primärschlüssel, LOAD DATA LOCAL INFILE je Abschnitt von etwa %3 MiB (sql_log_bin=0, unique_checks=0, foreign_key_checks=0), COUNT(*) und Zeilen-Hash des Abschnitts auf beiden Servern, danach ALTER TABLE ... ADD für die übrigen Schlüssel; die Fremdschlüssel, sobald alle Tabellen da sind</translation>
    </message>
    <message>
        <source>Adding the foreign keys of %1 on the target</source>
        <translation>Hinzufügen der Fremdschlüssel von %1 auf dem Ziel</translation>
    </message>
</context>
<context>
    <name>ClientDefaultsFile</name>
    <message>
        <source>Cannot create a private temporary folder.</source>
        <translation>Es kann kein privater temporärer Ordner erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>mydb.abc123.eu-central-1.rds.amazonaws.com</source>
        <translation>mydb.abc123.eu-central-1.rds.amazonaws.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>/path/to/global-bundle.pem</source>
        <translation>/pfad/zu/global-bundle.pem</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Verify CA</source>
        <translation>CA prüfen</translation>
    </message>
    <message>
        <source>Verify identity (CA and host name)</source>
        <translation>Identität prüfen (CA und Hostname)</translation>
    </message>
    <message>
        <source>Enter the host and the user first.</source>
        <translation>Geben Sie zuerst Host und Benutzer ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Through an &amp;SSH tunnel</source>
        <translation>Über einen &amp;SSH-Tunnel</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH-Tunnel</translation>
    </message>
    <message>
        <source>Reach this server through a bastion host over SSH</source>
        <translation>Diesen Server über einen Bastion-Host per SSH erreichen</translation>
    </message>
    <message>
        <source>Bastion h&amp;ost:</source>
        <translation>Bastion-H&amp;ost:</translation>
    </message>
    <message>
        <source>bastion.example.com</source>
        <translation>bastion.example.com</translation>
    </message>
    <message>
        <source>SSH po&amp;rt:</source>
        <translation>SSH-Po&amp;rt:</translation>
    </message>
    <message>
        <source>SSH us&amp;er:</source>
        <translation>SSH-Benutz&amp;er:</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>Anmelden m&amp;it:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>SSH pass&amp;word or passphrase:</source>
        <translation>SSH-Pass&amp;wort oder Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Trust this host key</source>
        <translation>Diesem Host-Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Leave at &quot;from ~/.ssh/config&quot; to use the Port your SSH configuration gives this host (else 22).</source>
        <translation>Auf „aus ~/.ssh/config“ lassen, um den Port zu verwenden, den Ihre SSH-Konfiguration diesem Host gibt (sonst 22).</translation>
    </message>
    <message>
        <source>from ~/.ssh/config</source>
        <translation>aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>SSH login method</source>
        <translation>SSH-Anmeldeverfahren</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>No host is given for the %1.</source>
        <translation>Für den Server „%1“ ist kein Host angegeben.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or IP address for the %2.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse für den Server „%2“.</translation>
    </message>
    <message>
        <source>Enter a host name such as db.example.com or an address such as 10.0.0.5, without spaces, scheme or port.</source>
        <translation>Geben Sie einen Hostnamen wie db.example.com oder eine Adresse wie 10.0.0.5 ein, ohne Leerzeichen, Schema oder Port.</translation>
    </message>
    <message>
        <source>Port %1 of the %2 is outside 1 to 65535.</source>
        <translation>Port %1 des Servers „%2“ liegt außerhalb von 1 bis 65535.</translation>
    </message>
    <message>
        <source>MySQL and MariaDB listen on 3306 unless configured otherwise.</source>
        <translation>MySQL und MariaDB lauschen auf 3306, sofern nicht anders konfiguriert.</translation>
    </message>
    <message>
        <source>No user is given for the %1.</source>
        <translation>Für den Server „%1“ ist kein Benutzer angegeben.</translation>
    </message>
    <message>
        <source>Enter the account to connect as.</source>
        <translation>Geben Sie das Konto ein, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>The %1 %2 for the %3 does not exist or cannot be read.</source>
        <translation>%1 %2 für den Server „%3“ existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation>Prüfen Sie den Pfad und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The %1 has a client certificate without its key, or a key without its certificate.</source>
        <translation>Der Server „%1“ hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat.</translation>
    </message>
    <message>
        <source>Give both files, or neither.</source>
        <translation>Geben Sie beide Dateien an oder keine.</translation>
    </message>
    <message>
        <source>TLS mode &apos;%1&apos; for the %2 needs a CA file to verify against.</source>
        <translation>Der TLS-Modus „%1“ für den Server „%2“ braucht eine CA-Datei zur Prüfung.</translation>
    </message>
    <message>
        <source>Give the CA file (for RDS: the region&apos;s global-bundle.pem), or choose &apos;required&apos;.</source>
        <translation>Geben Sie die CA-Datei an (für RDS: global-bundle.pem der Region), oder wählen Sie „required“.</translation>
    </message>
    <message>
        <source>The SSH port %1 of the %2 is outside 1 to 65535.</source>
        <translation>Der SSH-Port %1 von %2 liegt außerhalb von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The SSH key file &apos;%1&apos; for the %2 does not exist or cannot be read.</source>
        <translation>Die SSH-Schlüsseldatei &apos;%1&apos; für %2 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Give the private key&apos;s path (ssh_key=), or use ssh_auth=agent.</source>
        <translation>Geben Sie den Pfad des privaten Schlüssels an (ssh_key=), oder verwenden Sie ssh_auth=agent.</translation>
    </message>
    <message>
        <source>SSH listens on 22 unless configured otherwise; leave it empty to use ~/.ssh/config.</source>
        <translation>SSH lauscht auf 22, sofern nicht anders eingerichtet; leer lassen, um ~/.ssh/config zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>RDS</source>
        <translation>RDS</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation>Server-ID %1</translation>
    </message>
    <message>
        <source>binlog %1</source>
        <translation>Binlog %1</translation>
    </message>
    <message>
        <source>binlog off</source>
        <translation>Binlog aus</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>replica of %1:%2 (IO %3, SQL %4)</source>
        <translation>Replikat von %1:%2 (IO %3, SQL %4)</translation>
    </message>
    <message>
        <source>replica status not readable: %1</source>
        <translation>Replikatstatus nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>kein Replikat</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Enter the RDS primary (source), an RDS read replica used to take the copy (staging replica), and the external server that becomes the replica (target). Test each connection.</source>
        <translation>Geben Sie die RDS-Primärinstanz (Quelle), ein RDS-Lesereplikat zum Erstellen der Kopie (Staging-Replikat) und den externen Server an, der zum Replikat wird (Ziel). Testen Sie jede Verbindung.</translation>
    </message>
    <message>
        <source>Replication account (created on the source if missing)</source>
        <translation>Replikationskonto (wird auf der Quelle angelegt, falls es fehlt)</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>@</source>
        <translation>@</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>The target stores this password in clear text in its replication settings; use TLS to the source.</source>
        <translation>Das Ziel speichert dieses Passwort im Klartext in seinen Replikationseinstellungen; verwenden Sie TLS zur Quelle.</translation>
    </message>
    <message>
        <source>&amp;Remember the passwords in the system keychain</source>
        <translation>Passwörter im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain (%1); they stay in memory for this session only.</source>
        <translation>Die Passwörter konnten nicht im Schlüsselbund gespeichert werden (%1); sie bleiben nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Aurora clone</source>
        <translation>Aurora-Klon</translation>
    </message>
    <message>
        <source>Replication account user</source>
        <translation>Benutzer des Replikationskontos</translation>
    </message>
    <message>
        <source>Replication account host</source>
        <translation>Host des Replikationskontos</translation>
    </message>
    <message>
        <source>The host part of the account: the address the target connects from, or % for any</source>
        <translation>Der Host-Teil des Kontos: die Adresse, von der sich das Ziel verbindet, oder % für jede</translation>
    </message>
    <message>
        <source>Replication account password</source>
        <translation>Passwort des Replikationskontos</translation>
    </message>
</context>
<context>
    <name>CopyObjectsStep</name>
    <message>
        <source>Create views, routines, triggers and events</source>
        <translation>Views, Routinen, Trigger und Events anlegen</translation>
    </message>
    <message>
        <source>Each object is read from %1 (SHOW CREATE) and created on the target with the sql_mode, collation and time zone it was created with, views after the views they read, and %2. Events are created disabled, as on a replica.</source>
        <translation>Jedes Objekt wird vom Server „%1“ gelesen (SHOW CREATE) und auf dem Ziel mit dem sql_mode, der Kollation und der Zeitzone angelegt, mit denen es erstellt wurde, Views nach den Views, die sie lesen. Definer: %2. Events werden deaktiviert angelegt, wie auf einem Replikat.</translation>
    </message>
    <message>
        <source>The copied schemas have no views, routines, triggers or events.</source>
        <translation>Die kopierten Schemas enthalten keine Views, Routinen, Trigger oder Events.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?</source>
        <translation>
            <numerusform>%n View, Routine, Trigger oder Event auf dem Ziel anlegen (%1)?</numerusform>
            <numerusform>%n Views, Routinen, Trigger und Events auf dem Ziel anlegen (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Declined: the target holds the tables but no views, routines, triggers or events.</source>
        <translation>Abgelehnt: Das Ziel enthält die Tabellen, aber keine Views, Routinen, Trigger oder Events.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n object(s) on the target.</source>
        <translation>
            <numerusform>%n Objekt auf dem Ziel angelegt.</numerusform>
            <numerusform>%n Objekte auf dem Ziel angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>Compared %1 tables (%2 rows) and %3 views, routines, triggers and events: %4.</source>
        <translation>%1 Tabellen (%2 Zeilen) und %3 Views, Routinen, Trigger und Events verglichen: %4.</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>identisch</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing on the target</source>
        <translation>%1 fehlt auf dem Ziel</translation>
    </message>
    <message>
        <source>%1 has %2 rows, the copy %3</source>
        <translation>%1 hat %2 Zeilen, die Kopie %3</translation>
    </message>
    <message>
        <source>%1 has different contents (checksum)</source>
        <translation>%1 hat einen anderen Inhalt (Prüfsumme)</translation>
    </message>
    <message>
        <source>%1: %2 on the origin, %3 on the target</source>
        <translation>%1: %2 auf dem Ursprungsserver, %3 auf dem Ziel</translation>
    </message>
</context>
<context>
    <name>CrashRecoveryPosition</name>
    <message>
        <source>Paste the message of the clone&apos;s event exactly as AWS shows it, e.g. &apos;%1 mysql-bin-changelog.000001 154&apos; (aws rds describe-events --source-type db-cluster --source-identifier &lt;clone&gt;).</source>
        <translation>Fügen Sie die Meldung des Ereignisses des Klons genau so ein, wie AWS sie zeigt, z. B. &apos;%1 mysql-bin-changelog.000001 154&apos; (aws rds describe-events --source-type db-cluster --source-identifier &lt;clone&gt;).</translation>
    </message>
    <message>
        <source>No crash-recovery position was given for the clone.</source>
        <translation>Für den Klon wurde keine Crash-Recovery-Position angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not Aurora&apos;s crash-recovery event: it must start with &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; ist nicht das Crash-Recovery-Ereignis von Aurora: es muss mit &apos;%2&apos; beginnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end with exactly a binary log file name and a position.</source>
        <translation>&apos;%1&apos; muss mit genau einem Binärprotokoll-Dateinamen und einer Position enden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a binary log file name (name.NNNNNN, e.g. mysql-bin-changelog.000001).</source>
        <translation>&apos;%1&apos; ist kein Binärprotokoll-Dateiname (name.NNNNNN, z. B. mysql-bin-changelog.000001).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a binary log position (a whole number of at least 4).</source>
        <translation>&apos;%1&apos; ist keine Binärprotokoll-Position (eine ganze Zahl von mindestens 4).</translation>
    </message>
</context>
<context>
    <name>CreateCloneStep</name>
    <message>
        <source>Make the Aurora clone (AWS)</source>
        <translation>Den Aurora-Klon anlegen (AWS)</translation>
    </message>
    <message>
        <source>Aurora readers are not binlog replicas: the copy comes from a clone of the cluster, made with these AWS commands (run by you, not by this tool):
%1</source>
        <translation>Aurora-Reader sind keine Binlog-Replikate: die Kopie kommt von einem Klon des Clusters, angelegt mit diesen AWS-Befehlen (von Ihnen ausgeführt, nicht von diesem Werkzeug):
%1</translation>
    </message>
    <message>
        <source>Is the clone %1 available at %2, made after binary logging and retention were set on the cluster, and is the crash-recovery position its event&apos;s?</source>
        <translation>Ist der Klon %1 unter %2 verfügbar, angelegt nachdem Binärprotokoll und Aufbewahrung auf dem Cluster gesetzt waren, und stammt die Crash-Recovery-Position aus seinem Ereignis?</translation>
    </message>
    <message>
        <source>Declined: the copy needs the Aurora clone.</source>
        <translation>Abgelehnt: die Kopie braucht den Aurora-Klon.</translation>
    </message>
    <message>
        <source>The clone was made by the DBA (confirmed).</source>
        <translation>Der Klon wurde vom DBA angelegt (bestätigt).</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Enter the passwords that are not in the keychain. They stay in memory only.</source>
        <translation>Geben Sie die Passwörter ein, die nicht im Schlüsselbund sind. Sie bleiben nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>S&amp;taging replica:</source>
        <translation>S&amp;taging-Replikat:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Keep a heartbeat row on the source (schema replica_wizard)</source>
        <translation>&amp;Heartbeat-Zeile auf der Quelle pflegen (Schema replica_wizard)</translation>
    </message>
    <message>
        <source>Writes one row every poll on the source, replicated to the replicas, to measure the true lag.</source>
        <translation>Schreibt bei jeder Abfrage eine Zeile auf der Quelle, die zu den Replikaten repliziert wird, um den echten Rückstand zu messen.</translation>
    </message>
    <message>
        <source>Poll &amp;every</source>
        <translation>&amp;Abfrage alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Binlog runway</source>
        <translation>Binlog-Reserve</translation>
    </message>
    <message>
        <source>How long the target may stay disconnected before the source purges the binlog it still needs.</source>
        <translation>Wie lange das Ziel getrennt bleiben darf, bevor die Quelle das Binlog löscht, das es noch braucht.</translation>
    </message>
    <message>
        <source>Replica status: %1</source>
        <translation>Replikatstatus: %1</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Noch nicht verbunden.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Heartbeat off: only the server&apos;s figure is shown. Tick the heartbeat box to chart the true lag.</source>
        <translation>Heartbeat aus: Nur der Wert des Servers wird angezeigt. Aktivieren Sie den Heartbeat, um den echten Rückstand darzustellen.</translation>
    </message>
    <message>
        <source>The heartbeat cannot be written on the source (%1); only the server&apos;s figure is shown.</source>
        <translation>Der Heartbeat kann auf der Quelle nicht geschrieben werden (%1); nur der Wert des Servers wird angezeigt.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Run this on the %1 (%2)?

%3</source>
        <translation>Dies auf dem Server „%1“ (%2) ausführen?

%3</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Lagging from</source>
        <translation>&amp;Verzögert ab</translation>
    </message>
    <message>
        <source>Seconds behind the source from which a replica counts as lagging.</source>
        <translation>Sekunden Rückstand zur Quelle, ab denen ein Replikat als verzögert gilt.</translation>
    </message>
</context>
<context>
    <name>DefinerAccountsStep</name>
    <message>
        <source>DEFINER accounts on the target</source>
        <translation>DEFINER-Konten auf dem Ziel</translation>
    </message>
    <message>
        <source>Every copied view, routine, trigger and event gets %1 as its DEFINER; that account must exist on the target. No account is created.</source>
        <translation>Alle kopierten Views, Routinen, Trigger und Events erhalten %1 als DEFINER; dieses Konto muss auf dem Ziel existieren. Es wird kein Konto angelegt.</translation>
    </message>
    <message>
        <source>Views, routines, triggers and events name DEFINER accounts (on RDS usually the master user). Those missing on the target are created there locked, with no usable password, and granted exactly what their objects need on the copied schemas, so every object works as on the source.</source>
        <translation>Views, Routinen, Trigger und Events nennen DEFINER-Konten (auf RDS meist den Master-Benutzer). Die auf dem Ziel fehlenden werden dort gesperrt und ohne nutzbares Passwort angelegt und erhalten genau die Rechte, die ihre Objekte auf den kopierten Schemas benötigen, sodass jedes Objekt wie auf der Quelle funktioniert.</translation>
    </message>
    <message>
        <source>%1 exists on the target but lacks what its objects need there: %2</source>
        <translation>%1 existiert auf dem Ziel, aber ihm fehlt dort, was seine Objekte benötigen: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the %2 either: its objects fail there too (error 1449).</source>
        <translation>%1 existiert auch auf dem Server „%2“ nicht: Seine Objekte schlagen dort ebenfalls fehl (Fehler 1449).</translation>
    </message>
    <message>
        <source>The account %1 that every copied object should get as its DEFINER does not exist on the target.</source>
        <translation>Das Konto %1, das jedes kopierte Objekt als DEFINER erhalten soll, existiert nicht auf dem Ziel.</translation>
    </message>
    <message>
        <source>Create it on the target, or choose definers=create.</source>
        <translation>Legen Sie es auf dem Ziel an, oder wählen Sie definers=create.</translation>
    </message>
    <message>
        <source>No DEFINER account needs to be created on the target.</source>
        <translation>Auf dem Ziel muss kein DEFINER-Konto angelegt werden.</translation>
    </message>
    <message>
        <source>Create the DEFINER accounts the copied objects need on the target (locked, no usable password, only the privileges their objects need)?</source>
        <translation>Die DEFINER-Konten, die die kopierten Objekte benötigen, auf dem Ziel anlegen (gesperrt, ohne nutzbares Passwort, nur mit den Privilegien, die ihre Objekte benötigen)?</translation>
    </message>
    <message>
        <source>Declined: views and routines would fail on the target (errors 1449 and 1356).</source>
        <translation>Abgelehnt: Views und Routinen würden auf dem Ziel fehlschlagen (Fehler 1449 und 1356).</translation>
    </message>
</context>
<context>
    <name>DefinerPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a definer policy.</source>
        <translation>„%1“ ist keine gültige Definer-Richtlinie.</translation>
    </message>
    <message>
        <source>Use definers=create, or definers=remap:&apos;user&apos;@&apos;host&apos; naming an account that exists on the target.</source>
        <translation>Verwenden Sie definers=create oder definers=remap:&apos;user&apos;@&apos;host&apos; mit einem Konto, das auf dem Ziel existiert.</translation>
    </message>
    <message>
        <source>create each missing definer account on the target, locked, with the privileges its objects need</source>
        <translation>jedes fehlende Definer-Konto auf dem Ziel gesperrt anlegen, mit den Privilegien, die seine Objekte benötigen</translation>
    </message>
    <message>
        <source>make %1 the definer of every copied object</source>
        <translation>%1 zum Definer jedes kopierten Objekts machen</translation>
    </message>
</context>
<context>
    <name>DeleteCloneStep</name>
    <message>
        <source>Delete the Aurora clone (AWS)</source>
        <translation>Den Aurora-Klon löschen (AWS)</translation>
    </message>
    <message>
        <source>%1 The target replicates from the writer, not from the clone:
%2</source>
        <translation>%1 Das Ziel repliziert vom Writer, nicht vom Klon:
%2</translation>
    </message>
    <message>
        <source>Delete the clone %1 now (it costs money while it exists)? Confirm once it is deleted.</source>
        <translation>Den Klon %1 jetzt löschen (er kostet Geld, solange er existiert)? Bestätigen Sie, sobald er gelöscht ist.</translation>
    </message>
    <message>
        <source>The clone %1 still exists and costs money: delete it when you no longer need it.</source>
        <translation>Der Klon %1 existiert noch und kostet Geld: löschen Sie ihn, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>The clone was deleted by the DBA (confirmed).</source>
        <translation>Der Klon wurde vom DBA gelöscht (bestätigt).</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <source>SQL thread:</source>
        <translation>SQL-Thread:</translation>
    </message>
    <message>
        <source>IO thread:</source>
        <translation>IO-Thread:</translation>
    </message>
    <message>
        <source>The source does not answer; the replica&apos;s figures (IO %1, %2 s behind) are stale.</source>
        <translation>Die Quelle antwortet nicht; die Angaben des Replikats (IO %1, %2 s Rückstand) sind veraltet.</translation>
    </message>
    <message>
        <source>Check the source (CPU, storage, a reboot in progress) and the network to it.</source>
        <translation>Prüfen Sie die Quelle (CPU, Speicher, laufender Neustart) und das Netzwerk dorthin.</translation>
    </message>
    <message>
        <source>The IO thread is trying to reach the source %1:%2.</source>
        <translation>Der IO-Thread versucht, die Quelle %1:%2 zu erreichen.</translation>
    </message>
    <message>
        <source>Check the network path to the source (security groups, network ACLs).</source>
        <translation>Prüfen Sie den Netzwerkweg zur Quelle (Sicherheitsgruppen, Netzwerk-ACLs).</translation>
    </message>
    <message>
        <source> Its SQL thread already stopped on it: [%1] %2</source>
        <translation> Sein SQL-Thread ist deswegen bereits angehalten: [%1] %2</translation>
    </message>
    <message>
        <source> The next write to a table it should ignore (RDS&apos;s housekeeping, or a schema that was not copied) stops it.</source>
        <translation> Der nächste Schreibzugriff auf eine Tabelle, die es ignorieren sollte (interne Wartung von RDS oder ein nicht kopiertes Schema), hält es an.</translation>
    </message>
    <message>
        <source>The target lost replication filters its setup gave it (%1), most likely in a restart: SET GLOBAL and CHANGE REPLICATION FILTER do not survive one.</source>
        <translation>Das Ziel hat Replikationsfilter verloren, die ihm bei der Einrichtung gesetzt wurden (%1), höchstwahrscheinlich durch einen Neustart: SET GLOBAL und CHANGE REPLICATION FILTER überdauern keinen Neustart.</translation>
    </message>
    <message>
        <source>Set them again: %1. Then add these lines to the target&apos;s configuration file: %2</source>
        <translation>Setzen Sie sie erneut: %1. Fügen Sie dann diese Zeilen zur Konfigurationsdatei des Ziels hinzu: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisBox</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
</context>
<context>
    <name>DisableEventsStep</name>
    <message>
        <source>Keep copied events from running on the target</source>
        <translation>Ausführung kopierter Events auf dem Ziel verhindern</translation>
    </message>
    <message>
        <source>Events run on the source; their results arrive by replication. The copy creates them disabled as on a replica; any copied event still enabled on the target is disabled here.</source>
        <translation>Events laufen auf der Quelle; ihre Ergebnisse kommen per Replikation an. Die Kopie legt sie wie auf einem Replikat deaktiviert an; ein kopiertes Event, das auf dem Ziel noch aktiviert ist, wird hier deaktiviert.</translation>
    </message>
    <message>
        <source>No copied event is enabled on the target.</source>
        <translation>Auf dem Ziel ist kein kopiertes Event aktiviert.</translation>
    </message>
    <message>
        <source>Disable the copied events on the target (they run on the source)?</source>
        <translation>Die kopierten Events auf dem Ziel deaktivieren (sie laufen auf der Quelle)?</translation>
    </message>
    <message>
        <source>Declined: events running on the target would collide with replicated writes.</source>
        <translation>Abgelehnt: Auf dem Ziel laufende Events würden mit replizierten Schreibzugriffen kollidieren.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reading the status…</source>
        <translation>Status wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Export runbook with audit log...</source>
        <translation>Runbook mit Audit-Log &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export runbook</source>
        <translation>Runbook exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The runbook could not be written to %1.</source>
        <translation>Das Runbook konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>
## Audit log

Every statement run, with time, server and outcome (passwords masked).

</source>
        <translation>
## Audit-Log

Jede ausgeführte Anweisung mit Zeit, Server und Ergebnis (Passwörter maskiert).

</translation>
    </message>
    <message>
        <source>The target replicates from the source. Here is the servers&apos; status now; the status dashboard keeps watching it.</source>
        <translation>Das Ziel repliziert von der Quelle. Hier ist der aktuelle Status der Server; das Status-Dashboard behält ihn im Blick.</translation>
    </message>
    <message>
        <source>Open the status &amp;dashboard</source>
        <translation>Status-&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>The servers&apos; status now</source>
        <translation>Der Status der Server jetzt</translation>
    </message>
</context>
<context>
    <name>DumpPipeSeeder</name>
    <message>
        <source>No schema was chosen to copy.</source>
        <translation>Es wurde kein Schema zum Kopieren ausgewählt.</translation>
    </message>
    <message>
        <source>mariadb-dump/mysqldump or the mariadb/mysql client was not found.</source>
        <translation>mariadb-dump/mysqldump oder der mariadb/mysql-Client wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install the mariadb-client package.</source>
        <translation>Installieren Sie das Paket mariadb-client.</translation>
    </message>
    <message>
        <source>The client for the target could not be started: %1</source>
        <translation>Der Client für das Ziel konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The dump tool could not be started: %1</source>
        <translation>Das Dump-Werkzeug konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target holds a partial copy.</source>
        <translation>Das Kopieren wurde abgebrochen; das Ziel enthält eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>Run the seed again before pointing the target at the source.</source>
        <translation>Befüllen Sie das Ziel erneut, bevor Sie es auf die Quelle ausrichten.</translation>
    </message>
    <message>
        <source>Loading into the target failed: %1</source>
        <translation>Das Laden in das Ziel ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fix the cause shown by the client and run the seed again.</source>
        <translation>Beheben Sie die vom Client gemeldete Ursache, und befüllen Sie das Ziel erneut.</translation>
    </message>
    <message>
        <source>The dump of %1 did not complete (exit code %2): %3</source>
        <translation>Der Dump von %1 wurde nicht abgeschlossen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Fix the cause and run the seed again; the target holds a partial copy.</source>
        <translation>Beheben Sie die Ursache, und befüllen Sie das Ziel erneut; es enthält eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>The folder %1 for the dump copy cannot be created.</source>
        <translation>Der Ordner %1 für die Dump-Kopie kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a writable folder, or do not keep a copy.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner, oder verzichten Sie auf die Kopie.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>gzip could not be started: %1</source>
        <translation>gzip konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Writing the dump copy %1 failed: %2</source>
        <translation>Das Schreiben der Dump-Kopie %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Free space in %1 or do not keep a copy, then run the seed again; the target holds a partial copy.</source>
        <translation>Schaffen Sie Platz in %1 oder verzichten Sie auf die Kopie, und befüllen Sie das Ziel erneut; es enthält eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</source>
        <translation>Seit %2 s kein Fortschritt vom Server „%1“: Er antwortet nicht (hängt, ist überlastet, oder das Netzwerk hat die Verbindung verloren).</translation>
    </message>
    <message>
        <source>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy is redone.</source>
        <translation>Prüfen Sie Server und Netzwerk, und setzen Sie dann die Einrichtung fort (replica-wizard-cli setup --resume); die Kopie wird neu erstellt.</translation>
    </message>
    <message>
        <source>Loading into the target failed</source>
        <translation>Das Laden in das Ziel ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the CA file and whether the certificate matches the host name you connect to.</source>
        <translation>Prüfen Sie die CA-Datei und ob das Zertifikat zu dem Hostnamen passt, mit dem Sie sich verbinden.</translation>
    </message>
    <message>
        <source>The replica asked the source for a binlog position that does not exist: the coordinates were not the executed ones, or the file does not match.</source>
        <translation>Das Replikat hat bei der Quelle eine Binlog-Position angefordert, die nicht existiert: Die Koordinaten waren nicht die ausgeführten, oder die Datei passt nicht.</translation>
    </message>
    <message>
        <source>Seed the target again. Use Relay_Master_Log_File and Exec_Master_Log_Pos of the stopped staging replica, never the read coordinates.</source>
        <translation>Befüllen Sie das Ziel neu. Verwenden Sie Relay_Master_Log_File und Exec_Master_Log_Pos des gestoppten Staging-Replikats, niemals die gelesenen Koordinaten.</translation>
    </message>
    <message>
        <source>The binary log the replica needs next was already purged from the source.</source>
        <translation>Das Binlog, das das Replikat als Nächstes benötigt, wurde auf der Quelle bereits gelöscht.</translation>
    </message>
    <message>
        <source>Seed the target again; raise &apos;binlog retention hours&apos; on the source first (CALL mysql.rds_set_configuration). Skipping events cannot repair this.</source>
        <translation>Befüllen Sie das Ziel neu; erhöhen Sie zuvor &apos;binlog retention hours&apos; auf der Quelle (CALL mysql.rds_set_configuration). Das Überspringen von Ereignissen kann dies nicht beheben.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user, the password and the host part of the account (&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Prüfen Sie den Benutzer, das Passwort und den Host-Teil des Kontos (&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>The account may not use this database.</source>
        <translation>Das Konto darf diese Datenbank nicht verwenden.</translation>
    </message>
    <message>
        <source>Grant the account access to the database, or connect without one.</source>
        <translation>Gewähren Sie dem Konto Zugriff auf die Datenbank, oder verbinden Sie sich ohne Datenbank.</translation>
    </message>
    <message>
        <source>The server does not accept this account from your address.</source>
        <translation>Der Server akzeptiert dieses Konto nicht von Ihrer Adresse.</translation>
    </message>
    <message>
        <source>Create the account for your client&apos;s host, or use &apos;%&apos; as its host part.</source>
        <translation>Legen Sie das Konto für den Host Ihres Clients an, oder verwenden Sie &apos;%&apos; als Host-Teil.</translation>
    </message>
    <message>
        <source>Nothing answered at this host and port.</source>
        <translation>Unter diesem Host und Port hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>Check the host name, the port, that the server is running, and the network path (security groups, network ACLs, firewalls).</source>
        <translation>Prüfen Sie den Hostnamen, den Port, ob der Server läuft, und den Netzwerkpfad (Sicherheitsgruppen, Netzwerk-ACLs, Firewalls).</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint and the DNS configuration.</source>
        <translation>Prüfen Sie die Schreibweise des Endpunkts und die DNS-Konfiguration.</translation>
    </message>
    <message>
        <source>The connection was lost during the handshake or a query.</source>
        <translation>Die Verbindung ist während des Handshakes oder einer Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Check the network and timeouts; a hung or overloaded server also causes this.</source>
        <translation>Prüfen Sie das Netzwerk und die Timeouts; auch ein hängender oder überlasteter Server kann die Ursache sein.</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up.</source>
        <translation>Die TLS-Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The account uses caching_sha2_password, which needs TLS or the server&apos;s public key.</source>
        <translation>Das Konto verwendet caching_sha2_password; dafür sind TLS oder der öffentliche Schlüssel des Servers erforderlich.</translation>
    </message>
    <message>
        <source>Enable TLS on the connection (MASTER_SSL=1 for replication) or GET_MASTER_PUBLIC_KEY=1.</source>
        <translation>Aktivieren Sie TLS für die Verbindung (MASTER_SSL=1 für die Replikation) oder GET_MASTER_PUBLIC_KEY=1.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections.</source>
        <translation>Der Server akzeptiert nur verschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>Set TLS to &apos;required&apos; or stricter for this connection.</source>
        <translation>Stellen Sie TLS für diese Verbindung auf &apos;required&apos; („Erforderlich“) oder strenger ein.</translation>
    </message>
    <message>
        <source>Source and replica have the same server_id or server_uuid.</source>
        <translation>Quelle und Replikat haben dieselbe server_id oder server_uuid.</translation>
    </message>
    <message>
        <source>Give the target its own server_id; for a duplicated server_uuid delete auto.cnf on the target and restart it.</source>
        <translation>Geben Sie dem Ziel eine eigene server_id; bei doppelter server_uuid löschen Sie auto.cnf auf dem Ziel und starten es neu.</translation>
    </message>
    <message>
        <source>A replicated row already exists on the replica: the data has drifted.</source>
        <translation>Eine replizierte Zeile existiert bereits auf dem Replikat: Die Daten sind auseinandergelaufen.</translation>
    </message>
    <message>
        <source>The target was written to, or was seeded from the wrong coordinates: seed it again.</source>
        <translation>Auf das Ziel wurde geschrieben, oder es wurde mit den falschen Koordinaten befüllt: Befüllen Sie es neu.</translation>
    </message>
    <message>
        <source>A replicated change did not find its row on the replica: the data has drifted.</source>
        <translation>Eine replizierte Änderung hat ihre Zeile auf dem Replikat nicht gefunden: Die Daten sind auseinandergelaufen.</translation>
    </message>
    <message>
        <source>A replicated change refers to a table the replica does not have.</source>
        <translation>Eine replizierte Änderung bezieht sich auf eine Tabelle, die auf dem Replikat nicht existiert.</translation>
    </message>
    <message>
        <source>Ignore RDS&apos;s own tables (replicate_wild_ignore_table=mysql.rds%) and tables of schemas that were not copied, or copy the missing schema.</source>
        <translation>Ignorieren Sie die RDS-eigenen Tabellen (replicate_wild_ignore_table=mysql.rds%) und Tabellen nicht kopierter Schemas, oder kopieren Sie das fehlende Schema.</translation>
    </message>
    <message>
        <source>The replica threads are running.</source>
        <translation>Die Replikat-Threads laufen.</translation>
    </message>
    <message>
        <source>Stop the replica first (STOP SLAVE / STOP REPLICA).</source>
        <translation>Stoppen Sie zuerst das Replikat (STOP SLAVE / STOP REPLICA).</translation>
    </message>
    <message>
        <source>The account lacks a privilege this statement needs (on RDS the master user has no SUPER, RELOAD or FILE).</source>
        <translation>Dem Konto fehlt ein Privileg, das diese Anweisung benötigt (auf RDS hat der Master-Benutzer weder SUPER noch RELOAD oder FILE).</translation>
    </message>
    <message>
        <source>A view, routine, trigger or event names a DEFINER account that does not exist.</source>
        <translation>Ein View, eine Routine, ein Trigger oder ein Event nennt ein DEFINER-Konto, das nicht existiert.</translation>
    </message>
    <message>
        <source>The server does not know a collation the data uses.</source>
        <translation>Der Server kennt eine Kollation nicht, die die Daten verwenden.</translation>
    </message>
    <message>
        <source>Map the collation (e.g. utf8mb4_0900_ai_ci to utf8mb4_unicode_520_ci) before loading.</source>
        <translation>Bilden Sie die Kollation vor dem Laden ab (z. B. utf8mb4_0900_ai_ci auf utf8mb4_unicode_520_ci).</translation>
    </message>
    <message>
        <source>A GTID arrived out of order (gtid_strict_mode): an errant transaction was committed on the replica.</source>
        <translation>Eine GTID kam in falscher Reihenfolge an (gtid_strict_mode): Auf dem Replikat wurde eine fremde Transaktion (errant transaction) festgeschrieben.</translation>
    </message>
    <message>
        <source>Find and remove the errant transaction on the target, or seed it again.</source>
        <translation>Suchen und entfernen Sie die fremde Transaktion auf dem Ziel, oder befüllen Sie das Ziel neu.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>See the server&apos;s message; the MySQL/MariaDB error reference explains the number.</source>
        <translation>Beachten Sie die Meldung des Servers; die Fehlerreferenz von MySQL/MariaDB erklärt die Nummer.</translation>
    </message>
    <message>
        <source>Creating an object with another account as its DEFINER needs SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID or SYSTEM_USER), which this account lacks.</source>
        <translation>Ein Objekt mit einem anderen Konto als DEFINER anzulegen erfordert SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID oder SYSTEM_USER); dieses Privileg fehlt dem Konto.</translation>
    </message>
    <message>
        <source>Connect to the target as an account with that privilege, or remap the definers to this account (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Melden Sie sich am Ziel mit einem Konto an, das dieses Privileg hat, oder stellen Sie die Definer auf dieses Konto um (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>Use the RDS procedure for this task, or connect as an account with the privilege the message names.</source>
        <translation>Verwenden Sie für diese Aufgabe die RDS-Prozedur, oder melden Sie sich mit einem Konto an, das das in der Meldung genannte Privileg hat.</translation>
    </message>
    <message>
        <source>With binary logging on, creating a function needs SUPER unless log_bin_trust_function_creators is set.</source>
        <translation>Bei aktiviertem Binlog erfordert das Anlegen einer Funktion SUPER, sofern log_bin_trust_function_creators nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER.</source>
        <translation>Führen Sie auf dem Ziel SET GLOBAL log_bin_trust_function_creators = 1 aus (und tragen Sie den Wert in seine Konfigurationsdatei ein), oder melden Sie sich mit einem Konto mit SUPER an.</translation>
    </message>
    <message>
        <source>The account lacks a privilege this statement needs.</source>
        <translation>Dem Konto fehlt ein Privileg, das diese Anweisung benötigt.</translation>
    </message>
    <message>
        <source>Grant the privilege the message names, or connect as an account that has it.</source>
        <translation>Gewähren Sie das in der Meldung genannte Privileg, oder melden Sie sich mit einem Konto an, das es hat.</translation>
    </message>
    <message>
        <source>Create the definer account on this server (definers=create does so, locked), or remap the definers to an existing account (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Legen Sie das Definer-Konto auf diesem Server an (definers=create tut das, gesperrt), oder stellen Sie die Definer auf ein vorhandenes Konto um (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>A view refers to something that does not exist, or its DEFINER (or invoker) may not read it.</source>
        <translation>Ein View verweist auf etwas, das nicht existiert, oder sein DEFINER (bzw. Aufrufer) darf es nicht lesen.</translation>
    </message>
    <message>
        <source>With definers=create the tool grants each definer what its objects need on the copied schemas; otherwise grant the definer SELECT on the schemas the view reads, or remap the definers to an account that may read them.</source>
        <translation>Mit definers=create gewährt das Tool jedem Definer, was seine Objekte auf den kopierten Schemas benötigen; andernfalls gewähren Sie dem Definer SELECT auf den Schemas, die der View liest, oder stellen Sie die Definer auf ein Konto um, das sie lesen darf.</translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>%1: not checked yet</source>
        <translation>%1: noch nicht geprüft</translation>
    </message>
    <message>
        <source>No remembered password: open the setup&apos;s dashboard and let the keychain remember it.</source>
        <translation>Kein gemerktes Passwort: Öffnen Sie das Dashboard der Einrichtung und lassen Sie den Schlüsselbund es sich merken.</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Binlog runway</source>
        <translation>Binlog-Reserve</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — its last run did not finish</source>
        <translation>%1 — der letzte Lauf wurde nicht beendet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source> (true %1 s)</source>
        <translation> (tatsächlich %1 s)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>GtidChoice</name>
    <message>
        <source>File and position: the profile says gtid=off.</source>
        <translation>Datei und Position: Das Profil sagt gtid=off.</translation>
    </message>
    <message>
        <source>File and position until the servers are connected.</source>
        <translation>Datei und Position, bis die Server verbunden sind.</translation>
    </message>
    <message>
        <source>Set gtid=off (or auto) in the profile&apos;s [options] for file/position replication.</source>
        <translation>Setzen Sie gtid=off (oder auto) in den [options] des Profils für Replikation nach Datei und Position.</translation>
    </message>
    <message>
        <source>A MariaDB target cannot use a MySQL source&apos;s GTIDs.</source>
        <translation>Ein MariaDB-Ziel kann die GTIDs einer MySQL-Quelle nicht verwenden.</translation>
    </message>
    <message>
        <source>File and position: a MariaDB target cannot use a MySQL source&apos;s GTIDs.</source>
        <translation>Datei und Position: Ein MariaDB-Ziel kann die GTIDs einer MySQL-Quelle nicht verwenden.</translation>
    </message>
    <message>
        <source>A MySQL target cannot use a MariaDB source&apos;s GTIDs.</source>
        <translation>Ein MySQL-Ziel kann die GTIDs einer MariaDB-Quelle nicht verwenden.</translation>
    </message>
    <message>
        <source>File and position: a MySQL target cannot use a MariaDB source&apos;s GTIDs.</source>
        <translation>Datei und Position: Ein MySQL-Ziel kann die GTIDs einer MariaDB-Quelle nicht verwenden.</translation>
    </message>
    <message>
        <source>The source has no binary log, so no GTIDs.</source>
        <translation>Die Quelle hat kein Binlog und damit keine GTIDs.</translation>
    </message>
    <message>
        <source>The source has gtid_mode=%1, not ON.</source>
        <translation>Die Quelle hat gtid_mode=%1, nicht ON.</translation>
    </message>
    <message>
        <source>File and position: the source does not have GTIDs on.</source>
        <translation>Datei und Position: Die Quelle hat keine GTIDs eingeschaltet.</translation>
    </message>
    <message>
        <source>The target has gtid_mode=%1: it cannot replicate by GTID.</source>
        <translation>Das Ziel hat gtid_mode=%1: Es kann nicht nach GTID replizieren.</translation>
    </message>
    <message>
        <source>Set gtid_mode=ON and enforce_gtid_consistency=ON on the target (in its configuration file), or set gtid=off in the profile.</source>
        <translation>Setzen Sie gtid_mode=ON und enforce_gtid_consistency=ON auf dem Ziel (in seiner Konfigurationsdatei), oder setzen Sie gtid=off im Profil.</translation>
    </message>
    <message>
        <source>File and position: the source has GTIDs on, the target not (gtid_mode=%1).</source>
        <translation>Datei und Position: Die Quelle hat GTIDs eingeschaltet, das Ziel nicht (gtid_mode=%1).</translation>
    </message>
    <message>
        <source>GTID auto-positioning: the source and the target have gtid_mode=ON.</source>
        <translation>GTID-Autopositionierung: Quelle und Ziel haben gtid_mode=ON.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos): the profile says gtid=on.</source>
        <translation>GTID-Positionierung (MASTER_USE_GTID=slave_pos): Das Profil sagt gtid=on.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos), as the staging replica replicates.</source>
        <translation>GTID-Positionierung (MASTER_USE_GTID=slave_pos), wie das Staging-Replikat repliziert.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos): the source has gtid_strict_mode=ON.</source>
        <translation>GTID-Positionierung (MASTER_USE_GTID=slave_pos): Die Quelle hat gtid_strict_mode=ON.</translation>
    </message>
    <message>
        <source>File and position: the staging replica does not replicate by GTID and the source has gtid_strict_mode=OFF (gtid=on in the profile&apos;s [options] chooses GTIDs).</source>
        <translation>Datei und Position: Das Staging-Replikat repliziert nicht nach GTID, und die Quelle hat gtid_strict_mode=OFF (gtid=on in den [options] des Profils wählt GTIDs).</translation>
    </message>
</context>
<context>
    <name>HealthClassifier</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>IO thread error</source>
        <translation>IO-Thread-Fehler</translation>
    </message>
    <message>
        <source>SQL thread error</source>
        <translation>SQL-Thread-Fehler</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>kein Replikat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>filters missing</source>
        <translation>Filter fehlen</translation>
    </message>
</context>
<context>
    <name>Heartbeat</name>
    <message>
        <source>No heartbeat table here: the heartbeat is off, or filtered out on this replica.</source>
        <translation>Hier gibt es keine Heartbeat-Tabelle: Der Heartbeat ist aus oder auf diesem Replikat herausgefiltert.</translation>
    </message>
    <message>
        <source>No heartbeat has arrived yet.</source>
        <translation>Es ist noch kein Heartbeat angekommen.</translation>
    </message>
</context>
<context>
    <name>LagChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Rückstand:</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master</source>
        <translation>Seconds_Behind_Master</translation>
    </message>
    <message>
        <source>true lag (heartbeat)</source>
        <translation>echter Rückstand (Heartbeat)</translation>
    </message>
    <message>
        <source>Target lag chart</source>
        <translation>Verzögerungsdiagramm des Ziels</translation>
    </message>
    <message>
        <source>No lag measured yet.</source>
        <translation>Noch keine Verzögerung gemessen.</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master now %1 s</source>
        <translation>Seconds_Behind_Master jetzt %1 s</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master unknown</source>
        <translation>Seconds_Behind_Master unbekannt</translation>
    </message>
    <message>
        <source>true lag now %1 s</source>
        <translation>tatsächliche Verzögerung jetzt %1 s</translation>
    </message>
    <message>
        <source>at most %1 s in the chart</source>
        <translation>höchstens %1 s im Diagramm</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <source>The manual step &apos;%1&apos; was not confirmed.</source>
        <translation>Der manuelle Schritt „%1“ wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Hold off application writes on the source</source>
        <translation>Schreibzugriffe der Anwendungen auf der Quelle anhalten</translation>
    </message>
    <message>
        <source>Remove the applications&apos; access to the source (e.g. the security group&apos;s ingress rules; write them down to restore later). Confirm when no application writes any more.</source>
        <translation>Entziehen Sie den Anwendungen den Zugriff auf die Quelle (z. B. die Eingangsregeln der Sicherheitsgruppe; notieren Sie sie, um sie später wiederherzustellen). Bestätigen Sie, sobald keine Anwendung mehr schreibt.</translation>
    </message>
    <message>
        <source>Give the applications their access back</source>
        <translation>Anwendungen den Zugriff zurückgeben</translation>
    </message>
    <message>
        <source>Restore the access rules you removed.</source>
        <translation>Stellen Sie die entfernten Zugriffsregeln wieder her.</translation>
    </message>
</context>
<context>
    <name>NagiosLine</name>
    <message>
        <source>all servers ok</source>
        <translation>alle Server in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>, target %n s behind</source>
        <translation>
            <numerusform>, Ziel %n s zurück</numerusform>
            <numerusform>, Ziel %n s zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 setups not ok</source>
        <translation>%1 von %2 Einrichtungen nicht in Ordnung</translation>
    </message>
</context>
<context>
    <name>OptionFile</name>
    <message>
        <source>Line %1: include directives are not supported here.</source>
        <translation>Zeile %1: include-Direktiven werden hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>Put every value into this file.</source>
        <translation>Tragen Sie alle Werte direkt in diese Datei ein.</translation>
    </message>
    <message>
        <source>Line %1: a group header lacks its closing &apos;]&apos;.</source>
        <translation>Zeile %1: Einer Gruppenüberschrift fehlt die schließende &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Write group headers as [name].</source>
        <translation>Schreiben Sie Gruppenüberschriften als [name].</translation>
    </message>
    <message>
        <source>Line %1: an option stands before any [group] header.</source>
        <translation>Zeile %1: Eine Option steht vor der ersten [Gruppen]-Überschrift.</translation>
    </message>
    <message>
        <source>Start the file with a group such as [source].</source>
        <translation>Beginnen Sie die Datei mit einer Gruppe wie [source].</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is not closed properly.</source>
        <translation>Zeile %1: Ein Wert in Anführungszeichen ist nicht korrekt abgeschlossen.</translation>
    </message>
    <message>
        <source>Close the quote, and escape quotes inside it with a backslash.</source>
        <translation>Schließen Sie das Anführungszeichen, und maskieren Sie Anführungszeichen innerhalb des Werts mit einem Backslash.</translation>
    </message>
</context>
<context>
    <name>PasswordResolver</name>
    <message>
        <source>The secrets file %1 has no password for [%2].</source>
        <translation>Die Secrets-Datei %1 enthält kein Passwort für [%2].</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>the replication account %1@%2</source>
        <translation>das Replikationskonto %1@%2</translation>
    </message>
    <message>
        <source>No password for %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</source>
        <translation>Kein Passwort für %1 (%2): Geben Sie --secrets DATEI an, speichern Sie es im Schlüsselbund, oder führen Sie das Programm in einem Terminal aus.</translation>
    </message>
    <message>
        <source>the SSH login %1@%2</source>
        <translation>die SSH-Anmeldung %1@%2</translation>
    </message>
    <message>
        <source>No password for %1 (%2).</source>
        <translation>Kein Passwort für %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Prints the plan of a setup (every statement it would run now); changes nothing.</source>
        <translation>Gibt den Plan einer Einrichtung aus (jede Anweisung, die sie jetzt ausführen würde); ändert nichts.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format needs markdown or json.</source>
        <translation>--format erwartet markdown oder json.</translation>
    </message>
</context>
<context>
    <name>PlanHost</name>
    <message>
        <source>The %1 is not connected.</source>
        <translation>Mit %1 besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>Planning never changes a server (refused: %1).</source>
        <translation>Die Planung ändert nie einen Server (abgelehnt: %1).</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every step in order, with the server it runs on and the exact SQL or command (passwords masked). Each step that changes a server asks before it runs.</source>
        <translation>Alle Schritte der Reihe nach, mit dem Server, auf dem sie laufen, und dem genauen SQL oder Befehl (Passwörter maskiert). Jeder Schritt, der einen Server ändert, fragt vor der Ausführung nach.</translation>
    </message>
    <message>
        <source>&amp;Export runbook...</source>
        <translation>Runbook &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export runbook</source>
        <translation>Runbook exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The runbook could not be written to %1.</source>
        <translation>Das Runbook konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <source>This run resumes the unfinished one: each step it finished is checked on the servers and skipped while its effect is still there; the interrupted step runs again.</source>
        <translation>Dieser Lauf setzt den unvollendeten fort: Jeder abgeschlossene Schritt wird auf den Servern geprüft und übersprungen, solange seine Wirkung besteht; der unterbrochene Schritt läuft erneut.</translation>
    </message>
    <message>
        <source>Every step with its server and its exact statements</source>
        <translation>Jeder Schritt mit seinem Server und seinen genauen Anweisungen</translation>
    </message>
</context>
<context>
    <name>PointTargetStep</name>
    <message>
        <source>Point the target at the source</source>
        <translation>Ziel auf die Quelle ausrichten</translation>
    </message>
    <message>
        <source>The target will replicate from the source&apos;s endpoint (never the staging replica&apos;s source address) from the copy&apos;s coordinates.</source>
        <translation>Das Ziel repliziert vom Endpunkt der Quelle (niemals von der Quelladresse des Staging-Replikats) ab den Koordinaten der Kopie.</translation>
    </message>
    <message>
        <source>Point the target at %1 from %2?</source>
        <translation>Das Ziel ab %2 auf %1 ausrichten?</translation>
    </message>
    <message>
        <source>Declined: the target holds the copy but does not replicate.</source>
        <translation>Abgelehnt: Das Ziel enthält die Kopie, repliziert aber nicht.</translation>
    </message>
    <message>
        <source>The target no longer points at the source since the run set it up.</source>
        <translation>Das Ziel ist nicht mehr auf die Quelle ausgerichtet, seit der Lauf es eingerichtet hat.</translation>
    </message>
    <message>
        <source>Run the setup again without --resume for a fresh seed.</source>
        <translation>Führen Sie die Einrichtung ohne --resume erneut aus, um das Ziel neu zu befüllen.</translation>
    </message>
    <message>
        <source>GTID %1</source>
        <translation>GTID %1</translation>
    </message>
    <message>
        <source>This tool reaches the source through the SSH tunnel at %1, but the target connects to %2 itself: the target must reach that address (network path, security groups).</source>
        <translation>Dieses Werkzeug erreicht die Quelle über den SSH-Tunnel bei %1, aber das Ziel verbindet sich selbst mit %2: das Ziel muss diese Adresse erreichen (Netzwerkweg, Sicherheitsgruppen).</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Connection to the %1</source>
        <translation>Verbindung zum Server „%1“</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>%1 can replicate from %2.</source>
        <translation>%1 kann von %2 replizieren.</translation>
    </message>
    <message>
        <source>Binary log on the source</source>
        <translation>Binlog auf der Quelle</translation>
    </message>
    <message>
        <source>The source writes no binary log, so nothing can replicate from it.</source>
        <translation>Die Quelle schreibt kein Binlog, daher kann nichts von ihr replizieren.</translation>
    </message>
    <message>
        <source>On RDS, enable automated backups (retention period above 0); elsewhere set log_bin.</source>
        <translation>Aktivieren Sie auf RDS automatische Backups (Aufbewahrungszeitraum über 0); andernorts setzen Sie log_bin.</translation>
    </message>
    <message>
        <source>log_bin is ON.</source>
        <translation>log_bin ist ON.</translation>
    </message>
    <message>
        <source>Binary log format</source>
        <translation>Binlog-Format</translation>
    </message>
    <message>
        <source>binlog_format is ROW.</source>
        <translation>binlog_format ist ROW.</translation>
    </message>
    <message>
        <source>binlog_format is %1: statements are replayed on the target, where triggers fire again and non-deterministic statements may differ.</source>
        <translation>binlog_format ist %1: Anweisungen werden auf dem Ziel erneut ausgeführt, wo Trigger nochmals auslösen und nicht deterministische Anweisungen abweichen können.</translation>
    </message>
    <message>
        <source>Set binlog_format=ROW in the source&apos;s parameter group.</source>
        <translation>Setzen Sie binlog_format=ROW in der Parametergruppe der Quelle.</translation>
    </message>
    <message>
        <source>Binary log retention</source>
        <translation>Binlog-Aufbewahrung</translation>
    </message>
    <message>
        <source>The profile asks for %1 h; RDS allows at most %2 h.</source>
        <translation>Das Profil verlangt %1 h; RDS erlaubt höchstens %2 h.</translation>
    </message>
    <message>
        <source>Set retention_hours to at most %1.</source>
        <translation>Setzen Sie retention_hours auf höchstens %1.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is NULL: RDS purges binary logs as soon as it no longer needs them, and a target that falls behind fails with error 1236. The setup raises it to %1 h.</source>
        <translation>&apos;binlog retention hours&apos; ist NULL: RDS löscht Binlogs, sobald es sie nicht mehr benötigt, und ein Ziel, das in Rückstand gerät, scheitert mit Fehler 1236. Die Einrichtung erhöht den Wert auf %1 h.</translation>
    </message>
    <message>
        <source>Set it now, or let the setup do it.</source>
        <translation>Setzen Sie den Wert jetzt, oder überlassen Sie das der Einrichtung.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is %1, less than the %2 h the copy and catch-up may take.</source>
        <translation>&apos;binlog retention hours&apos; ist %1, weniger als die %2 h, die Kopieren und Aufholen dauern können.</translation>
    </message>
    <message>
        <source>Raise it.</source>
        <translation>Erhöhen Sie den Wert.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is %1.</source>
        <translation>&apos;binlog retention hours&apos; ist %1.</translation>
    </message>
    <message>
        <source>Server identities</source>
        <translation>Server-Identitäten</translation>
    </message>
    <message>
        <source>The target&apos;s server_id %1 is its own.</source>
        <translation>Die server_id %1 des Ziels ist eindeutig.</translation>
    </message>
    <message>
        <source>Give the target its own server_id (and, for a cloned machine, delete auto.cnf and restart).</source>
        <translation>Geben Sie dem Ziel eine eigene server_id (bei einer geklonten Maschine außerdem auto.cnf löschen und neu starten).</translation>
    </message>
    <message>
        <source>Staging replica replicates from the source</source>
        <translation>Staging-Replikat repliziert von der Quelle</translation>
    </message>
    <message>
        <source>Replicating from server id %1 (IO %2, SQL %3).</source>
        <translation>Repliziert von Server-ID %1 (IO %2, SQL %3).</translation>
    </message>
    <message>
        <source>Target is free</source>
        <translation>Ziel ist frei</translation>
    </message>
    <message>
        <source>The target is not a replica.</source>
        <translation>Das Ziel ist kein Replikat.</translation>
    </message>
    <message>
        <source>The target already replicates from %1:%2 (IO %3, SQL %4).</source>
        <translation>Das Ziel repliziert bereits von %1:%2 (IO %3, SQL %4).</translation>
    </message>
    <message>
        <source>Stop it and remove its replication settings, if this target may be reused.</source>
        <translation>Stoppen Sie es und entfernen Sie seine Replikationseinstellungen, falls dieses Ziel wiederverwendet werden darf.</translation>
    </message>
    <message>
        <source>Schemas on the target</source>
        <translation>Schemas auf dem Ziel</translation>
    </message>
    <message>
        <source>None of the copied schemas exists on the target.</source>
        <translation>Keines der kopierten Schemas existiert auf dem Ziel.</translation>
    </message>
    <message>
        <source>The copy replaces these schemas on the target: %1.</source>
        <translation>Die Kopie ersetzt diese Schemas auf dem Ziel: %1.</translation>
    </message>
    <message>
        <source>Back them up first if they hold anything of value.</source>
        <translation>Sichern Sie sie zuerst, falls sie etwas Wertvolles enthalten.</translation>
    </message>
    <message>
        <source>Replication account</source>
        <translation>Replikationskonto</translation>
    </message>
    <message>
        <source>%1 does not exist on the source; the setup creates it.</source>
        <translation>%1 existiert nicht auf der Quelle; die Einrichtung legt es an.</translation>
    </message>
    <message>
        <source>Let the setup create it, or create it now.</source>
        <translation>Lassen Sie es von der Einrichtung anlegen, oder legen Sie es jetzt an.</translation>
    </message>
    <message>
        <source>%1 exists with REPLICATION SLAVE.</source>
        <translation>%1 existiert mit REPLICATION SLAVE.</translation>
    </message>
    <message>
        <source>%1 exists but lacks REPLICATION SLAVE.</source>
        <translation>%1 existiert, hat aber kein REPLICATION SLAVE.</translation>
    </message>
    <message>
        <source>Grant it.</source>
        <translation>Gewähren Sie das Privileg.</translation>
    </message>
    <message>
        <source>Packet size</source>
        <translation>Paketgröße</translation>
    </message>
    <message>
        <source>The target&apos;s max_allowed_packet (%1 MiB) is at least the %2&apos;s.</source>
        <translation>Der Wert max_allowed_packet des Ziels (%1 MiB) ist mindestens so groß wie beim Server „%2“.</translation>
    </message>
    <message>
        <source>The target&apos;s max_allowed_packet (%1 MiB) is smaller than the %2&apos;s (%3 MiB): large rows may fail to load or replicate.</source>
        <translation>Der Wert max_allowed_packet des Ziels (%1 MiB) ist kleiner als beim Server „%2“ (%3 MiB): Große Zeilen können beim Laden oder Replizieren fehlschlagen.</translation>
    </message>
    <message>
        <source>Set max_allowed_packet and slave_max_allowed_packet to 1G on the target.</source>
        <translation>Setzen Sie max_allowed_packet und slave_max_allowed_packet auf dem Ziel auf 1G.</translation>
    </message>
    <message>
        <source>DEFINER accounts</source>
        <translation>DEFINER-Konten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No copied event would run on the target.</source>
        <translation>Kein kopiertes Event würde auf dem Ziel laufen.</translation>
    </message>
    <message>
        <source>These events would run on the target too and collide with replicated writes: %1. The setup disables them there (DISABLE ON SLAVE).</source>
        <translation>Diese Events würden auch auf dem Ziel laufen und mit replizierten Schreibzugriffen kollidieren: %1. Die Einrichtung deaktiviert sie dort (DISABLE ON SLAVE).</translation>
    </message>
    <message>
        <source>Let the setup disable them on the target.</source>
        <translation>Lassen Sie sie von der Einrichtung auf dem Ziel deaktivieren.</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>The source uses the named time zone %1, but the target has no time zone tables.</source>
        <translation>Die Quelle verwendet die benannte Zeitzone %1, aber das Ziel hat keine Zeitzonentabellen.</translation>
    </message>
    <message>
        <source>The source&apos;s time zone is %1.</source>
        <translation>Die Zeitzone der Quelle ist %1.</translation>
    </message>
    <message>
        <source>Load them on the target: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb mysql</source>
        <translation>Laden Sie sie auf dem Ziel: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb mysql</translation>
    </message>
    <message>
        <source>The target is the source itself (%1).</source>
        <translation>Das Ziel ist die Quelle selbst (%1).</translation>
    </message>
    <message>
        <source>Enter the external server that is to become the replica as the target.</source>
        <translation>Geben Sie als Ziel den externen Server an, der zum Replikat werden soll.</translation>
    </message>
    <message>
        <source>Chosen schemas</source>
        <translation>Gewählte Schemas</translation>
    </message>
    <message>
        <source>Every chosen schema exists on the %1.</source>
        <translation>Alle gewählten Schemas existieren auf dem Server „%1“.</translation>
    </message>
    <message>
        <source>These chosen schemas do not exist on the %1: %2.</source>
        <translation>Diese gewählten Schemas existieren nicht auf dem Server „%1“: %2.</translation>
    </message>
    <message>
        <source>Choose schemas that exist (the profile&apos;s databases option).</source>
        <translation>Wählen Sie vorhandene Schemas (Option databases des Profils).</translation>
    </message>
    <message>
        <source>The definers of the copied objects could not be read: %1</source>
        <translation>Die Definer der kopierten Objekte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check that the account may read information_schema and SHOW GRANTS on the %1.</source>
        <translation>Prüfen Sie, ob das Konto auf dem Server „%1“ information_schema lesen und SHOW GRANTS ausführen darf.</translation>
    </message>
    <message>
        <source>The copied schemas have no views, routines, triggers or events.</source>
        <translation>Die kopierten Schemas enthalten keine Views, Routinen, Trigger oder Events.</translation>
    </message>
    <message numerus="yes">
        <source>%1 becomes the DEFINER of %n object(s).</source>
        <translation>
            <numerusform>%1 wird DEFINER von %n Objekt.</numerusform>
            <numerusform>%1 wird DEFINER von %n Objekten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the account to remap to, does not exist on the target.</source>
        <translation>%1, das Konto, auf das umgestellt werden soll, existiert nicht auf dem Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n object(s)) exists on the target and is used as it is.</source>
        <translation>
            <numerusform>%1 (%n Objekt) existiert auf dem Ziel und wird unverändert verwendet.</numerusform>
            <numerusform>%1 (%n Objekte) existiert auf dem Ziel und wird unverändert verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n object(s)) is missing on the target: the setup creates it locked and runs %2.</source>
        <translation>
            <numerusform>%1 (%n Objekt) fehlt auf dem Ziel: Die Einrichtung legt es gesperrt an und führt %2 aus.</numerusform>
            <numerusform>%1 (%n Objekte) fehlt auf dem Ziel: Die Einrichtung legt es gesperrt an und führt %2 aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>no GRANT</source>
        <translation>kein GRANT</translation>
    </message>
    <message>
        <source>It does not exist on the %1 either: its objects fail there too (error 1449).</source>
        <translation>Es existiert auch auf dem Server „%1“ nicht: Seine Objekte schlagen dort ebenfalls fehl (Fehler 1449).</translation>
    </message>
    <message>
        <source>Its grants on the %1 could not be read completely (roles?): it gets what its objects need.</source>
        <translation>Seine Berechtigungen auf dem Server „%1“ konnten nicht vollständig gelesen werden (Rollen?): Es erhält, was seine Objekte benötigen.</translation>
    </message>
    <message>
        <source>On the target it lacks: %1.</source>
        <translation>Auf dem Ziel fehlt ihm: %1.</translation>
    </message>
    <message>
        <source>Create the account on the target, or choose to create the missing definers instead.</source>
        <translation>Legen Sie das Konto auf dem Ziel an, oder lassen Sie stattdessen die fehlenden Definer anlegen.</translation>
    </message>
    <message>
        <source>Grant what is lacking on the target.</source>
        <translation>Gewähren Sie auf dem Ziel, was fehlt.</translation>
    </message>
    <message>
        <source>Positioning (GTID or file/position)</source>
        <translation>Positionierung (GTID oder Datei/Position)</translation>
    </message>
    <message>
        <source>The profile asks for %1 h; Aurora allows at most %2 h.</source>
        <translation>Das Profil verlangt %1 h; Aurora erlaubt höchstens %2 h.</translation>
    </message>
    <message>
        <source>The self-managed source&apos;s binary logs expire after %1 h.</source>
        <translation>Die Binlogs der selbstverwalteten Quelle verfallen nach %1 h.</translation>
    </message>
    <message>
        <source>The self-managed source&apos;s binary logs do not expire.</source>
        <translation>Die Binlogs der selbstverwalteten Quelle verfallen nicht.</translation>
    </message>
    <message>
        <source>Raise the expiry to %1 h, or let the setup do it.</source>
        <translation>Erhöhen Sie die Verfallszeit auf %1 h, oder überlassen Sie das der Einrichtung.</translation>
    </message>
    <message>
        <source>Raise the expiry to %1 h, or let the setup do it, and add &apos;%2&apos; to the source&apos;s configuration file: a restart loses what is set at runtime.</source>
        <translation>Erhöhen Sie die Verfallszeit auf %1 h, oder überlassen Sie das der Einrichtung, und tragen Sie „%2“ in die Konfigurationsdatei der Quelle ein: Ein Neustart verwirft, was zur Laufzeit gesetzt wurde.</translation>
    </message>
    <message>
        <source>MySQL 8 into MariaDB</source>
        <translation>MySQL 8 nach MariaDB</translation>
    </message>
    <message>
        <source>The columns of the copied schemas could not be read: JSON columns and utf8mb4_0900 collations, which MariaDB cannot take, are not checked.</source>
        <translation>Die Spalten der kopierten Schemas konnten nicht gelesen werden: JSON-Spalten und utf8mb4_0900-Sortierungen, die MariaDB nicht übernehmen kann, sind nicht geprüft.</translation>
    </message>
    <message>
        <source>Check that the account may read information_schema.COLUMNS.</source>
        <translation>Prüfen Sie, dass das Konto information_schema.COLUMNS lesen darf.</translation>
    </message>
    <message>
        <source>No JSON column and no utf8mb4_0900 collation in the copied schemas.</source>
        <translation>Keine JSON-Spalte und keine utf8mb4_0900-Sortierung in den kopierten Schemas.</translation>
    </message>
    <message>
        <source>The clone&apos;s binary log position</source>
        <translation>Die Binärprotokoll-Position des Klons</translation>
    </message>
    <message>
        <source>The clone&apos;s data is at %1 in the source&apos;s binary log (its crash-recovery event); the target will replicate from the source from there.</source>
        <translation>Die Daten des Klons stehen bei %1 im Binärprotokoll der Quelle (sein Crash-Recovery-Ereignis); das Ziel repliziert von dort an von der Quelle.</translation>
    </message>
    <message>
        <source>Replication password exchange</source>
        <translation>Passwortaustausch der Replikation</translation>
    </message>
    <message>
        <source>The target&apos;s own way to the source</source>
        <translation>Der eigene Weg des Ziels zur Quelle</translation>
    </message>
    <message>
        <source>This tool reaches the source through the SSH tunnel at %1, but the target will connect to %2 directly, which cannot be tried before replication starts.</source>
        <translation>Dieses Werkzeug erreicht die Quelle über den SSH-Tunnel bei %1, aber das Ziel verbindet sich direkt mit %2, was sich vor dem Start der Replikation nicht ausprobieren lässt.</translation>
    </message>
    <message>
        <source>Make sure the target&apos;s network reaches %1 (routes, security groups, the source&apos;s allowed hosts); a target that cannot connect after START SLAVE is diagnosed with error 2003.</source>
        <translation>Stellen Sie sicher, dass das Netz des Ziels %1 erreicht (Routen, Sicherheitsgruppen, die erlaubten Hosts der Quelle); ein Ziel, das sich nach START SLAVE nicht verbinden kann, wird mit Fehler 2003 diagnostiziert.</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>What could make the copy or the replication fail, checked on the three servers. Blocking failures must be fixed before going on.</source>
        <translation>Was das Kopieren oder die Replikation scheitern lassen könnte, geprüft auf den drei Servern. Blockierende Probleme müssen behoben werden, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Grund und Abhilfe</translation>
    </message>
    <message>
        <source>&amp;Apply the fix...</source>
        <translation>Korrektur &amp;anwenden...</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Fix applied.</source>
        <translation>Korrektur angewendet.</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Server werden geprüft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking failure(s) must be fixed first.</source>
        <translation>
            <numerusform>%n blockierendes Problem muss zuerst behoben werden.</numerusform>
            <numerusform>%n blockierende Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); you may go on.</source>
        <translation>
            <numerusform>%n Warnung; Sie können fortfahren.</numerusform>
            <numerusform>%n Warnungen; Sie können fortfahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Run on the %1 (%2)?

%3</source>
        <translation>Auf dem Server „%1“ (%2) ausführen?

%3</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Korrektur wird angewendet…</translation>
    </message>
    <message>
        <source>Each check with its result, reason and fix</source>
        <translation>Jede Prüfung mit Ergebnis, Grund und Abhilfe</translation>
    </message>
</context>
<context>
    <name>PrepareTargetStep</name>
    <message>
        <source>Prepare the target</source>
        <translation>Ziel vorbereiten</translation>
    </message>
    <message>
        <source>The target&apos;s server id must differ from the source&apos;s and the staging replica&apos;s. A target that already replicates is stopped and its replication settings are removed.</source>
        <translation>Die Server-ID des Ziels muss sich von der der Quelle und der des Staging-Replikats unterscheiden. Ein Ziel, das bereits repliziert, wird gestoppt, und seine Replikationseinstellungen werden entfernt.</translation>
    </message>
    <message>
        <source>Give the target its own server_id (SET GLOBAL server_id and in its configuration file).</source>
        <translation>Geben Sie dem Ziel eine eigene server_id (SET GLOBAL server_id und in seiner Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>The target is not a replica.</source>
        <translation>Das Ziel ist kein Replikat.</translation>
    </message>
    <message>
        <source>The target already replicates from %1:%2. Stop it and remove its replication settings?</source>
        <translation>Das Ziel repliziert bereits von %1:%2. Ziel stoppen und seine Replikationseinstellungen entfernen?</translation>
    </message>
    <message>
        <source>Declined: the target already replicates from another server.</source>
        <translation>Abgelehnt: Das Ziel repliziert bereits von einem anderen Server.</translation>
    </message>
    <message>
        <source>The target is the source itself (%1).</source>
        <translation>Das Ziel ist die Quelle selbst (%1).</translation>
    </message>
    <message>
        <source>Enter the external server that is to become the replica as the target.</source>
        <translation>Geben Sie als Ziel den externen Server an, der zum Replikat werden soll.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The setup&apos;s profile (INI file).</source>
        <translation>Das Profil der Einrichtung (INI-Datei).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Option file with the passwords (mode 0600).</source>
        <translation>Optionsdatei mit den Passwörtern (Modus 0600).</translation>
    </message>
    <message>
        <source>%1 needs --profile FILE.</source>
        <translation>%1 benötigt --profile DATEI.</translation>
    </message>
    <message>
        <source>Accept an SSH bastion&apos;s unknown host key with this SHA256 fingerprint (it is then added to ~/.ssh/known_hosts).</source>
        <translation>Den unbekannten Host-Schlüssel eines SSH-Bastion-Hosts mit diesem SHA256-Fingerabdruck annehmen (er wird dann zu ~/.ssh/known_hosts hinzugefügt).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>Das Profil %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path, or create the profile in the wizard.</source>
        <translation>Prüfen Sie den Pfad, oder erstellen Sie das Profil im Assistenten.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be read.</source>
        <translation>Das Profil %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The profile %1 is not a valid INI file.</source>
        <translation>Das Profil %1 ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>See the profile format in the README.</source>
        <translation>Das Profilformat ist in der README beschrieben.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown strategy &apos;%2&apos;.</source>
        <translation>Das Profil %1 enthält eine unbekannte Strategie „%2“.</translation>
    </message>
    <message>
        <source>The profile %1 has no [%2] section.</source>
        <translation>Im Profil %1 fehlt der Abschnitt [%2].</translation>
    </message>
    <message>
        <source>Add a [%1] section with host, port and user.</source>
        <translation>Fügen Sie einen Abschnitt [%1] mit host, port und user hinzu.</translation>
    </message>
    <message>
        <source>[%1] in %2 has no host.</source>
        <translation>[%1] in %2 enthält keinen Host.</translation>
    </message>
    <message>
        <source>Set host= to the server&apos;s endpoint.</source>
        <translation>Setzen Sie host= auf den Endpunkt des Servers.</translation>
    </message>
    <message>
        <source>[%1] in %2 has no user.</source>
        <translation>[%1] in %2 enthält keinen Benutzer.</translation>
    </message>
    <message>
        <source>Set user= to the account the tool logs in with.</source>
        <translation>Setzen Sie user= auf das Konto, mit dem sich das Tool anmeldet.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an invalid port &apos;%3&apos;.</source>
        <translation>[%1] in %2 enthält einen ungültigen Port „%3“.</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535.</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an unknown TLS mode &apos;%3&apos;.</source>
        <translation>[%1] in %2 enthält einen unbekannten TLS-Modus „%3“.</translation>
    </message>
    <message>
        <source>Use disabled, preferred, required, verify-ca or verify-identity.</source>
        <translation>Verwenden Sie disabled, preferred, required, verify-ca oder verify-identity.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid retention_hours &apos;%2&apos;.</source>
        <translation>Das Profil %1 enthält einen ungültigen Wert für retention_hours: „%2“.</translation>
    </message>
    <message>
        <source>Use a whole number of hours from 1 to 168 (2160 on Aurora).</source>
        <translation>Verwenden Sie eine ganze Zahl von Stunden zwischen 1 und 168 (2160 bei Aurora).</translation>
    </message>
    <message>
        <source>The profile %1 could not be written.</source>
        <translation>Das Profil %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_pipelines &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat einen ungültigen Wert für seed_pipelines: „%2“.</translation>
    </message>
    <message>
        <source>Use 0 (automatic) or a whole number from 1 to 16.</source>
        <translation>Verwenden Sie 0 (automatisch) oder eine ganze Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_stall_seconds &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat einen ungültigen Wert für seed_stall_seconds: „%2“.</translation>
    </message>
    <message>
        <source>Use a whole number of seconds from 5 to 86400.</source>
        <translation>Verwenden Sie eine ganze Zahl von Sekunden von 5 bis 86400.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_chunk_mib &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat ein ungültiges seed_chunk_mib „%2“.</translation>
    </message>
    <message>
        <source>Use a whole number of MiB from 1 to 1024.</source>
        <translation>Verwenden Sie eine ganze Zahl von MiB zwischen 1 und 1024.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown seeder &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat einen unbekannten seeder „%2“.</translation>
    </message>
    <message>
        <source>Use chunked (the default) or dump.</source>
        <translation>Verwenden Sie chunked (Standard) oder dump.</translation>
    </message>
    <message>
        <source>The profile %1 asks for keep_dump_dir with seeder=chunked.</source>
        <translation>Das Profil %1 verlangt keep_dump_dir mit seeder=chunked.</translation>
    </message>
    <message>
        <source>A copy of the dump is kept only with seeder=dump: choose it, or remove keep_dump_dir.</source>
        <translation>Eine Kopie des Dumps wird nur mit seeder=dump aufbewahrt: Wählen Sie es, oder entfernen Sie keep_dump_dir.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown gtid setting &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat eine unbekannte gtid-Einstellung „%2“.</translation>
    </message>
    <message>
        <source>Use gtid=auto, gtid=on or gtid=off.</source>
        <translation>Verwenden Sie gtid=auto, gtid=on oder gtid=off.</translation>
    </message>
    <message>
        <source>Use strategy=staging-replica, strategy=write-freeze or strategy=aurora-clone.</source>
        <translation>Verwenden Sie strategy=staging-replica, strategy=write-freeze oder strategy=aurora-clone.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown source_public_key &apos;%2&apos;.</source>
        <translation>Das Profil %1 hat einen unbekannten Wert für source_public_key &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use source_public_key=auto or source_public_key=off.</source>
        <translation>Verwenden Sie source_public_key=auto oder source_public_key=off.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an invalid ssh_port &apos;%3&apos;.</source>
        <translation>[%1] in %2 hat einen ungültigen ssh_port &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an unknown ssh_auth &apos;%3&apos;.</source>
        <translation>[%1] in %2 hat einen unbekannten ssh_auth &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Use ssh_auth=agent, key or password.</source>
        <translation>Verwenden Sie ssh_auth=agent, key oder password.</translation>
    </message>
</context>
<context>
    <name>ReadClonePositionStep</name>
    <message>
        <source>Take the clone&apos;s binary log position</source>
        <translation>Die Binärprotokoll-Position des Klons übernehmen</translation>
    </message>
    <message>
        <source>The source position of the clone&apos;s data is the one in its crash-recovery event, which must be an event&apos;s start in a binary log the source still has. The clone&apos;s own SHOW MASTER STATUS is not used: a restored cluster starts a new binary log file.</source>
        <translation>Die Quellposition der Daten des Klons ist die aus seinem Crash-Recovery-Ereignis; sie muss der Anfang eines Ereignisses in einem Binärprotokoll sein, das die Quelle noch hat. SHOW MASTER STATUS auf dem Klon wird nicht verwendet: ein wiederhergestellter Cluster beginnt eine neue Binärprotokolldatei.</translation>
    </message>
    <message>
        <source>the crash-recovery position: %1</source>
        <translation>die Crash-Recovery-Position: %1</translation>
    </message>
    <message>
        <source>The clone&apos;s data is at source position %1.</source>
        <translation>Die Daten des Klons stehen an Quellposition %1.</translation>
    </message>
</context>
<context>
    <name>ReadCoordinatesStep</name>
    <message>
        <source>Read the source&apos;s coordinates</source>
        <translation>Koordinaten der Quelle lesen</translation>
    </message>
    <message>
        <source>The binary log position is read twice a few seconds apart and must not move (RDS&apos;s own writes aside); only the tool, RDS and replication may be connected.</source>
        <translation>Die Binlog-Position wird im Abstand einiger Sekunden zweimal gelesen und darf sich nicht bewegen (abgesehen von RDS&apos; eigenen Schreibzugriffen); verbunden sein dürfen nur das Werkzeug, RDS und die Replikation.</translation>
    </message>
    <message>
        <source>Other sessions are still connected to the source: %1.</source>
        <translation>Mit der Quelle sind noch andere Sitzungen verbunden: %1.</translation>
    </message>
    <message>
        <source>Remove the applications&apos; access and end their sessions, then run the setup again.</source>
        <translation>Entziehen Sie den Anwendungen den Zugriff, beenden Sie ihre Sitzungen, und führen Sie dann die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>The source&apos;s data is at position %1.</source>
        <translation>Die Daten der Quelle stehen auf Position %1.</translation>
    </message>
</context>
<context>
    <name>RecheckCoordinatesStep</name>
    <message>
        <source>Check that the coordinates did not move</source>
        <translation>Prüfen, dass sich die Koordinaten nicht geändert haben</translation>
    </message>
    <message>
        <source>If the coordinates moved during the copy (e.g. after a reboot), the copy is void.</source>
        <translation>Haben sich die Koordinaten während des Kopierens geändert (z. B. nach einem Neustart), ist die Kopie ungültig.</translation>
    </message>
    <message>
        <source>The coordinates moved during the copy (%1, now %2): the copy is void.</source>
        <translation>Die Koordinaten haben sich während des Kopierens geändert (%1, jetzt %2): Die Kopie ist ungültig.</translation>
    </message>
    <message>
        <source>Run the setup again.</source>
        <translation>Führen Sie die Einrichtung erneut aus.</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>Start replication again</source>
        <translation>Replikation wieder starten</translation>
    </message>
    <message>
        <source>Raise retention to %1 h</source>
        <translation>Aufbewahrung auf %1 h erhöhen</translation>
    </message>
    <message>
        <source>Seed the target again with the wizard...</source>
        <translation>Ziel mit dem Assistenten neu befüllen...</translation>
    </message>
    <message>
        <source>Set the replication filters again</source>
        <translation>Replikationsfilter erneut setzen</translation>
    </message>
</context>
<context>
    <name>ReplicaPanel</name>
    <message>
        <source>Key fields</source>
        <translation>Wichtige Felder</translation>
    </message>
    <message>
        <source>IO thread:</source>
        <translation>IO-Thread:</translation>
    </message>
    <message>
        <source>SQL thread:</source>
        <translation>SQL-Thread:</translation>
    </message>
    <message>
        <source>Seconds behind:</source>
        <translation>Sekunden Rückstand:</translation>
    </message>
    <message>
        <source>True lag (heartbeat):</source>
        <translation>Echter Rückstand (Heartbeat):</translation>
    </message>
    <message>
        <source>Executed up to:</source>
        <translation>Ausgeführt bis:</translation>
    </message>
    <message>
        <source>Read up to:</source>
        <translation>Gelesen bis:</translation>
    </message>
    <message>
        <source>Last IO error:</source>
        <translation>Letzter IO-Fehler:</translation>
    </message>
    <message>
        <source>Last SQL error:</source>
        <translation>Letzter SQL-Fehler:</translation>
    </message>
    <message>
        <source>Relay log space:</source>
        <translation>Relay-Log-Größe:</translation>
    </message>
    <message>
        <source>Raw status</source>
        <translation>Rohstatus</translation>
    </message>
    <message>
        <source>Filter fields or values</source>
        <translation>Felder oder Werte filtern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the shown fields as tab-separated text</source>
        <translation>Die angezeigten Felder als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>(next try in %n s)</source>
        <translation>
            <numerusform>(nächster Versuch in %n s)</numerusform>
            <numerusform>(nächster Versuch in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>kein Replikat</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>GTID:</source>
        <translation>GTID:</translation>
    </message>
    <message>
        <source>not used (file and position)</source>
        <translation>nicht verwendet (Datei und Position)</translation>
    </message>
    <message numerus="yes">
        <source>%1, applied %2; %n transaction(s) behind the source</source>
        <translation>
            <numerusform>%1, angewendet bis %2; %n Transaktion hinter der Quelle</numerusform>
            <numerusform>%1, angewendet bis %2; %n Transaktionen hinter der Quelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, applied %2</source>
        <translation>%1, angewendet bis %2</translation>
    </message>
    <message>
        <source>Raw status of the %1</source>
        <translation>Rohstatus: %1</translation>
    </message>
    <message>
        <source>Filter the raw status of the %1</source>
        <translation>Rohstatus filtern: %1</translation>
    </message>
</context>
<context>
    <name>ReplicationAccountStep</name>
    <message>
        <source>Create the replication account</source>
        <translation>Replikationskonto anlegen</translation>
    </message>
    <message>
        <source>The target logs in to the source as %1 with the REPLICATION SLAVE privilege. An existing account is reused when it has that privilege. On MariaDB the account is created with its password hash, so the binlog never carries the password.</source>
        <translation>Das Ziel meldet sich an der Quelle als %1 mit dem Recht REPLICATION SLAVE an. Ein vorhandenes Konto wird wiederverwendet, wenn es dieses Recht hat. Unter MariaDB wird das Konto mit seinem Passwort-Hash angelegt, sodass das Passwort nie im Binlog steht.</translation>
    </message>
    <message>
        <source>%1 exists with REPLICATION SLAVE; it is reused (its password must be the one given).</source>
        <translation>%1 existiert mit REPLICATION SLAVE; es wird wiederverwendet (sein Passwort muss das angegebene sein).</translation>
    </message>
    <message>
        <source>Grant REPLICATION SLAVE to %1 on the source?</source>
        <translation>REPLICATION SLAVE auf der Quelle an %1 gewähren?</translation>
    </message>
    <message>
        <source>Create the replication account %1 on the source?</source>
        <translation>Replikationskonto %1 auf der Quelle anlegen?</translation>
    </message>
    <message>
        <source>Declined: the target needs a replication account on the source.</source>
        <translation>Abgelehnt: Das Ziel benötigt ein Replikationskonto auf der Quelle.</translation>
    </message>
</context>
<context>
    <name>ReplicationAuth</name>
    <message>
        <source>The replication account uses %1.</source>
        <translation>Das Replikationskonto verwendet %1.</translation>
    </message>
    <message>
        <source>The replication account the setup creates gets the source&apos;s default plugin, %1.</source>
        <translation>Das Replikationskonto, das die Einrichtung anlegt, erhält das Standard-Plugin der Quelle, %1.</translation>
    </message>
    <message>
        <source>It needs no secure password exchange.</source>
        <translation>Es braucht keinen gesicherten Passwortaustausch.</translation>
    </message>
    <message>
        <source>The channel uses TLS (SOURCE_SSL=1), which carries its password exchange.</source>
        <translation>Der Kanal verwendet TLS (SOURCE_SSL=1), das seinen Passwortaustausch trägt.</translation>
    </message>
    <message>
        <source>The channel has no TLS, so the target asks the source for its RSA public key (GET_SOURCE_PUBLIC_KEY=1) to send the password; the key is not verified, so a man in the middle could pose as the source.</source>
        <translation>Der Kanal hat kein TLS, daher fragt das Ziel die Quelle nach ihrem öffentlichen RSA-Schlüssel (GET_SOURCE_PUBLIC_KEY=1), um das Passwort zu senden; der Schlüssel wird nicht geprüft, ein Angreifer dazwischen könnte sich also als Quelle ausgeben.</translation>
    </message>
    <message>
        <source>It needs TLS or the source&apos;s public key, and the channel has neither (source_public_key=off): the target would fail to connect with error 2061 (Authentication plugin &apos;%1&apos; reported error: Authentication requires secure connection).</source>
        <translation>Es braucht TLS oder den öffentlichen Schlüssel der Quelle, und der Kanal hat keins von beiden (source_public_key=off): das Ziel könnte sich nicht verbinden, Fehler 2061 (Authentication plugin &apos;%1&apos; reported error: Authentication requires secure connection).</translation>
    </message>
    <message>
        <source>Prefer TLS: set the source connection&apos;s TLS (verify-identity); the channel then uses SOURCE_SSL=1 instead of the public key.</source>
        <translation>Bevorzugen Sie TLS: setzen Sie TLS der Quellverbindung (verify-identity); der Kanal verwendet dann SOURCE_SSL=1 statt des öffentlichen Schlüssels.</translation>
    </message>
    <message>
        <source>Set the source connection&apos;s TLS (preferred), or allow the public key with source_public_key=auto in the profile&apos;s [options].</source>
        <translation>Setzen Sie TLS der Quellverbindung (bevorzugt), oder erlauben Sie den öffentlichen Schlüssel mit source_public_key=auto in den [options] des Profils.</translation>
    </message>
</context>
<context>
    <name>ReplicationFiltersStep</name>
    <message>
        <source>Replication filters</source>
        <translation>Replikationsfilter</translation>
    </message>
    <message>
        <source>RDS writes tables in the mysql schema (rds_heartbeat2 and others) that the target does not have; when only some schemas are copied, writes to the others must not reach the target either. These filters are lost when the target restarts: add these lines to its configuration file as well (status reports a target that lost them):
%1
The copy also took RDS&apos;s own tables (mysql.rds_*) from %2, so that its housekeeping writes apply harmlessly should the filters be lost.</source>
        <translation>RDS schreibt Tabellen im Schema mysql (rds_heartbeat2 und andere), die das Ziel nicht hat; werden nur einige Schemas kopiert, dürfen auch Schreibzugriffe auf die anderen das Ziel nicht erreichen. Diese Replikationsfilter gehen bei einem Neustart des Ziels verloren: Fügen Sie diese Zeilen auch in seine Konfigurationsdatei ein (der Status meldet ein Ziel, das sie verloren hat):
%1
Die Kopie hat außerdem RDS&apos; eigene Tabellen (mysql.rds_*) von %2 übernommen, damit seine Verwaltungs-Schreibzugriffe harmlos angewendet werden, falls die Filter verloren gehen.</translation>
    </message>
    <message>
        <source>Make the target ignore RDS&apos;s own tables (mysql.rds%)?</source>
        <translation>Das Ziel die RDS-eigenen Tabellen (mysql.rds%) ignorieren lassen?</translation>
    </message>
    <message>
        <source>Make the target ignore RDS&apos;s own tables and replicate only %1?</source>
        <translation>Das Ziel die RDS-eigenen Tabellen ignorieren und nur %1 replizieren lassen?</translation>
    </message>
    <message>
        <source>Declined: the first heartbeat from RDS would stop the target with error 1146.</source>
        <translation>Abgelehnt: Der erste Heartbeat von RDS würde das Ziel mit Fehler 1146 anhalten.</translation>
    </message>
    <message>
        <source>These filters are lost when the target restarts. Add these lines to its configuration file:
%1</source>
        <translation>Diese Filter gehen verloren, wenn das Ziel neu startet. Fügen Sie diese Zeilen zu seiner Konfigurationsdatei hinzu:
%1</translation>
    </message>
</context>
<context>
    <name>ResumeStagingStep</name>
    <message>
        <source>Resume the staging replica</source>
        <translation>Staging-Replikat fortsetzen</translation>
    </message>
    <message>
        <source>The staging replica replicates again (or delete it: AWS terminates a read replica stopped for 30 days).</source>
        <translation>Das Staging-Replikat repliziert wieder (oder löschen Sie es: AWS beendet ein Lesereplikat, das 30 Tage lang gestoppt ist).</translation>
    </message>
    <message>
        <source>The staging replica already replicates again.</source>
        <translation>Das Staging-Replikat repliziert bereits wieder.</translation>
    </message>
    <message>
        <source>Resume replication on the staging replica?</source>
        <translation>Replikation auf dem Staging-Replikat fortsetzen?</translation>
    </message>
    <message>
        <source>The staging replica stays stopped: delete it or resume it (AWS terminates a read replica stopped for 30 days).</source>
        <translation>Das Staging-Replikat bleibt gestoppt: Löschen Sie es, oder setzen Sie es fort (AWS beendet ein Lesereplikat, das 30 Tage lang gestoppt ist).</translation>
    </message>
</context>
<context>
    <name>RetentionStep</name>
    <message>
        <source>Keep the source&apos;s binary logs long enough</source>
        <translation>Binlogs der Quelle lange genug aufbewahren</translation>
    </message>
    <message>
        <source>binlog retention hours is already %1.</source>
        <translation>binlog retention hours ist bereits %1.</translation>
    </message>
    <message>
        <source>A retention of %1 h is above RDS&apos;s maximum of %2 h.</source>
        <translation>Eine Aufbewahrung von %1 h liegt über dem RDS-Maximum von %2 h.</translation>
    </message>
    <message>
        <source>Choose at most %1 hours.</source>
        <translation>Wählen Sie höchstens %1 Stunden.</translation>
    </message>
    <message>
        <source>Set &apos;binlog retention hours&apos; on the source to %1 (now %2)?</source>
        <translation>&apos;binlog retention hours&apos; auf der Quelle auf %1 setzen (derzeit %2)?</translation>
    </message>
    <message>
        <source>Declined: the source keeps too little binary log for a safe copy.</source>
        <translation>Abgelehnt: Die Quelle bewahrt zu wenig Binlog für eine sichere Kopie auf.</translation>
    </message>
    <message>
        <source>The source did not keep the new retention (read back: %1).</source>
        <translation>Die Quelle hat die neue Aufbewahrung nicht übernommen (zurückgelesen: %1).</translation>
    </message>
    <message>
        <source>Binary logs must survive the copy and later outages of the target: &apos;binlog retention hours&apos; is raised to %1 if it is NULL or lower (on RDS; a self-managed source&apos;s binary log expiry is raised the same way).</source>
        <translation>Die Binlogs müssen die Kopie und spätere Ausfälle des Ziels überdauern: &apos;binlog retention hours&apos; wird auf %1 erhöht, wenn es NULL oder kleiner ist (auf RDS; die Binlog-Verfallszeit einer selbstverwalteten Quelle wird ebenso erhöht).</translation>
    </message>
    <message>
        <source>The source never expires its binary logs.</source>
        <translation>Die Quelle lässt ihre Binlogs nie verfallen.</translation>
    </message>
    <message>
        <source>The source keeps its binary logs for %1 h already.</source>
        <translation>Die Quelle bewahrt ihre Binlogs bereits %1 h auf.</translation>
    </message>
    <message>
        <source>Keep the source&apos;s binary logs for %1 h (now %2 h)?</source>
        <translation>Die Binlogs der Quelle %1 h aufbewahren (jetzt %2 h)?</translation>
    </message>
    <message>
        <source>A retention of %1 h is above Aurora&apos;s maximum of %2 h.</source>
        <translation>Eine Aufbewahrung von %1 h liegt über dem Höchstwert von Aurora (%2 h).</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The run journal %1 cannot be written: %2</source>
        <translation>Das Ablaufjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Free space or fix the folder&apos;s permissions; the run stops so that it can always be resumed.</source>
        <translation>Schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners; der Lauf hält an, damit er immer fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>There is no run journal at %1: nothing to resume.</source>
        <translation>Unter %1 gibt es kein Ablaufjournal: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Run the setup without --resume.</source>
        <translation>Führen Sie die Einrichtung ohne --resume aus.</translation>
    </message>
    <message>
        <source>The run journal %1 is damaged.</source>
        <translation>Das Ablaufjournal %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Check the servers&apos; state and run the setup again without --resume.</source>
        <translation>Prüfen Sie den Zustand der Server, und führen Sie die Einrichtung ohne --resume erneut aus.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>The steps run one by one; each one that changes a server asks first.</source>
        <translation>Die Schritte laufen nacheinander; jeder Schritt, der einen Server ändert, fragt vorher nach.</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Ausführung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Manual step on the %1</source>
        <translation>Manueller Schritt auf dem Server „%1“</translation>
    </message>
    <message>
        <source>On the %1 (%2):</source>
        <translation>Auf dem Server „%1“ (%2):</translation>
    </message>
    <message>
        <source>%1 of about %2 · table %3 (%4 of %5)%6</source>
        <translation>%1 von etwa %2 · Tabelle %3 (%4 von %5)%6</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>%1

%2

Log of this step:
%3</source>
        <translation>%1

%2

Log dieses Schritts:
%3</translation>
    </message>
    <message>
        <source>The run stopped: see what went wrong above.</source>
        <translation>Die Ausführung wurde angehalten: Was schiefgelaufen ist, sehen Sie oben.</translation>
    </message>
    <message>
        <source>%1 of about %2 rows · %3 (%4/s) · %5 of %6 tables done · now %7%8</source>
        <translation>%1 von etwa %2 Zeilen · %3 (%4/s) · %5 von %6 Tabellen fertig · jetzt %7%8</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Each step of the run with its state</source>
        <translation>Jeder Schritt des Laufs mit seinem Zustand</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Fortschritt der Kopie</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Everything the run did, with times</source>
        <translation>Alles, was der Lauf getan hat, mit Zeiten</translation>
    </message>
    <message>
        <source>%p% (stopped)</source>
        <translation>%p% (angehalten)</translation>
    </message>
    <message>
        <source>The copy stopped before it finished; the next run goes on from there.</source>
        <translation>Die Kopie wurde vor ihrem Ende angehalten; der nächste Lauf setzt dort fort.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The sandbox source has no binary log.</source>
        <translation>Die Sandbox-Quelle hat kein Binlog.</translation>
    </message>
    <message>
        <source>The sandbox staging replica is not replicating.</source>
        <translation>Das Sandbox-Staging-Replikat repliziert nicht.</translation>
    </message>
    <message>
        <source>The sandbox staging replica failed: %1 %2</source>
        <translation>Das Sandbox-Staging-Replikat ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>The sandbox staging replica did not catch up within %1 s.</source>
        <translation>Das Sandbox-Staging-Replikat hat nicht innerhalb von %1 s aufgeholt.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no sandbox.</source>
        <translation>%1 ist nicht leer und enthält keine Sandbox.</translation>
    </message>
    <message>
        <source>Choose an empty or new folder.</source>
        <translation>Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>A sandbox is already running in %1.</source>
        <translation>In %1 läuft bereits eine Sandbox.</translation>
    </message>
    <message>
        <source>Stop it first: replica-wizard-cli sandbox stop --dir %1</source>
        <translation>Stoppen Sie sie zuerst: replica-wizard-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Stopping what was started...</source>
        <translation>Bereits Gestartetes wird gestoppt...</translation>
    </message>
    <message>
        <source>No free TCP port was found on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 wurde kein freier TCP-Port gefunden.</translation>
    </message>
    <message>
        <source>Initialising three MariaDB data directories...</source>
        <translation>Drei MariaDB-Datenverzeichnisse werden initialisiert...</translation>
    </message>
    <message>
        <source>Starting the %1 server on 127.0.0.1:%2...</source>
        <translation>Server „%1“ wird auf 127.0.0.1:%2 gestartet...</translation>
    </message>
    <message>
        <source>Installing the RDS emulation (rdsadmin, mysql.rds_* procedures, heartbeat, binlog purging)...</source>
        <translation>RDS-Emulation wird installiert (rdsadmin, mysql.rds_*-Prozeduren, Heartbeat, Binlog-Bereinigung)...</translation>
    </message>
    <message>
        <source>Making the staging server a read replica of the source...</source>
        <translation>Der Staging-Server wird als Lesereplikat der Quelle eingerichtet...</translation>
    </message>
    <message>
        <source>Waiting for the staging replica to catch up...</source>
        <translation>Warten, bis das Staging-Replikat aufgeholt hat...</translation>
    </message>
    <message>
        <source>%1 holds no sandbox.</source>
        <translation>%1 enthält keine Sandbox.</translation>
    </message>
    <message>
        <source>Loading the demo data sets into the source (as admin)...</source>
        <translation>Die Demo-Datensätze werden in die Quelle geladen (als admin)...</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Folder of the sandbox.</source>
        <translation>Ordner der Sandbox.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Do not load the demo data set.</source>
        <translation>Den Demo-Datensatz nicht laden.</translation>
    </message>
    <message>
        <source>Give the target the source&apos;s server id.</source>
        <translation>Dem Ziel die Server-ID der Quelle geben.</translation>
    </message>
    <message>
        <source>With retention NULL, purge binlogs older than this many seconds (default 60).</source>
        <translation>Bei Aufbewahrung NULL Binlogs löschen, die älter als diese Anzahl Sekunden sind (Standard: 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rotate the source&apos;s binlog this often (default 30 s).</source>
        <translation>Das Binlog der Quelle in diesem Abstand rotieren (Standard: 30 s).</translation>
    </message>
    <message>
        <source>sandbox needs --dir FOLDER.</source>
        <translation>sandbox benötigt --dir ORDNER.</translation>
    </message>
    <message>
        <source>Sandbox running in %1</source>
        <translation>Sandbox läuft in %1</translation>
    </message>
    <message>
        <source>  %1: 127.0.0.1:%2 (server id %3)</source>
        <translation>  %1: 127.0.0.1:%2 (Server-ID %3)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets-Datei: %1</translation>
    </message>
    <message>
        <source>Sandbox in %1 stopped.</source>
        <translation>Sandbox in %1 gestoppt.</translation>
    </message>
    <message>
        <source>sandbox load needs on or off.</source>
        <translation>sandbox load benötigt on oder off.</translation>
    </message>
    <message>
        <source>TLS on every server: ca.pem and ROLE-cert.pem, ROLE-key.pem from this folder.</source>
        <translation>TLS auf jedem Server: ca.pem sowie ROLLE-cert.pem und ROLLE-key.pem aus diesem Ordner.</translation>
    </message>
    <message>
        <source>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off
  sandbox restart --dir DIR source|staging|target</source>
        <translation>Lokale Sandbox: drei MariaDB-Server, die Amazon RDS emulieren.
  sandbox start --dir ORDNER [--load]
  sandbox stop --dir ORDNER
  sandbox load --dir ORDNER on|off
  sandbox restart --dir ORDNER source|staging|target</translation>
    </message>
    <message>
        <source>start, stop, load or restart</source>
        <translation>start, stop, load oder restart</translation>
    </message>
    <message>
        <source>Run a steady shop write load on the source.</source>
        <translation>Auf der Quelle eine gleichmäßige Schreiblast (Shop) erzeugen.</translation>
    </message>
    <message>
        <source>Let admin run SHOW SLAVE STATUS (by default only CALL mysql.rds_replica_status, as on RDS MariaDB 10.5+).</source>
        <translation>Dem Konto admin SHOW SLAVE STATUS erlauben (standardmäßig nur CALL mysql.rds_replica_status, wie auf RDS MariaDB 10.5+).</translation>
    </message>
    <message>
        <source>The target&apos;s server id (default 1, the servers&apos; own default).</source>
        <translation>Die Server-ID des Ziels (Standard: 1, die Voreinstellung der Server selbst).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The source&apos;s binlog_format: MIXED (default, as on RDS MariaDB), ROW or STATEMENT.</source>
        <translation>binlog_format der Quelle: MIXED (Standard, wie auf RDS MariaDB), ROW oder STATEMENT.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--target-server-id needs a server id from 1 to 4294967295.</source>
        <translation>--target-server-id benötigt eine Server-ID von 1 bis 4294967295.</translation>
    </message>
    <message>
        <source>--binlog-format needs MIXED, ROW or STATEMENT.</source>
        <translation>--binlog-format benötigt MIXED, ROW oder STATEMENT.</translation>
    </message>
    <message>
        <source>sandbox restart needs source, staging or target.</source>
        <translation>sandbox restart benötigt source, staging oder target.</translation>
    </message>
    <message>
        <source>The %1 server was restarted.</source>
        <translation>Der Server „%1“ wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Unknown sandbox action &apos;%1&apos;: use start, stop, load or restart.</source>
        <translation>Unbekannte Sandbox-Aktion „%1“: Verwenden Sie start, stop, load oder restart.</translation>
    </message>
    <message>
        <source>The staging replica is a self-managed server, not RDS (no mysql.rds_* procedures).</source>
        <translation>Das Staging-Replikat ist ein selbst verwalteter Server, nicht RDS (keine Prozeduren mysql.rds_*).</translation>
    </message>
    <message>
        <source>Use MariaDB GTIDs: gtid_strict_mode on the source and the target, the staging replica positioned by GTID, the target with a binary log of its own.</source>
        <translation>MariaDB-GTIDs verwenden: gtid_strict_mode auf Quelle und Ziel, das Staging-Replikat nach GTID positioniert, das Ziel mit eigenem Binlog.</translation>
    </message>
    <message>
        <source>Make the source a self-managed primary: no RDS procedures, binary logs expiring after one hour (binlog_expire_logs_seconds).</source>
        <translation>Die Quelle zu einem selbstverwalteten Primärserver machen: keine RDS-Prozeduren, Binlogs verfallen nach einer Stunde (binlog_expire_logs_seconds).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>mariadb-install-db was not found.</source>
        <translation>mariadb-install-db wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install the mariadb-server package (scripts/install-deps.sh does).</source>
        <translation>Installieren Sie das Paket mariadb-server (scripts/install-deps.sh erledigt das).</translation>
    </message>
    <message>
        <source>mariadb-install-db failed for the %1 server: %2</source>
        <translation>mariadb-install-db ist für den Server „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>mariadbd was not found.</source>
        <translation>mariadbd wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>mariadbd could not be started: %1</source>
        <translation>mariadbd konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>Der Server ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The %1 server did not become ready within %2 s (%3). Its log ends with:
%4</source>
        <translation>Der Server „%1“ war nicht innerhalb von %2 s bereit (%3). Sein Log endet mit:
%4</translation>
    </message>
    <message>
        <source>The server with pid %1 in %2 did not stop.</source>
        <translation>Der Server mit PID %1 in %2 wurde nicht beendet.</translation>
    </message>
</context>
<context>
    <name>SandboxSql</name>
    <message>
        <source>The sandbox script %1 is missing.</source>
        <translation>Das Sandbox-Skript %1 fehlt.</translation>
    </message>
    <message>
        <source>The mariadb client was not found.</source>
        <translation>Der mariadb-Client wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install the mariadb-client package.</source>
        <translation>Installieren Sie das Paket mariadb-client.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist auf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>SchemaObject</name>
    <message>
        <source>function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>Prozedur %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>View %1</translation>
    </message>
    <message>
        <source>trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Event %1</translation>
    </message>
</context>
<context>
    <name>SchemaObjectCopier</name>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The definition of %1 cannot be read.</source>
        <translation>Die Definition von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The account needs SELECT on mysql.proc (routines) or SHOW VIEW (views) on the origin.</source>
        <translation>Das Konto benötigt auf dem Ursprungsserver SELECT auf mysql.proc (Routinen) bzw. SHOW VIEW (Views).</translation>
    </message>
    <message>
        <source>creating %1 on the target</source>
        <translation>Anlegen von %1 auf dem Ziel</translation>
    </message>
    <message>
        <source>Its DEFINER %1 may not read what it selects from on the target (or that does not exist there).</source>
        <translation>Sein DEFINER %1 darf auf dem Ziel nicht lesen, was das Objekt abfragt (oder es existiert dort nicht).</translation>
    </message>
    <message>
        <source>Grant %1 SELECT on the copied schemas on the target, or remap the definers to an account that has it.</source>
        <translation>Gewähren Sie %1 auf dem Ziel SELECT auf den kopierten Schemas, oder stellen Sie die Definer auf ein Konto um, das dieses Recht hat.</translation>
    </message>
    <message>
        <source>Keep definers=create, which grants each missing definer what its objects need; for an account that already exists on the target, grant it SELECT on the copied schemas (the preflight check &apos;DEFINER accounts&apos; lists the statements). Then resume the setup.</source>
        <translation>Behalten Sie definers=create bei; damit erhält jeder fehlende Definer, was seine Objekte benötigen. Einem Konto, das auf dem Ziel bereits existiert, gewähren Sie SELECT auf den kopierten Schemas (die Vorabprüfung „DEFINER-Konten“ listet die Anweisungen auf). Setzen Sie dann die Einrichtung fort.</translation>
    </message>
    <message>
        <source>Its DEFINER %1 does not exist on the target.</source>
        <translation>Sein DEFINER %1 existiert nicht auf dem Ziel.</translation>
    </message>
    <message>
        <source>Create %1 on the target, or choose another account to remap to.</source>
        <translation>Legen Sie %1 auf dem Ziel an, oder wählen Sie ein anderes Konto, auf das umgestellt werden soll.</translation>
    </message>
    <message>
        <source>Let the setup create the definer accounts (step &apos;DEFINER accounts on the target&apos;), then resume.</source>
        <translation>Lassen Sie die Definer-Konten von der Einrichtung anlegen (Schritt „DEFINER-Konten auf dem Ziel“), und setzen Sie die Einrichtung dann fort.</translation>
    </message>
    <message>
        <source>Only an account with SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID) may create an object whose DEFINER is another account (%1).</source>
        <translation>Nur ein Konto mit SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID) darf ein Objekt anlegen, dessen DEFINER ein anderes Konto ist (%1).</translation>
    </message>
    <message>
        <source>Connect to the target as an account with that privilege, or remap the definers to the account you connect with (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Melden Sie sich am Ziel mit einem Konto an, das dieses Privileg hat, oder stellen Sie die Definer auf das Konto um, mit dem Sie sich verbinden (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER; then resume.</source>
        <translation>Führen Sie auf dem Ziel SET GLOBAL log_bin_trust_function_creators = 1 aus (und tragen Sie den Wert in seine Konfigurationsdatei ein), oder melden Sie sich mit einem Konto mit SUPER an; setzen Sie die Einrichtung dann fort.</translation>
    </message>
</context>
<context>
    <name>SchemasPage</name>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>The schemas to copy and replicate. Replication ignores the others.</source>
        <translation>Die zu kopierenden und zu replizierenden Schemas. Die Replikation ignoriert die übrigen.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>Reading the schemas…</source>
        <translation>Schemas werden gelesen…</translation>
    </message>
    <message>
        <source>There is no user schema to copy.</source>
        <translation>Es gibt kein Benutzerschema zum Kopieren.</translation>
    </message>
    <message>
        <source>Definers of views, routines, triggers and events</source>
        <translation>Definer von Views, Routinen, Triggern und Events</translation>
    </message>
    <message>
        <source>Create each definer missing on the target, locked, with only the privileges its objects need</source>
        <translation>Jeden auf dem Ziel fehlenden Definer gesperrt anlegen, nur mit den Privilegien, die seine Objekte benötigen</translation>
    </message>
    <message>
        <source>&amp;Remap every definer to this account on the target:</source>
        <translation>Jeden Definer auf dem Ziel auf dieses Konto &amp;umstellen:</translation>
    </message>
    <message>
        <source>&apos;user&apos;@&apos;host&apos;</source>
        <translation>&apos;user&apos;@&apos;host&apos;</translation>
    </message>
    <message>
        <source>&amp;Copy engine:</source>
        <translation>&amp;Kopierverfahren:</translation>
    </message>
    <message>
        <source>Copy engine</source>
        <translation>Kopierverfahren</translation>
    </message>
    <message>
        <source>Chunked copy: parallel, every chunk checked on both servers, resumable inside a table (recommended)</source>
        <translation>Kopie in Abschnitten: parallel, jeder Abschnitt auf beiden Servern geprüft, innerhalb einer Tabelle fortsetzbar (empfohlen)</translation>
    </message>
    <message>
        <source>Dump tool piped into the client (mariadb-dump or mysqldump)</source>
        <translation>Dump-Werkzeug, per Pipe in den Client (mariadb-dump oder mysqldump)</translation>
    </message>
    <message>
        <source>Tick the schemas to copy and replicate</source>
        <translation>Kreuzen Sie die Schemas an, die kopiert und repliziert werden</translation>
    </message>
    <message>
        <source>Remap definers to account</source>
        <translation>Definer auf dieses Konto umstellen</translation>
    </message>
    <message>
        <source>Copy and replicate the schema %1</source>
        <translation>Das Schema %1 kopieren und replizieren</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>Es ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretsFile</name>
    <message>
        <source>The secrets file %1 does not exist.</source>
        <translation>Die Secrets-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given with --secrets.</source>
        <translation>Prüfen Sie den mit --secrets angegebenen Pfad.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a regular file.</source>
        <translation>Die Secrets-Datei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Give the path of an option file.</source>
        <translation>Geben Sie den Pfad einer Optionsdatei an.</translation>
    </message>
    <message>
        <source>The secrets file %1 is refused: its mode %2 lets other users read or change it.</source>
        <translation>Die Secrets-Datei %1 wird abgelehnt: Mit dem Modus %2 können andere Benutzer sie lesen oder ändern.</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>Führen Sie aus: chmod 600 %1</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2</source>
        <translation>Die Secrets-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s owner and permissions.</source>
        <translation>Prüfen Sie Eigentümer und Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The secrets file %1 is malformed. %2</source>
        <translation>Die Secrets-Datei %1 ist fehlerhaft. %2</translation>
    </message>
</context>
<context>
    <name>SeedStep</name>
    <message>
        <source>Copy the data to the target</source>
        <translation>Daten auf das Ziel kopieren</translation>
    </message>
    <message>
        <source>A gzip copy of the dump is also kept in %1.</source>
        <translation>Zusätzlich wird eine gzip-Kopie des Dumps in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Copy %1 (about %2 MiB) from the %3 into the target?</source>
        <translation>%1 (etwa %2 MiB) vom Server „%3“ in das Ziel kopieren?</translation>
    </message>
    <message>
        <source>Copy %1 into the target, REPLACING its schemas %2?</source>
        <translation>%1 in das Ziel kopieren und dabei seine Schemas %2 ERSETZEN?</translation>
    </message>
    <message>
        <source>Declined: nothing was copied.</source>
        <translation>Abgelehnt: Es wurde nichts kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>The copy runs as %n parallel pipelines, each with whole schemas.</source>
        <translation>
            <numerusform>Die Kopie läuft als %n Pipeline.</numerusform>
            <numerusform>Die Kopie läuft als %n parallele Pipelines, jede mit ganzen Schemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy engine is available.</source>
        <translation>Kein Kopierverfahren verfügbar.</translation>
    </message>
    <message>
        <source>RDS&apos;s own tables (mysql.rds_*) come along into the target&apos;s mysql schema, so that RDS&apos;s housekeeping writes apply there harmlessly should the filters be lost.</source>
        <translation>Die RDS-eigenen Tabellen (mysql.rds_*) werden in das mysql-Schema des Ziels mitkopiert, damit die Verwaltungsschreibvorgänge von RDS dort harmlos angewendet werden, falls die Filter verloren gehen.</translation>
    </message>
    <message>
        <source>A consistent dump of the tables of %1 (schemas: %2) is streamed into the target. Schemas of the same names on the target are replaced. With several schemas, up to %3 such pipelines run in parallel, each with whole schemas; this is consistent because %1 does not change during the copy, which a later step checks.</source>
        <translation>Ein konsistenter Dump der Tabellen von %1 (Schemas: %2) wird in das Ziel gestreamt. Gleichnamige Schemas auf dem Ziel werden ersetzt. Bei mehreren Schemas laufen bis zu %3 solcher Pipelines parallel, jede mit ganzen Schemas; das ist konsistent, weil sich %1 während der Kopie nicht ändert, was ein späterer Schritt prüft.</translation>
    </message>
    <message>
        <source>The tables of %1 (schemas: %2) are copied into the target by %3 parallel workers, each reading a consistent snapshot of %1 (its position is checked before, once the snapshots are open, and after). Each table is created with its primary key, cut into chunks on its key and streamed into LOAD DATA LOCAL INFILE; each chunk&apos;s row count and row hash are compared on both servers before it counts, and the table&apos;s other keys are added once its rows are in, its foreign keys once every table is in. Schemas of the same names on the target are replaced. The copy is journaled: a resumed setup continues inside a table.</source>
        <translation>Die Tabellen von %1 (Schemas: %2) werden von %3 parallelen Workern in das Ziel kopiert, die jeweils einen konsistenten Snapshot von %1 lesen (seine Position wird vorher, nach dem Öffnen der Snapshots und danach geprüft). Jede Tabelle wird mit ihrem Primärschlüssel angelegt, nach ihrem Schlüssel in Abschnitte geteilt und in LOAD DATA LOCAL INFILE gestreamt; Zeilenzahl und Zeilen-Hash jedes Abschnitts werden auf beiden Servern verglichen, bevor er zählt, die übrigen Schlüssel der Tabelle werden hinzugefügt, sobald ihre Zeilen da sind, ihre Fremdschlüssel, sobald alle Tabellen da sind. Gleichnamige Schemas auf dem Ziel werden ersetzt. Die Kopie wird protokolliert: Eine fortgesetzte Einrichtung macht innerhalb einer Tabelle weiter.</translation>
    </message>
</context>
<context>
    <name>ServerCompatibility</name>
    <message>
        <source>The target (%1) is older than the source (%2); a replica must be the same version or newer.</source>
        <translation>Das Ziel (%1) ist älter als die Quelle (%2); ein Replikat muss dieselbe oder eine neuere Version haben.</translation>
    </message>
    <message>
        <source>MySQL (%1) cannot replicate from MariaDB (%2).</source>
        <translation>MySQL (%1) kann nicht von MariaDB (%2) replizieren.</translation>
    </message>
    <message>
        <source>MariaDB %1 cannot replicate from MySQL 8; it needs MariaDB 10.6.21, 10.11.11, 11.4.5 or newer (file/position mode, no utf8mb4_0900 collations, no JSON columns).</source>
        <translation>MariaDB %1 kann nicht von MySQL 8 replizieren; dafür ist MariaDB 10.6.21, 10.11.11, 11.4.5 oder neuer erforderlich (Datei/Position-Modus, keine utf8mb4_0900-Kollationen, keine JSON-Spalten).</translation>
    </message>
    <message>
        <source>Upgrade the target to MariaDB 10.6.21, 10.11.11, 11.4.5 or newer, or use a MySQL target of the source&apos;s version or newer.</source>
        <translation>Aktualisieren Sie das Ziel auf MariaDB 10.6.21, 10.11.11, 11.4.5 oder neuer, oder verwenden Sie ein MySQL-Ziel mit der Version der Quelle oder neuer.</translation>
    </message>
    <message>
        <source>Use a target of the same flavour and the same or a newer version.</source>
        <translation>Verwenden Sie ein Ziel derselben Variante mit derselben oder einer neueren Version.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ServerRole</name>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>staging replica</source>
        <translation>Staging-Replikat</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The connection is not encrypted although TLS mode &apos;%1&apos; requires it.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, obwohl der TLS-Modus „%1“ dies erfordert.</translation>
    </message>
    <message>
        <source>Enable TLS on the server or choose a weaker mode.</source>
        <translation>Aktivieren Sie TLS auf dem Server, oder wählen Sie einen schwächeren Modus.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>The target&apos;s server_uuid equals the %1&apos;s.</source>
        <translation>Die server_uuid des Ziels ist gleich der von %1.</translation>
    </message>
    <message>
        <source>The target&apos;s server_id %1 equals the %2&apos;s.</source>
        <translation>Die server_id %1 des Ziels ist dieselbe wie beim Server „%2“.</translation>
    </message>
    <message>
        <source>The staging server is not a replica.</source>
        <translation>Der Staging-Server ist kein Replikat.</translation>
    </message>
    <message>
        <source>Choose an RDS read replica of the source, or the write-freeze strategy.</source>
        <translation>Wählen Sie ein RDS-Lesereplikat der Quelle oder die Strategie „Schreibsperre“.</translation>
    </message>
    <message>
        <source>The staging replica replicates from server id %1, the source is %2.</source>
        <translation>Das Staging-Replikat repliziert von Server-ID %1, die Quelle hat %2.</translation>
    </message>
    <message>
        <source>Choose a read replica of this source.</source>
        <translation>Wählen Sie ein Lesereplikat dieser Quelle.</translation>
    </message>
    <message>
        <source>%1 The target has GTIDs of its own (gtid_executed %2): gtid_purged can only be set on an empty gtid_executed.</source>
        <translation>%1 Das Ziel hat eigene GTIDs (gtid_executed %2): gtid_purged kann nur bei leerem gtid_executed gesetzt werden.</translation>
    </message>
    <message>
        <source>Reset the target&apos;s binary logs and GTIDs (this deletes the target&apos;s own binary logs), or set gtid=off.</source>
        <translation>Setzen Sie Binlogs und GTIDs des Ziels zurück (das löscht die eigenen Binlogs des Ziels), oder setzen Sie gtid=off.</translation>
    </message>
    <message>
        <source>domain %1: the target&apos;s binary log is at %2-%3-%4, the source at %5-%6-%7</source>
        <translation>Domäne %1: Das Binlog des Ziels steht bei %2-%3-%4, die Quelle bei %5-%6-%7</translation>
    </message>
    <message>
        <source>%1 The target runs gtid_strict_mode=ON and its own binary log is ahead of the source in the source&apos;s replication domain (%2): replication would stop with error 1950.</source>
        <translation>%1 Das Ziel läuft mit gtid_strict_mode=ON, und sein eigenes Binlog ist in der Replikationsdomäne der Quelle weiter als die Quelle (%2): Die Replikation würde mit Fehler 1950 anhalten.</translation>
    </message>
    <message>
        <source>Reset the target&apos;s binary logs (this deletes them), give the target&apos;s own writes another gtid_domain_id, or set gtid=off.</source>
        <translation>Setzen Sie die Binlogs des Ziels zurück (das löscht sie), geben Sie den eigenen Schreibzugriffen des Ziels eine andere gtid_domain_id, oder setzen Sie gtid=off.</translation>
    </message>
    <message>
        <source>The clone applies replication (its SQL thread runs from %1): its data is moving, so no fixed binary log position describes it.</source>
        <translation>Der Klon wendet Replikation an (sein SQL-Thread läuft von %1): seine Daten ändern sich, daher beschreibt sie keine feste Binärprotokoll-Position.</translation>
    </message>
    <message>
        <source>Enter the endpoint of the Aurora clone (a standalone cluster) as the staging connection; an Aurora reader or a binlog replica is not a clone.</source>
        <translation>Geben Sie den Endpunkt des Aurora-Klons (eines eigenständigen Clusters) als Staging-Verbindung ein; ein Aurora-Reader oder ein Binlog-Replikat ist kein Klon.</translation>
    </message>
    <message>
        <source>Paste the crash-recovery event of a clone of this source&apos;s cluster, made while the source keeps its binary logs (raise the retention, then make a new clone).</source>
        <translation>Fügen Sie das Crash-Recovery-Ereignis eines Klons des Clusters dieser Quelle ein, angelegt während die Quelle ihre Binärprotokolle aufbewahrt (Aufbewahrung erhöhen, dann einen neuen Klon anlegen).</translation>
    </message>
    <message>
        <source>The clone&apos;s position %1 lies beyond the end of the source&apos;s %2 (%3 bytes): the line is not from a clone of this source.</source>
        <translation>Die Position %1 des Klons liegt hinter dem Ende von %2 der Quelle (%3 Bytes): die Zeile stammt nicht von einem Klon dieser Quelle.</translation>
    </message>
    <message>
        <source>No event of the source&apos;s %1 starts at %2 ([%3] %4): the line is not from a clone of this source.</source>
        <translation>Kein Ereignis in %1 der Quelle beginnt bei %2 ([%3] %4): die Zeile stammt nicht von einem Klon dieser Quelle.</translation>
    </message>
    <message>
        <source>The source lists no binary log file.</source>
        <translation>Die Quelle listet keine Binärprotokolldatei.</translation>
    </message>
    <message>
        <source>Enable binary logging on the source&apos;s cluster (binlog_format in its cluster parameter group), then make the clone.</source>
        <translation>Schalten Sie das Binärprotokoll auf dem Cluster der Quelle ein (binlog_format in seiner Cluster-Parametergruppe), dann legen Sie den Klon an.</translation>
    </message>
    <message>
        <source>The source no longer has %1 (its oldest binary log is %2): the changes since the clone are lost to replication.</source>
        <translation>Die Quelle hat %1 nicht mehr (ihr ältestes Binärprotokoll ist %2): die Änderungen seit dem Klon sind für die Replikation verloren.</translation>
    </message>
    <message>
        <source>The source has no binary log %1 (it has %2 to %3): the line is not from a clone of this source.</source>
        <translation>Die Quelle hat kein Binärprotokoll %1 (sie hat %2 bis %3): die Zeile stammt nicht von einem Klon dieser Quelle.</translation>
    </message>
    <message>
        <source>JSON columns (%1): MySQL logs them in its binary JSON format, which a MariaDB replica cannot apply.</source>
        <translation>JSON-Spalten (%1): MySQL protokolliert sie in seinem binären JSON-Format, das ein MariaDB-Replikat nicht anwenden kann.</translation>
    </message>
    <message>
        <source>utf8mb4_0900 collations (%1): MariaDB does not know them, so the tables cannot be created on the target.</source>
        <translation>utf8mb4_0900-Sortierungen (%1): MariaDB kennt sie nicht, daher können die Tabellen auf dem Ziel nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Use a MySQL 8 target, or change those columns on the source first (JSON to LONGTEXT, the collations to utf8mb4_unicode_ci or utf8mb4_general_ci).</source>
        <translation>Verwenden Sie ein MySQL-8-Ziel, oder ändern Sie diese Spalten zuerst auf der Quelle (JSON zu LONGTEXT, die Sortierungen zu utf8mb4_unicode_ci oder utf8mb4_general_ci).</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Sets up the target as an external replica of the source.</source>
        <translation>Richtet das Ziel als externes Replikat der Quelle ein.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Do not ask before each step; manual steps are assumed done.</source>
        <translation>Nicht vor jedem Schritt nachfragen; manuelle Schritte gelten als erledigt.</translation>
    </message>
    <message>
        <source>Where to append the audit log (default: audit.log beside the profile).</source>
        <translation>Wohin das Audit-Log angehängt wird (Standard: audit.log neben dem Profil).</translation>
    </message>
    <message>
        <source>[%1] %2 (%3)</source>
        <translation>[%1] %2 (%3)</translation>
    </message>
    <message>
        <source>    Manual step, assumed done (--yes): %1</source>
        <translation>    Manueller Schritt, gilt als erledigt (--yes): %1</translation>
    </message>
    <message>
        <source>    FAILED: %1</source>
        <translation>    FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>    copied %1 MiB of about %2 MiB, table %3 (%4/%5)%6</source>
        <translation>    %1 MiB von etwa %2 MiB kopiert, Tabelle %3 (%4/%5)%6</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>    done in %1 s</source>
        <translation>    fertig in %1 s</translation>
    </message>
    <message>
        <source>Stopping: the current statement finishes, nothing further runs...</source>
        <translation>Abbruch: Die laufende Anweisung wird beendet, danach läuft nichts mehr...</translation>
    </message>
    <message>
        <source>Continue the run recorded in the profile&apos;s journal (after a crash or a fault), checking the servers&apos; state first.</source>
        <translation>Den im Journal des Profils aufgezeichneten Lauf fortsetzen (nach einem Absturz oder Fehler); zuerst wird der Zustand der Server geprüft.</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1: each step it finished is checked on the servers before it is skipped.</source>
        <translation>Der in %1 aufgezeichnete Lauf wird fortgesetzt: Jeder abgeschlossene Schritt wird auf den Servern geprüft, bevor er übersprungen wird.</translation>
    </message>
    <message>
        <source>    copied %1 of about %2 rows (%3 MiB, %4 MiB/s), %5 of %6 tables done, now %7%8</source>
        <translation>    %1 von etwa %2 Zeilen kopiert (%3 MiB, %4 MiB/s), %5 von %6 Tabellen fertig, jetzt %7%8</translation>
    </message>
</context>
<context>
    <name>SetupLibrary</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a saved setup of %2.</source>
        <translation>%1 ist keine gespeicherte Einrichtung von %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source># Replica setup runbook

</source>
        <translation># Runbook: Replikat-Einrichtung

</translation>
    </message>
    <message>
        <source>Strategy: %1. Source %2, target %3. Values in angle brackets are known only when the setup runs; passwords are masked.

</source>
        <translation>Strategie: %1. Quelle %2, Ziel %3. Werte in spitzen Klammern sind erst bei der Einrichtung bekannt; Passwörter sind maskiert.

</translation>
    </message>
    <message>
        <source>Nothing to run now: %1</source>
        <translation>Jetzt nichts auszuführen: %1</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Liest: %1</translation>
    </message>
</context>
<context>
    <name>SetupRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>There is no user schema to copy on the %1.</source>
        <translation>Auf dem Server „%1“ gibt es kein Benutzerschema zum Kopieren.</translation>
    </message>
    <message>
        <source>The target %1 replicates from the source %2; the copy was verified.</source>
        <translation>Das Ziel %1 repliziert von der Quelle %2; die Kopie wurde überprüft.</translation>
    </message>
    <message>
        <source>The target was changed but does not replicate: run the setup again to seed it afresh.</source>
        <translation>Das Ziel wurde geändert, repliziert aber nicht: Führen Sie die Einrichtung erneut aus, um es neu zu befüllen.</translation>
    </message>
    <message>
        <source>The target was not changed.</source>
        <translation>Das Ziel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Already done and still in effect: %1.</source>
        <translation>Bereits erledigt und weiterhin wirksam: %1.</translation>
    </message>
    <message>
        <source>already done, still in effect: skipped</source>
        <translation>bereits erledigt, weiterhin wirksam: übersprungen</translation>
    </message>
    <message>
        <source>The run recorded in %1 finished successfully: there is nothing to resume.</source>
        <translation>Der in %1 aufgezeichnete Lauf wurde erfolgreich beendet: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Use status to watch the replica, or run the setup without --resume.</source>
        <translation>Beobachten Sie das Replikat mit status, oder führen Sie die Einrichtung ohne --resume aus.</translation>
    </message>
    <message>
        <source>The run recorded in %1 used another strategy (%2).</source>
        <translation>Der in %1 aufgezeichnete Lauf verwendete eine andere Strategie (%2).</translation>
    </message>
    <message>
        <source>Run the setup without --resume.</source>
        <translation>Führen Sie die Einrichtung ohne --resume aus.</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1.</source>
        <translation>Der in %1 aufgezeichnete Lauf wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Add these lines to the target&apos;s configuration file, so its replication filters survive a restart:
%1</source>
        <translation>Fügen Sie diese Zeilen zur Konfigurationsdatei des Ziels hinzu, damit seine Replikationsfilter einen Neustart überdauern:
%1</translation>
    </message>
    <message>
        <source>The %1 is not connected.</source>
        <translation>Mit %1 besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>The staging replica is STOPPED: resume it with %1; or delete it.</source>
        <translation>Das Staging-Replikat ist ANGEHALTEN: Setzen Sie es mit %1 fort oder löschen Sie es.</translation>
    </message>
    <message>
        <source>Add this line to the source&apos;s configuration file, so its binary log expiry survives a restart:
[mysqld]
%1</source>
        <translation>Tragen Sie diese Zeile in die Konfigurationsdatei der Quelle ein, damit ihre Binlog-Verfallszeit einen Neustart übersteht:
[mysqld]
%1</translation>
    </message>
    <message>
        <source>No server was changed.</source>
        <translation>Kein Server wurde verändert.</translation>
    </message>
    <message>
        <source>Delete the Aurora clone when you no longer need it; it costs money while it exists:
%1</source>
        <translation>Löschen Sie den Aurora-Klon, wenn Sie ihn nicht mehr brauchen; er kostet Geld, solange er existiert:
%1</translation>
    </message>
</context>
<context>
    <name>SetupSessionWorker</name>
    <message>
        <source>The setup was closed.</source>
        <translation>Die Einrichtung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>SetupStepDefinition</name>
    <message>
        <source>It cannot be planned now: %1</source>
        <translation>Jetzt nicht planbar: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>New replica setup</source>
        <translation>Neues Replikat einrichten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Stop the setup?</source>
        <translation>Einrichtung abbrechen?</translation>
    </message>
    <message>
        <source>A setup is running. Cancel it and close?

The running statement is stopped at once. What state each server is left in is written to the audit log (%1).</source>
        <translation>Eine Einrichtung läuft. Abbrechen und schließen?

Die laufende Anweisung wird sofort gestoppt. In welchem Zustand jeder Server zurückbleibt, steht im Audit-Log (%1).</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Binlog position:</source>
        <translation>Binlog-Position:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Oldest binlog kept:</source>
        <translation>Ältestes aufbewahrtes Binlog:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Binlog</source>
        <translation>Binlog</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>binary log off</source>
        <translation>Binlog aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>NULL: binlogs are purged as soon as RDS can</source>
        <translation>NULL: Binlogs werden gelöscht, sobald RDS kann</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
    <message>
        <source>%1, server id %2, %3%4</source>
        <translation>%1, Server-ID %2, %3%4</translation>
    </message>
    <message>
        <source>binlog off</source>
        <translation>Binlog aus</translation>
    </message>
    <message>
        <source>, RDS</source>
        <translation>, RDS</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <source>started %1 h %2 min ago</source>
        <translation>begonnen vor %1 h %2 min</translation>
    </message>
    <message>
        <source>age not known yet</source>
        <translation>Alter noch nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n files, %3 in all)</source>
        <translation>
            <numerusform>%1, %2 (%n Datei, %3 insgesamt)</numerusform>
            <numerusform>%1, %2 (%n Dateien, %3 insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Binary logs of the source</source>
        <translation>Binärlogs der Quelle</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr.</translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 could not connect: %2.</source>
        <translation>Der SSH-Tunnel zu %1 konnte sich nicht verbinden: %2.</translation>
    </message>
    <message>
        <source>Check the bastion host, its port and that it accepts SSH from here.</source>
        <translation>Prüfen Sie den Bastion-Host, seinen Port und dass er SSH von hier annimmt.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (it now shows %2): someone may be posing as the bastion, or it was reinstalled. Nothing was sent.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2): jemand könnte sich als Bastion-Host ausgeben, oder er wurde neu installiert. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Ask the bastion&apos;s administrator for its fingerprint; if the change is genuine, remove the old line with: ssh-keygen -R &apos;[%1]:%2&apos;</source>
        <translation>Fragen Sie den Administrator des Bastion-Hosts nach seinem Fingerabdruck; ist die Änderung echt, entfernen Sie die alte Zeile mit: ssh-keygen -R &apos;[%1]:%2&apos;</translation>
    </message>
    <message>
        <source>The host key of %1 is not known (fingerprint %2); nothing was sent.</source>
        <translation>Der Host-Schlüssel von %1 ist nicht bekannt (Fingerabdruck %2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The accepted host key of %1 could not be added to %2: %3.</source>
        <translation>Der angenommene Host-Schlüssel von %1 konnte nicht zu %2 hinzugefügt werden: %3.</translation>
    </message>
    <message>
        <source>Check that ~/.ssh exists and is writable.</source>
        <translation>Prüfen Sie, dass ~/.ssh existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked: %2.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Check ~/.ssh/known_hosts.</source>
        <translation>Prüfen Sie ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>The SSH key %1 could not be read (missing, unreadable, or a wrong passphrase).</source>
        <translation>Der SSH-Schlüssel %1 konnte nicht gelesen werden (fehlt, nicht lesbar oder falsche Passphrase).</translation>
    </message>
    <message>
        <source>Check the key file and its passphrase.</source>
        <translation>Prüfen Sie die Schlüsseldatei und ihre Passphrase.</translation>
    </message>
    <message>
        <source>The bastion %1 refused the SSH login of %2 by %3.</source>
        <translation>Der Bastion-Host %1 hat die SSH-Anmeldung von %2 per %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Check that ssh-agent runs (SSH_AUTH_SOCK) and holds a key the bastion accepts for this user.</source>
        <translation>Prüfen Sie, dass ssh-agent läuft (SSH_AUTH_SOCK) und einen Schlüssel hält, den der Bastion-Host für diesen Benutzer annimmt.</translation>
    </message>
    <message>
        <source>Check the user and that the bastion accepts this key or password.</source>
        <translation>Prüfen Sie den Benutzer und dass der Bastion-Host diesen Schlüssel oder dieses Passwort annimmt.</translation>
    </message>
    <message>
        <source>No local port could be opened for the SSH tunnel.</source>
        <translation>Für den SSH-Tunnel konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the bastion&apos;s own (ssh-keygen -lf on its host key), then accept it: &apos;Trust this host key&apos; in the wizard, --accept-host-key %1 on the command line.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des Bastion-Hosts (ssh-keygen -lf auf seinem Host-Schlüssel) und nehmen Sie ihn dann an: &apos;Diesem Host-Schlüssel vertrauen&apos; im Assistenten, --accept-host-key %1 auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the file&apos;s syntax with: ssh -G %1</source>
        <translation>Prüfen Sie die Syntax der Datei mit: ssh -G %1</translation>
    </message>
    <message>
        <source>~/.ssh/config reaches %1 through a ProxyCommand or ProxyJump (%2), which this tool does not run.</source>
        <translation>~/.ssh/config erreicht %1 über ein ProxyCommand oder einen ProxyJump (%2); das führt dieses Werkzeug nicht aus.</translation>
    </message>
    <message>
        <source>Give the last jump host itself as the SSH host, or open that tunnel yourself and point the connection at its local end.</source>
        <translation>Geben Sie den letzten Sprung-Host selbst als SSH-Host an, oder öffnen Sie diesen Tunnel selbst und richten Sie die Verbindung auf sein lokales Ende.</translation>
    </message>
</context>
<context>
    <name>StartReplicaStep</name>
    <message>
        <source>Start replication on the target</source>
        <translation>Replikation auf dem Ziel starten</translation>
    </message>
    <message>
        <source>The target connects to the source and applies what happened since the copy.</source>
        <translation>Das Ziel verbindet sich mit der Quelle und wendet an, was seit der Kopie geschehen ist.</translation>
    </message>
    <message>
        <source>Start replication on the target?</source>
        <translation>Replikation auf dem Ziel starten?</translation>
    </message>
    <message>
        <source>Declined: the target is pointed at the source but not started.</source>
        <translation>Abgelehnt: Das Ziel ist auf die Quelle ausgerichtet, aber nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Replica Wizard</source>
        <translation>Replica Wizard</translation>
    </message>
    <message>
        <source>Set up and watch an external MySQL/MariaDB replica of an Amazon RDS database, seeded without downtime on the primary.</source>
        <translation>Ein externes MySQL/MariaDB-Replikat einer Amazon-RDS-Datenbank einrichten und überwachen – befüllt ohne Ausfallzeit auf der Primärinstanz.</translation>
    </message>
    <message>
        <source>No setup is saved yet. Start with a new replica setup.</source>
        <translation>Es ist noch keine Einrichtung gespeichert. Richten Sie zunächst ein neues Replikat ein.</translation>
    </message>
    <message>
        <source>&amp;New replica setup...</source>
        <translation>&amp;Neues Replikat einrichten...</translation>
    </message>
    <message>
        <source>Setup not saved</source>
        <translation>Einrichtung nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the setup</source>
        <translation>Einrichtung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Status &amp;dashboard</source>
        <translation>Status-&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished run...</source>
        <translation>Unvollendeten Lauf &amp;fortsetzen...</translation>
    </message>
    <message>
        <source>Continue a setup run that was interrupted (crash, fault): each finished step is checked on the servers before it is skipped.</source>
        <translation>Einen unterbrochenen Einrichtungslauf fortsetzen (Absturz, Fehler): Jeder abgeschlossene Schritt wird auf den Servern geprüft, bevor er übersprungen wird.</translation>
    </message>
    <message>
        <source>Resume setup: %1</source>
        <translation>Einrichtung fortsetzen: %1</translation>
    </message>
    <message>
        <source>Saved &amp;setups:</source>
        <translation>Gespeicherte &amp;Einrichtungen:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Filter setups</source>
        <translation>Einrichtungen filtern</translation>
    </message>
    <message>
        <source>Saved setups</source>
        <translation>Gespeicherte Einrichtungen</translation>
    </message>
    <message>
        <source>Every saved setup with the health of its source, staging replica and target, the target&apos;s lag, the binlog runway and the last check. Enter opens its dashboard.</source>
        <translation>Jede gespeicherte Einrichtung mit dem Zustand ihrer Quelle, ihres Staging-Replikats und ihres Ziels, der Verzögerung des Ziels, der Binlog-Reserve und der letzten Prüfung. Eingabe öffnet ihr Dashboard.</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications when this setup&apos;s health changes</source>
        <translation>Desktop-&amp;Benachrichtigungen, wenn sich der Zustand dieser Einrichtung ändert</translation>
    </message>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>Im &amp;Assistenten öffnen</translation>
    </message>
    <message>
        <source>Rena&amp;me...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>%1: the %2 is %3 (was %4)</source>
        <translation>%1: %2 ist %3 (war %4)</translation>
    </message>
    <message>
        <source>Replica Wizard: every setup is ok</source>
        <translation>Replica Wizard: jede Einrichtung ist in Ordnung</translation>
    </message>
    <message>
        <source>Replica Wizard — %1
%2</source>
        <translation>Replica Wizard — %1
%2</translation>
    </message>
    <message>
        <source>Rename setup</source>
        <translation>Einrichtung umbenennen</translation>
    </message>
    <message>
        <source>Name of the setup:</source>
        <translation>Name der Einrichtung:</translation>
    </message>
    <message>
        <source>Setup not renamed</source>
        <translation>Einrichtung nicht umbenannt</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Einstellung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Setup not duplicated</source>
        <translation>Einrichtung nicht dupliziert</translation>
    </message>
    <message>
        <source>Remove setup</source>
        <translation>Einrichtung entfernen</translation>
    </message>
    <message>
        <source>Remove the saved setup %1 and the passwords the keychain remembers for it? The servers are not touched: replication goes on.</source>
        <translation>Die gespeicherte Einrichtung %1 und die Passwörter, die der Schlüsselbund für sie kennt, entfernen? Die Server bleiben unberührt: Die Replikation läuft weiter.</translation>
    </message>
    <message>
        <source>Setup not removed</source>
        <translation>Einrichtung nicht entfernt</translation>
    </message>
    <message>
        <source>name or health</source>
        <translation>Name oder Zustand</translation>
    </message>
    <message>
        <source>Remo&amp;ve...</source>
        <translation>Entfe&amp;rnen …</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Shows the replication status of a setup&apos;s servers.</source>
        <translation>Zeigt den Replikationsstatus der Server einer Einrichtung an.</translation>
    </message>
    <message>
        <source>Repeat every N seconds.</source>
        <translation>Alle N Sekunden wiederholen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--watch needs a whole number of seconds, at least 1.</source>
        <translation>--watch benötigt eine ganze Zahl von Sekunden, mindestens 1.</translation>
    </message>
    <message>
        <source>Seconds behind the source from which a replica counts as lagging (default 60).</source>
        <translation>Sekunden Rückstand zur Quelle, ab denen ein Replikat als verzögert gilt (Standard 60).</translation>
    </message>
    <message>
        <source>--lag-warning needs a whole number of seconds.</source>
        <translation>--lag-warning braucht eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>Print one JSON object (the same as --format json).</source>
        <translation>Ein JSON-Objekt ausgeben (dasselbe wie --format json).</translation>
    </message>
    <message>
        <source>text (default), json, prometheus or nagios.</source>
        <translation>text (Standard), json, prometheus oder nagios.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write Prometheus metrics to a .prom file in this folder for node_exporter&apos;s textfile collector (replaced atomically) instead of printing.</source>
        <translation>Prometheus-Metriken statt einer Ausgabe in eine .prom-Datei in diesem Ordner schreiben, für den Textfile-Collector von node_exporter (atomar ersetzt).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Every saved setup instead of one --profile.</source>
        <translation>Jede gespeicherte Einrichtung statt eines --profile.</translation>
    </message>
    <message>
        <source>Where the saved setups are (default: the application&apos;s data folder).</source>
        <translation>Wo die gespeicherten Einrichtungen liegen (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>--format takes text, json, prometheus or nagios.</source>
        <translation>--format nimmt text, json, prometheus oder nagios.</translation>
    </message>
    <message>
        <source>--textfile needs an existing folder: %1</source>
        <translation>--textfile braucht einen vorhandenen Ordner: %1</translation>
    </message>
    <message>
        <source>Give either --all or --profile, not both.</source>
        <translation>Geben Sie entweder --all oder --profile an, nicht beides.</translation>
    </message>
    <message>
        <source>No saved setups in %1.</source>
        <translation>Keine gespeicherten Einrichtungen in %1.</translation>
    </message>
    <message>
        <source>Store the setup&apos;s passwords in the keychain, or give --secrets.</source>
        <translation>Speichern Sie die Passwörter der Einrichtung im Schlüsselbund, oder geben Sie --secrets an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StatusRendering</name>
    <message>
        <source>All setups: %1</source>
        <translation>Alle Einrichtungen: %1</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source> (RDS)</source>
        <translation> (RDS)</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <source>Binary log</source>
        <translation>Binärlog</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Binlog position</source>
        <translation>Binlog-Position</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>NULL (binlogs purged quickly)</source>
        <translation>NULL (Binlogs werden rasch gelöscht)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Replica status</source>
        <translation>Replikatstatus</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>kein Replikat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>IO thread</source>
        <translation>IO-Thread</translation>
    </message>
    <message>
        <source>SQL thread</source>
        <translation>SQL-Thread</translation>
    </message>
    <message>
        <source>Seconds behind</source>
        <translation>Sekunden Rückstand</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Last IO error</source>
        <translation>Letzter IO-Fehler</translation>
    </message>
    <message>
        <source>Last SQL error</source>
        <translation>Letzter SQL-Fehler</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Binlog reader</source>
        <translation>Binlog-Leser</translation>
    </message>
    <message>
        <source>server id %1 (no connected replica uses it)</source>
        <translation>Server-ID %1 (kein verbundenes Replikat verwendet sie)</translation>
    </message>
    <message>
        <source>server id %1 (none of the setup&apos;s servers uses it)</source>
        <translation>Server-ID %1 (keiner der Server der Einrichtung verwendet sie)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>in place, but set at runtime only: a restart loses them (add them to the configuration file)</source>
        <translation>gesetzt, aber nur zur Laufzeit: Ein Neustart verwirft sie (tragen Sie sie in die Konfigurationsdatei ein)</translation>
    </message>
    <message>
        <source>GTIDs</source>
        <translation>GTIDs</translation>
    </message>
    <message>
        <source>GTID (%1)</source>
        <translation>GTID (%1)</translation>
    </message>
    <message numerus="yes">
        <source>applied %1, %n transaction(s) behind</source>
        <translation>
            <numerusform>angewendet bis %1, %n Transaktion zurück</numerusform>
            <numerusform>angewendet bis %1, %n Transaktionen zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>angewendet bis %1</translation>
    </message>
</context>
<context>
    <name>StepSupport</name>
    <message>
        <source>The staging replica is not a replica.</source>
        <translation>Das Staging-Replikat ist kein Replikat.</translation>
    </message>
    <message>
        <source>Choose an RDS read replica of the source as the staging replica.</source>
        <translation>Wählen Sie ein RDS-Lesereplikat der Quelle als Staging-Replikat.</translation>
    </message>
    <message>
        <source>The staging replica&apos;s SQL thread is running: its data is moving.</source>
        <translation>Der SQL-Thread des Staging-Replikats läuft: Seine Daten ändern sich.</translation>
    </message>
    <message>
        <source>It may have been restarted (an RDS reboot restarts replication). Run the setup again.</source>
        <translation>Das Replikat wurde möglicherweise neu gestartet (ein RDS-Neustart startet die Replikation neu). Führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>The source has no binary log.</source>
        <translation>Die Quelle hat kein Binlog.</translation>
    </message>
    <message>
        <source>Enable binary logging (on RDS: backups).</source>
        <translation>Aktivieren Sie das Binlog (auf RDS: Backups).</translation>
    </message>
    <message>
        <source>The source&apos;s position moved from %1 to %2: writes are still arriving. %3</source>
        <translation>Die Position der Quelle hat sich von %1 auf %2 geändert: Es kommen noch Schreibzugriffe an. %3</translation>
    </message>
    <message>
        <source>Hold off every application write, then run the setup again.</source>
        <translation>Halten Sie alle Schreibzugriffe der Anwendungen an, und führen Sie dann die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>The %1 reports no executed GTID set at %2.</source>
        <translation>%1 meldet bei %2 keine ausgeführte GTID-Menge.</translation>
    </message>
    <message>
        <source>Check gtid_mode on the source and the staging replica, or set gtid=off.</source>
        <translation>Prüfen Sie gtid_mode auf der Quelle und dem Staging-Replikat, oder setzen Sie gtid=off.</translation>
    </message>
    <message>
        <source>The source cannot tell the GTID position at %1 (BINLOG_GTID_POS returned &apos;%2&apos;).</source>
        <translation>Die Quelle kann die GTID-Position bei %1 nicht angeben (BINLOG_GTID_POS lieferte „%2“).</translation>
    </message>
    <message>
        <source>The binary log file may be gone already: raise the binlog retention and run the setup again, or set gtid=off.</source>
        <translation>Die Binlog-Datei ist möglicherweise schon gelöscht: Erhöhen Sie die Binlog-Aufbewahrung und starten Sie die Einrichtung erneut, oder setzen Sie gtid=off.</translation>
    </message>
    <message>
        <source>GTID position at %1: %2.</source>
        <translation>GTID-Position bei %1: %2.</translation>
    </message>
</context>
<context>
    <name>StopStagingStep</name>
    <message>
        <source>Stop the staging replica and read its coordinates</source>
        <translation>Staging-Replikat stoppen und seine Koordinaten lesen</translation>
    </message>
    <message>
        <source>The staging replica stops applying changes; its executed coordinates (Relay_Master_Log_File, Exec_Master_Log_Pos) are the source position of its data.</source>
        <translation>Das Staging-Replikat wendet keine Änderungen mehr an; seine ausgeführten Koordinaten (Relay_Master_Log_File, Exec_Master_Log_Pos) sind die Quellposition seiner Daten.</translation>
    </message>
    <message>
        <source>The staging replica is already stopped.</source>
        <translation>Das Staging-Replikat ist bereits angehalten.</translation>
    </message>
    <message>
        <source>Stop replication on the staging replica %1?</source>
        <translation>Replikation auf dem Staging-Replikat %1 stoppen?</translation>
    </message>
    <message>
        <source>Declined: the copy needs a stopped staging replica.</source>
        <translation>Abgelehnt: Die Kopie erfordert ein gestopptes Staging-Replikat.</translation>
    </message>
    <message>
        <source>The staging replica&apos;s data is at source position %1.</source>
        <translation>Die Daten des Staging-Replikats stehen auf Quellposition %1.</translation>
    </message>
    <message>
        <source>The staging replica was restarted since the run stopped it (its data is moving on from %1): the copy cannot be resumed.</source>
        <translation>Das Staging-Replikat wurde neu gestartet, nachdem der Lauf es gestoppt hatte (seine Daten entfernen sich von %1): Die Kopie kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Run the setup again without --resume for a fresh seed.</source>
        <translation>Führen Sie die Einrichtung ohne --resume erneut aus, um das Ziel neu zu befüllen.</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>How the copy gets its exact position in the source&apos;s binary log.</source>
        <translation>Wie die Kopie ihre genaue Position im Binlog der Quelle erhält.</translation>
    </message>
    <message>
        <source>&amp;Staging replica (zero downtime, recommended)</source>
        <translation>&amp;Staging-Replikat (ohne Ausfallzeit, empfohlen)</translation>
    </message>
    <message>
        <source>An RDS read replica of the source is stopped for the copy; its executed position is where the target starts. The source is never paused. The read replica is resumed afterwards.</source>
        <translation>Ein RDS-Lesereplikat der Quelle wird für die Kopie gestoppt; an seiner ausgeführten Position beginnt das Ziel. Die Quelle wird nie angehalten. Das Lesereplikat wird danach fortgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Write freeze (test and staging systems)</source>
        <translation>Sch&amp;reibsperre (Test- und Staging-Systeme)</translation>
    </message>
    <message>
        <source>You hold off the applications&apos; writes on the source (e.g. by removing their security-group access) while it is copied; the tool checks that its position does not move. No read replica is needed.</source>
        <translation>Sie halten die Schreibzugriffe der Anwendungen auf die Quelle an (z. B. indem Sie ihren Zugriff über die Sicherheitsgruppe entfernen), während sie kopiert wird; das Tool prüft, dass sich ihre Position nicht ändert. Es wird kein Lesereplikat benötigt.</translation>
    </message>
    <message>
        <source>&amp;Positioning:</source>
        <translation>&amp;Positionierung:</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positionierung</translation>
    </message>
    <message>
        <source>How the target finds its place in the source&apos;s binary log: by GTID or by file and position</source>
        <translation>Wie das Ziel seine Stelle im Binlog der Quelle findet: nach GTID oder nach Datei und Position</translation>
    </message>
    <message>
        <source>Automatic uses GTIDs when the source has them on (MySQL: gtid_mode=ON; MariaDB: the staging replica already replicates by GTID, or gtid_strict_mode is on). GTID positioning survives a relay log loss and a change of the source&apos;s binary log file names; the preflight explains the choice.</source>
        <translation>Automatisch verwendet GTIDs, wenn die Quelle sie eingeschaltet hat (MySQL: gtid_mode=ON; MariaDB: Das Staging-Replikat repliziert bereits nach GTID, oder gtid_strict_mode ist eingeschaltet). Die GTID-Positionierung übersteht den Verlust der Relay-Logs und geänderte Binlog-Dateinamen der Quelle; die Vorabprüfung erklärt die Wahl.</translation>
    </message>
    <message>
        <source>Automatic (GTID when the source has GTIDs on)</source>
        <translation>Automatisch (GTID, wenn die Quelle GTIDs eingeschaltet hat)</translation>
    </message>
    <message>
        <source>GTID</source>
        <translation>GTID</translation>
    </message>
    <message>
        <source>File and position</source>
        <translation>Datei und Position</translation>
    </message>
    <message>
        <source>&amp;Aurora MySQL clone</source>
        <translation>&amp;Aurora-MySQL-Klon</translation>
    </message>
    <message>
        <source>Aurora readers are not binlog replicas. You make a clone of the cluster with the AWS commands below; the copy comes from the clone (enter its endpoint as the staging connection) and the target replicates from the writer, from the position Aurora reports in the clone&apos;s crash-recovery event. Delete the clone afterwards: it costs money.</source>
        <translation>Aurora-Reader sind keine Binlog-Replikate. Sie legen mit den AWS-Befehlen unten einen Klon des Clusters an; die Kopie kommt vom Klon (geben Sie seinen Endpunkt als Staging-Verbindung ein) und das Ziel repliziert vom Writer, ab der Position, die Aurora im Crash-Recovery-Ereignis des Klons meldet. Löschen Sie den Klon danach: er kostet Geld.</translation>
    </message>
    <message>
        <source>AWS checklist</source>
        <translation>AWS-Checkliste</translation>
    </message>
    <message>
        <source>The AWS steps and commands that make the Aurora clone</source>
        <translation>Die AWS-Schritte und -Befehle, die den Aurora-Klon anlegen</translation>
    </message>
    <message>
        <source>Clone&apos;s &amp;crash-recovery event (paste it):</source>
        <translation>&amp;Crash-Recovery-Ereignis des Klons (einfügen):</translation>
    </message>
    <message>
        <source>Binlog position from crash recovery is mysql-bin-changelog.000001 154</source>
        <translation>Binlog position from crash recovery is mysql-bin-changelog.000001 154</translation>
    </message>
    <message>
        <source>Clone&apos;s crash-recovery event</source>
        <translation>Crash-Recovery-Ereignis des Klons</translation>
    </message>
    <message>
        <source>The message of the clone&apos;s event that gives the binary log file and position of its data</source>
        <translation>Die Meldung des Ereignisses des Klons, die Binärprotokolldatei und Position seiner Daten angibt</translation>
    </message>
    <message>
        <source>Not accepted: %1 %2</source>
        <translation>Nicht angenommen: %1 %2</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>The table %1 has no columns that can be read.</source>
        <translation>Die Tabelle %1 hat keine lesbaren Spalten.</translation>
    </message>
    <message>
        <source>SHOW CREATE TABLE %1 returned nothing.</source>
        <translation>SHOW CREATE TABLE %1 lieferte nichts.</translation>
    </message>
</context>
<context>
    <name>TerminalConfirmer</name>
    <message>
        <source> Done? [y/N] </source>
        <translation> Erledigt? [j/N] </translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
</context>
<context>
    <name>TopologyStrip</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TunnelTlsIdentity</name>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The tunnel&apos;s local end did not answer: %1</source>
        <translation>Das lokale Ende des Tunnels hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The server sent no greeting through the tunnel.</source>
        <translation>Der Server hat durch den Tunnel keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting through the tunnel is not a MySQL protocol greeting.</source>
        <translation>Die Begrüßung des Servers durch den Tunnel ist keine Begrüßung des MySQL-Protokolls.</translation>
    </message>
    <message>
        <source>The server does not offer TLS.</source>
        <translation>Der Server bietet kein TLS an.</translation>
    </message>
    <message>
        <source>The SSL request could not be sent through the tunnel.</source>
        <translation>Die SSL-Anfrage konnte nicht durch den Tunnel gesendet werden.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not prove it is %2: %3</source>
        <translation>Das Zertifikat von %1 beweist nicht, dass es %2 ist: %3</translation>
    </message>
</context>
<context>
    <name>VerifyCopyStep</name>
    <message>
        <source>Verify the copy</source>
        <translation>Kopie überprüfen</translation>
    </message>
    <message>
        <source>Every copied table&apos;s checksum and row count, and the number of views, routines, triggers and events, must be equal on %1 and the target (a row hash decides where CHECKSUM TABLE differs).</source>
        <translation>Prüfsumme und Zeilenzahl jeder kopierten Tabelle sowie die Anzahl der Views, Routinen, Trigger und Events müssen auf %1 und dem Ziel gleich sein (wo CHECKSUM TABLE abweicht, entscheidet ein Zeilen-Hash).</translation>
    </message>
    <message>
        <source>The copy differs from the %1: %2</source>
        <translation>Die Kopie weicht vom Server „%1“ ab: %2</translation>
    </message>
    <message>
        <source>Run the seed again.</source>
        <translation>Befüllen Sie das Ziel erneut.</translation>
    </message>
</context>
<context>
    <name>VerifyReplicationStep</name>
    <message>
        <source>Check that the target replicates</source>
        <translation>Prüfen, dass das Ziel repliziert</translation>
    </message>
    <message>
        <source>Both replication threads must run without an error (up to 60 s while the IO thread connects).</source>
        <translation>Beide Replikations-Threads müssen fehlerfrei laufen (bis zu 60 s, während der IO-Thread sich verbindet).</translation>
    </message>
    <message>
        <source>The target is not configured as a replica.</source>
        <translation>Das Ziel ist nicht als Replikat konfiguriert.</translation>
    </message>
    <message>
        <source>target SQL thread</source>
        <translation>SQL-Thread des Ziels</translation>
    </message>
    <message>
        <source>target IO thread</source>
        <translation>IO-Thread des Ziels</translation>
    </message>
    <message>
        <source>The target replicates: IO Yes, SQL Yes, %1 s behind.</source>
        <translation>Das Ziel repliziert: IO Yes, SQL Yes, %1 s Rückstand.</translation>
    </message>
    <message>
        <source>The target&apos;s replication threads did not both start within 60 s (%1).</source>
        <translation>Die Replikations-Threads des Ziels sind nicht beide innerhalb von 60 s gestartet (%1).</translation>
    </message>
    <message>
        <source>Check that the target reaches the source&apos;s port (security groups, network ACLs).</source>
        <translation>Prüfen Sie, ob das Ziel den Port der Quelle erreicht (Sicherheitsgruppen, Netzwerk-ACLs).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up and watches an external replica of an RDS database.</source>
        <translation>Richtet ein externes Replikat einer RDS-Datenbank ein und überwacht es.</translation>
    </message>
    <message>
        <source>Open the wizard on this profile.</source>
        <translation>Den Assistenten mit diesem Profil öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Option file with the passwords (mode 0600).</source>
        <translation>Optionsdatei mit den Passwörtern (Modus 0600).</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the secrets</source>
        <translation>Passwörter können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Usage: replica-wizard-cli COMMAND [options]   (or --version)
Commands:
  status   replication status of a setup or of every saved one (--all); text, JSON,
           Prometheus or Nagios (--help for options)
  check    preflight checks of a setup (exit 0 pass, 1 warnings, 2 blocking)
  plan     the statements a setup would run now (Markdown or --format json); changes nothing
  setup    set the target up as a replica of the source
  sandbox  start/stop the local RDS-like sandbox
</source>
        <translation>Aufruf: replica-wizard-cli BEFEHL [Optionen]   (oder --version)
Befehle:
  status   Replikationsstatus einer Einrichtung oder jeder gespeicherten (--all); Text, JSON,
           Prometheus oder Nagios (--help für Optionen)
  check    Vorabprüfungen einer Einrichtung (Exit 0 bestanden, 1 Warnungen, 2 blockierend)
  plan     die Anweisungen, die eine Einrichtung jetzt ausführen würde (Markdown oder --format json); ändert nichts
  setup    das Ziel als Replikat der Quelle einrichten
  sandbox  die lokale RDS-ähnliche Sandbox starten/stoppen
</translation>
    </message>
</context>
</TS>
