-- legacy_schema.sql - what real RDS databases hold besides a tidy shop.
--
-- Run as `admin` (the emulated RDS master user) on the sandbox source with the
-- `mariadb` client, after shop_schema.sql and shop_data.sql; everything is
-- binlogged and replicates to the staging replica.  Drops and recreates its
-- schemas, so it can be run again.  Every object gets DEFINER `admin`@`%`.
--
-- Schema `legacy-crm` (a dash in its name, latin1 by default as old databases are):
--   `import log`       no primary key and no unique key, duplicate rows
--   price_history      composite, non-integer primary key (VARCHAR, DATE, CHAR)
--   sessions           BINARY(16) primary key
--   extremes           max BIGINT UNSIGNED, DECIMAL(65,30), zero dates, BIT(64), ...
--   attachments        BLOBs with NUL bytes, one of 2 MiB
--   notes              latin1 and 4-byte UTF-8 text side by side
--   contacts           generated (VIRTUAL and STORED) and INVISIBLE columns, a
--                      column whose name holds a backtick, FK target
--   `contact notes`    foreign key to contacts (a space in its name)
--   events_log         RANGE partitioned
--   ticks              written every second by the event ev_tick; its trigger
--                      was created under sql_mode PIPES_AS_CONCAT,ANSI_QUOTES
--   views              v_contacts, `v contact stats` (a view on a view),
--                      both SQL SECURITY DEFINER
--   function           fn_contact_count() SQL SECURITY DEFINER, reads a view
-- Schema `shop`: v_top_customers, a SQL SECURITY DEFINER view on
--   v_customer_revenue, and fn_customer_revenue(), a SQL SECURITY DEFINER function.
-- Schema `scratch`: written every second by its own event; a setup does not
--   select it, so its writes must never reach the target.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

DROP DATABASE IF EXISTS `legacy-crm`;
DROP DATABASE IF EXISTS scratch;
CREATE DATABASE `legacy-crm` DEFAULT CHARACTER SET latin1 COLLATE latin1_swedish_ci;
CREATE DATABASE scratch DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.`import log` (
  line        TEXT         NOT NULL,
  imported_at DATETIME     NOT NULL,
  origin      VARCHAR(20)  NULL
) ENGINE=InnoDB;

