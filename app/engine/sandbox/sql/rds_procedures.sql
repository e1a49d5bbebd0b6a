-- rds_procedures.sql - Amazon RDS's stored procedures, emulated for the sandbox's RDS servers.
--
-- Run as root with the `mariadb` client after rds_common.sql, on the source and on a staging
-- replica that is RDS (a self-managed staging replica has none of them). Not binlogged; the
-- procedures are replaced, so it can be run again safely.
--
-- Creates in schema `mysql`: rds_set_configuration, rds_show_configuration,
-- rds_stop_replication, rds_start_replication, rds_replica_status, rds_skip_repl_error,
-- rds_kill, rds_kill_query (and the helper rds_sandbox_thread_running they use).
-- All are DEFINER=`rdsadmin`@`localhost` SQL SECURITY DEFINER, so the RDS master user (`admin`,
-- no SUPER/RELOAD/SLAVE MONITOR) can use them through its global EXECUTE privilege.

SET SESSION sql_log_bin = 0;
SET NAMES utf8mb4;
-- ---------------------------------------------------------------------------
-- Procedures
-- ---------------------------------------------------------------------------

DELIMITER //

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_set_configuration(IN name VARCHAR(100), IN value INT)
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: set binlog retention hours, source delay or target delay'
BEGIN
  DECLARE v_msg VARCHAR(200);

  IF name IS NULL OR name NOT IN ('binlog retention hours', 'source delay', 'target delay') THEN
    SET v_msg = CONCAT('Invalid configuration name: ', IFNULL(name, 'NULL'),
                       '. Valid names are binlog retention hours, source delay and target delay.');
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_msg;
  END IF;

  IF name = 'binlog retention hours' THEN
    IF value IS NOT NULL AND (value < 1 OR value > 168) THEN
      SIGNAL SQLSTATE '45000'
        SET MESSAGE_TEXT = 'For binlog retention hours the value must be between 1 and 168 inclusive or be NULL';
    END IF;
  ELSE
    IF value IS NOT NULL AND (value < 0 OR value > 86400) THEN
      SET v_msg = CONCAT('For ', name, ' the value must be between 0 and 86400 inclusive or be NULL');
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = v_msg;
    END IF;
  END IF;

  -- Binlogged like on RDS (the change reaches read replicas).
  UPDATE mysql.rds_configuration c
     SET c.value = CASE WHEN value IS NULL AND name = 'binlog retention hours' THEN NULL
                        ELSE CAST(IFNULL(value, 0) AS CHAR) END
   WHERE c.name = name;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_show_configuration()
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: list configuration values'
BEGIN
  SELECT c.name AS `name`, c.value AS `value`, c.description AS `description`
    FROM mysql.rds_configuration c
   ORDER BY c.name;
END//

-- Replication thread state as the replica shows it in the process list.
-- MariaDB lists the IO thread with COMMAND 'Slave_IO' and the SQL (coordinator)
-- thread with COMMAND 'Slave_SQL' while they run.
CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
FUNCTION mysql.rds_sandbox_thread_running(p_command VARCHAR(16)) RETURNS TINYINT
  READS SQL DATA
  SQL SECURITY DEFINER
  COMMENT 'Sandbox helper: 1 if a replication thread with this COMMAND runs'
