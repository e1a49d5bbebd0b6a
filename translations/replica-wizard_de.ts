<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Use the RDS procedure for this task, remap or strip DEFINER clauses, or set log_bin_trust_function_creators=1 on the target.</source>
        <translation>Verwenden Sie die RDS-Prozedur für diese Aufgabe, ordnen Sie DEFINER-Klauseln neu zu oder entfernen Sie sie, oder setzen Sie log_bin_trust_function_creators=1 auf dem Ziel.</translation>
    </message>
    <message>
        <source>A view, routine, trigger or event names a DEFINER account that does not exist.</source>
        <translation>Ein View, eine Routine, ein Trigger oder ein Event nennt ein DEFINER-Konto, das nicht existiert.</translation>
    </message>
    <message>
        <source>Create the definer account on this server or remap the definers.</source>
        <translation>Legen Sie das DEFINER-Konto auf diesem Server an, oder ordnen Sie die DEFINER neu zu.</translation>
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
        <source>No password for the %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</source>
        <translation>Kein Passwort für den Server „%1“ (%2): Geben Sie --secrets DATEI an, speichern Sie es im Schlüsselbund, oder starten Sie das Programm in einem Terminal.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
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
        <source>Use strategy=staging-replica or strategy=write-freeze.</source>
        <translation>Verwenden Sie strategy=staging-replica oder strategy=write-freeze.</translation>
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
        <source>Loading the demo shop data set into the source (as admin)...</source>
        <translation>Der Demo-Shop-Datensatz wird in die Quelle geladen (als admin)...</translation>
    </message>
    <message>
        <source>Waiting for the staging replica to catch up...</source>
        <translation>Warten, bis das Staging-Replikat aufgeholt hat...</translation>
    </message>
    <message>
        <source>%1 holds no sandbox.</source>
        <translation>%1 enthält keine Sandbox.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off</source>
        <translation>Lokale Sandbox: drei MariaDB-Server, die Amazon RDS emulieren.
  sandbox start --dir ORDNER [--load]
  sandbox stop --dir ORDNER
  sandbox load --dir ORDNER on|off</translation>
    </message>
    <message>
        <source>start, stop or load</source>
        <translation>start, stop oder load</translation>
    </message>
    <message>
        <source>Folder of the sandbox.</source>
        <translation>Ordner der Sandbox.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Run a steady write load on the source.</source>
        <translation>Eine gleichmäßige Schreiblast auf der Quelle erzeugen.</translation>
    </message>
    <message>
        <source>Do not load the demo data set.</source>
        <translation>Den Demo-Datensatz nicht laden.</translation>
    </message>
    <message>
        <source>admin may not run SHOW SLAVE STATUS (only CALL mysql.rds_replica_status).</source>
        <translation>admin darf SHOW SLAVE STATUS nicht ausführen (nur CALL mysql.rds_replica_status).</translation>
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
        <source>Unknown sandbox action &apos;%1&apos;: use start, stop or load.</source>
        <translation>Unbekannte Sandbox-Aktion „%1“: Verwenden Sie start, stop oder load.</translation>
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
    <name>SetupLibrary</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>New replica setup</source>
        <translation>Neues Replikat einrichten</translation>
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
        <source>Saved setups:</source>
        <translation>Gespeicherte Einrichtungen:</translation>
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
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Setup not saved</source>
        <translation>Einrichtung nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the setup</source>
        <translation>Einrichtung kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Shows the replication status of a setup&apos;s servers.</source>
        <translation>Zeigt den Replikationsstatus der Server einer Einrichtung an.</translation>
    </message>
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
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
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
        <source>status needs --profile FILE.</source>
        <translation>status benötigt --profile DATEI.</translation>
    </message>
    <message>
        <source>--watch needs a whole number of seconds, at least 1.</source>
        <translation>--watch benötigt eine ganze Zahl von Sekunden, mindestens 1.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: replica-wizard-cli COMMAND [options]
Commands:
  status   replication status of a setup (--help for options)
  sandbox  start/stop the local RDS-like sandbox
</source>
        <translation>Aufruf: replica-wizard-cli BEFEHL [Optionen]
Befehle:
  status   Replikationsstatus einer Einrichtung (--help für Optionen)
  sandbox  lokale RDS-ähnliche Sandbox starten/stoppen
</translation>
    </message>
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
</context>
</TS>