CREATE TABLE `legacy-crm`.price_history (
  sku        VARCHAR(32)    NOT NULL,
  valid_from DATE           NOT NULL,
  region     CHAR(2)        NOT NULL,
  price      DECIMAL(12,4)  NOT NULL,
  PRIMARY KEY (sku, valid_from, region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.sessions (
  id         BINARY(16)   NOT NULL,
  token      CHAR(36)     NOT NULL,
  user_agent VARCHAR(255) NULL,
  started_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uq_sessions_token (token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.extremes (
  id       INT                 NOT NULL,
  big_u    BIGINT UNSIGNED     NULL,
  big_s    BIGINT              NULL,
  dec65    DECIMAL(65,30)      NULL,
  dbl      DOUBLE              NULL,
  flt      FLOAT               NULL,
  zero_dt  DATETIME            NULL,
  zero_d   DATE                NULL,
  ts       TIMESTAMP(6)        NULL DEFAULT NULL,
  yr       YEAR                NULL,
  bits     BIT(64)             NULL,
  tm       TIME(6)             NULL,
  e        ENUM('a','b','ü')   NULL,
  s        SET('x','y','z')    NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.attachments (
  id     INT UNSIGNED   NOT NULL AUTO_INCREMENT,
  name   VARBINARY(64)  NOT NULL,
  body   LONGBLOB       NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE `legacy-crm`.notes (
  id     INT           NOT NULL,
  latin  TEXT          CHARACTER SET latin1 COLLATE latin1_german1_ci NULL,
  utf    TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE `legacy-crm`.contacts (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  first_name  VARCHAR(50)  NOT NULL,
  last_name   VARCHAR(50)  NOT NULL,
  full_name   VARCHAR(101) AS (CONCAT(first_name, ' ', last_name)) VIRTUAL,
  name_length INT          AS (CHAR_LENGTH(first_name) + CHAR_LENGTH(last_name)) STORED,
  `odd``name` VARCHAR(20)  NOT NULL DEFAULT 'backtick',
  internal    VARCHAR(40)  INVISIBLE NULL DEFAULT 'not in SELECT *',
  PRIMARY KEY (id),
  KEY ix_contacts_length (name_length)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.`contact notes` (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  body       VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_contact_notes_contact (contact_id),
  CONSTRAINT `fk contact notes` FOREIGN KEY (contact_id) REFERENCES `legacy-crm`.contacts (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `legacy-crm`.events_log (
  id   BIGINT UNSIGNED NOT NULL,
  at   DATE            NOT NULL,
  what VARCHAR(50)     NOT NULL,
  PRIMARY KEY (id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  PARTITION BY RANGE (YEAR(at)) (
    PARTITION p2023 VALUES LESS THAN (2024),
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION p2025 VALUES LESS THAN (2026),
    PARTITION pmax  VALUES LESS THAN MAXVALUE);

CREATE TABLE `legacy-crm`.ticks (
  id     BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  first  VARCHAR(20)     NOT NULL,
  last   VARCHAR(20)     NOT NULL,
  label  VARCHAR(60)     NULL,
  at     DATETIME        NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scratch.jobs (
  id     BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  state  VARCHAR(20)     NOT NULL,
  at     DATETIME        NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

-- ---------------------------------------------------------------------------
-- Rows
-- ---------------------------------------------------------------------------

INSERT INTO `legacy-crm`.`import log` (line, imported_at, origin)
SELECT CONCAT('row ', s.seq % 50, ';Müller;"quoted";tab\there'), '2024-01-01 00:00:00' + INTERVAL s.seq MINUTE,
       IF(s.seq % 3 = 0, NULL, 'csv')
  FROM shop.seq_1_to_300 s;
-- Exact duplicates: only a table scan tells these rows apart.
INSERT INTO `legacy-crm`.`import log` (line, imported_at, origin)
SELECT line, imported_at, origin FROM `legacy-crm`.`import log` WHERE origin IS NULL;

INSERT INTO `legacy-crm`.price_history (sku, valid_from, region, price)
SELECT CONCAT('SKU-', LPAD(1 + s.seq % 400, 6, '0')), '2020-01-01' + INTERVAL (s.seq DIV 400) MONTH,
       ELT(1 + s.seq % 3, 'DE', 'AT', 'CH'), ROUND(1 + (s.seq * 7919 % 100000) / 97, 4)
  FROM shop.seq_1_to_6000 s;

INSERT INTO `legacy-crm`.sessions (id, token, user_agent, started_at)
SELECT UNHEX(MD5(s.seq)), CONCAT(LEFT(MD5(s.seq), 8), '-', SUBSTR(MD5(s.seq), 9, 4), '-4', SUBSTR(MD5(s.seq), 14, 3),
                             '-a', SUBSTR(MD5(s.seq), 18, 3), '-', RIGHT(MD5(s.seq), 12)),
       IF(s.seq % 4 = 0, NULL, 'Mozilla/5.0 (X11) „Sitzung“ 🍪'),
       '2025-06-01 12:00:00.000000' + INTERVAL s.seq SECOND + INTERVAL (s.seq % 1000) MICROSECOND
  FROM shop.seq_1_to_2000 s;

-- Zero dates need a sql_mode without NO_ZERO_DATE/NO_ZERO_IN_DATE, as old applications had.
SET SESSION sql_mode = '';
INSERT INTO `legacy-crm`.extremes VALUES
  (1, 18446744073709551615, -9223372036854775808,
   99999999999999999999999999999999999.999999999999999999999999999999,
   1.7976931348623157E308, 3.40282E38, '0000-00-00 00:00:00', '0000-00-00',
   '1970-01-02 00:00:00.000000', 2155, x'FFFFFFFFFFFFFFFF',
   '838:59:59.000000', 'ü', 'x,y,z'),
  (2, 0, 9223372036854775807,
   -99999999999999999999999999999999999.999999999999999999999999999999,
   -2.2250738585072014E-308, -1.17549E-38, '2024-02-00 00:00:00', '2024-00-15',
   '2038-01-18 00:00:00.999999', 1901, x'00', '-838:59:59.000000', 'a', ''),
  (3, NULL, 0, 0.000000000000000000000000000001, 0, 0, '9999-12-31 23:59:59', '1000-01-01',
   NULL, 0000, NULL, '00:00:00.000001', NULL, NULL);
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

INSERT INTO `legacy-crm`.attachments (name, body) VALUES
  (x'00666f6f00', x'00'),
  ('nul-run', REPEAT(CHAR(0), 4096)),
  ('all-bytes', (SELECT GROUP_CONCAT(CHAR(s.seq - 1 USING binary) ORDER BY s.seq SEPARATOR '')
                   FROM shop.seq_1_to_256 s)),
  ('escapes', CONCAT('\\', '''', '"', '\n', '\r', '\t', CHAR(26), CHAR(0), 'end')),
  ('large', REPEAT(CONCAT(x'00ff', RANDOM_BYTES(1022)), 2048)),
  ('empty', '');

INSERT INTO `legacy-crm`.notes (id, latin, utf) VALUES
  (1, 'Grüße aus Köln, naïve café, ½ £ ©', 'Grüße 🎉 𝄞 𠜎 — 4-byte: 😀'),
  (2, CONVERT(x'E4F6FCDF' USING latin1), '中文 / 日本語 / 한국어 🀄'),
  (3, NULL, ''),
  (4, '', NULL),
  (5, 'trailing space   ', 'trailing space   ');

INSERT INTO `legacy-crm`.contacts (first_name, last_name, `odd``name`, internal)
SELECT ELT(1 + s.seq % 6, 'Jürgen', 'Zoë', 'O''Brien', 'Back\\slash', '李', 'Emoji 😀'),
       ELT(1 + s.seq % 5, 'Müller', 'Østergaard', 'D"Quote', '鈴木', 'Smith'),
       IF(s.seq % 2 = 0, 'even', 'odd'), CONCAT('hidden ', s.seq)
  FROM shop.seq_1_to_500 s;

INSERT INTO `legacy-crm`.`contact notes` (contact_id, body)
SELECT 1 + s.seq % 500, CONCAT('Notiz ', s.seq, ' – angerufen ☎')
  FROM shop.seq_1_to_1500 s;

INSERT INTO `legacy-crm`.events_log (id, at, what)
SELECT s.seq, '2023-03-01' + INTERVAL (s.seq % 1200) DAY, ELT(1 + s.seq % 3, 'login', 'export', 'löschen')
  FROM shop.seq_1_to_3000 s;

-- ---------------------------------------------------------------------------
-- Views, routines, triggers, events (DEFINER `admin`@`%`)
-- ---------------------------------------------------------------------------

CREATE SQL SECURITY DEFINER VIEW `legacy-crm`.v_contacts AS
  SELECT c.id, c.full_name, c.name_length, COUNT(n.id) AS note_count
    FROM `legacy-crm`.contacts c
    LEFT JOIN `legacy-crm`.`contact notes` n ON n.contact_id = c.id
   GROUP BY c.id, c.full_name, c.name_length;

-- A view on a view: created on the target only if its DEFINER may read v_contacts (1356).
CREATE SQL SECURITY DEFINER VIEW `legacy-crm`.`v contact stats` AS
  SELECT COUNT(*) AS contacts, SUM(note_count) AS notes, MAX(name_length) AS longest
    FROM `legacy-crm`.v_contacts;

CREATE SQL SECURITY DEFINER VIEW shop.v_top_customers AS
  SELECT customer_id, email, revenue FROM shop.v_customer_revenue WHERE revenue > 0;

DELIMITER //

CREATE FUNCTION `legacy-crm`.fn_contact_count() RETURNS INT
  READS SQL DATA
  SQL SECURITY DEFINER
  COMMENT 'Reads a view with its definer''s rights'
BEGIN
  RETURN (SELECT contacts FROM `legacy-crm`.`v contact stats`);
END//

CREATE FUNCTION shop.fn_customer_revenue(p_customer INT UNSIGNED) RETURNS DECIMAL(14,2)
  READS SQL DATA
  SQL SECURITY DEFINER
BEGIN
  RETURN (SELECT COALESCE(MAX(revenue), 0.00) FROM shop.v_customer_revenue WHERE customer_id = p_customer);
END//

DELIMITER ;

-- Created under a sql_mode where || concatenates and "..." quotes identifiers: recreated
-- under another sql_mode it would compute 0/1 (logical OR) and fail on the quotes.
SET SESSION sql_mode = 'PIPES_AS_CONCAT,ANSI_QUOTES,STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION';
CREATE TRIGGER "legacy-crm"."trg_ticks_label" BEFORE INSERT ON "legacy-crm"."ticks"
FOR EACH ROW SET NEW."label" = NEW."first" || '-' || NEW."last";
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

-- The application's own clock: one row a second, replicated as a statement (binlog_format
-- MIXED), so the trigger above fires on every replica.
CREATE EVENT `legacy-crm`.ev_tick
  ON SCHEDULE EVERY 1 SECOND
  ON COMPLETION PRESERVE
  ENABLE
  COMMENT 'One row a second'
  DO INSERT INTO `legacy-crm`.ticks (first, last, at) VALUES ('tick', DATE_FORMAT(NOW(), '%H%i%s'), NOW());

CREATE EVENT scratch.ev_jobs
  ON SCHEDULE EVERY 1 SECOND
  ON COMPLETION PRESERVE
  ENABLE
  COMMENT 'A schema no setup copies, written all the time'
  DO INSERT INTO scratch.jobs (state, at) VALUES ('queued', NOW());
