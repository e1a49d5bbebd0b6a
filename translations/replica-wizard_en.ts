<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuroraChecklist</name>
    <message>
        <source>Binary logging on the cluster</source>
        <translation>Binary logging on the cluster</translation>
    </message>
    <message>
        <source>Aurora writes no binary log until binlog_format is set in a custom cluster parameter group (the default group leaves it OFF); the writer must then reboot. Skip this when preflight finds log_bin ON with binlog_format ROW.</source>
        <translation>Aurora writes no binary log until binlog_format is set in a custom cluster parameter group (the default group leaves it OFF); the writer must then reboot. Skip this when preflight finds log_bin ON with binlog_format ROW.</translation>
    </message>
    <message>
        <source>Binary log retention, before the clone</source>
        <translation>Binary log retention, before the clone</translation>
    </message>
    <message>
        <source>The writer must keep its binary logs from the clone&apos;s position until the target has caught up; Aurora allows up to %1 h. The setup&apos;s first step sets it too, but only logs still there when the clone is made can be kept. Run this on the writer.</source>
        <translation>The writer must keep its binary logs from the clone&apos;s position until the target has caught up; Aurora allows up to %1 h. The setup&apos;s first step sets it too, but only logs still there when the clone is made can be kept. Run this on the writer.</translation>
    </message>
    <message>
        <source>Create the clone</source>
        <translation>Create the clone</translation>
    </message>
    <message>
        <source>A copy-on-write clone of the cluster with one instance; its endpoint is the staging connection of this setup.</source>
        <translation>A copy-on-write clone of the cluster with one instance; its endpoint is the staging connection of this setup.</translation>
    </message>
    <message>
        <source>The clone&apos;s binary log position</source>
        <translation>The clone&apos;s binary log position</translation>
    </message>
    <message>
        <source>Paste the line this prints as the clone&apos;s crash-recovery position. The clone&apos;s own SHOW MASTER STATUS is not it: a restored cluster starts a new binary log file.</source>
        <translation>Paste the line this prints as the clone&apos;s crash-recovery position. The clone&apos;s own SHOW MASTER STATUS is not it: a restored cluster starts a new binary log file.</translation>
    </message>
    <message>
        <source>Delete the clone</source>
        <translation>Delete the clone</translation>
    </message>
    <message>
        <source>The clone costs money for as long as it exists, and the target no longer needs it.</source>
        <translation>The clone costs money for as long as it exists, and the target no longer needs it.</translation>
    </message>
</context>
<context>
    <name>BinlogFileClock</name>
    <message>
        <source>The replication protocol is not available.</source>
        <translation>The replication protocol is not available.</translation>
    </message>
    <message>
        <source>%1 does not start with a format description event.</source>
        <translation>%1 does not start with a format description event.</translation>
    </message>
    <message>
        <source>No server id was chosen for reading the binary log.</source>
        <translation>No server id was chosen for reading the binary log.</translation>
    </message>
</context>
<context>
    <name>BinlogInspector</name>
    <message>
        <source>The binary log %1 is gone; the position cannot be checked.</source>
        <translation>The binary log %1 is gone; the position cannot be checked.</translation>
    </message>
    <message>
        <source>The source logged a write at %1:%2 (%3 %4).</source>
        <translation>The source logged a write at %1:%2 (%3 %4).</translation>
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
        <translation>Unknown: the source&apos;s retention could not be read.</translation>
    </message>
    <message>
        <source>None: &apos;binlog retention hours&apos; is NULL, so RDS purges binlogs as soon as it can. Raise it.</source>
        <translation>None: &apos;binlog retention hours&apos; is NULL, so RDS purges binlogs as soon as it can. Raise it.</translation>
    </message>
    <message>
        <source>Unlimited: the source does not expire its binlogs.</source>
        <translation>Unlimited: the source does not expire its binlogs.</translation>
    </message>
    <message>
        <source>Unknown: the target&apos;s data time is not known (stopped, and no heartbeat). Retention is %1 h.</source>
        <translation>Unknown: the target&apos;s data time is not known (stopped, and no heartbeat). Retention is %1 h.</translation>
    </message>
    <message>
        <source>Exhausted: the binlog the target needs may already be purged (retention %1 h).</source>
        <translation>Exhausted: the binlog the target needs may already be purged (retention %1 h).</translation>
    </message>
    <message>
        <source>%1 left (retention %2 h): reconnect the target or raise the retention now.</source>
        <translation>%1 left (retention %2 h): reconnect the target or raise the retention now.</translation>
    </message>
    <message>
        <source>%1 left (retention %2 h): shrinking.</source>
        <translation>%1 left (retention %2 h): shrinking.</translation>
    </message>
    <message>
        <source>%1 (retention %2 h).</source>
        <translation>%1 (retention %2 h).</translation>
    </message>
    <message>
        <source>Unknown: the source has not answered yet.</source>
        <translation>Unknown: the source has not answered yet.</translation>
    </message>
    <message>
        <source>Exhausted: %1, which the target needs, is no longer on the source. Seed the target again.</source>
        <translation>Exhausted: %1, which the target needs, is no longer on the source. Seed the target again.</translation>
    </message>
    <message>
        <source>Unknown: the source has not answered.</source>
        <translation>Unknown: the source has not answered.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Runs the preflight checks of a setup.</source>
        <translation>Runs the preflight checks of a setup.</translation>
    </message>
    <message>
        <source>Print the checks as JSON.</source>
        <translation>Print the checks as JSON.</translation>
    </message>
    <message>
        <source>PASS </source>
        <translation>PASS </translation>
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
        <translation>Fix: %1</translation>
    </message>
</context>
<context>
    <name>ChunkJournal</name>
    <message>
        <source>The copy&apos;s journal %1 cannot be written: %2</source>
        <translation>The copy&apos;s journal %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Free space or fix the folder&apos;s permissions, then run the setup again.</source>
        <translation>Free space or fix the folder&apos;s permissions, then run the setup again.</translation>
    </message>
    <message>
        <source>Free space, then resume the setup.</source>
        <translation>Free space, then resume the setup.</translation>
    </message>
    <message>
        <source>The copy&apos;s journal %1 cannot be read.</source>
        <translation>The copy&apos;s journal %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>ChunkStream</name>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>%1, chunk %2</source>
        <translation>%1, chunk %2</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>Copying %1 failed: %2</translation>
    </message>
    <message>
        <source>Loading %1 into the target gave %2 warning(s) and skipped %3 row(s): %4</source>
        <translation>Loading %1 into the target gave %2 warning(s) and skipped %3 row(s): %4</translation>
    </message>
    <message>
        <source>The target would not hold exactly the origin&apos;s rows. Fix the cause (often a column type or sql_mode the target does not accept), or copy with seeder=dump.</source>
        <translation>The target would not hold exactly the origin&apos;s rows. Fix the cause (often a column type or sql_mode the target does not accept), or copy with seeder=dump.</translation>
    </message>
    <message>
        <source>Loading %1: %2 rows were sent, the target took %3.</source>
        <translation>Loading %1: %2 rows were sent, the target took %3.</translation>
    </message>
    <message>
        <source>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</source>
        <translation>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</translation>
    </message>
    <message>
        <source>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy continues where it stopped.</source>
        <translation>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy continues where it stopped.</translation>
    </message>
    <message>
        <source>Reading %1 from the %2</source>
        <translation>Reading %1 from the %2</translation>
    </message>
    <message>
        <source>Loading into the target failed (%1)</source>
        <translation>Loading into the target failed (%1)</translation>
    </message>
</context>
<context>
    <name>ChunkedLoadSeeder</name>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>No schema was chosen to copy.</source>
        <translation>No schema was chosen to copy.</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target holds a partial copy.</source>
        <translation>The copy was cancelled; the target holds a partial copy.</translation>
    </message>
    <message>
        <source>Resume the setup (it continues the copy) or run it again before pointing the target at the source.</source>
        <translation>Resume the setup (it continues the copy) or run it again before pointing the target at the source.</translation>
    </message>
    <message>
        <source>Reading the position of %1 %2</source>
        <translation>Reading the position of %1 %2</translation>
    </message>
    <message>
        <source>Opening a snapshot on %1</source>
        <translation>Opening a snapshot on %1</translation>
    </message>
    <message>
        <source>Preparing a session on the target</source>
        <translation>Preparing a session on the target</translation>
    </message>
    <message>
        <source>The target&apos;s account may not turn off binary logging for its session (sql_log_bin): the copy is written to the target&apos;s binary log too.</source>
        <translation>The target&apos;s account may not turn off binary logging for its session (sql_log_bin): the copy is written to the target&apos;s binary log too.</translation>
    </message>
    <message>
        <source>%1 is a %2, which the chunked copy cannot copy.</source>
        <translation>%1 is a %2, which the chunked copy cannot copy.</translation>
    </message>
    <message>
        <source>Copy with the dump tool: seeder=dump in the profile&apos;s [options] (or the wizard&apos;s copy engine choice).</source>
        <translation>Copy with the dump tool: seeder=dump in the profile&apos;s [options] (or the wizard&apos;s copy engine choice).</translation>
    </message>
    <message>
        <source>Creating the schema %1 on the target</source>
        <translation>Creating the schema %1 on the target</translation>
    </message>
    <message>
        <source>Creating the table %1 on the target</source>
        <translation>Creating the table %1 on the target</translation>
    </message>
    <message>
        <source>Continuing the copy recorded in %1.</source>
        <translation>Continuing the copy recorded in %1.</translation>
    </message>
    <message>
        <source>The target does not accept LOAD DATA LOCAL INFILE (local_infile is OFF).</source>
        <translation>The target does not accept LOAD DATA LOCAL INFILE (local_infile is OFF).</translation>
    </message>
    <message>
        <source>Turn it on for the copy (SET GLOBAL local_infile = 1; it can be turned off afterwards), or copy with the dump tool: seeder=dump.</source>
        <translation>Turn it on for the copy (SET GLOBAL local_infile = 1; it can be turned off afterwards), or copy with the dump tool: seeder=dump.</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 while the copy&apos;s snapshots were opened.</source>
        <translation>%1 moved from %2 to %3 while the copy&apos;s snapshots were opened.</translation>
    </message>
    <message>
        <source>Its data changed (was its replication restarted?). Run the setup again.</source>
        <translation>Its data changed (was its replication restarted?). Run the setup again.</translation>
    </message>
    <message>
        <source>Cutting %1 into chunks</source>
        <translation>Cutting %1 into chunks</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) of %1 table(s) to copy by %2 workers.</source>
        <translation>
            <numerusform>%n chunk of %1 table(s) to copy by %2 workers.</numerusform>
            <numerusform>%n chunks of %1 table(s) to copy by %2 workers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the keys of %1 on the target</source>
        <translation>Adding the keys of %1 on the target</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3 during the copy.</source>
        <translation>%1 moved from %2 to %3 during the copy.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 differs between %3 and the target after it was copied twice.</source>
        <translation>Chunk %1 of %2 differs between %3 and the target after it was copied twice.</translation>
    </message>
    <message>
        <source>Something changes the target&apos;s copy of this table (a trigger, an event, another client) or the origin is not stopped. Find it, then resume the setup.</source>
        <translation>Something changes the target&apos;s copy of this table (a trigger, an event, another client) or the origin is not stopped. Find it, then resume the setup.</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 differed on the target after loading: copied again.</source>
        <translation>Chunk %1 of %2 differed on the target after loading: copied again.</translation>
    </message>
    <message>
        <source>%1: adding its keys is tried again after the other tables (%2).</source>
        <translation>%1: adding its keys is tried again after the other tables (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) added in %2 s.</source>
        <translation>
            <numerusform>%1: %n key added in %2 s.</numerusform>
            <numerusform>%1: %n keys added in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>clearing chunk %1 of %2</source>
        <translation>clearing chunk %1 of %2</translation>
    </message>
    <message>
        <source>checking chunk %1 of %2</source>
        <translation>checking chunk %1 of %2</translation>
    </message>
    <message>
        <source>adding the keys of %1</source>
        <translation>adding the keys of %1</translation>
    </message>
    <message>
        <source>The workers spent %1 s loading chunks, %2 s checking them and %3 s adding keys.</source>
        <translation>The workers spent %1 s loading chunks, %2 s checking them and %3 s adding keys.</translation>
    </message>
    <message>
        <source>chunked copy by %1 workers, each in a consistent snapshot of %2: per schema DROP DATABASE, CREATE DATABASE; per table CREATE TABLE with its primary key, LOAD DATA LOCAL INFILE per chunk of about %3 MiB (sql_log_bin=0, unique_checks=0, foreign_key_checks=0), COUNT(*) and row hash of the chunk on both servers, then ALTER TABLE ... ADD the other keys; the foreign keys once every table is in</source>
        <translation>chunked copy by %1 workers, each in a consistent snapshot of %2: per schema DROP DATABASE, CREATE DATABASE; per table CREATE TABLE with its primary key, LOAD DATA LOCAL INFILE per chunk of about %3 MiB (sql_log_bin=0, unique_checks=0, foreign_key_checks=0), COUNT(*) and row hash of the chunk on both servers, then ALTER TABLE ... ADD the other keys; the foreign keys once every table is in</translation>
    </message>
    <message>
        <source>Adding the foreign keys of %1 on the target</source>
        <translation>Adding the foreign keys of %1 on the target</translation>
    </message>
</context>
<context>
    <name>ClientDefaultsFile</name>
    <message>
        <source>Cannot create a private temporary folder.</source>
        <translation>Cannot create a private temporary folder.</translation>
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
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>/path/to/global-bundle.pem</source>
        <translation>/path/to/global-bundle.pem</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Verify CA</source>
        <translation>Verify CA</translation>
    </message>
    <message>
        <source>Verify identity (CA and host name)</source>
        <translation>Verify identity (CA and host name)</translation>
    </message>
    <message>
        <source>Enter the host and the user first.</source>
        <translation>Enter the host and the user first.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Through an &amp;SSH tunnel</source>
        <translation>Through an &amp;SSH tunnel</translation>
    </message>
    <message>
        <source>SSH tunnel</source>
        <translation>SSH tunnel</translation>
    </message>
    <message>
        <source>Reach this server through a bastion host over SSH</source>
        <translation>Reach this server through a bastion host over SSH</translation>
    </message>
    <message>
        <source>Bastion h&amp;ost:</source>
        <translation>Bastion h&amp;ost:</translation>
    </message>
    <message>
        <source>bastion.example.com</source>
        <translation>bastion.example.com</translation>
    </message>
    <message>
        <source>SSH po&amp;rt:</source>
        <translation>SSH po&amp;rt:</translation>
    </message>
    <message>
        <source>SSH us&amp;er:</source>
        <translation>SSH us&amp;er:</translation>
    </message>
    <message>
        <source>Log &amp;in with:</source>
        <translation>Log &amp;in with:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>SSH pass&amp;word or passphrase:</source>
        <translation>SSH pass&amp;word or passphrase:</translation>
    </message>
    <message>
        <source>&amp;Trust this host key</source>
        <translation>&amp;Trust this host key</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Leave at &quot;from ~/.ssh/config&quot; to use the Port your SSH configuration gives this host (else 22).</source>
        <translation>Leave at &quot;from ~/.ssh/config&quot; to use the Port your SSH configuration gives this host (else 22).</translation>
    </message>
    <message>
        <source>from ~/.ssh/config</source>
        <translation>from ~/.ssh/config</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <source>SSH login method</source>
        <translation>SSH login method</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>client certificate</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>client key</translation>
    </message>
    <message>
        <source>No host is given for the %1.</source>
        <translation>No host is given for the %1.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Enter the server&apos;s host name or IP address.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or IP address for the %2.</source>
        <translation>&apos;%1&apos; is not a valid host name or IP address for the %2.</translation>
    </message>
    <message>
        <source>Enter a host name such as db.example.com or an address such as 10.0.0.5, without spaces, scheme or port.</source>
        <translation>Enter a host name such as db.example.com or an address such as 10.0.0.5, without spaces, scheme or port.</translation>
    </message>
    <message>
        <source>Port %1 of the %2 is outside 1 to 65535.</source>
        <translation>Port %1 of the %2 is outside 1 to 65535.</translation>
    </message>
    <message>
        <source>MySQL and MariaDB listen on 3306 unless configured otherwise.</source>
        <translation>MySQL and MariaDB listen on 3306 unless configured otherwise.</translation>
    </message>
    <message>
        <source>No user is given for the %1.</source>
        <translation>No user is given for the %1.</translation>
    </message>
    <message>
        <source>Enter the account to connect as.</source>
        <translation>Enter the account to connect as.</translation>
    </message>
    <message>
        <source>The %1 %2 for the %3 does not exist or cannot be read.</source>
        <translation>The %1 %2 for the %3 does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Check the path and the file&apos;s permissions.</source>
        <translation>Check the path and the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The %1 has a client certificate without its key, or a key without its certificate.</source>
        <translation>The %1 has a client certificate without its key, or a key without its certificate.</translation>
    </message>
    <message>
        <source>Give both files, or neither.</source>
        <translation>Give both files, or neither.</translation>
    </message>
    <message>
        <source>TLS mode &apos;%1&apos; for the %2 needs a CA file to verify against.</source>
        <translation>TLS mode &apos;%1&apos; for the %2 needs a CA file to verify against.</translation>
    </message>
    <message>
        <source>Give the CA file (for RDS: the region&apos;s global-bundle.pem), or choose &apos;required&apos;.</source>
        <translation>Give the CA file (for RDS: the region&apos;s global-bundle.pem), or choose &apos;required&apos;.</translation>
    </message>
    <message>
        <source>The SSH port %1 of the %2 is outside 1 to 65535.</source>
        <translation>The SSH port %1 of the %2 is outside 1 to 65535.</translation>
    </message>
    <message>
        <source>The SSH key file &apos;%1&apos; for the %2 does not exist or cannot be read.</source>
        <translation>The SSH key file &apos;%1&apos; for the %2 does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Give the private key&apos;s path (ssh_key=), or use ssh_auth=agent.</source>
        <translation>Give the private key&apos;s path (ssh_key=), or use ssh_auth=agent.</translation>
    </message>
    <message>
        <source>SSH listens on 22 unless configured otherwise; leave it empty to use ~/.ssh/config.</source>
        <translation>SSH listens on 22 unless configured otherwise; leave it empty to use ~/.ssh/config.</translation>
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
        <translation>server id %1</translation>
    </message>
    <message>
        <source>binlog %1</source>
        <translation>binlog %1</translation>
    </message>
    <message>
        <source>binlog off</source>
        <translation>binlog off</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>replica of %1:%2 (IO %3, SQL %4)</source>
        <translation>replica of %1:%2 (IO %3, SQL %4)</translation>
    </message>
    <message>
        <source>replica status not readable: %1</source>
        <translation>replica status not readable: %1</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>not a replica</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Enter the RDS primary (source), an RDS read replica used to take the copy (staging replica), and the external server that becomes the replica (target). Test each connection.</source>
        <translation>Enter the RDS primary (source), an RDS read replica used to take the copy (staging replica), and the external server that becomes the replica (target). Test each connection.</translation>
    </message>
    <message>
        <source>Replication account (created on the source if missing)</source>
        <translation>Replication account (created on the source if missing)</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>@</source>
        <translation>@</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;assword:</translation>
    </message>
    <message>
        <source>The target stores this password in clear text in its replication settings; use TLS to the source.</source>
        <translation>The target stores this password in clear text in its replication settings; use TLS to the source.</translation>
    </message>
    <message>
        <source>&amp;Remember the passwords in the system keychain</source>
        <translation>&amp;Remember the passwords in the system keychain</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain (%1); they stay in memory for this session only.</source>
        <translation>The passwords could not be stored in the keychain (%1); they stay in memory for this session only.</translation>
    </message>
    <message>
        <source>Aurora clone</source>
        <translation>Aurora clone</translation>
    </message>
    <message>
        <source>Replication account user</source>
        <translation>Replication account user</translation>
    </message>
    <message>
        <source>Replication account host</source>
        <translation>Replication account host</translation>
    </message>
    <message>
        <source>The host part of the account: the address the target connects from, or % for any</source>
        <translation>The host part of the account: the address the target connects from, or % for any</translation>
    </message>
    <message>
        <source>Replication account password</source>
        <translation>Replication account password</translation>
    </message>
