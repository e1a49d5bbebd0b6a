-- rds_common.sql - Amazon RDS emulation shared by the sandbox source and staging replica.
--
-- Run as root with the `mariadb` client on the source AND on the staging replica,
-- after the C++ has created `rdsadmin`@`localhost`, `admin`@`%` and `rdsrepladmin`@`%`.
-- Nothing in this file is written to the binary log; it can be run again safely:
-- tables are created IF NOT EXISTS and their seed rows are INSERT IGNOREd (values
-- changed later are kept). RDS's procedures are in rds_procedures.sql.
--
-- Creates in schema `mysql`:
--   tables     rds_configuration, rds_heartbeat2, rds_replication_status,
--              rds_sandbox_settings

SET SESSION sql_log_bin = 0;
SET NAMES utf8mb4;

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS mysql.rds_configuration (
  name        VARCHAR(100) NOT NULL,
  value       VARCHAR(100) NULL DEFAULT NULL,
  description VARCHAR(300) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT IGNORE INTO mysql.rds_configuration (name, value, description) VALUES
  ('binlog retention hours', NULL,
   'binlog retention hours specifies the duration in hours before binary logs are automatically deleted.'),
  ('source delay', '0',
   'source delay specifies replication delay in seconds between current instance and its master.'),
  ('target delay', '0',
   'target delay specifies replication delay in seconds between current instance and its future read-replica.');

-- Written every few seconds on the source by the event mysql.rds_heartbeat
-- (rds_source.sql); the row changes are binlogged and replicate.  The row is
-- seeded here on every server so that the replicated UPDATE always finds it.
CREATE TABLE IF NOT EXISTS mysql.rds_heartbeat2 (
  id    INT NOT NULL,
  value BIGINT DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT IGNORE INTO mysql.rds_heartbeat2 (id, value)
  VALUES (1, CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED));

-- RDS logs every call of the replication procedures here.
CREATE TABLE IF NOT EXISTS mysql.rds_replication_status (
  action_timestamp     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  called_by_user       VARCHAR(352) NOT NULL,
  action               VARCHAR(40)  NOT NULL,
  mysql_version        VARCHAR(50)  NOT NULL,
  message              VARCHAR(200) NULL,
  KEY (action_timestamp)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Knobs of the sandbox itself (not an RDS table).  The C++ may UPDATE the values.
--   purge_window_seconds  with 'binlog retention hours' NULL: purge binlogs older than this
--   rotate_seconds        FLUSH BINARY LOGS when the last rotation is older (0/NULL: never)
--   last_rotation         written by mysql.rds_sandbox_housekeeping (source only)
--   housekeeping_last_error, load_last_error  last error text of the housekeeping
--                         and load events, NULL when the last run was fine
CREATE TABLE IF NOT EXISTS mysql.rds_sandbox_settings (
  name  VARCHAR(64)  NOT NULL,
  value VARCHAR(255) NULL DEFAULT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT IGNORE INTO mysql.rds_sandbox_settings (name, value) VALUES
  ('purge_window_seconds', '60'),
  ('rotate_seconds', '30'),
  ('last_rotation', NULL),
  ('housekeeping_last_error', NULL),
  ('load_last_error', NULL);