BEGIN
  RETURN (SELECT COUNT(*) > 0 FROM information_schema.PROCESSLIST
           WHERE USER = 'system user' AND COMMAND = p_command);
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_stop_replication()
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: STOP SLAVE'
BEGIN
  DECLARE v_msg VARCHAR(200);

  STOP SLAVE;

  IF mysql.rds_sandbox_thread_running('Slave_IO') = 0
     AND mysql.rds_sandbox_thread_running('Slave_SQL') = 0 THEN
    SET v_msg = 'Slave is down or disabled';
  ELSE
    SET v_msg = 'Slave did not stop. Run CALL mysql.rds_replica_status; to see the state.';
  END IF;

  INSERT INTO mysql.rds_replication_status (called_by_user, action, mysql_version, message)
    VALUES (USER(), 'stop slave', VERSION(), v_msg);

  SELECT v_msg AS `Message`;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_start_replication()
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: START SLAVE'
BEGIN
  DECLARE v_msg VARCHAR(200);
  DECLARE v_i INT DEFAULT 0;
  DECLARE v_io, v_sql TINYINT DEFAULT 0;

  START SLAVE;

  -- Watch the threads for about a second: an SQL error or a refused
  -- connection usually ends one of them within that time.
  watch: LOOP
    DO SLEEP(0.25);
    SET v_i = v_i + 1;
    SET v_io  = mysql.rds_sandbox_thread_running('Slave_IO');
    SET v_sql = mysql.rds_sandbox_thread_running('Slave_SQL');
    IF v_io = 0 OR v_sql = 0 OR v_i >= 4 THEN
      LEAVE watch;
    END IF;
  END LOOP;

  IF v_io = 1 AND v_sql = 1 THEN
    SET v_msg = 'Slave running normally.';
  ELSE
    SET v_msg = 'Slave has encountered an error. Run CALL mysql.rds_replica_status; to see the error.';
  END IF;

  INSERT INTO mysql.rds_replication_status (called_by_user, action, mysql_version, message)
    VALUES (USER(), 'start slave', VERSION(), v_msg);

  SELECT v_msg AS `Message`;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_replica_status()
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: SHOW SLAVE STATUS for users without SLAVE MONITOR'
BEGIN
  SHOW SLAVE STATUS;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_skip_repl_error()
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: skip one replicated event that stopped the SQL thread'
BEGIN
  DECLARE v_msg VARCHAR(200);
  DECLARE v_i INT DEFAULT 0;

  IF mysql.rds_sandbox_thread_running('Slave_SQL') = 1 THEN
    SET v_msg = 'Slave is running normally. No errors to skip.';
  ELSEIF mysql.rds_sandbox_thread_running('Slave_IO') = 0 THEN
    -- Both threads stopped (rds_stop_replication, or not a replica): skipping
    -- now could throw away a good event.  RDS answers the same way.
    SET v_msg = 'Slave is down or disabled';
  ELSE
    -- The IO thread runs but the SQL thread stopped: that is an SQL error.
    -- Skip one event group and start the SQL thread again.
    SET GLOBAL sql_slave_skip_counter = 1;
    START SLAVE SQL_THREAD;
    watch: LOOP
      DO SLEEP(0.25);
      SET v_i = v_i + 1;
      IF mysql.rds_sandbox_thread_running('Slave_SQL') = 0 OR v_i >= 4 THEN
        LEAVE watch;
      END IF;
    END LOOP;
    IF mysql.rds_sandbox_thread_running('Slave_SQL') = 1 THEN
      SET v_msg = 'Statement in error has been skipped. Slave running normally.';
    ELSE
      SET v_msg = 'Statement in error has been skipped, but the slave stopped again. Run CALL mysql.rds_replica_status; to see the error.';
    END IF;
  END IF;

  INSERT INTO mysql.rds_replication_status (called_by_user, action, mysql_version, message)
    VALUES (USER(), 'skip error', VERSION(), v_msg);

  SELECT v_msg AS `Message`;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_kill(IN thread BIGINT)
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: KILL CONNECTION'
BEGIN
  DECLARE v_user VARCHAR(128);
  SELECT p.USER INTO v_user FROM information_schema.PROCESSLIST p WHERE p.ID = thread;
  IF v_user IN ('rdsadmin', 'rdsrepladmin', 'system user', 'event_scheduler') THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ERROR: threads of rdsadmin, rdsrepladmin and of the server cannot be killed.';
  END IF;
  KILL CONNECTION thread;
END//

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_kill_query(IN thread BIGINT)
  SQL SECURITY DEFINER
  COMMENT 'RDS emulation: KILL QUERY'
BEGIN
  DECLARE v_user VARCHAR(128);
  SELECT p.USER INTO v_user FROM information_schema.PROCESSLIST p WHERE p.ID = thread;
  IF v_user IN ('rdsadmin', 'rdsrepladmin', 'system user', 'event_scheduler') THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ERROR: threads of rdsadmin, rdsrepladmin and of the server cannot be killed.';
  END IF;
  KILL QUERY thread;
END//

DELIMITER ;