</context>
<context>
    <name>CopyObjectsStep</name>
    <message>
        <source>Create views, routines, triggers and events</source>
        <translation>Create views, routines, triggers and events</translation>
    </message>
    <message>
        <source>Each object is read from %1 (SHOW CREATE) and created on the target with the sql_mode, collation and time zone it was created with, views after the views they read, and %2. Events are created disabled, as on a replica.</source>
        <translation>Each object is read from %1 (SHOW CREATE) and created on the target with the sql_mode, collation and time zone it was created with, views after the views they read, and %2. Events are created disabled, as on a replica.</translation>
    </message>
    <message>
        <source>The copied schemas have no views, routines, triggers or events.</source>
        <translation>The copied schemas have no views, routines, triggers or events.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?</source>
        <translation>
            <numerusform>Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?</numerusform>
            <numerusform>Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Declined: the target holds the tables but no views, routines, triggers or events.</source>
        <translation>Declined: the target holds the tables but no views, routines, triggers or events.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n object(s) on the target.</source>
        <translation>
            <numerusform>Created %n object(s) on the target.</numerusform>
            <numerusform>Created %n object(s) on the target.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyVerifier</name>
    <message>
        <source>Compared %1 tables (%2 rows) and %3 views, routines, triggers and events: %4.</source>
        <translation>Compared %1 tables (%2 rows) and %3 views, routines, triggers and events: %4.</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference(s)</numerusform>
            <numerusform>%n difference(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing on the target</source>
        <translation>%1 is missing on the target</translation>
    </message>
    <message>
        <source>%1 has %2 rows, the copy %3</source>
        <translation>%1 has %2 rows, the copy %3</translation>
    </message>
    <message>
        <source>%1 has different contents (checksum)</source>
        <translation>%1 has different contents (checksum)</translation>
    </message>
    <message>
        <source>%1: %2 on the origin, %3 on the target</source>
        <translation>%1: %2 on the origin, %3 on the target</translation>
    </message>
</context>
<context>
    <name>CrashRecoveryPosition</name>
    <message>
        <source>Paste the message of the clone&apos;s event exactly as AWS shows it, e.g. &apos;%1 mysql-bin-changelog.000001 154&apos; (aws rds describe-events --source-type db-cluster --source-identifier &lt;clone&gt;).</source>
        <translation>Paste the message of the clone&apos;s event exactly as AWS shows it, e.g. &apos;%1 mysql-bin-changelog.000001 154&apos; (aws rds describe-events --source-type db-cluster --source-identifier &lt;clone&gt;).</translation>
    </message>
    <message>
        <source>No crash-recovery position was given for the clone.</source>
        <translation>No crash-recovery position was given for the clone.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not Aurora&apos;s crash-recovery event: it must start with &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; is not Aurora&apos;s crash-recovery event: it must start with &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end with exactly a binary log file name and a position.</source>
        <translation>&apos;%1&apos; must end with exactly a binary log file name and a position.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a binary log file name (name.NNNNNN, e.g. mysql-bin-changelog.000001).</source>
        <translation>&apos;%1&apos; is not a binary log file name (name.NNNNNN, e.g. mysql-bin-changelog.000001).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a binary log position (a whole number of at least 4).</source>
        <translation>&apos;%1&apos; is not a binary log position (a whole number of at least 4).</translation>
    </message>
</context>
<context>
    <name>CreateCloneStep</name>
    <message>
        <source>Make the Aurora clone (AWS)</source>
        <translation>Make the Aurora clone (AWS)</translation>
    </message>
    <message>
        <source>Aurora readers are not binlog replicas: the copy comes from a clone of the cluster, made with these AWS commands (run by you, not by this tool):
%1</source>
        <translation>Aurora readers are not binlog replicas: the copy comes from a clone of the cluster, made with these AWS commands (run by you, not by this tool):
%1</translation>
    </message>
    <message>
        <source>Is the clone %1 available at %2, made after binary logging and retention were set on the cluster, and is the crash-recovery position its event&apos;s?</source>
        <translation>Is the clone %1 available at %2, made after binary logging and retention were set on the cluster, and is the crash-recovery position its event&apos;s?</translation>
    </message>
    <message>
        <source>Declined: the copy needs the Aurora clone.</source>
        <translation>Declined: the copy needs the Aurora clone.</translation>
    </message>
    <message>
        <source>The clone was made by the DBA (confirmed).</source>
        <translation>The clone was made by the DBA (confirmed).</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <source>Enter the passwords that are not in the keychain. They stay in memory only.</source>
        <translation>Enter the passwords that are not in the keychain. They stay in memory only.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>S&amp;taging replica:</source>
        <translation>S&amp;taging replica:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Keep a heartbeat row on the source (schema replica_wizard)</source>
        <translation>&amp;Keep a heartbeat row on the source (schema replica_wizard)</translation>
    </message>
    <message>
        <source>Writes one row every poll on the source, replicated to the replicas, to measure the true lag.</source>
        <translation>Writes one row every poll on the source, replicated to the replicas, to measure the true lag.</translation>
    </message>
    <message>
        <source>Poll &amp;every</source>
        <translation>Poll &amp;every</translation>
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
        <translation>Binlog runway</translation>
    </message>
    <message>
        <source>How long the target may stay disconnected before the source purges the binlog it still needs.</source>
        <translation>How long the target may stay disconnected before the source purges the binlog it still needs.</translation>
    </message>
    <message>
        <source>Replica status: %1</source>
        <translation>Replica status: %1</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Not connected yet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Heartbeat off: only the server&apos;s figure is shown. Tick the heartbeat box to chart the true lag.</source>
        <translation>Heartbeat off: only the server&apos;s figure is shown. Tick the heartbeat box to chart the true lag.</translation>
    </message>
    <message>
        <source>The heartbeat cannot be written on the source (%1); only the server&apos;s figure is shown.</source>
        <translation>The heartbeat cannot be written on the source (%1); only the server&apos;s figure is shown.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Run this on the %1 (%2)?

%3</source>
        <translation>Run this on the %1 (%2)?

%3</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>&amp;Lagging from</source>
        <translation>&amp;Lagging from</translation>
    </message>
    <message>
        <source>Seconds behind the source from which a replica counts as lagging.</source>
        <translation>Seconds behind the source from which a replica counts as lagging.</translation>
    </message>
</context>
<context>
    <name>DefinerAccountsStep</name>
    <message>
        <source>DEFINER accounts on the target</source>
        <translation>DEFINER accounts on the target</translation>
    </message>
    <message>
        <source>Every copied view, routine, trigger and event gets %1 as its DEFINER; that account must exist on the target. No account is created.</source>
        <translation>Every copied view, routine, trigger and event gets %1 as its DEFINER; that account must exist on the target. No account is created.</translation>
    </message>
    <message>
        <source>Views, routines, triggers and events name DEFINER accounts (on RDS usually the master user). Those missing on the target are created there locked, with no usable password, and granted exactly what their objects need on the copied schemas, so every object works as on the source.</source>
        <translation>Views, routines, triggers and events name DEFINER accounts (on RDS usually the master user). Those missing on the target are created there locked, with no usable password, and granted exactly what their objects need on the copied schemas, so every object works as on the source.</translation>
    </message>
    <message>
        <source>%1 exists on the target but lacks what its objects need there: %2</source>
        <translation>%1 exists on the target but lacks what its objects need there: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the %2 either: its objects fail there too (error 1449).</source>
        <translation>%1 does not exist on the %2 either: its objects fail there too (error 1449).</translation>
    </message>
    <message>
        <source>The account %1 that every copied object should get as its DEFINER does not exist on the target.</source>
        <translation>The account %1 that every copied object should get as its DEFINER does not exist on the target.</translation>
    </message>
    <message>
        <source>Create it on the target, or choose definers=create.</source>
        <translation>Create it on the target, or choose definers=create.</translation>
    </message>
    <message>
        <source>No DEFINER account needs to be created on the target.</source>
        <translation>No DEFINER account needs to be created on the target.</translation>
    </message>
    <message>
        <source>Create the DEFINER accounts the copied objects need on the target (locked, no usable password, only the privileges their objects need)?</source>
        <translation>Create the DEFINER accounts the copied objects need on the target (locked, no usable password, only the privileges their objects need)?</translation>
    </message>
    <message>
        <source>Declined: views and routines would fail on the target (errors 1449 and 1356).</source>
        <translation>Declined: views and routines would fail on the target (errors 1449 and 1356).</translation>
    </message>
</context>
<context>
    <name>DefinerPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a definer policy.</source>
        <translation>&apos;%1&apos; is not a definer policy.</translation>
    </message>
    <message>
        <source>Use definers=create, or definers=remap:&apos;user&apos;@&apos;host&apos; naming an account that exists on the target.</source>
        <translation>Use definers=create, or definers=remap:&apos;user&apos;@&apos;host&apos; naming an account that exists on the target.</translation>
    </message>
    <message>
        <source>create each missing definer account on the target, locked, with the privileges its objects need</source>
        <translation>create each missing definer account on the target, locked, with the privileges its objects need</translation>
    </message>
    <message>
        <source>make %1 the definer of every copied object</source>
        <translation>make %1 the definer of every copied object</translation>
    </message>
</context>
<context>
    <name>DeleteCloneStep</name>
    <message>
        <source>Delete the Aurora clone (AWS)</source>
        <translation>Delete the Aurora clone (AWS)</translation>
    </message>
    <message>
        <source>%1 The target replicates from the writer, not from the clone:
%2</source>
        <translation>%1 The target replicates from the writer, not from the clone:
%2</translation>
    </message>
    <message>
        <source>Delete the clone %1 now (it costs money while it exists)? Confirm once it is deleted.</source>
        <translation>Delete the clone %1 now (it costs money while it exists)? Confirm once it is deleted.</translation>
    </message>
    <message>
        <source>The clone %1 still exists and costs money: delete it when you no longer need it.</source>
        <translation>The clone %1 still exists and costs money: delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>The clone was deleted by the DBA (confirmed).</source>
        <translation>The clone was deleted by the DBA (confirmed).</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>The server does not answer.</translation>
    </message>
    <message>
        <source>SQL thread:</source>
        <translation>SQL thread:</translation>
    </message>
    <message>
        <source>IO thread:</source>
        <translation>IO thread:</translation>
    </message>
    <message>
        <source>The source does not answer; the replica&apos;s figures (IO %1, %2 s behind) are stale.</source>
        <translation>The source does not answer; the replica&apos;s figures (IO %1, %2 s behind) are stale.</translation>
    </message>
    <message>
        <source>Check the source (CPU, storage, a reboot in progress) and the network to it.</source>
        <translation>Check the source (CPU, storage, a reboot in progress) and the network to it.</translation>
    </message>
    <message>
        <source>The IO thread is trying to reach the source %1:%2.</source>
        <translation>The IO thread is trying to reach the source %1:%2.</translation>
    </message>
    <message>
        <source>Check the network path to the source (security groups, network ACLs).</source>
        <translation>Check the network path to the source (security groups, network ACLs).</translation>
    </message>
    <message>
        <source> Its SQL thread already stopped on it: [%1] %2</source>
        <translation> Its SQL thread already stopped on it: [%1] %2</translation>
    </message>
    <message>
        <source> The next write to a table it should ignore (RDS&apos;s housekeeping, or a schema that was not copied) stops it.</source>
        <translation> The next write to a table it should ignore (RDS&apos;s housekeeping, or a schema that was not copied) stops it.</translation>
    </message>
    <message>
        <source>The target lost replication filters its setup gave it (%1), most likely in a restart: SET GLOBAL and CHANGE REPLICATION FILTER do not survive one.</source>
        <translation>The target lost replication filters its setup gave it (%1), most likely in a restart: SET GLOBAL and CHANGE REPLICATION FILTER do not survive one.</translation>
    </message>
    <message>
        <source>Set them again: %1. Then add these lines to the target&apos;s configuration file: %2</source>
        <translation>Set them again: %1. Then add these lines to the target&apos;s configuration file: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosisBox</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nothing to report.</translation>
    </message>
</context>
<context>
    <name>DisableEventsStep</name>
    <message>
        <source>Keep copied events from running on the target</source>
        <translation>Keep copied events from running on the target</translation>
    </message>
    <message>
        <source>Events run on the source; their results arrive by replication. The copy creates them disabled as on a replica; any copied event still enabled on the target is disabled here.</source>
        <translation>Events run on the source; their results arrive by replication. The copy creates them disabled as on a replica; any copied event still enabled on the target is disabled here.</translation>
    </message>
    <message>
        <source>No copied event is enabled on the target.</source>
        <translation>No copied event is enabled on the target.</translation>
    </message>
    <message>
        <source>Disable the copied events on the target (they run on the source)?</source>
        <translation>Disable the copied events on the target (they run on the source)?</translation>
    </message>
    <message>
        <source>Declined: events running on the target would collide with replicated writes.</source>
        <translation>Declined: events running on the target would collide with replicated writes.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reading the status…</source>
        <translation>Reading the status…</translation>
    </message>
    <message>
        <source>&amp;Export runbook with audit log...</source>
        <translation>&amp;Export runbook with audit log...</translation>
    </message>
    <message>
        <source>Export runbook</source>
        <translation>Export runbook</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The runbook could not be written to %1.</source>
        <translation>The runbook could not be written to %1.</translation>
    </message>
    <message>
        <source>
## Audit log

Every statement run, with time, server and outcome (passwords masked).

</source>
        <translation>
## Audit log

Every statement run, with time, server and outcome (passwords masked).

</translation>
    </message>
    <message>
        <source>The target replicates from the source. Here is the servers&apos; status now; the status dashboard keeps watching it.</source>
        <translation>The target replicates from the source. Here is the servers&apos; status now; the status dashboard keeps watching it.</translation>
    </message>
    <message>
        <source>Open the status &amp;dashboard</source>
        <translation>Open the status &amp;dashboard</translation>
    </message>
    <message>
        <source>The servers&apos; status now</source>
        <translation>The servers&apos; status now</translation>
    </message>
</context>
<context>
    <name>DumpPipeSeeder</name>
    <message>
        <source>No schema was chosen to copy.</source>
        <translation>No schema was chosen to copy.</translation>
    </message>
    <message>
        <source>mariadb-dump/mysqldump or the mariadb/mysql client was not found.</source>
        <translation>mariadb-dump/mysqldump or the mariadb/mysql client was not found.</translation>
    </message>
    <message>
        <source>Install the mariadb-client package.</source>
        <translation>Install the mariadb-client package.</translation>
    </message>
    <message>
        <source>The client for the target could not be started: %1</source>
        <translation>The client for the target could not be started: %1</translation>
    </message>
    <message>
        <source>The dump tool could not be started: %1</source>
        <translation>The dump tool could not be started: %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target holds a partial copy.</source>
        <translation>The copy was cancelled; the target holds a partial copy.</translation>
    </message>
    <message>
        <source>Run the seed again before pointing the target at the source.</source>
        <translation>Run the seed again before pointing the target at the source.</translation>
    </message>
    <message>
        <source>Loading into the target failed: %1</source>
        <translation>Loading into the target failed: %1</translation>
    </message>
    <message>
        <source>Fix the cause shown by the client and run the seed again.</source>
        <translation>Fix the cause shown by the client and run the seed again.</translation>
    </message>
    <message>
        <source>The dump of %1 did not complete (exit code %2): %3</source>
        <translation>The dump of %1 did not complete (exit code %2): %3</translation>
    </message>
    <message>
        <source>Fix the cause and run the seed again; the target holds a partial copy.</source>
        <translation>Fix the cause and run the seed again; the target holds a partial copy.</translation>
    </message>
    <message>
        <source>The folder %1 for the dump copy cannot be created.</source>
        <translation>The folder %1 for the dump copy cannot be created.</translation>
    </message>
    <message>
        <source>Choose a writable folder, or do not keep a copy.</source>
        <translation>Choose a writable folder, or do not keep a copy.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>gzip could not be started: %1</source>
        <translation>gzip could not be started: %1</translation>
    </message>
    <message>
        <source>Writing the dump copy %1 failed: %2</source>
        <translation>Writing the dump copy %1 failed: %2</translation>
    </message>
    <message>
        <source>Free space in %1 or do not keep a copy, then run the seed again; the target holds a partial copy.</source>
        <translation>Free space in %1 or do not keep a copy, then run the seed again; the target holds a partial copy.</translation>
    </message>
    <message>
        <source>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</source>
        <translation>No progress from the %1 for %2 s: it does not answer (hung, overloaded, or the network dropped the connection).</translation>
    </message>
    <message>
        <source>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy is redone.</source>
        <translation>Check the server and the network, then resume the setup (replica-wizard-cli setup --resume); the copy is redone.</translation>
    </message>
    <message>
        <source>Loading into the target failed</source>
        <translation>Loading into the target failed</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>The TLS handshake failed.</translation>
    </message>
    <message>
        <source>Check the CA file and whether the certificate matches the host name you connect to.</source>
        <translation>Check the CA file and whether the certificate matches the host name you connect to.</translation>
    </message>
    <message>
        <source>The replica asked the source for a binlog position that does not exist: the coordinates were not the executed ones, or the file does not match.</source>
        <translation>The replica asked the source for a binlog position that does not exist: the coordinates were not the executed ones, or the file does not match.</translation>
    </message>
    <message>
        <source>Seed the target again. Use Relay_Master_Log_File and Exec_Master_Log_Pos of the stopped staging replica, never the read coordinates.</source>
        <translation>Seed the target again. Use Relay_Master_Log_File and Exec_Master_Log_Pos of the stopped staging replica, never the read coordinates.</translation>
    </message>
    <message>
        <source>The binary log the replica needs next was already purged from the source.</source>
        <translation>The binary log the replica needs next was already purged from the source.</translation>
    </message>
    <message>
        <source>Seed the target again; raise &apos;binlog retention hours&apos; on the source first (CALL mysql.rds_set_configuration). Skipping events cannot repair this.</source>
        <translation>Seed the target again; raise &apos;binlog retention hours&apos; on the source first (CALL mysql.rds_set_configuration). Skipping events cannot repair this.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <source>Check the user, the password and the host part of the account (&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Check the user, the password and the host part of the account (&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>The account may not use this database.</source>
        <translation>The account may not use this database.</translation>
    </message>
    <message>
        <source>Grant the account access to the database, or connect without one.</source>
        <translation>Grant the account access to the database, or connect without one.</translation>
    </message>
    <message>
        <source>The server does not accept this account from your address.</source>
        <translation>The server does not accept this account from your address.</translation>
    </message>
    <message>
        <source>Create the account for your client&apos;s host, or use &apos;%&apos; as its host part.</source>
        <translation>Create the account for your client&apos;s host, or use &apos;%&apos; as its host part.</translation>
    </message>
    <message>
        <source>Nothing answered at this host and port.</source>
        <translation>Nothing answered at this host and port.</translation>
    </message>
    <message>
        <source>Check the host name, the port, that the server is running, and the network path (security groups, network ACLs, firewalls).</source>
        <translation>Check the host name, the port, that the server is running, and the network path (security groups, network ACLs, firewalls).</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>The host name could not be resolved.</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint and the DNS configuration.</source>
        <translation>Check the spelling of the endpoint and the DNS configuration.</translation>
    </message>
    <message>
        <source>The connection was lost during the handshake or a query.</source>
        <translation>The connection was lost during the handshake or a query.</translation>
    </message>
    <message>
        <source>Check the network and timeouts; a hung or overloaded server also causes this.</source>
        <translation>Check the network and timeouts; a hung or overloaded server also causes this.</translation>
    </message>
    <message>
        <source>The TLS connection could not be set up.</source>
        <translation>The TLS connection could not be set up.</translation>
    </message>
    <message>
        <source>The account uses caching_sha2_password, which needs TLS or the server&apos;s public key.</source>
        <translation>The account uses caching_sha2_password, which needs TLS or the server&apos;s public key.</translation>
    </message>
    <message>
        <source>Enable TLS on the connection (MASTER_SSL=1 for replication) or GET_MASTER_PUBLIC_KEY=1.</source>
        <translation>Enable TLS on the connection (MASTER_SSL=1 for replication) or GET_MASTER_PUBLIC_KEY=1.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections.</source>
        <translation>The server accepts only encrypted connections.</translation>
    </message>
    <message>
        <source>Set TLS to &apos;required&apos; or stricter for this connection.</source>
        <translation>Set TLS to &apos;required&apos; or stricter for this connection.</translation>
    </message>
    <message>
        <source>Source and replica have the same server_id or server_uuid.</source>
        <translation>Source and replica have the same server_id or server_uuid.</translation>
    </message>
    <message>
        <source>Give the target its own server_id; for a duplicated server_uuid delete auto.cnf on the target and restart it.</source>
        <translation>Give the target its own server_id; for a duplicated server_uuid delete auto.cnf on the target and restart it.</translation>
    </message>
    <message>
        <source>A replicated row already exists on the replica: the data has drifted.</source>
        <translation>A replicated row already exists on the replica: the data has drifted.</translation>
    </message>
    <message>
        <source>The target was written to, or was seeded from the wrong coordinates: seed it again.</source>
        <translation>The target was written to, or was seeded from the wrong coordinates: seed it again.</translation>
    </message>
    <message>
        <source>A replicated change did not find its row on the replica: the data has drifted.</source>
        <translation>A replicated change did not find its row on the replica: the data has drifted.</translation>
    </message>
    <message>
        <source>A replicated change refers to a table the replica does not have.</source>
        <translation>A replicated change refers to a table the replica does not have.</translation>
    </message>
    <message>
        <source>Ignore RDS&apos;s own tables (replicate_wild_ignore_table=mysql.rds%) and tables of schemas that were not copied, or copy the missing schema.</source>
        <translation>Ignore RDS&apos;s own tables (replicate_wild_ignore_table=mysql.rds%) and tables of schemas that were not copied, or copy the missing schema.</translation>
    </message>
    <message>
        <source>The replica threads are running.</source>
        <translation>The replica threads are running.</translation>
    </message>
    <message>
        <source>Stop the replica first (STOP SLAVE / STOP REPLICA).</source>
        <translation>Stop the replica first (STOP SLAVE / STOP REPLICA).</translation>
    </message>
    <message>
        <source>The account lacks a privilege this statement needs (on RDS the master user has no SUPER, RELOAD or FILE).</source>
        <translation>The account lacks a privilege this statement needs (on RDS the master user has no SUPER, RELOAD or FILE).</translation>
    </message>
    <message>
        <source>A view, routine, trigger or event names a DEFINER account that does not exist.</source>
        <translation>A view, routine, trigger or event names a DEFINER account that does not exist.</translation>
    </message>
    <message>
        <source>The server does not know a collation the data uses.</source>
        <translation>The server does not know a collation the data uses.</translation>
    </message>
    <message>
        <source>Map the collation (e.g. utf8mb4_0900_ai_ci to utf8mb4_unicode_520_ci) before loading.</source>
        <translation>Map the collation (e.g. utf8mb4_0900_ai_ci to utf8mb4_unicode_520_ci) before loading.</translation>
    </message>
    <message>
        <source>A GTID arrived out of order (gtid_strict_mode): an errant transaction was committed on the replica.</source>
        <translation>A GTID arrived out of order (gtid_strict_mode): an errant transaction was committed on the replica.</translation>
    </message>
    <message>
        <source>Find and remove the errant transaction on the target, or seed it again.</source>
        <translation>Find and remove the errant transaction on the target, or seed it again.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>The server reported an error.</translation>
    </message>
    <message>
        <source>See the server&apos;s message; the MySQL/MariaDB error reference explains the number.</source>
        <translation>See the server&apos;s message; the MySQL/MariaDB error reference explains the number.</translation>
    </message>
    <message>
        <source>Creating an object with another account as its DEFINER needs SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID or SYSTEM_USER), which this account lacks.</source>
        <translation>Creating an object with another account as its DEFINER needs SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID or SYSTEM_USER), which this account lacks.</translation>
    </message>
    <message>
        <source>Connect to the target as an account with that privilege, or remap the definers to this account (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Connect to the target as an account with that privilege, or remap the definers to this account (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>Use the RDS procedure for this task, or connect as an account with the privilege the message names.</source>
        <translation>Use the RDS procedure for this task, or connect as an account with the privilege the message names.</translation>
    </message>
    <message>
        <source>With binary logging on, creating a function needs SUPER unless log_bin_trust_function_creators is set.</source>
        <translation>With binary logging on, creating a function needs SUPER unless log_bin_trust_function_creators is set.</translation>
    </message>
    <message>
        <source>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER.</source>
        <translation>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER.</translation>
    </message>
    <message>
        <source>The account lacks a privilege this statement needs.</source>
        <translation>The account lacks a privilege this statement needs.</translation>
    </message>
    <message>
        <source>Grant the privilege the message names, or connect as an account that has it.</source>
        <translation>Grant the privilege the message names, or connect as an account that has it.</translation>
    </message>
    <message>
        <source>Create the definer account on this server (definers=create does so, locked), or remap the definers to an existing account (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Create the definer account on this server (definers=create does so, locked), or remap the definers to an existing account (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>A view refers to something that does not exist, or its DEFINER (or invoker) may not read it.</source>
        <translation>A view refers to something that does not exist, or its DEFINER (or invoker) may not read it.</translation>
    </message>
    <message>
        <source>With definers=create the tool grants each definer what its objects need on the copied schemas; otherwise grant the definer SELECT on the schemas the view reads, or remap the definers to an account that may read them.</source>
        <translation>With definers=create the tool grants each definer what its objects need on the copied schemas; otherwise grant the definer SELECT on the schemas the view reads, or remap the definers to an account that may read them.</translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>%1: not checked yet</source>
        <translation>%1: not checked yet</translation>
    </message>
    <message>
        <source>No remembered password: open the setup&apos;s dashboard and let the keychain remember it.</source>
        <translation>No remembered password: open the setup&apos;s dashboard and let the keychain remember it.</translation>
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
        <translation>Setup</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Binlog runway</source>
        <translation>Binlog runway</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>not watched</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — its last run did not finish</source>
        <translation>%1 — its last run did not finish</translation>
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
        <translation> (true %1 s)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>GtidChoice</name>
    <message>
        <source>File and position: the profile says gtid=off.</source>
        <translation>File and position: the profile says gtid=off.</translation>
    </message>
    <message>
        <source>File and position until the servers are connected.</source>
        <translation>File and position until the servers are connected.</translation>
    </message>
    <message>
        <source>Set gtid=off (or auto) in the profile&apos;s [options] for file/position replication.</source>
        <translation>Set gtid=off (or auto) in the profile&apos;s [options] for file/position replication.</translation>
    </message>
    <message>
        <source>A MariaDB target cannot use a MySQL source&apos;s GTIDs.</source>
        <translation>A MariaDB target cannot use a MySQL source&apos;s GTIDs.</translation>
    </message>
    <message>
        <source>File and position: a MariaDB target cannot use a MySQL source&apos;s GTIDs.</source>
        <translation>File and position: a MariaDB target cannot use a MySQL source&apos;s GTIDs.</translation>
    </message>
    <message>
        <source>A MySQL target cannot use a MariaDB source&apos;s GTIDs.</source>
        <translation>A MySQL target cannot use a MariaDB source&apos;s GTIDs.</translation>
    </message>
    <message>
        <source>File and position: a MySQL target cannot use a MariaDB source&apos;s GTIDs.</source>
        <translation>File and position: a MySQL target cannot use a MariaDB source&apos;s GTIDs.</translation>
    </message>
    <message>
        <source>The source has no binary log, so no GTIDs.</source>
        <translation>The source has no binary log, so no GTIDs.</translation>
    </message>
    <message>
        <source>The source has gtid_mode=%1, not ON.</source>
        <translation>The source has gtid_mode=%1, not ON.</translation>
    </message>
    <message>
        <source>File and position: the source does not have GTIDs on.</source>
        <translation>File and position: the source does not have GTIDs on.</translation>
    </message>
    <message>
        <source>The target has gtid_mode=%1: it cannot replicate by GTID.</source>
        <translation>The target has gtid_mode=%1: it cannot replicate by GTID.</translation>
    </message>
    <message>
        <source>Set gtid_mode=ON and enforce_gtid_consistency=ON on the target (in its configuration file), or set gtid=off in the profile.</source>
        <translation>Set gtid_mode=ON and enforce_gtid_consistency=ON on the target (in its configuration file), or set gtid=off in the profile.</translation>
    </message>
    <message>
        <source>File and position: the source has GTIDs on, the target not (gtid_mode=%1).</source>
        <translation>File and position: the source has GTIDs on, the target not (gtid_mode=%1).</translation>
    </message>
    <message>
        <source>GTID auto-positioning: the source and the target have gtid_mode=ON.</source>
        <translation>GTID auto-positioning: the source and the target have gtid_mode=ON.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos): the profile says gtid=on.</source>
        <translation>GTID positioning (MASTER_USE_GTID=slave_pos): the profile says gtid=on.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos), as the staging replica replicates.</source>
        <translation>GTID positioning (MASTER_USE_GTID=slave_pos), as the staging replica replicates.</translation>
    </message>
    <message>
        <source>GTID positioning (MASTER_USE_GTID=slave_pos): the source has gtid_strict_mode=ON.</source>
        <translation>GTID positioning (MASTER_USE_GTID=slave_pos): the source has gtid_strict_mode=ON.</translation>
    </message>
    <message>
        <source>File and position: the staging replica does not replicate by GTID and the source has gtid_strict_mode=OFF (gtid=on in the profile&apos;s [options] chooses GTIDs).</source>
        <translation>File and position: the staging replica does not replicate by GTID and the source has gtid_strict_mode=OFF (gtid=on in the profile&apos;s [options] chooses GTIDs).</translation>
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
        <translation>lagging</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>IO thread error</source>
        <translation>IO thread error</translation>
    </message>
    <message>
        <source>SQL thread error</source>
        <translation>SQL thread error</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>not a replica</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>filters missing</source>
        <translation>filters missing</translation>
    </message>
</context>
<context>
    <name>Heartbeat</name>
    <message>
        <source>No heartbeat table here: the heartbeat is off, or filtered out on this replica.</source>
        <translation>No heartbeat table here: the heartbeat is off, or filtered out on this replica.</translation>
    </message>
    <message>
        <source>No heartbeat has arrived yet.</source>
        <translation>No heartbeat has arrived yet.</translation>
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
        <translation>now</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Lag:</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master</source>
        <translation>Seconds_Behind_Master</translation>
    </message>
    <message>
        <source>true lag (heartbeat)</source>
        <translation>true lag (heartbeat)</translation>
    </message>
    <message>
        <source>Target lag chart</source>
        <translation>Target lag chart</translation>
    </message>
    <message>
        <source>No lag measured yet.</source>
        <translation>No lag measured yet.</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master now %1 s</source>
        <translation>Seconds_Behind_Master now %1 s</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master unknown</source>
        <translation>Seconds_Behind_Master unknown</translation>
    </message>
    <message>
        <source>true lag now %1 s</source>
        <translation>true lag now %1 s</translation>
    </message>
    <message>
        <source>at most %1 s in the chart</source>
        <translation>at most %1 s in the chart</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <source>The manual step &apos;%1&apos; was not confirmed.</source>
        <translation>The manual step &apos;%1&apos; was not confirmed.</translation>
    </message>
    <message>
        <source>Hold off application writes on the source</source>
        <translation>Hold off application writes on the source</translation>
    </message>
    <message>
        <source>Remove the applications&apos; access to the source (e.g. the security group&apos;s ingress rules; write them down to restore later). Confirm when no application writes any more.</source>
        <translation>Remove the applications&apos; access to the source (e.g. the security group&apos;s ingress rules; write them down to restore later). Confirm when no application writes any more.</translation>
    </message>
    <message>
        <source>Give the applications their access back</source>
        <translation>Give the applications their access back</translation>
    </message>
    <message>
        <source>Restore the access rules you removed.</source>
        <translation>Restore the access rules you removed.</translation>
    </message>
</context>
<context>
    <name>NagiosLine</name>
    <message>
        <source>all servers ok</source>
        <translation>all servers ok</translation>
    </message>
    <message numerus="yes">
        <source>, target %n s behind</source>
        <translation>
            <numerusform>, target %n s behind</numerusform>
            <numerusform>, target %n s behind</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 setups not ok</source>
        <translation>%1 of %2 setups not ok</translation>
    </message>
</context>
<context>
    <name>OptionFile</name>
    <message>
        <source>Line %1: include directives are not supported here.</source>
        <translation>Line %1: include directives are not supported here.</translation>
    </message>
    <message>
        <source>Put every value into this file.</source>
        <translation>Put every value into this file.</translation>
    </message>
    <message>
        <source>Line %1: a group header lacks its closing &apos;]&apos;.</source>
        <translation>Line %1: a group header lacks its closing &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Write group headers as [name].</source>
        <translation>Write group headers as [name].</translation>
    </message>
    <message>
        <source>Line %1: an option stands before any [group] header.</source>
        <translation>Line %1: an option stands before any [group] header.</translation>
    </message>
    <message>
        <source>Start the file with a group such as [source].</source>
        <translation>Start the file with a group such as [source].</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is not closed properly.</source>
        <translation>Line %1: a quoted value is not closed properly.</translation>
    </message>
    <message>
        <source>Close the quote, and escape quotes inside it with a backslash.</source>
        <translation>Close the quote, and escape quotes inside it with a backslash.</translation>
    </message>
</context>
<context>
    <name>PasswordResolver</name>
    <message>
        <source>The secrets file %1 has no password for [%2].</source>
        <translation>The secrets file %1 has no password for [%2].</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>no keychain</translation>
    </message>
    <message>
        <source>the replication account %1@%2</source>
        <translation>the replication account %1@%2</translation>
    </message>
    <message>
        <source>No password for %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</source>
        <translation>No password for %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</translation>
    </message>
    <message>
        <source>the SSH login %1@%2</source>
        <translation>the SSH login %1@%2</translation>
    </message>
    <message>
        <source>No password for %1 (%2).</source>
        <translation>No password for %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Prints the plan of a setup (every statement it would run now); changes nothing.</source>
        <translation>Prints the plan of a setup (every statement it would run now); changes nothing.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (default) or json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format needs markdown or json.</source>
        <translation>--format needs markdown or json.</translation>
    </message>
</context>
<context>
    <name>PlanHost</name>
    <message>
        <source>The %1 is not connected.</source>
        <translation>The %1 is not connected.</translation>
    </message>
    <message>
        <source>Planning never changes a server (refused: %1).</source>
        <translation>Planning never changes a server (refused: %1).</translation>
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
        <translation>Every step in order, with the server it runs on and the exact SQL or command (passwords masked). Each step that changes a server asks before it runs.</translation>
    </message>
    <message>
        <source>&amp;Export runbook...</source>
        <translation>&amp;Export runbook...</translation>
    </message>
    <message>
        <source>Export runbook</source>
        <translation>Export runbook</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The runbook could not be written to %1.</source>
        <translation>The runbook could not be written to %1.</translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation>Building the plan…</translation>
    </message>
    <message>
        <source>This run resumes the unfinished one: each step it finished is checked on the servers and skipped while its effect is still there; the interrupted step runs again.</source>
        <translation>This run resumes the unfinished one: each step it finished is checked on the servers and skipped while its effect is still there; the interrupted step runs again.</translation>
    </message>
    <message>
        <source>Every step with its server and its exact statements</source>
        <translation>Every step with its server and its exact statements</translation>
    </message>
</context>
<context>
    <name>PointTargetStep</name>
    <message>
        <source>Point the target at the source</source>
        <translation>Point the target at the source</translation>
    </message>
    <message>
        <source>The target will replicate from the source&apos;s endpoint (never the staging replica&apos;s source address) from the copy&apos;s coordinates.</source>
        <translation>The target will replicate from the source&apos;s endpoint (never the staging replica&apos;s source address) from the copy&apos;s coordinates.</translation>
    </message>
    <message>
        <source>Point the target at %1 from %2?</source>
        <translation>Point the target at %1 from %2?</translation>
    </message>
    <message>
        <source>Declined: the target holds the copy but does not replicate.</source>
        <translation>Declined: the target holds the copy but does not replicate.</translation>
    </message>
    <message>
        <source>The target no longer points at the source since the run set it up.</source>
        <translation>The target no longer points at the source since the run set it up.</translation>
    </message>
    <message>
        <source>Run the setup again without --resume for a fresh seed.</source>
        <translation>Run the setup again without --resume for a fresh seed.</translation>
    </message>
    <message>
        <source>GTID %1</source>
        <translation>GTID %1</translation>
    </message>
    <message>
        <source>This tool reaches the source through the SSH tunnel at %1, but the target connects to %2 itself: the target must reach that address (network path, security groups).</source>
        <translation>This tool reaches the source through the SSH tunnel at %1, but the target connects to %2 itself: the target must reach that address (network path, security groups).</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Connection to the %1</source>
        <translation>Connection to the %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>%1 can replicate from %2.</source>
        <translation>%1 can replicate from %2.</translation>
    </message>
    <message>
        <source>Binary log on the source</source>
        <translation>Binary log on the source</translation>
    </message>
    <message>
        <source>The source writes no binary log, so nothing can replicate from it.</source>
        <translation>The source writes no binary log, so nothing can replicate from it.</translation>
    </message>
    <message>
        <source>On RDS, enable automated backups (retention period above 0); elsewhere set log_bin.</source>
        <translation>On RDS, enable automated backups (retention period above 0); elsewhere set log_bin.</translation>
    </message>
    <message>
        <source>log_bin is ON.</source>
        <translation>log_bin is ON.</translation>
    </message>
    <message>
        <source>Binary log format</source>
        <translation>Binary log format</translation>
    </message>
    <message>
        <source>binlog_format is ROW.</source>
        <translation>binlog_format is ROW.</translation>
    </message>
    <message>
        <source>binlog_format is %1: statements are replayed on the target, where triggers fire again and non-deterministic statements may differ.</source>
        <translation>binlog_format is %1: statements are replayed on the target, where triggers fire again and non-deterministic statements may differ.</translation>
    </message>
    <message>
        <source>Set binlog_format=ROW in the source&apos;s parameter group.</source>
        <translation>Set binlog_format=ROW in the source&apos;s parameter group.</translation>
    </message>
    <message>
        <source>Binary log retention</source>
        <translation>Binary log retention</translation>
    </message>
    <message>
        <source>The profile asks for %1 h; RDS allows at most %2 h.</source>
        <translation>The profile asks for %1 h; RDS allows at most %2 h.</translation>
    </message>
    <message>
        <source>Set retention_hours to at most %1.</source>
        <translation>Set retention_hours to at most %1.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is NULL: RDS purges binary logs as soon as it no longer needs them, and a target that falls behind fails with error 1236. The setup raises it to %1 h.</source>
        <translation>&apos;binlog retention hours&apos; is NULL: RDS purges binary logs as soon as it no longer needs them, and a target that falls behind fails with error 1236. The setup raises it to %1 h.</translation>
    </message>
    <message>
        <source>Set it now, or let the setup do it.</source>
        <translation>Set it now, or let the setup do it.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is %1, less than the %2 h the copy and catch-up may take.</source>
        <translation>&apos;binlog retention hours&apos; is %1, less than the %2 h the copy and catch-up may take.</translation>
    </message>
    <message>
        <source>Raise it.</source>
        <translation>Raise it.</translation>
    </message>
    <message>
        <source>&apos;binlog retention hours&apos; is %1.</source>
        <translation>&apos;binlog retention hours&apos; is %1.</translation>
    </message>
    <message>
        <source>Server identities</source>
        <translation>Server identities</translation>
    </message>
    <message>
        <source>The target&apos;s server_id %1 is its own.</source>
        <translation>The target&apos;s server_id %1 is its own.</translation>
    </message>
    <message>
        <source>Give the target its own server_id (and, for a cloned machine, delete auto.cnf and restart).</source>
        <translation>Give the target its own server_id (and, for a cloned machine, delete auto.cnf and restart).</translation>
    </message>
    <message>
        <source>Staging replica replicates from the source</source>
        <translation>Staging replica replicates from the source</translation>
    </message>
    <message>
        <source>Replicating from server id %1 (IO %2, SQL %3).</source>
        <translation>Replicating from server id %1 (IO %2, SQL %3).</translation>
    </message>
    <message>
        <source>Target is free</source>
        <translation>Target is free</translation>
    </message>
    <message>
        <source>The target is not a replica.</source>
        <translation>The target is not a replica.</translation>
    </message>
    <message>
        <source>The target already replicates from %1:%2 (IO %3, SQL %4).</source>
        <translation>The target already replicates from %1:%2 (IO %3, SQL %4).</translation>
    </message>
    <message>
        <source>Stop it and remove its replication settings, if this target may be reused.</source>
        <translation>Stop it and remove its replication settings, if this target may be reused.</translation>
    </message>
    <message>
        <source>Schemas on the target</source>
        <translation>Schemas on the target</translation>
    </message>
    <message>
        <source>None of the copied schemas exists on the target.</source>
        <translation>None of the copied schemas exists on the target.</translation>
    </message>
    <message>
        <source>The copy replaces these schemas on the target: %1.</source>
        <translation>The copy replaces these schemas on the target: %1.</translation>
    </message>
    <message>
        <source>Back them up first if they hold anything of value.</source>
        <translation>Back them up first if they hold anything of value.</translation>
    </message>
    <message>
        <source>Replication account</source>
        <translation>Replication account</translation>
    </message>
    <message>
        <source>%1 does not exist on the source; the setup creates it.</source>
        <translation>%1 does not exist on the source; the setup creates it.</translation>
    </message>
    <message>
        <source>Let the setup create it, or create it now.</source>
        <translation>Let the setup create it, or create it now.</translation>
    </message>
    <message>
        <source>%1 exists with REPLICATION SLAVE.</source>
        <translation>%1 exists with REPLICATION SLAVE.</translation>
    </message>
    <message>
        <source>%1 exists but lacks REPLICATION SLAVE.</source>
        <translation>%1 exists but lacks REPLICATION SLAVE.</translation>
    </message>
    <message>
        <source>Grant it.</source>
        <translation>Grant it.</translation>
    </message>
    <message>
        <source>Packet size</source>
        <translation>Packet size</translation>
    </message>
    <message>
        <source>The target&apos;s max_allowed_packet (%1 MiB) is at least the %2&apos;s.</source>
        <translation>The target&apos;s max_allowed_packet (%1 MiB) is at least the %2&apos;s.</translation>
    </message>
    <message>
        <source>The target&apos;s max_allowed_packet (%1 MiB) is smaller than the %2&apos;s (%3 MiB): large rows may fail to load or replicate.</source>
        <translation>The target&apos;s max_allowed_packet (%1 MiB) is smaller than the %2&apos;s (%3 MiB): large rows may fail to load or replicate.</translation>
    </message>
    <message>
        <source>Set max_allowed_packet and slave_max_allowed_packet to 1G on the target.</source>
        <translation>Set max_allowed_packet and slave_max_allowed_packet to 1G on the target.</translation>
    </message>
    <message>
        <source>DEFINER accounts</source>
        <translation>DEFINER accounts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No copied event would run on the target.</source>
        <translation>No copied event would run on the target.</translation>
    </message>
    <message>
        <source>These events would run on the target too and collide with replicated writes: %1. The setup disables them there (DISABLE ON SLAVE).</source>
        <translation>These events would run on the target too and collide with replicated writes: %1. The setup disables them there (DISABLE ON SLAVE).</translation>
    </message>
    <message>
        <source>Let the setup disable them on the target.</source>
        <translation>Let the setup disable them on the target.</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Time zones</translation>
    </message>
    <message>
        <source>The source uses the named time zone %1, but the target has no time zone tables.</source>
        <translation>The source uses the named time zone %1, but the target has no time zone tables.</translation>
    </message>
    <message>
        <source>The source&apos;s time zone is %1.</source>
        <translation>The source&apos;s time zone is %1.</translation>
    </message>
    <message>
        <source>Load them on the target: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb mysql</source>
        <translation>Load them on the target: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb mysql</translation>
    </message>
    <message>
        <source>The target is the source itself (%1).</source>
        <translation>The target is the source itself (%1).</translation>
    </message>
    <message>
        <source>Enter the external server that is to become the replica as the target.</source>
        <translation>Enter the external server that is to become the replica as the target.</translation>
    </message>
    <message>
        <source>Chosen schemas</source>
        <translation>Chosen schemas</translation>
    </message>
    <message>
        <source>Every chosen schema exists on the %1.</source>
        <translation>Every chosen schema exists on the %1.</translation>
    </message>
    <message>
        <source>These chosen schemas do not exist on the %1: %2.</source>
        <translation>These chosen schemas do not exist on the %1: %2.</translation>
    </message>
    <message>
        <source>Choose schemas that exist (the profile&apos;s databases option).</source>
        <translation>Choose schemas that exist (the profile&apos;s databases option).</translation>
    </message>
    <message>
        <source>The definers of the copied objects could not be read: %1</source>
        <translation>The definers of the copied objects could not be read: %1</translation>
    </message>
    <message>
        <source>Check that the account may read information_schema and SHOW GRANTS on the %1.</source>
        <translation>Check that the account may read information_schema and SHOW GRANTS on the %1.</translation>
    </message>
    <message>
        <source>The copied schemas have no views, routines, triggers or events.</source>
        <translation>The copied schemas have no views, routines, triggers or events.</translation>
    </message>
    <message numerus="yes">
        <source>%1 becomes the DEFINER of %n object(s).</source>
        <translation>
            <numerusform>%1 becomes the DEFINER of %n object(s).</numerusform>
            <numerusform>%1 becomes the DEFINER of %n object(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the account to remap to, does not exist on the target.</source>
        <translation>%1, the account to remap to, does not exist on the target.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n object(s)) exists on the target and is used as it is.</source>
        <translation>
            <numerusform>%1 (%n object(s)) exists on the target and is used as it is.</numerusform>
            <numerusform>%1 (%n object(s)) exists on the target and is used as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n object(s)) is missing on the target: the setup creates it locked and runs %2.</source>
        <translation>
            <numerusform>%1 (%n object(s)) is missing on the target: the setup creates it locked and runs %2.</numerusform>
            <numerusform>%1 (%n object(s)) is missing on the target: the setup creates it locked and runs %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no GRANT</source>
        <translation>no GRANT</translation>
    </message>
    <message>
        <source>It does not exist on the %1 either: its objects fail there too (error 1449).</source>
        <translation>It does not exist on the %1 either: its objects fail there too (error 1449).</translation>
    </message>
    <message>
        <source>Its grants on the %1 could not be read completely (roles?): it gets what its objects need.</source>
        <translation>Its grants on the %1 could not be read completely (roles?): it gets what its objects need.</translation>
    </message>
    <message>
        <source>On the target it lacks: %1.</source>
        <translation>On the target it lacks: %1.</translation>
    </message>
    <message>
        <source>Create the account on the target, or choose to create the missing definers instead.</source>
        <translation>Create the account on the target, or choose to create the missing definers instead.</translation>
    </message>
    <message>
        <source>Grant what is lacking on the target.</source>
        <translation>Grant what is lacking on the target.</translation>
    </message>
    <message>
        <source>Positioning (GTID or file/position)</source>
        <translation>Positioning (GTID or file/position)</translation>
    </message>
    <message>
        <source>The profile asks for %1 h; Aurora allows at most %2 h.</source>
        <translation>The profile asks for %1 h; Aurora allows at most %2 h.</translation>
    </message>
    <message>
        <source>The self-managed source&apos;s binary logs expire after %1 h.</source>
        <translation>The self-managed source&apos;s binary logs expire after %1 h.</translation>
    </message>
    <message>
        <source>The self-managed source&apos;s binary logs do not expire.</source>
        <translation>The self-managed source&apos;s binary logs do not expire.</translation>
    </message>
    <message>
        <source>Raise the expiry to %1 h, or let the setup do it.</source>
        <translation>Raise the expiry to %1 h, or let the setup do it.</translation>
    </message>
    <message>
        <source>Raise the expiry to %1 h, or let the setup do it, and add &apos;%2&apos; to the source&apos;s configuration file: a restart loses what is set at runtime.</source>
        <translation>Raise the expiry to %1 h, or let the setup do it, and add &apos;%2&apos; to the source&apos;s configuration file: a restart loses what is set at runtime.</translation>
    </message>
    <message>
        <source>MySQL 8 into MariaDB</source>
        <translation>MySQL 8 into MariaDB</translation>
    </message>
    <message>
        <source>The columns of the copied schemas could not be read: JSON columns and utf8mb4_0900 collations, which MariaDB cannot take, are not checked.</source>
        <translation>The columns of the copied schemas could not be read: JSON columns and utf8mb4_0900 collations, which MariaDB cannot take, are not checked.</translation>
    </message>
    <message>
        <source>Check that the account may read information_schema.COLUMNS.</source>
        <translation>Check that the account may read information_schema.COLUMNS.</translation>
    </message>
    <message>
        <source>No JSON column and no utf8mb4_0900 collation in the copied schemas.</source>
        <translation>No JSON column and no utf8mb4_0900 collation in the copied schemas.</translation>
    </message>
    <message>
        <source>The clone&apos;s binary log position</source>
        <translation>The clone&apos;s binary log position</translation>
    </message>
    <message>
        <source>The clone&apos;s data is at %1 in the source&apos;s binary log (its crash-recovery event); the target will replicate from the source from there.</source>
        <translation>The clone&apos;s data is at %1 in the source&apos;s binary log (its crash-recovery event); the target will replicate from the source from there.</translation>
    </message>
    <message>
        <source>Replication password exchange</source>
        <translation>Replication password exchange</translation>
    </message>
    <message>
        <source>The target&apos;s own way to the source</source>
        <translation>The target&apos;s own way to the source</translation>
    </message>
    <message>
        <source>This tool reaches the source through the SSH tunnel at %1, but the target will connect to %2 directly, which cannot be tried before replication starts.</source>
        <translation>This tool reaches the source through the SSH tunnel at %1, but the target will connect to %2 directly, which cannot be tried before replication starts.</translation>
    </message>
    <message>
        <source>Make sure the target&apos;s network reaches %1 (routes, security groups, the source&apos;s allowed hosts); a target that cannot connect after START SLAVE is diagnosed with error 2003.</source>
        <translation>Make sure the target&apos;s network reaches %1 (routes, security groups, the source&apos;s allowed hosts); a target that cannot connect after START SLAVE is diagnosed with error 2003.</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight checks</source>
        <translation>Preflight checks</translation>
    </message>
    <message>
        <source>What could make the copy or the replication fail, checked on the three servers. Blocking failures must be fixed before going on.</source>
        <translation>What could make the copy or the replication fail, checked on the three servers. Blocking failures must be fixed before going on.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Reason and fix</translation>
    </message>
    <message>
        <source>&amp;Apply the fix...</source>
        <translation>&amp;Apply the fix...</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>Fix applied.</source>
        <translation>Fix applied.</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Checking the servers…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking failure(s) must be fixed first.</source>
        <translation>
            <numerusform>%n blocking failure(s) must be fixed first.</numerusform>
            <numerusform>%n blocking failure(s) must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); you may go on.</source>
        <translation>
            <numerusform>%n warning(s); you may go on.</numerusform>
            <numerusform>%n warning(s); you may go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Apply the fix</translation>
    </message>
    <message>
        <source>Run on the %1 (%2)?

