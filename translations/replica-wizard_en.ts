<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Use the RDS procedure for this task, remap or strip DEFINER clauses, or set log_bin_trust_function_creators=1 on the target.</source>
        <translation>Use the RDS procedure for this task, remap or strip DEFINER clauses, or set log_bin_trust_function_creators=1 on the target.</translation>
    </message>
    <message>
        <source>A view, routine, trigger or event names a DEFINER account that does not exist.</source>
        <translation>A view, routine, trigger or event names a DEFINER account that does not exist.</translation>
    </message>
    <message>
        <source>Create the definer account on this server or remap the definers.</source>
        <translation>Create the definer account on this server or remap the definers.</translation>
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
        <source>No password for the %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</source>
        <translation>No password for the %1 (%2): give --secrets FILE, store it in the keychain, or run on a terminal.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>no keychain</translation>
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
        <source>Use strategy=staging-replica or strategy=write-freeze.</source>
        <translation>Use strategy=staging-replica or strategy=write-freeze.</translation>
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
        <source>Loading the demo shop data set into the source (as admin)...</source>
        <translation>Loading the demo shop data set into the source (as admin)...</translation>
    </message>
    <message>
        <source>Waiting for the staging replica to catch up...</source>
        <translation>Waiting for the staging replica to catch up...</translation>
    </message>
    <message>
        <source>%1 holds no sandbox.</source>
        <translation>%1 holds no sandbox.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off</source>
        <translation>Local sandbox: three MariaDB servers emulating Amazon RDS.
  sandbox start --dir DIR [--load]
  sandbox stop --dir DIR
  sandbox load --dir DIR on|off</translation>
    </message>
    <message>
        <source>start, stop or load</source>
        <translation>start, stop or load</translation>
    </message>
    <message>
        <source>Folder of the sandbox.</source>
        <translation>Folder of the sandbox.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Run a steady write load on the source.</source>
        <translation>Run a steady write load on the source.</translation>
    </message>
    <message>
        <source>Do not load the demo data set.</source>
        <translation>Do not load the demo data set.</translation>
    </message>
    <message>
        <source>admin may not run SHOW SLAVE STATUS (only CALL mysql.rds_replica_status).</source>
        <translation>admin may not run SHOW SLAVE STATUS (only CALL mysql.rds_replica_status).</translation>
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
        <source>Unknown sandbox action &apos;%1&apos;: use start, stop or load.</source>
        <translation>Unknown sandbox action &apos;%1&apos;: use start, stop or load.</translation>
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
    <name>SetupLibrary</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
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
        <translation>New replica setup</translation>
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
        <source>Saved setups:</source>
        <translation>Saved setups:</translation>
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
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Setup not saved</source>
        <translation>Setup not saved</translation>
    </message>
    <message>
        <source>Cannot open the setup</source>
        <translation>Cannot open the setup</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Shows the replication status of a setup&apos;s servers.</source>
        <translation>Shows the replication status of a setup&apos;s servers.</translation>
    </message>
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
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
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
        <source>status needs --profile FILE.</source>
        <translation>status needs --profile FILE.</translation>
    </message>
    <message>
        <source>--watch needs a whole number of seconds, at least 1.</source>
        <translation>--watch needs a whole number of seconds, at least 1.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: replica-wizard-cli COMMAND [options]
Commands:
  status   replication status of a setup (--help for options)
  sandbox  start/stop the local RDS-like sandbox
</source>
        <translation>Usage: replica-wizard-cli COMMAND [options]
Commands:
  status   replication status of a setup (--help for options)
  sandbox  start/stop the local RDS-like sandbox
</translation>
    </message>
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
</context>
</TS>