%3</source>
        <translation>Run on the %1 (%2)?

%3</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Applying the fix…</translation>
    </message>
    <message>
        <source>Each check with its result, reason and fix</source>
        <translation>Each check with its result, reason and fix</translation>
    </message>
</context>
<context>
    <name>PrepareTargetStep</name>
    <message>
        <source>Prepare the target</source>
        <translation>Prepare the target</translation>
    </message>
    <message>
        <source>The target&apos;s server id must differ from the source&apos;s and the staging replica&apos;s. A target that already replicates is stopped and its replication settings are removed.</source>
        <translation>The target&apos;s server id must differ from the source&apos;s and the staging replica&apos;s. A target that already replicates is stopped and its replication settings are removed.</translation>
    </message>
    <message>
        <source>Give the target its own server_id (SET GLOBAL server_id and in its configuration file).</source>
        <translation>Give the target its own server_id (SET GLOBAL server_id and in its configuration file).</translation>
    </message>
    <message>
        <source>The target is not a replica.</source>
        <translation>The target is not a replica.</translation>
    </message>
    <message>
        <source>The target already replicates from %1:%2. Stop it and remove its replication settings?</source>
        <translation>The target already replicates from %1:%2. Stop it and remove its replication settings?</translation>
    </message>
    <message>
        <source>Declined: the target already replicates from another server.</source>
        <translation>Declined: the target already replicates from another server.</translation>
    </message>
    <message>
        <source>The target is the source itself (%1).</source>
        <translation>The target is the source itself (%1).</translation>
    </message>
    <message>
        <source>Enter the external server that is to become the replica as the target.</source>
        <translation>Enter the external server that is to become the replica as the target.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The setup&apos;s profile (INI file).</source>
        <translation>The setup&apos;s profile (INI file).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Option file with the passwords (mode 0600).</source>
        <translation>Option file with the passwords (mode 0600).</translation>
    </message>
    <message>
        <source>%1 needs --profile FILE.</source>
        <translation>%1 needs --profile FILE.</translation>
    </message>
    <message>
        <source>Accept an SSH bastion&apos;s unknown host key with this SHA256 fingerprint (it is then added to ~/.ssh/known_hosts).</source>
        <translation>Accept an SSH bastion&apos;s unknown host key with this SHA256 fingerprint (it is then added to ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>The profile %1 does not exist.</translation>
    </message>
    <message>
        <source>Check the path, or create the profile in the wizard.</source>
        <translation>Check the path, or create the profile in the wizard.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be read.</source>
        <translation>The profile %1 cannot be read.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The profile %1 is not a valid INI file.</source>
        <translation>The profile %1 is not a valid INI file.</translation>
    </message>
    <message>
        <source>See the profile format in the README.</source>
        <translation>See the profile format in the README.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown strategy &apos;%2&apos;.</source>
        <translation>The profile %1 has an unknown strategy &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The profile %1 has no [%2] section.</source>
        <translation>The profile %1 has no [%2] section.</translation>
    </message>
    <message>
        <source>Add a [%1] section with host, port and user.</source>
        <translation>Add a [%1] section with host, port and user.</translation>
    </message>
    <message>
        <source>[%1] in %2 has no host.</source>
        <translation>[%1] in %2 has no host.</translation>
    </message>
    <message>
        <source>Set host= to the server&apos;s endpoint.</source>
        <translation>Set host= to the server&apos;s endpoint.</translation>
    </message>
    <message>
        <source>[%1] in %2 has no user.</source>
        <translation>[%1] in %2 has no user.</translation>
    </message>
    <message>
        <source>Set user= to the account the tool logs in with.</source>
        <translation>Set user= to the account the tool logs in with.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an invalid port &apos;%3&apos;.</source>
        <translation>[%1] in %2 has an invalid port &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535.</source>
        <translation>Use a port between 1 and 65535.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an unknown TLS mode &apos;%3&apos;.</source>
        <translation>[%1] in %2 has an unknown TLS mode &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Use disabled, preferred, required, verify-ca or verify-identity.</source>
        <translation>Use disabled, preferred, required, verify-ca or verify-identity.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid retention_hours &apos;%2&apos;.</source>
        <translation>The profile %1 has an invalid retention_hours &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use a whole number of hours from 1 to 168 (2160 on Aurora).</source>
        <translation>Use a whole number of hours from 1 to 168 (2160 on Aurora).</translation>
    </message>
    <message>
        <source>The profile %1 could not be written.</source>
        <translation>The profile %1 could not be written.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_pipelines &apos;%2&apos;.</source>
        <translation>The profile %1 has an invalid seed_pipelines &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use 0 (automatic) or a whole number from 1 to 16.</source>
        <translation>Use 0 (automatic) or a whole number from 1 to 16.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_stall_seconds &apos;%2&apos;.</source>
        <translation>The profile %1 has an invalid seed_stall_seconds &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use a whole number of seconds from 5 to 86400.</source>
        <translation>Use a whole number of seconds from 5 to 86400.</translation>
    </message>
    <message>
        <source>The profile %1 has an invalid seed_chunk_mib &apos;%2&apos;.</source>
        <translation>The profile %1 has an invalid seed_chunk_mib &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use a whole number of MiB from 1 to 1024.</source>
        <translation>Use a whole number of MiB from 1 to 1024.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown seeder &apos;%2&apos;.</source>
        <translation>The profile %1 has an unknown seeder &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use chunked (the default) or dump.</source>
        <translation>Use chunked (the default) or dump.</translation>
    </message>
    <message>
        <source>The profile %1 asks for keep_dump_dir with seeder=chunked.</source>
        <translation>The profile %1 asks for keep_dump_dir with seeder=chunked.</translation>
    </message>
    <message>
        <source>A copy of the dump is kept only with seeder=dump: choose it, or remove keep_dump_dir.</source>
        <translation>A copy of the dump is kept only with seeder=dump: choose it, or remove keep_dump_dir.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown gtid setting &apos;%2&apos;.</source>
        <translation>The profile %1 has an unknown gtid setting &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use gtid=auto, gtid=on or gtid=off.</source>
        <translation>Use gtid=auto, gtid=on or gtid=off.</translation>
    </message>
    <message>
        <source>Use strategy=staging-replica, strategy=write-freeze or strategy=aurora-clone.</source>
        <translation>Use strategy=staging-replica, strategy=write-freeze or strategy=aurora-clone.</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown source_public_key &apos;%2&apos;.</source>
        <translation>The profile %1 has an unknown source_public_key &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use source_public_key=auto or source_public_key=off.</source>
        <translation>Use source_public_key=auto or source_public_key=off.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an invalid ssh_port &apos;%3&apos;.</source>
        <translation>[%1] in %2 has an invalid ssh_port &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>[%1] in %2 has an unknown ssh_auth &apos;%3&apos;.</source>
        <translation>[%1] in %2 has an unknown ssh_auth &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Use ssh_auth=agent, key or password.</source>
        <translation>Use ssh_auth=agent, key or password.</translation>
    </message>
</context>
<context>
    <name>ReadClonePositionStep</name>
    <message>
        <source>Take the clone&apos;s binary log position</source>
        <translation>Take the clone&apos;s binary log position</translation>
    </message>
    <message>
        <source>The source position of the clone&apos;s data is the one in its crash-recovery event, which must be an event&apos;s start in a binary log the source still has. The clone&apos;s own SHOW MASTER STATUS is not used: a restored cluster starts a new binary log file.</source>
        <translation>The source position of the clone&apos;s data is the one in its crash-recovery event, which must be an event&apos;s start in a binary log the source still has. The clone&apos;s own SHOW MASTER STATUS is not used: a restored cluster starts a new binary log file.</translation>
    </message>
    <message>
        <source>the crash-recovery position: %1</source>
        <translation>the crash-recovery position: %1</translation>
    </message>
    <message>
        <source>The clone&apos;s data is at source position %1.</source>
        <translation>The clone&apos;s data is at source position %1.</translation>
    </message>
</context>
<context>
    <name>ReadCoordinatesStep</name>
    <message>
        <source>Read the source&apos;s coordinates</source>
        <translation>Read the source&apos;s coordinates</translation>
    </message>
    <message>
        <source>The binary log position is read twice a few seconds apart and must not move (RDS&apos;s own writes aside); only the tool, RDS and replication may be connected.</source>
        <translation>The binary log position is read twice a few seconds apart and must not move (RDS&apos;s own writes aside); only the tool, RDS and replication may be connected.</translation>
    </message>
    <message>
        <source>Other sessions are still connected to the source: %1.</source>
        <translation>Other sessions are still connected to the source: %1.</translation>
    </message>
    <message>
        <source>Remove the applications&apos; access and end their sessions, then run the setup again.</source>
        <translation>Remove the applications&apos; access and end their sessions, then run the setup again.</translation>
    </message>
    <message>
        <source>The source&apos;s data is at position %1.</source>
        <translation>The source&apos;s data is at position %1.</translation>
    </message>
</context>
<context>
    <name>RecheckCoordinatesStep</name>
    <message>
        <source>Check that the coordinates did not move</source>
        <translation>Check that the coordinates did not move</translation>
    </message>
    <message>
        <source>If the coordinates moved during the copy (e.g. after a reboot), the copy is void.</source>
        <translation>If the coordinates moved during the copy (e.g. after a reboot), the copy is void.</translation>
    </message>
    <message>
        <source>The coordinates moved during the copy (%1, now %2): the copy is void.</source>
        <translation>The coordinates moved during the copy (%1, now %2): the copy is void.</translation>
    </message>
    <message>
        <source>Run the setup again.</source>
        <translation>Run the setup again.</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>Start replication again</source>
        <translation>Start replication again</translation>
    </message>
    <message>
        <source>Raise retention to %1 h</source>
        <translation>Raise retention to %1 h</translation>
    </message>
    <message>
        <source>Seed the target again with the wizard...</source>
        <translation>Seed the target again with the wizard...</translation>
    </message>
    <message>
        <source>Set the replication filters again</source>
        <translation>Set the replication filters again</translation>
    </message>
</context>
<context>
    <name>ReplicaPanel</name>
    <message>
        <source>Key fields</source>
        <translation>Key fields</translation>
    </message>
    <message>
        <source>IO thread:</source>
        <translation>IO thread:</translation>
    </message>
    <message>
        <source>SQL thread:</source>
        <translation>SQL thread:</translation>
    </message>
    <message>
        <source>Seconds behind:</source>
        <translation>Seconds behind:</translation>
    </message>
    <message>
        <source>True lag (heartbeat):</source>
        <translation>True lag (heartbeat):</translation>
    </message>
    <message>
        <source>Executed up to:</source>
        <translation>Executed up to:</translation>
    </message>
    <message>
        <source>Read up to:</source>
        <translation>Read up to:</translation>
    </message>
    <message>
        <source>Last IO error:</source>
        <translation>Last IO error:</translation>
    </message>
    <message>
        <source>Last SQL error:</source>
        <translation>Last SQL error:</translation>
    </message>
    <message>
        <source>Relay log space:</source>
        <translation>Relay log space:</translation>
    </message>
    <message>
        <source>Raw status</source>
        <translation>Raw status</translation>
    </message>
    <message>
        <source>Filter fields or values</source>
        <translation>Filter fields or values</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the shown fields as tab-separated text</source>
        <translation>Copy the shown fields as tab-separated text</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>The server does not answer.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message numerus="yes">
        <source>(next try in %n s)</source>
        <translation>
            <numerusform>(next try in %n s)</numerusform>
            <numerusform>(next try in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>not a replica</translation>
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
        <translation>not used (file and position)</translation>
    </message>
    <message numerus="yes">
        <source>%1, applied %2; %n transaction(s) behind the source</source>
        <translation>
            <numerusform>%1, applied %2; %n transaction(s) behind the source</numerusform>
            <numerusform>%1, applied %2; %n transaction(s) behind the source</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, applied %2</source>
        <translation>%1, applied %2</translation>
    </message>
    <message>
        <source>Raw status of the %1</source>
        <translation>Raw status of the %1</translation>
    </message>
    <message>
        <source>Filter the raw status of the %1</source>
        <translation>Filter the raw status of the %1</translation>
    </message>
</context>
<context>
    <name>ReplicationAccountStep</name>
    <message>
        <source>Create the replication account</source>
        <translation>Create the replication account</translation>
    </message>
    <message>
        <source>The target logs in to the source as %1 with the REPLICATION SLAVE privilege. An existing account is reused when it has that privilege. On MariaDB the account is created with its password hash, so the binlog never carries the password.</source>
        <translation>The target logs in to the source as %1 with the REPLICATION SLAVE privilege. An existing account is reused when it has that privilege. On MariaDB the account is created with its password hash, so the binlog never carries the password.</translation>
    </message>
    <message>
        <source>%1 exists with REPLICATION SLAVE; it is reused (its password must be the one given).</source>
        <translation>%1 exists with REPLICATION SLAVE; it is reused (its password must be the one given).</translation>
    </message>
    <message>
        <source>Grant REPLICATION SLAVE to %1 on the source?</source>
        <translation>Grant REPLICATION SLAVE to %1 on the source?</translation>
    </message>
    <message>
        <source>Create the replication account %1 on the source?</source>
        <translation>Create the replication account %1 on the source?</translation>
    </message>
    <message>
        <source>Declined: the target needs a replication account on the source.</source>
        <translation>Declined: the target needs a replication account on the source.</translation>
    </message>
</context>
<context>
    <name>ReplicationAuth</name>
    <message>
        <source>The replication account uses %1.</source>
        <translation>The replication account uses %1.</translation>
    </message>
    <message>
        <source>The replication account the setup creates gets the source&apos;s default plugin, %1.</source>
        <translation>The replication account the setup creates gets the source&apos;s default plugin, %1.</translation>
    </message>
    <message>
        <source>It needs no secure password exchange.</source>
        <translation>It needs no secure password exchange.</translation>
    </message>
    <message>
        <source>The channel uses TLS (SOURCE_SSL=1), which carries its password exchange.</source>
        <translation>The channel uses TLS (SOURCE_SSL=1), which carries its password exchange.</translation>
    </message>
    <message>
        <source>The channel has no TLS, so the target asks the source for its RSA public key (GET_SOURCE_PUBLIC_KEY=1) to send the password; the key is not verified, so a man in the middle could pose as the source.</source>
        <translation>The channel has no TLS, so the target asks the source for its RSA public key (GET_SOURCE_PUBLIC_KEY=1) to send the password; the key is not verified, so a man in the middle could pose as the source.</translation>
    </message>
    <message>
        <source>It needs TLS or the source&apos;s public key, and the channel has neither (source_public_key=off): the target would fail to connect with error 2061 (Authentication plugin &apos;%1&apos; reported error: Authentication requires secure connection).</source>
        <translation>It needs TLS or the source&apos;s public key, and the channel has neither (source_public_key=off): the target would fail to connect with error 2061 (Authentication plugin &apos;%1&apos; reported error: Authentication requires secure connection).</translation>
    </message>
    <message>
        <source>Prefer TLS: set the source connection&apos;s TLS (verify-identity); the channel then uses SOURCE_SSL=1 instead of the public key.</source>
        <translation>Prefer TLS: set the source connection&apos;s TLS (verify-identity); the channel then uses SOURCE_SSL=1 instead of the public key.</translation>
    </message>
    <message>
        <source>Set the source connection&apos;s TLS (preferred), or allow the public key with source_public_key=auto in the profile&apos;s [options].</source>
        <translation>Set the source connection&apos;s TLS (preferred), or allow the public key with source_public_key=auto in the profile&apos;s [options].</translation>
    </message>
</context>
<context>
    <name>ReplicationFiltersStep</name>
    <message>
        <source>Replication filters</source>
        <translation>Replication filters</translation>
    </message>
    <message>
        <source>RDS writes tables in the mysql schema (rds_heartbeat2 and others) that the target does not have; when only some schemas are copied, writes to the others must not reach the target either. These filters are lost when the target restarts: add these lines to its configuration file as well (status reports a target that lost them):
%1
The copy also took RDS&apos;s own tables (mysql.rds_*) from %2, so that its housekeeping writes apply harmlessly should the filters be lost.</source>
        <translation>RDS writes tables in the mysql schema (rds_heartbeat2 and others) that the target does not have; when only some schemas are copied, writes to the others must not reach the target either. These filters are lost when the target restarts: add these lines to its configuration file as well (status reports a target that lost them):
%1
The copy also took RDS&apos;s own tables (mysql.rds_*) from %2, so that its housekeeping writes apply harmlessly should the filters be lost.</translation>
    </message>
    <message>
        <source>Make the target ignore RDS&apos;s own tables (mysql.rds%)?</source>
        <translation>Make the target ignore RDS&apos;s own tables (mysql.rds%)?</translation>
    </message>
    <message>
        <source>Make the target ignore RDS&apos;s own tables and replicate only %1?</source>
        <translation>Make the target ignore RDS&apos;s own tables and replicate only %1?</translation>
    </message>
    <message>
        <source>Declined: the first heartbeat from RDS would stop the target with error 1146.</source>
        <translation>Declined: the first heartbeat from RDS would stop the target with error 1146.</translation>
    </message>
    <message>
        <source>These filters are lost when the target restarts. Add these lines to its configuration file:
%1</source>
        <translation>These filters are lost when the target restarts. Add these lines to its configuration file:
%1</translation>
    </message>
</context>
<context>
    <name>ResumeStagingStep</name>
    <message>
        <source>Resume the staging replica</source>
        <translation>Resume the staging replica</translation>
    </message>
    <message>
        <source>The staging replica replicates again (or delete it: AWS terminates a read replica stopped for 30 days).</source>
        <translation>The staging replica replicates again (or delete it: AWS terminates a read replica stopped for 30 days).</translation>
    </message>
    <message>
        <source>The staging replica already replicates again.</source>
        <translation>The staging replica already replicates again.</translation>
    </message>
    <message>
        <source>Resume replication on the staging replica?</source>
        <translation>Resume replication on the staging replica?</translation>
    </message>
    <message>
        <source>The staging replica stays stopped: delete it or resume it (AWS terminates a read replica stopped for 30 days).</source>
        <translation>The staging replica stays stopped: delete it or resume it (AWS terminates a read replica stopped for 30 days).</translation>
    </message>
</context>
<context>
    <name>RetentionStep</name>
    <message>
        <source>Keep the source&apos;s binary logs long enough</source>
        <translation>Keep the source&apos;s binary logs long enough</translation>
    </message>
    <message>
        <source>binlog retention hours is already %1.</source>
        <translation>binlog retention hours is already %1.</translation>
    </message>
    <message>
        <source>A retention of %1 h is above RDS&apos;s maximum of %2 h.</source>
        <translation>A retention of %1 h is above RDS&apos;s maximum of %2 h.</translation>
    </message>
    <message>
        <source>Choose at most %1 hours.</source>
        <translation>Choose at most %1 hours.</translation>
    </message>
    <message>
        <source>Set &apos;binlog retention hours&apos; on the source to %1 (now %2)?</source>
        <translation>Set &apos;binlog retention hours&apos; on the source to %1 (now %2)?</translation>
    </message>
    <message>
        <source>Declined: the source keeps too little binary log for a safe copy.</source>
        <translation>Declined: the source keeps too little binary log for a safe copy.</translation>
    </message>
    <message>
        <source>The source did not keep the new retention (read back: %1).</source>
        <translation>The source did not keep the new retention (read back: %1).</translation>
    </message>
    <message>
        <source>Binary logs must survive the copy and later outages of the target: &apos;binlog retention hours&apos; is raised to %1 if it is NULL or lower (on RDS; a self-managed source&apos;s binary log expiry is raised the same way).</source>
        <translation>Binary logs must survive the copy and later outages of the target: &apos;binlog retention hours&apos; is raised to %1 if it is NULL or lower (on RDS; a self-managed source&apos;s binary log expiry is raised the same way).</translation>
    </message>
    <message>
        <source>The source never expires its binary logs.</source>
        <translation>The source never expires its binary logs.</translation>
    </message>
    <message>
        <source>The source keeps its binary logs for %1 h already.</source>
        <translation>The source keeps its binary logs for %1 h already.</translation>
    </message>
    <message>
        <source>Keep the source&apos;s binary logs for %1 h (now %2 h)?</source>
        <translation>Keep the source&apos;s binary logs for %1 h (now %2 h)?</translation>
    </message>
    <message>
        <source>A retention of %1 h is above Aurora&apos;s maximum of %2 h.</source>
        <translation>A retention of %1 h is above Aurora&apos;s maximum of %2 h.</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>The run journal %1 cannot be written: %2</source>
        <translation>The run journal %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Free space or fix the folder&apos;s permissions; the run stops so that it can always be resumed.</source>
        <translation>Free space or fix the folder&apos;s permissions; the run stops so that it can always be resumed.</translation>
    </message>
    <message>
        <source>There is no run journal at %1: nothing to resume.</source>
        <translation>There is no run journal at %1: nothing to resume.</translation>
    </message>
    <message>
        <source>Run the setup without --resume.</source>
        <translation>Run the setup without --resume.</translation>
    </message>
    <message>
        <source>The run journal %1 is damaged.</source>
        <translation>The run journal %1 is damaged.</translation>
    </message>
    <message>
        <source>Check the servers&apos; state and run the setup again without --resume.</source>
        <translation>Check the servers&apos; state and run the setup again without --resume.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>The steps run one by one; each one that changes a server asks first.</source>
        <translation>The steps run one by one; each one that changes a server asks first.</translation>
    </message>
    <message>
        <source>Overall:</source>
        <translation>Overall:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copy:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Manual step on the %1</source>
        <translation>Manual step on the %1</translation>
    </message>
    <message>
        <source>On the %1 (%2):</source>
        <translation>On the %1 (%2):</translation>
    </message>
    <message>
        <source>%1 of about %2 · table %3 (%4 of %5)%6</source>
        <translation>%1 of about %2 · table %3 (%4 of %5)%6</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · about %1 s left</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Run again</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>%1

%2

Log of this step:
%3</source>
        <translation>%1

%2

Log of this step:
%3</translation>
    </message>
    <message>
        <source>The run stopped: see what went wrong above.</source>
        <translation>The run stopped: see what went wrong above.</translation>
    </message>
    <message>
        <source>%1 of about %2 rows · %3 (%4/s) · %5 of %6 tables done · now %7%8</source>
        <translation>%1 of about %2 rows · %3 (%4/s) · %5 of %6 tables done · now %7%8</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Each step of the run with its state</source>
        <translation>Each step of the run with its state</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Copy progress</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Everything the run did, with times</source>
        <translation>Everything the run did, with times</translation>
    </message>
    <message>
        <source>%p% (stopped)</source>
        <translation>%p% (stopped)</translation>
    </message>
    <message>
        <source>The copy stopped before it finished; the next run goes on from there.</source>
        <translation>The copy stopped before it finished; the next run goes on from there.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The sandbox source has no binary log.</source>
        <translation>The sandbox source has no binary log.</translation>
    </message>
    <message>
        <source>The sandbox staging replica is not replicating.</source>
        <translation>The sandbox staging replica is not replicating.</translation>
    </message>
    <message>
        <source>The sandbox staging replica failed: %1 %2</source>
        <translation>The sandbox staging replica failed: %1 %2</translation>
    </message>
    <message>
        <source>The sandbox staging replica did not catch up within %1 s.</source>
        <translation>The sandbox staging replica did not catch up within %1 s.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no sandbox.</source>
        <translation>%1 is not empty and holds no sandbox.</translation>
    </message>
    <message>
        <source>Choose an empty or new folder.</source>
        <translation>Choose an empty or new folder.</translation>
    </message>
    <message>
        <source>A sandbox is already running in %1.</source>
        <translation>A sandbox is already running in %1.</translation>
    </message>
    <message>
        <source>Stop it first: replica-wizard-cli sandbox stop --dir %1</source>
        <translation>Stop it first: replica-wizard-cli sandbox stop --dir %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Stopping what was started...</source>
        <translation>Stopping what was started...</translation>
    </message>
    <message>
        <source>No free TCP port was found on 127.0.0.1.</source>
        <translation>No free TCP port was found on 127.0.0.1.</translation>
    </message>
    <message>
        <source>Initialising three MariaDB data directories...</source>
        <translation>Initialising three MariaDB data directories...</translation>
    </message>
    <message>
        <source>Starting the %1 server on 127.0.0.1:%2...</source>
        <translation>Starting the %1 server on 127.0.0.1:%2...</translation>
    </message>
    <message>
        <source>Installing the RDS emulation (rdsadmin, mysql.rds_* procedures, heartbeat, binlog purging)...</source>
        <translation>Installing the RDS emulation (rdsadmin, mysql.rds_* procedures, heartbeat, binlog purging)...</translation>
    </message>
    <message>
        <source>Making the staging server a read replica of the source...</source>
        <translation>Making the staging server a read replica of the source...</translation>
    </message>
    <message>
        <source>Waiting for the staging replica to catch up...</source>
        <translation>Waiting for the staging replica to catch up...</translation>
    </message>
    <message>
        <source>%1 holds no sandbox.</source>
        <translation>%1 holds no sandbox.</translation>
    </message>
    <message>
        <source>Loading the demo data sets into the source (as admin)...</source>
        <translation>Loading the demo data sets into the source (as admin)...</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Folder of the sandbox.</source>
        <translation>Folder of the sandbox.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Do not load the demo data set.</source>
        <translation>Do not load the demo data set.</translation>
    </message>
    <message>
        <source>Give the target the source&apos;s server id.</source>
        <translation>Give the target the source&apos;s server id.</translation>
    </message>
    <message>
        <source>With retention NULL, purge binlogs older than this many seconds (default 60).</source>
        <translation>With retention NULL, purge binlogs older than this many seconds (default 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Rotate the source&apos;s binlog this often (default 30 s).</source>
        <translation>Rotate the source&apos;s binlog this often (default 30 s).</translation>
    </message>
    <message>
        <source>sandbox needs --dir FOLDER.</source>
        <translation>sandbox needs --dir FOLDER.</translation>
    </message>
    <message>
        <source>Sandbox running in %1</source>
        <translation>Sandbox running in %1</translation>
    </message>
    <message>
        <source>  %1: 127.0.0.1:%2 (server id %3)</source>
        <translation>  %1: 127.0.0.1:%2 (server id %3)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message>
        <source>Sandbox in %1 stopped.</source>
        <translation>Sandbox in %1 stopped.</translation>
    </message>
    <message>
        <source>sandbox load needs on or off.</source>
        <translation>sandbox load needs on or off.</translation>
    </message>
    <message>
        <source>TLS on every server: ca.pem and ROLE-cert.pem, ROLE-key.pem from this folder.</source>
        <translation>TLS on every server: ca.pem and ROLE-cert.pem, ROLE-key.pem from this folder.</translation>
    </message>
    <message>
        <source>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off
  sandbox restart --dir DIR source|staging|target</source>
        <translation>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off
  sandbox restart --dir DIR source|staging|target</translation>
    </message>
    <message>
        <source>start, stop, load or restart</source>
        <translation>start, stop, load or restart</translation>
    </message>
    <message>
        <source>Run a steady shop write load on the source.</source>
        <translation>Run a steady shop write load on the source.</translation>
    </message>
    <message>
        <source>Let admin run SHOW SLAVE STATUS (by default only CALL mysql.rds_replica_status, as on RDS MariaDB 10.5+).</source>
        <translation>Let admin run SHOW SLAVE STATUS (by default only CALL mysql.rds_replica_status, as on RDS MariaDB 10.5+).</translation>
    </message>
    <message>
        <source>The target&apos;s server id (default 1, the servers&apos; own default).</source>
        <translation>The target&apos;s server id (default 1, the servers&apos; own default).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The source&apos;s binlog_format: MIXED (default, as on RDS MariaDB), ROW or STATEMENT.</source>
        <translation>The source&apos;s binlog_format: MIXED (default, as on RDS MariaDB), ROW or STATEMENT.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--target-server-id needs a server id from 1 to 4294967295.</source>
        <translation>--target-server-id needs a server id from 1 to 4294967295.</translation>
    </message>
    <message>
        <source>--binlog-format needs MIXED, ROW or STATEMENT.</source>
        <translation>--binlog-format needs MIXED, ROW or STATEMENT.</translation>
    </message>
    <message>
        <source>sandbox restart needs source, staging or target.</source>
        <translation>sandbox restart needs source, staging or target.</translation>
    </message>
    <message>
        <source>The %1 server was restarted.</source>
        <translation>The %1 server was restarted.</translation>
    </message>
    <message>
        <source>Unknown sandbox action &apos;%1&apos;: use start, stop, load or restart.</source>
        <translation>Unknown sandbox action &apos;%1&apos;: use start, stop, load or restart.</translation>
    </message>
    <message>
        <source>The staging replica is a self-managed server, not RDS (no mysql.rds_* procedures).</source>
        <translation>The staging replica is a self-managed server, not RDS (no mysql.rds_* procedures).</translation>
    </message>
    <message>
        <source>Use MariaDB GTIDs: gtid_strict_mode on the source and the target, the staging replica positioned by GTID, the target with a binary log of its own.</source>
        <translation>Use MariaDB GTIDs: gtid_strict_mode on the source and the target, the staging replica positioned by GTID, the target with a binary log of its own.</translation>
    </message>
    <message>
        <source>Make the source a self-managed primary: no RDS procedures, binary logs expiring after one hour (binlog_expire_logs_seconds).</source>
        <translation>Make the source a self-managed primary: no RDS procedures, binary logs expiring after one hour (binlog_expire_logs_seconds).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>mariadb-install-db was not found.</source>
        <translation>mariadb-install-db was not found.</translation>
    </message>
    <message>
        <source>Install the mariadb-server package (scripts/install-deps.sh does).</source>
        <translation>Install the mariadb-server package (scripts/install-deps.sh does).</translation>
    </message>
    <message>
        <source>mariadb-install-db failed for the %1 server: %2</source>
        <translation>mariadb-install-db failed for the %1 server: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>mariadbd was not found.</source>
        <translation>mariadbd was not found.</translation>
    </message>
    <message>
        <source>mariadbd could not be started: %1</source>
        <translation>mariadbd could not be started: %1</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>The server did not start.</translation>
    </message>
    <message>
        <source>The %1 server did not become ready within %2 s (%3). Its log ends with:
%4</source>
        <translation>The %1 server did not become ready within %2 s (%3). Its log ends with:
%4</translation>
    </message>
    <message>
        <source>The server with pid %1 in %2 did not stop.</source>
        <translation>The server with pid %1 in %2 did not stop.</translation>
    </message>
</context>
<context>
    <name>SandboxSql</name>
    <message>
        <source>The sandbox script %1 is missing.</source>
        <translation>The sandbox script %1 is missing.</translation>
    </message>
    <message>
        <source>The mariadb client was not found.</source>
        <translation>The mariadb client was not found.</translation>
    </message>
    <message>
        <source>Install the mariadb-client package.</source>
        <translation>Install the mariadb-client package.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 did not finish within %2 s.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 failed on %2: %3</translation>
    </message>
</context>
<context>
    <name>SchemaObject</name>
    <message>
        <source>function %1</source>
        <translation>function %1</translation>
    </message>
    <message>
        <source>procedure %1</source>
        <translation>procedure %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>view %1</translation>
    </message>
    <message>
        <source>trigger %1</source>
        <translation>trigger %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
</context>
<context>
    <name>SchemaObjectCopier</name>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>The definition of %1 cannot be read.</source>
        <translation>The definition of %1 cannot be read.</translation>
    </message>
    <message>
        <source>The account needs SELECT on mysql.proc (routines) or SHOW VIEW (views) on the origin.</source>
        <translation>The account needs SELECT on mysql.proc (routines) or SHOW VIEW (views) on the origin.</translation>
    </message>
    <message>
        <source>creating %1 on the target</source>
        <translation>creating %1 on the target</translation>
    </message>
    <message>
        <source>Its DEFINER %1 may not read what it selects from on the target (or that does not exist there).</source>
        <translation>Its DEFINER %1 may not read what it selects from on the target (or that does not exist there).</translation>
    </message>
    <message>
        <source>Grant %1 SELECT on the copied schemas on the target, or remap the definers to an account that has it.</source>
        <translation>Grant %1 SELECT on the copied schemas on the target, or remap the definers to an account that has it.</translation>
    </message>
    <message>
        <source>Keep definers=create, which grants each missing definer what its objects need; for an account that already exists on the target, grant it SELECT on the copied schemas (the preflight check &apos;DEFINER accounts&apos; lists the statements). Then resume the setup.</source>
        <translation>Keep definers=create, which grants each missing definer what its objects need; for an account that already exists on the target, grant it SELECT on the copied schemas (the preflight check &apos;DEFINER accounts&apos; lists the statements). Then resume the setup.</translation>
    </message>
    <message>
        <source>Its DEFINER %1 does not exist on the target.</source>
        <translation>Its DEFINER %1 does not exist on the target.</translation>
    </message>
    <message>
        <source>Create %1 on the target, or choose another account to remap to.</source>
        <translation>Create %1 on the target, or choose another account to remap to.</translation>
    </message>
    <message>
        <source>Let the setup create the definer accounts (step &apos;DEFINER accounts on the target&apos;), then resume.</source>
        <translation>Let the setup create the definer accounts (step &apos;DEFINER accounts on the target&apos;), then resume.</translation>
    </message>
    <message>
        <source>Only an account with SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID) may create an object whose DEFINER is another account (%1).</source>
        <translation>Only an account with SUPER (MariaDB: SET USER; MySQL 8: SET_USER_ID) may create an object whose DEFINER is another account (%1).</translation>
    </message>
    <message>
        <source>Connect to the target as an account with that privilege, or remap the definers to the account you connect with (definers=remap:&apos;user&apos;@&apos;host&apos;).</source>
        <translation>Connect to the target as an account with that privilege, or remap the definers to the account you connect with (definers=remap:&apos;user&apos;@&apos;host&apos;).</translation>
    </message>
    <message>
        <source>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER; then resume.</source>
        <translation>SET GLOBAL log_bin_trust_function_creators = 1 on the target (and in its configuration file), or connect as an account with SUPER; then resume.</translation>
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
        <translation>The schemas to copy and replicate. Replication ignores the others.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Rows (estimate)</translation>
    </message>
    <message>
        <source>Reading the schemas…</source>
        <translation>Reading the schemas…</translation>
    </message>
    <message>
        <source>There is no user schema to copy.</source>
        <translation>There is no user schema to copy.</translation>
    </message>
    <message>
        <source>Definers of views, routines, triggers and events</source>
        <translation>Definers of views, routines, triggers and events</translation>
    </message>
    <message>
        <source>Create each definer missing on the target, locked, with only the privileges its objects need</source>
        <translation>Create each definer missing on the target, locked, with only the privileges its objects need</translation>
    </message>
    <message>
        <source>&amp;Remap every definer to this account on the target:</source>
        <translation>&amp;Remap every definer to this account on the target:</translation>
    </message>
    <message>
        <source>&apos;user&apos;@&apos;host&apos;</source>
        <translation>&apos;user&apos;@&apos;host&apos;</translation>
    </message>
    <message>
        <source>&amp;Copy engine:</source>
        <translation>&amp;Copy engine:</translation>
    </message>
    <message>
        <source>Copy engine</source>
        <translation>Copy engine</translation>
    </message>
    <message>
        <source>Chunked copy: parallel, every chunk checked on both servers, resumable inside a table (recommended)</source>
        <translation>Chunked copy: parallel, every chunk checked on both servers, resumable inside a table (recommended)</translation>
    </message>
    <message>
        <source>Dump tool piped into the client (mariadb-dump or mysqldump)</source>
        <translation>Dump tool piped into the client (mariadb-dump or mysqldump)</translation>
    </message>
    <message>
        <source>Tick the schemas to copy and replicate</source>
        <translation>Tick the schemas to copy and replicate</translation>
    </message>
    <message>
        <source>Remap definers to account</source>
        <translation>Remap definers to account</translation>
    </message>
    <message>
        <source>Copy and replicate the schema %1</source>
        <translation>Copy and replicate the schema %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>No password is stored.</translation>
    </message>
</context>
<context>
    <name>SecretsFile</name>
    <message>
        <source>The secrets file %1 does not exist.</source>
        <translation>The secrets file %1 does not exist.</translation>
    </message>
    <message>
        <source>Check the path given with --secrets.</source>
        <translation>Check the path given with --secrets.</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a regular file.</source>
        <translation>The secrets file %1 is not a regular file.</translation>
    </message>
    <message>
        <source>Give the path of an option file.</source>
        <translation>Give the path of an option file.</translation>
    </message>
    <message>
        <source>The secrets file %1 is refused: its mode %2 lets other users read or change it.</source>
        <translation>The secrets file %1 is refused: its mode %2 lets other users read or change it.</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>Run: chmod 600 %1</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2</source>
        <translation>The secrets file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s owner and permissions.</source>
        <translation>Check the file&apos;s owner and permissions.</translation>
    </message>
    <message>
        <source>The secrets file %1 is malformed. %2</source>
        <translation>The secrets file %1 is malformed. %2</translation>
    </message>
</context>
<context>
    <name>SeedStep</name>
    <message>
        <source>Copy the data to the target</source>
        <translation>Copy the data to the target</translation>
    </message>
    <message>
        <source>A gzip copy of the dump is also kept in %1.</source>
        <translation>A gzip copy of the dump is also kept in %1.</translation>
    </message>
    <message>
        <source>Copy %1 (about %2 MiB) from the %3 into the target?</source>
        <translation>Copy %1 (about %2 MiB) from the %3 into the target?</translation>
    </message>
    <message>
        <source>Copy %1 into the target, REPLACING its schemas %2?</source>
        <translation>Copy %1 into the target, REPLACING its schemas %2?</translation>
    </message>
    <message>
        <source>Declined: nothing was copied.</source>
        <translation>Declined: nothing was copied.</translation>
    </message>
    <message numerus="yes">
        <source>The copy runs as %n parallel pipelines, each with whole schemas.</source>
        <translation>
            <numerusform>The copy runs as %n parallel pipelines, each with whole schemas.</numerusform>
            <numerusform>The copy runs as %n parallel pipelines, each with whole schemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy engine is available.</source>
        <translation>No copy engine is available.</translation>
    </message>
    <message>
        <source>RDS&apos;s own tables (mysql.rds_*) come along into the target&apos;s mysql schema, so that RDS&apos;s housekeeping writes apply there harmlessly should the filters be lost.</source>
        <translation>RDS&apos;s own tables (mysql.rds_*) come along into the target&apos;s mysql schema, so that RDS&apos;s housekeeping writes apply there harmlessly should the filters be lost.</translation>
    </message>
    <message>
        <source>A consistent dump of the tables of %1 (schemas: %2) is streamed into the target. Schemas of the same names on the target are replaced. With several schemas, up to %3 such pipelines run in parallel, each with whole schemas; this is consistent because %1 does not change during the copy, which a later step checks.</source>
        <translation>A consistent dump of the tables of %1 (schemas: %2) is streamed into the target. Schemas of the same names on the target are replaced. With several schemas, up to %3 such pipelines run in parallel, each with whole schemas; this is consistent because %1 does not change during the copy, which a later step checks.</translation>
    </message>
    <message>
        <source>The tables of %1 (schemas: %2) are copied into the target by %3 parallel workers, each reading a consistent snapshot of %1 (its position is checked before, once the snapshots are open, and after). Each table is created with its primary key, cut into chunks on its key and streamed into LOAD DATA LOCAL INFILE; each chunk&apos;s row count and row hash are compared on both servers before it counts, and the table&apos;s other keys are added once its rows are in, its foreign keys once every table is in. Schemas of the same names on the target are replaced. The copy is journaled: a resumed setup continues inside a table.</source>
        <translation>The tables of %1 (schemas: %2) are copied into the target by %3 parallel workers, each reading a consistent snapshot of %1 (its position is checked before, once the snapshots are open, and after). Each table is created with its primary key, cut into chunks on its key and streamed into LOAD DATA LOCAL INFILE; each chunk&apos;s row count and row hash are compared on both servers before it counts, and the table&apos;s other keys are added once its rows are in, its foreign keys once every table is in. Schemas of the same names on the target are replaced. The copy is journaled: a resumed setup continues inside a table.</translation>
    </message>
</context>
<context>
    <name>ServerCompatibility</name>
    <message>
        <source>The target (%1) is older than the source (%2); a replica must be the same version or newer.</source>
        <translation>The target (%1) is older than the source (%2); a replica must be the same version or newer.</translation>
    </message>
    <message>
        <source>MySQL (%1) cannot replicate from MariaDB (%2).</source>
        <translation>MySQL (%1) cannot replicate from MariaDB (%2).</translation>
    </message>
    <message>
        <source>MariaDB %1 cannot replicate from MySQL 8; it needs MariaDB 10.6.21, 10.11.11, 11.4.5 or newer (file/position mode, no utf8mb4_0900 collations, no JSON columns).</source>
        <translation>MariaDB %1 cannot replicate from MySQL 8; it needs MariaDB 10.6.21, 10.11.11, 11.4.5 or newer (file/position mode, no utf8mb4_0900 collations, no JSON columns).</translation>
    </message>
    <message>
        <source>Upgrade the target to MariaDB 10.6.21, 10.11.11, 11.4.5 or newer, or use a MySQL target of the source&apos;s version or newer.</source>
        <translation>Upgrade the target to MariaDB 10.6.21, 10.11.11, 11.4.5 or newer, or use a MySQL target of the source&apos;s version or newer.</translation>
    </message>
    <message>
        <source>Use a target of the same flavour and the same or a newer version.</source>
        <translation>Use a target of the same flavour and the same or a newer version.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ServerRole</name>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>staging replica</source>
        <translation>staging replica</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Out of memory.</source>
        <translation>Out of memory.</translation>
    </message>
    <message>
        <source>The connection is not encrypted although TLS mode &apos;%1&apos; requires it.</source>
        <translation>The connection is not encrypted although TLS mode &apos;%1&apos; requires it.</translation>
    </message>
    <message>
        <source>Enable TLS on the server or choose a weaker mode.</source>
        <translation>Enable TLS on the server or choose a weaker mode.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>SetupChecks</name>
    <message>
        <source>The target&apos;s server_uuid equals the %1&apos;s.</source>
        <translation>The target&apos;s server_uuid equals the %1&apos;s.</translation>
    </message>
    <message>
        <source>The target&apos;s server_id %1 equals the %2&apos;s.</source>
        <translation>The target&apos;s server_id %1 equals the %2&apos;s.</translation>
    </message>
    <message>
        <source>The staging server is not a replica.</source>
        <translation>The staging server is not a replica.</translation>
    </message>
    <message>
        <source>Choose an RDS read replica of the source, or the write-freeze strategy.</source>
        <translation>Choose an RDS read replica of the source, or the write-freeze strategy.</translation>
    </message>
    <message>
        <source>The staging replica replicates from server id %1, the source is %2.</source>
        <translation>The staging replica replicates from server id %1, the source is %2.</translation>
    </message>
    <message>
        <source>Choose a read replica of this source.</source>
        <translation>Choose a read replica of this source.</translation>
    </message>
    <message>
        <source>%1 The target has GTIDs of its own (gtid_executed %2): gtid_purged can only be set on an empty gtid_executed.</source>
        <translation>%1 The target has GTIDs of its own (gtid_executed %2): gtid_purged can only be set on an empty gtid_executed.</translation>
    </message>
    <message>
        <source>Reset the target&apos;s binary logs and GTIDs (this deletes the target&apos;s own binary logs), or set gtid=off.</source>
        <translation>Reset the target&apos;s binary logs and GTIDs (this deletes the target&apos;s own binary logs), or set gtid=off.</translation>
    </message>
    <message>
        <source>domain %1: the target&apos;s binary log is at %2-%3-%4, the source at %5-%6-%7</source>
        <translation>domain %1: the target&apos;s binary log is at %2-%3-%4, the source at %5-%6-%7</translation>
    </message>
    <message>
        <source>%1 The target runs gtid_strict_mode=ON and its own binary log is ahead of the source in the source&apos;s replication domain (%2): replication would stop with error 1950.</source>
        <translation>%1 The target runs gtid_strict_mode=ON and its own binary log is ahead of the source in the source&apos;s replication domain (%2): replication would stop with error 1950.</translation>
    </message>
    <message>
        <source>Reset the target&apos;s binary logs (this deletes them), give the target&apos;s own writes another gtid_domain_id, or set gtid=off.</source>
        <translation>Reset the target&apos;s binary logs (this deletes them), give the target&apos;s own writes another gtid_domain_id, or set gtid=off.</translation>
    </message>
    <message>
        <source>The clone applies replication (its SQL thread runs from %1): its data is moving, so no fixed binary log position describes it.</source>
        <translation>The clone applies replication (its SQL thread runs from %1): its data is moving, so no fixed binary log position describes it.</translation>
    </message>
    <message>
        <source>Enter the endpoint of the Aurora clone (a standalone cluster) as the staging connection; an Aurora reader or a binlog replica is not a clone.</source>
        <translation>Enter the endpoint of the Aurora clone (a standalone cluster) as the staging connection; an Aurora reader or a binlog replica is not a clone.</translation>
    </message>
    <message>
        <source>Paste the crash-recovery event of a clone of this source&apos;s cluster, made while the source keeps its binary logs (raise the retention, then make a new clone).</source>
        <translation>Paste the crash-recovery event of a clone of this source&apos;s cluster, made while the source keeps its binary logs (raise the retention, then make a new clone).</translation>
    </message>
    <message>
        <source>The clone&apos;s position %1 lies beyond the end of the source&apos;s %2 (%3 bytes): the line is not from a clone of this source.</source>
        <translation>The clone&apos;s position %1 lies beyond the end of the source&apos;s %2 (%3 bytes): the line is not from a clone of this source.</translation>
    </message>
    <message>
        <source>No event of the source&apos;s %1 starts at %2 ([%3] %4): the line is not from a clone of this source.</source>
        <translation>No event of the source&apos;s %1 starts at %2 ([%3] %4): the line is not from a clone of this source.</translation>
    </message>
    <message>
        <source>The source lists no binary log file.</source>
        <translation>The source lists no binary log file.</translation>
    </message>
    <message>
        <source>Enable binary logging on the source&apos;s cluster (binlog_format in its cluster parameter group), then make the clone.</source>
        <translation>Enable binary logging on the source&apos;s cluster (binlog_format in its cluster parameter group), then make the clone.</translation>
    </message>
    <message>
        <source>The source no longer has %1 (its oldest binary log is %2): the changes since the clone are lost to replication.</source>
        <translation>The source no longer has %1 (its oldest binary log is %2): the changes since the clone are lost to replication.</translation>
    </message>
    <message>
        <source>The source has no binary log %1 (it has %2 to %3): the line is not from a clone of this source.</source>
        <translation>The source has no binary log %1 (it has %2 to %3): the line is not from a clone of this source.</translation>
    </message>
    <message>
        <source>JSON columns (%1): MySQL logs them in its binary JSON format, which a MariaDB replica cannot apply.</source>
        <translation>JSON columns (%1): MySQL logs them in its binary JSON format, which a MariaDB replica cannot apply.</translation>
    </message>
    <message>
        <source>utf8mb4_0900 collations (%1): MariaDB does not know them, so the tables cannot be created on the target.</source>
        <translation>utf8mb4_0900 collations (%1): MariaDB does not know them, so the tables cannot be created on the target.</translation>
    </message>
    <message>
        <source>Use a MySQL 8 target, or change those columns on the source first (JSON to LONGTEXT, the collations to utf8mb4_unicode_ci or utf8mb4_general_ci).</source>
        <translation>Use a MySQL 8 target, or change those columns on the source first (JSON to LONGTEXT, the collations to utf8mb4_unicode_ci or utf8mb4_general_ci).</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Sets up the target as an external replica of the source.</source>
        <translation>Sets up the target as an external replica of the source.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Do not ask before each step; manual steps are assumed done.</source>
        <translation>Do not ask before each step; manual steps are assumed done.</translation>
    </message>
    <message>
        <source>Where to append the audit log (default: audit.log beside the profile).</source>
        <translation>Where to append the audit log (default: audit.log beside the profile).</translation>
    </message>
    <message>
        <source>[%1] %2 (%3)</source>
        <translation>[%1] %2 (%3)</translation>
    </message>
    <message>
        <source>    Manual step, assumed done (--yes): %1</source>
        <translation>    Manual step, assumed done (--yes): %1</translation>
    </message>
    <message>
        <source>    FAILED: %1</source>
        <translation>    FAILED: %1</translation>
    </message>
    <message>
        <source>    done in %1 s</source>
        <translation>    done in %1 s</translation>
    </message>
    <message>
        <source>    copied %1 MiB of about %2 MiB, table %3 (%4/%5)%6</source>
        <translation>    copied %1 MiB of about %2 MiB, table %3 (%4/%5)%6</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, about %1 s left</translation>
    </message>
    <message>
        <source>Stopping: the current statement finishes, nothing further runs...</source>
        <translation>Stopping: the current statement finishes, nothing further runs...</translation>
    </message>
    <message>
        <source>Continue the run recorded in the profile&apos;s journal (after a crash or a fault), checking the servers&apos; state first.</source>
        <translation>Continue the run recorded in the profile&apos;s journal (after a crash or a fault), checking the servers&apos; state first.</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1: each step it finished is checked on the servers before it is skipped.</source>
        <translation>Resuming the run recorded in %1: each step it finished is checked on the servers before it is skipped.</translation>
    </message>
    <message>
        <source>    copied %1 of about %2 rows (%3 MiB, %4 MiB/s), %5 of %6 tables done, now %7%8</source>
        <translation>    copied %1 of about %2 rows (%3 MiB, %4 MiB/s), %5 of %6 tables done, now %7%8</translation>
    </message>
</context>
<context>
    <name>SetupLibrary</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
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
        <translation>%1 is not a saved setup of %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Check the folder&apos;s permissions.</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source># Replica setup runbook

</source>
        <translation># Replica setup runbook

</translation>
    </message>
    <message>
        <source>Strategy: %1. Source %2, target %3. Values in angle brackets are known only when the setup runs; passwords are masked.

</source>
        <translation>Strategy: %1. Source %2, target %3. Values in angle brackets are known only when the setup runs; passwords are masked.

</translation>
    </message>
    <message>
        <source>Nothing to run now: %1</source>
        <translation>Nothing to run now: %1</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Reads: %1</translation>
    </message>
</context>
<context>
    <name>SetupRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>There is no user schema to copy on the %1.</source>
        <translation>There is no user schema to copy on the %1.</translation>
    </message>
    <message>
        <source>The target %1 replicates from the source %2; the copy was verified.</source>
        <translation>The target %1 replicates from the source %2; the copy was verified.</translation>
    </message>
    <message>
        <source>The target was changed but does not replicate: run the setup again to seed it afresh.</source>
        <translation>The target was changed but does not replicate: run the setup again to seed it afresh.</translation>
    </message>
    <message>
        <source>The target was not changed.</source>
        <translation>The target was not changed.</translation>
    </message>
    <message>
        <source>Already done and still in effect: %1.</source>
        <translation>Already done and still in effect: %1.</translation>
    </message>
    <message>
        <source>already done, still in effect: skipped</source>
        <translation>already done, still in effect: skipped</translation>
    </message>
    <message>
        <source>The run recorded in %1 finished successfully: there is nothing to resume.</source>
        <translation>The run recorded in %1 finished successfully: there is nothing to resume.</translation>
    </message>
    <message>
        <source>Use status to watch the replica, or run the setup without --resume.</source>
        <translation>Use status to watch the replica, or run the setup without --resume.</translation>
    </message>
    <message>
        <source>The run recorded in %1 used another strategy (%2).</source>
        <translation>The run recorded in %1 used another strategy (%2).</translation>
    </message>
    <message>
        <source>Run the setup without --resume.</source>
        <translation>Run the setup without --resume.</translation>
    </message>
    <message>
        <source>Resuming the run recorded in %1.</source>
        <translation>Resuming the run recorded in %1.</translation>
    </message>
    <message>
        <source>Add these lines to the target&apos;s configuration file, so its replication filters survive a restart:
%1</source>
        <translation>Add these lines to the target&apos;s configuration file, so its replication filters survive a restart:
%1</translation>
    </message>
    <message>
        <source>The %1 is not connected.</source>
        <translation>The %1 is not connected.</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>declined: %1</translation>
    </message>
    <message>
        <source>The staging replica is STOPPED: resume it with %1; or delete it.</source>
        <translation>The staging replica is STOPPED: resume it with %1; or delete it.</translation>
    </message>
    <message>
        <source>Add this line to the source&apos;s configuration file, so its binary log expiry survives a restart:
[mysqld]
%1</source>
        <translation>Add this line to the source&apos;s configuration file, so its binary log expiry survives a restart:
[mysqld]
%1</translation>
    </message>
    <message>
        <source>No server was changed.</source>
        <translation>No server was changed.</translation>
    </message>
    <message>
        <source>Delete the Aurora clone when you no longer need it; it costs money while it exists:
%1</source>
        <translation>Delete the Aurora clone when you no longer need it; it costs money while it exists:
%1</translation>
    </message>
</context>
<context>
    <name>SetupSessionWorker</name>
    <message>
        <source>The setup was closed.</source>
        <translation>The setup was closed.</translation>
    </message>
</context>
<context>
    <name>SetupStepDefinition</name>
    <message>
        <source>It cannot be planned now: %1</source>
        <translation>It cannot be planned now: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>New replica setup</source>
        <translation>New replica setup</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Stop the setup?</source>
        <translation>Stop the setup?</translation>
    </message>
    <message>
        <source>A setup is running. Cancel it and close?

The running statement is stopped at once. What state each server is left in is written to the audit log (%1).</source>
        <translation>A setup is running. Cancel it and close?

The running statement is stopped at once. What state each server is left in is written to the audit log (%1).</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Binlog position:</source>
        <translation>Binlog position:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>Oldest binlog kept:</source>
        <translation>Oldest binlog kept:</translation>
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
        <translation>Size</translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation>The server does not answer.</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>binary log off</source>
        <translation>binary log off</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>NULL: binlogs are purged as soon as RDS can</source>
        <translation>NULL: binlogs are purged as soon as RDS can</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>none listed</translation>
    </message>
    <message>
        <source>%1, server id %2, %3%4</source>
        <translation>%1, server id %2, %3%4</translation>
    </message>
    <message>
        <source>binlog off</source>
        <translation>binlog off</translation>
    </message>
    <message>
        <source>, RDS</source>
        <translation>, RDS</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Started (UTC)</translation>
    </message>
    <message>
        <source>started %1 h %2 min ago</source>
        <translation>started %1 h %2 min ago</translation>
    </message>
    <message>
        <source>age not known yet</source>
        <translation>age not known yet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n files, %3 in all)</source>
        <translation>
            <numerusform>%1, %2 (%n files, %3 in all)</numerusform>
            <numerusform>%1, %2 (%n files, %3 in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Binary logs of the source</source>
        <translation>Binary logs of the source</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>Out of memory.</source>
        <translation>Out of memory.</translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 could not connect: %2.</source>
        <translation>The SSH tunnel to %1 could not connect: %2.</translation>
    </message>
    <message>
        <source>Check the bastion host, its port and that it accepts SSH from here.</source>
        <translation>Check the bastion host, its port and that it accepts SSH from here.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (it now shows %2): someone may be posing as the bastion, or it was reinstalled. Nothing was sent.</source>
        <translation>The host key of %1 has CHANGED (it now shows %2): someone may be posing as the bastion, or it was reinstalled. Nothing was sent.</translation>
    </message>
    <message>
        <source>Ask the bastion&apos;s administrator for its fingerprint; if the change is genuine, remove the old line with: ssh-keygen -R &apos;[%1]:%2&apos;</source>
        <translation>Ask the bastion&apos;s administrator for its fingerprint; if the change is genuine, remove the old line with: ssh-keygen -R &apos;[%1]:%2&apos;</translation>
    </message>
    <message>
        <source>The host key of %1 is not known (fingerprint %2); nothing was sent.</source>
        <translation>The host key of %1 is not known (fingerprint %2); nothing was sent.</translation>
    </message>
    <message>
        <source>The accepted host key of %1 could not be added to %2: %3.</source>
        <translation>The accepted host key of %1 could not be added to %2: %3.</translation>
    </message>
    <message>
        <source>Check that ~/.ssh exists and is writable.</source>
        <translation>Check that ~/.ssh exists and is writable.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked: %2.</source>
        <translation>The host key of %1 could not be checked: %2.</translation>
    </message>
    <message>
        <source>Check ~/.ssh/known_hosts.</source>
        <translation>Check ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>The SSH key %1 could not be read (missing, unreadable, or a wrong passphrase).</source>
        <translation>The SSH key %1 could not be read (missing, unreadable, or a wrong passphrase).</translation>
    </message>
    <message>
        <source>Check the key file and its passphrase.</source>
        <translation>Check the key file and its passphrase.</translation>
    </message>
    <message>
        <source>The bastion %1 refused the SSH login of %2 by %3.</source>
        <translation>The bastion %1 refused the SSH login of %2 by %3.</translation>
    </message>
    <message>
        <source>Check that ssh-agent runs (SSH_AUTH_SOCK) and holds a key the bastion accepts for this user.</source>
        <translation>Check that ssh-agent runs (SSH_AUTH_SOCK) and holds a key the bastion accepts for this user.</translation>
    </message>
    <message>
        <source>Check the user and that the bastion accepts this key or password.</source>
        <translation>Check the user and that the bastion accepts this key or password.</translation>
    </message>
    <message>
        <source>No local port could be opened for the SSH tunnel.</source>
        <translation>No local port could be opened for the SSH tunnel.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the bastion&apos;s own (ssh-keygen -lf on its host key), then accept it: &apos;Trust this host key&apos; in the wizard, --accept-host-key %1 on the command line.</source>
        <translation>Compare the fingerprint with the bastion&apos;s own (ssh-keygen -lf on its host key), then accept it: &apos;Trust this host key&apos; in the wizard, --accept-host-key %1 on the command line.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>Check the file&apos;s syntax with: ssh -G %1</source>
        <translation>Check the file&apos;s syntax with: ssh -G %1</translation>
    </message>
    <message>
        <source>~/.ssh/config reaches %1 through a ProxyCommand or ProxyJump (%2), which this tool does not run.</source>
        <translation>~/.ssh/config reaches %1 through a ProxyCommand or ProxyJump (%2), which this tool does not run.</translation>
    </message>
    <message>
        <source>Give the last jump host itself as the SSH host, or open that tunnel yourself and point the connection at its local end.</source>
        <translation>Give the last jump host itself as the SSH host, or open that tunnel yourself and point the connection at its local end.</translation>
    </message>
</context>
<context>
    <name>StartReplicaStep</name>
    <message>
        <source>Start replication on the target</source>
        <translation>Start replication on the target</translation>
    </message>
    <message>
        <source>The target connects to the source and applies what happened since the copy.</source>
        <translation>The target connects to the source and applies what happened since the copy.</translation>
    </message>
    <message>
        <source>Start replication on the target?</source>
        <translation>Start replication on the target?</translation>
    </message>
    <message>
        <source>Declined: the target is pointed at the source but not started.</source>
        <translation>Declined: the target is pointed at the source but not started.</translation>
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
        <translation>Set up and watch an external MySQL/MariaDB replica of an Amazon RDS database, seeded without downtime on the primary.</translation>
    </message>
    <message>
        <source>No setup is saved yet. Start with a new replica setup.</source>
        <translation>No setup is saved yet. Start with a new replica setup.</translation>
    </message>
    <message>
        <source>&amp;New replica setup...</source>
        <translation>&amp;New replica setup...</translation>
    </message>
    <message>
        <source>Setup not saved</source>
        <translation>Setup not saved</translation>
    </message>
    <message>
        <source>Cannot open the setup</source>
        <translation>Cannot open the setup</translation>
    </message>
    <message>
        <source>Status &amp;dashboard</source>
        <translation>Status &amp;dashboard</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished run...</source>
        <translation>&amp;Resume unfinished run...</translation>
    </message>
    <message>
        <source>Continue a setup run that was interrupted (crash, fault): each finished step is checked on the servers before it is skipped.</source>
        <translation>Continue a setup run that was interrupted (crash, fault): each finished step is checked on the servers before it is skipped.</translation>
    </message>
    <message>
        <source>Resume setup: %1</source>
        <translation>Resume setup: %1</translation>
    </message>
    <message>
        <source>Saved &amp;setups:</source>
        <translation>Saved &amp;setups:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter setups</source>
        <translation>Filter setups</translation>
    </message>
    <message>
        <source>Saved setups</source>
        <translation>Saved setups</translation>
    </message>
    <message>
        <source>Every saved setup with the health of its source, staging replica and target, the target&apos;s lag, the binlog runway and the last check. Enter opens its dashboard.</source>
        <translation>Every saved setup with the health of its source, staging replica and target, the target&apos;s lag, the binlog runway and the last check. Enter opens its dashboard.</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications when this setup&apos;s health changes</source>
        <translation>Desktop &amp;notifications when this setup&apos;s health changes</translation>
    </message>
    <message>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Open in the wizard</translation>
    </message>
    <message>
        <source>Rena&amp;me...</source>
        <translation>Rena&amp;me...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>%1: the %2 is %3 (was %4)</source>
        <translation>%1: the %2 is %3 (was %4)</translation>
    </message>
    <message>
        <source>Replica Wizard: every setup is ok</source>
        <translation>Replica Wizard: every setup is ok</translation>
    </message>
    <message>
        <source>Replica Wizard — %1
%2</source>
        <translation>Replica Wizard — %1
%2</translation>
    </message>
    <message>
        <source>Rename setup</source>
        <translation>Rename setup</translation>
    </message>
    <message>
        <source>Name of the setup:</source>
        <translation>Name of the setup:</translation>
    </message>
    <message>
        <source>Setup not renamed</source>
        <translation>Setup not renamed</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Setting not saved</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Setup not duplicated</source>
        <translation>Setup not duplicated</translation>
    </message>
    <message>
        <source>Remove setup</source>
        <translation>Remove setup</translation>
    </message>
    <message>
        <source>Remove the saved setup %1 and the passwords the keychain remembers for it? The servers are not touched: replication goes on.</source>
        <translation>Remove the saved setup %1 and the passwords the keychain remembers for it? The servers are not touched: replication goes on.</translation>
    </message>
    <message>
        <source>Setup not removed</source>
        <translation>Setup not removed</translation>
    </message>
    <message>
        <source>name or health</source>
        <translation>name or health</translation>
    </message>
    <message>
        <source>Remo&amp;ve...</source>
        <translation>Remo&amp;ve...</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Shows the replication status of a setup&apos;s servers.</source>
        <translation>Shows the replication status of a setup&apos;s servers.</translation>
    </message>
    <message>
        <source>Repeat every N seconds.</source>
        <translation>Repeat every N seconds.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--watch needs a whole number of seconds, at least 1.</source>
        <translation>--watch needs a whole number of seconds, at least 1.</translation>
    </message>
    <message>
        <source>Seconds behind the source from which a replica counts as lagging (default 60).</source>
        <translation>Seconds behind the source from which a replica counts as lagging (default 60).</translation>
    </message>
    <message>
        <source>--lag-warning needs a whole number of seconds.</source>
        <translation>--lag-warning needs a whole number of seconds.</translation>
    </message>
    <message>
        <source>Print one JSON object (the same as --format json).</source>
        <translation>Print one JSON object (the same as --format json).</translation>
    </message>
    <message>
        <source>text (default), json, prometheus or nagios.</source>
        <translation>text (default), json, prometheus or nagios.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Write Prometheus metrics to a .prom file in this folder for node_exporter&apos;s textfile collector (replaced atomically) instead of printing.</source>
        <translation>Write Prometheus metrics to a .prom file in this folder for node_exporter&apos;s textfile collector (replaced atomically) instead of printing.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Every saved setup instead of one --profile.</source>
        <translation>Every saved setup instead of one --profile.</translation>
    </message>
    <message>
        <source>Where the saved setups are (default: the application&apos;s data folder).</source>
        <translation>Where the saved setups are (default: the application&apos;s data folder).</translation>
    </message>
    <message>
        <source>--format takes text, json, prometheus or nagios.</source>
        <translation>--format takes text, json, prometheus or nagios.</translation>
    </message>
    <message>
        <source>--textfile needs an existing folder: %1</source>
        <translation>--textfile needs an existing folder: %1</translation>
    </message>
    <message>
        <source>Give either --all or --profile, not both.</source>
        <translation>Give either --all or --profile, not both.</translation>
    </message>
    <message>
        <source>No saved setups in %1.</source>
        <translation>No saved setups in %1.</translation>
    </message>
    <message>
        <source>Store the setup&apos;s passwords in the keychain, or give --secrets.</source>
        <translation>Store the setup&apos;s passwords in the keychain, or give --secrets.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusRendering</name>
    <message>
        <source>All setups: %1</source>
        <translation>All setups: %1</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Server id</translation>
    </message>
    <message>
        <source>Binary log</source>
        <translation>Binary log</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Binlog position</source>
        <translation>Binlog position</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>NULL (binlogs purged quickly)</source>
        <translation>NULL (binlogs purged quickly)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Replica status</source>
        <translation>Replica status</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replication</translation>
    </message>
    <message>
        <source>not a replica</source>
        <translation>not a replica</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>IO thread</source>
        <translation>IO thread</translation>
    </message>
    <message>
        <source>SQL thread</source>
        <translation>SQL thread</translation>
    </message>
    <message>
        <source>Seconds behind</source>
        <translation>Seconds behind</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Last IO error</source>
        <translation>Last IO error</translation>
    </message>
    <message>
        <source>Last SQL error</source>
        <translation>Last SQL error</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Binlog reader</source>
        <translation>Binlog reader</translation>
    </message>
    <message>
        <source>server id %1 (no connected replica uses it)</source>
        <translation>server id %1 (no connected replica uses it)</translation>
    </message>
    <message>
        <source>server id %1 (none of the setup&apos;s servers uses it)</source>
        <translation>server id %1 (none of the setup&apos;s servers uses it)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>in place, but set at runtime only: a restart loses them (add them to the configuration file)</source>
        <translation>in place, but set at runtime only: a restart loses them (add them to the configuration file)</translation>
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
            <numerusform>applied %1, %n transaction(s) behind</numerusform>
            <numerusform>applied %1, %n transaction(s) behind</numerusform>
        </translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
</context>
<context>
    <name>StepSupport</name>
    <message>
        <source>The staging replica is not a replica.</source>
        <translation>The staging replica is not a replica.</translation>
    </message>
    <message>
        <source>Choose an RDS read replica of the source as the staging replica.</source>
        <translation>Choose an RDS read replica of the source as the staging replica.</translation>
    </message>
    <message>
        <source>The staging replica&apos;s SQL thread is running: its data is moving.</source>
        <translation>The staging replica&apos;s SQL thread is running: its data is moving.</translation>
    </message>
    <message>
        <source>It may have been restarted (an RDS reboot restarts replication). Run the setup again.</source>
        <translation>It may have been restarted (an RDS reboot restarts replication). Run the setup again.</translation>
    </message>
    <message>
        <source>The source has no binary log.</source>
        <translation>The source has no binary log.</translation>
    </message>
    <message>
        <source>Enable binary logging (on RDS: backups).</source>
        <translation>Enable binary logging (on RDS: backups).</translation>
    </message>
    <message>
        <source>The source&apos;s position moved from %1 to %2: writes are still arriving. %3</source>
        <translation>The source&apos;s position moved from %1 to %2: writes are still arriving. %3</translation>
    </message>
    <message>
        <source>Hold off every application write, then run the setup again.</source>
        <translation>Hold off every application write, then run the setup again.</translation>
    </message>
    <message>
        <source>The %1 reports no executed GTID set at %2.</source>
        <translation>The %1 reports no executed GTID set at %2.</translation>
    </message>
    <message>
        <source>Check gtid_mode on the source and the staging replica, or set gtid=off.</source>
        <translation>Check gtid_mode on the source and the staging replica, or set gtid=off.</translation>
    </message>
    <message>
        <source>The source cannot tell the GTID position at %1 (BINLOG_GTID_POS returned &apos;%2&apos;).</source>
        <translation>The source cannot tell the GTID position at %1 (BINLOG_GTID_POS returned &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>The binary log file may be gone already: raise the binlog retention and run the setup again, or set gtid=off.</source>
        <translation>The binary log file may be gone already: raise the binlog retention and run the setup again, or set gtid=off.</translation>
    </message>
    <message>
        <source>GTID position at %1: %2.</source>
        <translation>GTID position at %1: %2.</translation>
    </message>
</context>
<context>
    <name>StopStagingStep</name>
    <message>
        <source>Stop the staging replica and read its coordinates</source>
        <translation>Stop the staging replica and read its coordinates</translation>
    </message>
    <message>
        <source>The staging replica stops applying changes; its executed coordinates (Relay_Master_Log_File, Exec_Master_Log_Pos) are the source position of its data.</source>
        <translation>The staging replica stops applying changes; its executed coordinates (Relay_Master_Log_File, Exec_Master_Log_Pos) are the source position of its data.</translation>
    </message>
    <message>
        <source>The staging replica is already stopped.</source>
        <translation>The staging replica is already stopped.</translation>
    </message>
    <message>
        <source>Stop replication on the staging replica %1?</source>
        <translation>Stop replication on the staging replica %1?</translation>
    </message>
    <message>
        <source>Declined: the copy needs a stopped staging replica.</source>
        <translation>Declined: the copy needs a stopped staging replica.</translation>
    </message>
    <message>
        <source>The staging replica&apos;s data is at source position %1.</source>
        <translation>The staging replica&apos;s data is at source position %1.</translation>
    </message>
    <message>
        <source>The staging replica was restarted since the run stopped it (its data is moving on from %1): the copy cannot be resumed.</source>
        <translation>The staging replica was restarted since the run stopped it (its data is moving on from %1): the copy cannot be resumed.</translation>
    </message>
    <message>
        <source>Run the setup again without --resume for a fresh seed.</source>
        <translation>Run the setup again without --resume for a fresh seed.</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>How the copy gets its exact position in the source&apos;s binary log.</source>
        <translation>How the copy gets its exact position in the source&apos;s binary log.</translation>
    </message>
    <message>
        <source>&amp;Staging replica (zero downtime, recommended)</source>
        <translation>&amp;Staging replica (zero downtime, recommended)</translation>
    </message>
    <message>
        <source>An RDS read replica of the source is stopped for the copy; its executed position is where the target starts. The source is never paused. The read replica is resumed afterwards.</source>
        <translation>An RDS read replica of the source is stopped for the copy; its executed position is where the target starts. The source is never paused. The read replica is resumed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Write freeze (test and staging systems)</source>
        <translation>&amp;Write freeze (test and staging systems)</translation>
    </message>
    <message>
        <source>You hold off the applications&apos; writes on the source (e.g. by removing their security-group access) while it is copied; the tool checks that its position does not move. No read replica is needed.</source>
        <translation>You hold off the applications&apos; writes on the source (e.g. by removing their security-group access) while it is copied; the tool checks that its position does not move. No read replica is needed.</translation>
    </message>
    <message>
        <source>&amp;Positioning:</source>
        <translation>&amp;Positioning:</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Positioning</translation>
    </message>
    <message>
        <source>How the target finds its place in the source&apos;s binary log: by GTID or by file and position</source>
        <translation>How the target finds its place in the source&apos;s binary log: by GTID or by file and position</translation>
    </message>
    <message>
        <source>Automatic uses GTIDs when the source has them on (MySQL: gtid_mode=ON; MariaDB: the staging replica already replicates by GTID, or gtid_strict_mode is on). GTID positioning survives a relay log loss and a change of the source&apos;s binary log file names; the preflight explains the choice.</source>
        <translation>Automatic uses GTIDs when the source has them on (MySQL: gtid_mode=ON; MariaDB: the staging replica already replicates by GTID, or gtid_strict_mode is on). GTID positioning survives a relay log loss and a change of the source&apos;s binary log file names; the preflight explains the choice.</translation>
    </message>
    <message>
        <source>Automatic (GTID when the source has GTIDs on)</source>
        <translation>Automatic (GTID when the source has GTIDs on)</translation>
    </message>
    <message>
        <source>GTID</source>
        <translation>GTID</translation>
    </message>
    <message>
        <source>File and position</source>
        <translation>File and position</translation>
    </message>
    <message>
        <source>&amp;Aurora MySQL clone</source>
        <translation>&amp;Aurora MySQL clone</translation>
    </message>
    <message>
        <source>Aurora readers are not binlog replicas. You make a clone of the cluster with the AWS commands below; the copy comes from the clone (enter its endpoint as the staging connection) and the target replicates from the writer, from the position Aurora reports in the clone&apos;s crash-recovery event. Delete the clone afterwards: it costs money.</source>
        <translation>Aurora readers are not binlog replicas. You make a clone of the cluster with the AWS commands below; the copy comes from the clone (enter its endpoint as the staging connection) and the target replicates from the writer, from the position Aurora reports in the clone&apos;s crash-recovery event. Delete the clone afterwards: it costs money.</translation>
    </message>
    <message>
        <source>AWS checklist</source>
        <translation>AWS checklist</translation>
    </message>
    <message>
        <source>The AWS steps and commands that make the Aurora clone</source>
        <translation>The AWS steps and commands that make the Aurora clone</translation>
    </message>
    <message>
        <source>Clone&apos;s &amp;crash-recovery event (paste it):</source>
        <translation>Clone&apos;s &amp;crash-recovery event (paste it):</translation>
    </message>
    <message>
        <source>Binlog position from crash recovery is mysql-bin-changelog.000001 154</source>
        <translation>Binlog position from crash recovery is mysql-bin-changelog.000001 154</translation>
    </message>
    <message>
        <source>Clone&apos;s crash-recovery event</source>
        <translation>Clone&apos;s crash-recovery event</translation>
    </message>
    <message>
        <source>The message of the clone&apos;s event that gives the binary log file and position of its data</source>
        <translation>The message of the clone&apos;s event that gives the binary log file and position of its data</translation>
    </message>
    <message>
        <source>Not accepted: %1 %2</source>
        <translation>Not accepted: %1 %2</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>The table %1 has no columns that can be read.</source>
        <translation>The table %1 has no columns that can be read.</translation>
    </message>
    <message>
        <source>SHOW CREATE TABLE %1 returned nothing.</source>
        <translation>SHOW CREATE TABLE %1 returned nothing.</translation>
    </message>
</context>
<context>
    <name>TerminalConfirmer</name>
    <message>
        <source> Done? [y/N] </source>
        <translation> Done? [y/N] </translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
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
        <translation>The CA file %1 holds no certificate.</translation>
    </message>
    <message>
        <source>The tunnel&apos;s local end did not answer: %1</source>
        <translation>The tunnel&apos;s local end did not answer: %1</translation>
    </message>
    <message>
        <source>The server sent no greeting through the tunnel.</source>
        <translation>The server sent no greeting through the tunnel.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting through the tunnel is not a MySQL protocol greeting.</source>
        <translation>The server&apos;s greeting through the tunnel is not a MySQL protocol greeting.</translation>
    </message>
    <message>
        <source>The server does not offer TLS.</source>
        <translation>The server does not offer TLS.</translation>
    </message>
    <message>
        <source>The SSL request could not be sent through the tunnel.</source>
        <translation>The SSL request could not be sent through the tunnel.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not prove it is %2: %3</source>
        <translation>The certificate of %1 does not prove it is %2: %3</translation>
    </message>
</context>
<context>
    <name>VerifyCopyStep</name>
    <message>
        <source>Verify the copy</source>
        <translation>Verify the copy</translation>
    </message>
    <message>
        <source>Every copied table&apos;s checksum and row count, and the number of views, routines, triggers and events, must be equal on %1 and the target (a row hash decides where CHECKSUM TABLE differs).</source>
        <translation>Every copied table&apos;s checksum and row count, and the number of views, routines, triggers and events, must be equal on %1 and the target (a row hash decides where CHECKSUM TABLE differs).</translation>
    </message>
    <message>
        <source>The copy differs from the %1: %2</source>
        <translation>The copy differs from the %1: %2</translation>
    </message>
    <message>
        <source>Run the seed again.</source>
        <translation>Run the seed again.</translation>
    </message>
</context>
<context>
    <name>VerifyReplicationStep</name>
    <message>
        <source>Check that the target replicates</source>
        <translation>Check that the target replicates</translation>
    </message>
    <message>
        <source>Both replication threads must run without an error (up to 60 s while the IO thread connects).</source>
        <translation>Both replication threads must run without an error (up to 60 s while the IO thread connects).</translation>
    </message>
    <message>
        <source>The target is not configured as a replica.</source>
        <translation>The target is not configured as a replica.</translation>
    </message>
    <message>
        <source>target SQL thread</source>
        <translation>target SQL thread</translation>
    </message>
    <message>
        <source>target IO thread</source>
        <translation>target IO thread</translation>
    </message>
    <message>
        <source>The target replicates: IO Yes, SQL Yes, %1 s behind.</source>
        <translation>The target replicates: IO Yes, SQL Yes, %1 s behind.</translation>
    </message>
    <message>
        <source>The target&apos;s replication threads did not both start within 60 s (%1).</source>
        <translation>The target&apos;s replication threads did not both start within 60 s (%1).</translation>
    </message>
    <message>
        <source>Check that the target reaches the source&apos;s port (security groups, network ACLs).</source>
        <translation>Check that the target reaches the source&apos;s port (security groups, network ACLs).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up and watches an external replica of an RDS database.</source>
        <translation>Sets up and watches an external replica of an RDS database.</translation>
    </message>
    <message>
        <source>Open the wizard on this profile.</source>
        <translation>Open the wizard on this profile.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Option file with the passwords (mode 0600).</source>
        <translation>Option file with the passwords (mode 0600).</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>Cannot open the profile</translation>
    </message>
    <message>
        <source>Cannot read the secrets</source>
        <translation>Cannot read the secrets</translation>
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
        <translation>Usage: replica-wizard-cli COMMAND [options]   (or --version)
Commands:
  status   replication status of a setup or of every saved one (--all); text, JSON,
           Prometheus or Nagios (--help for options)
  check    preflight checks of a setup (exit 0 pass, 1 warnings, 2 blocking)
  plan     the statements a setup would run now (Markdown or --format json); changes nothing
  setup    set the target up as a replica of the source
  sandbox  start/stop the local RDS-like sandbox
</translation>
    </message>
</context>
</TS>
