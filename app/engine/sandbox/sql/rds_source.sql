-- rds_source.sql - what RDS does by itself on the sandbox source.
--
-- Run as root with the `mariadb` client on the source only, after rds_common.sql
-- (needs mysql.rds_heartbeat2, mysql.rds_configuration, mysql.rds_sandbox_settings).
-- sql_log_bin=0: the CREATE EVENT/PROCEDURE statements stay on the source.  The row
-- writes of the events are binlogged (they run in their own sessions).
-- Safe to run again (everything is replaced; rds_sandbox_load is created DISABLED
-- again).
--
-- Creates in schema `mysql` (DEFINER `rdsadmin`@`localhost`):
--   procedure rds_sandbox_housekeeping()  binlog rotation and purge
--   procedure rds_sandbox_load_step()     one second of shop write load
--   procedure rds_sandbox_set_load(0|1)   disable/enable the application writes
--   event rds_heartbeat            every 5 s: mysql.rds_heartbeat2 id=1, value = now in ms
--   event rds_binlog_housekeeping  every 2 s: CALL mysql.rds_sandbox_housekeeping()
--   event rds_sandbox_load         every 1 s, DISABLED: CALL mysql.rds_sandbox_load_step()
--                                  (ALTER EVENT mysql.rds_sandbox_load ENABLE|DISABLE)

SET SESSION sql_log_bin = 0;
SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

DELIMITER //

-- (a) FLUSH BINARY LOGS when mysql.rds_sandbox_settings.last_rotation is older
--     than rotate_seconds (0 or NULL: no rotation).
-- (b) PURGE BINARY LOGS BEFORE now - 'binlog retention hours' hours, or, with
--     retention NULL, now - purge_window_seconds seconds.  The server compares
--     the time a file was last written and never removes the current file or
--     one that a connected replica still reads.
-- Errors are not raised (the event would log one every 2 s) but stored in the
-- row housekeeping_last_error; NULL again after a clean run.
CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_sandbox_housekeeping()
  SQL SECURITY DEFINER
  COMMENT 'Sandbox: binlog rotation and purge like RDS'
BEGIN
  DECLARE v_saved_log_bin INT DEFAULT @@SESSION.sql_log_bin;
  DECLARE v_rotate INT;
  DECLARE v_window INT;
  DECLARE v_hours INT;
  DECLARE v_last DATETIME;
  DECLARE v_cutoff DATETIME;
  DECLARE v_errno INT;
  DECLARE v_text VARCHAR(512);

  DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN END;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 v_errno = MYSQL_ERRNO, v_text = MESSAGE_TEXT;
    SET SESSION sql_log_bin = 0;
    UPDATE mysql.rds_sandbox_settings
       SET value = LEFT(CONCAT(DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s'), ' error ', v_errno, ': ', v_text), 255)
     WHERE name = 'housekeeping_last_error';
    SET SESSION sql_log_bin = v_saved_log_bin;
  END;

  -- Nothing here belongs in the binlog (FLUSH/PURGE never are).
  SET SESSION sql_log_bin = 0;

  IF @@GLOBAL.log_bin = 1 THEN
    SELECT CAST(value AS SIGNED) INTO v_rotate
      FROM mysql.rds_sandbox_settings WHERE name = 'rotate_seconds';
    SELECT CAST(value AS SIGNED) INTO v_window
      FROM mysql.rds_sandbox_settings WHERE name = 'purge_window_seconds';
    SELECT CAST(NULLIF(value, '') AS DATETIME) INTO v_last
      FROM mysql.rds_sandbox_settings WHERE name = 'last_rotation';
    SELECT CAST(value AS SIGNED) INTO v_hours
      FROM mysql.rds_configuration WHERE name = 'binlog retention hours';

    IF v_rotate > 0 AND (v_last IS NULL OR v_last <= NOW() - INTERVAL v_rotate SECOND
                         OR v_last > NOW() + INTERVAL 1 MINUTE) THEN
      FLUSH BINARY LOGS;
      UPDATE mysql.rds_sandbox_settings
         SET value = DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s')
       WHERE name = 'last_rotation';
    END IF;

    IF v_hours IS NOT NULL AND v_hours > 0 THEN
      SET v_cutoff = NOW() - INTERVAL v_hours HOUR;
    ELSEIF v_window IS NOT NULL AND v_window >= 0 THEN
      SET v_cutoff = NOW() - INTERVAL v_window SECOND;
    END IF;
    IF v_cutoff IS NOT NULL THEN
      PURGE BINARY LOGS BEFORE v_cutoff;
    END IF;
  END IF;

  UPDATE mysql.rds_sandbox_settings SET value = NULL
   WHERE name = 'housekeeping_last_error' AND value IS NOT NULL;
  SET SESSION sql_log_bin = v_saved_log_bin;
END//

-- One second of write load on the shop schemas (shop_schema.sql/shop_data.sql),
-- binlogged so that it replicates.  One transaction:
--   3 new orders for existing customers with 1-3 lines each (total updated,
--   stock lowered), 2 orders new->paid and 2 paid->shipped (audit rows by the
--   triggers), 5 customers updated, 5 logins inserted and the 5 oldest deleted,
--   1 product image inserted and the oldest image deleted.
-- Keys come from AUTO_INCREMENT, referenced rows are looked up first, so the
-- writes cannot violate a foreign key or a unique key.  An error (e.g. shop
-- schemas missing) rolls back and is stored in the row load_last_error.
CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_sandbox_load_step()
  SQL SECURITY DEFINER
  COMMENT 'Sandbox: one second of write load on the shop schemas'
BEGIN
  DECLARE v_saved_log_bin INT DEFAULT @@SESSION.sql_log_bin;
  DECLARE v_max_customer INT UNSIGNED;
  DECLARE v_max_product INT UNSIGNED;
  DECLARE v_customer INT UNSIGNED;
  DECLARE v_product INT UNSIGNED;
  DECLARE v_order BIGINT UNSIGNED;
  DECLARE v_lines INT;
  DECLARE v_qty INT;
  DECLARE v_n INT DEFAULT 0;
  DECLARE v_l INT;
  DECLARE v_image BLOB;
  DECLARE v_errno INT;
  DECLARE v_text VARCHAR(512);

  DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN END;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 v_errno = MYSQL_ERRNO, v_text = MESSAGE_TEXT;
    ROLLBACK;
    SET SESSION sql_log_bin = 0;
    UPDATE mysql.rds_sandbox_settings
       SET value = LEFT(CONCAT(DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s'), ' error ', v_errno, ': ', v_text), 255)
     WHERE name = 'load_last_error';
    SET SESSION sql_log_bin = v_saved_log_bin;
  END;

  -- The shop writes must replicate, whatever session calls this.
  SET SESSION sql_log_bin = 1;

  START TRANSACTION;

  SELECT MAX(id) INTO v_max_customer FROM shop.customers;
  SELECT MAX(id) INTO v_max_product FROM shop.products WHERE is_active = 1;

  IF v_max_customer IS NOT NULL AND v_max_product IS NOT NULL THEN
    orders_loop: WHILE v_n < 3 DO
      SET v_n = v_n + 1;
      SET v_customer = NULL;
      SELECT id INTO v_customer FROM shop.customers
       WHERE id >= FLOOR(1 + RAND() * v_max_customer) ORDER BY id LIMIT 1;
      IF v_customer IS NULL THEN
        ITERATE orders_loop;
      END IF;

      INSERT INTO shop.orders (customer_id, status, ordered_at, total, currency, shipping_address, note)
      SELECT c.id, 'new', NOW(), 0.00, IF(c.country = 'CH', 'CHF', 'EUR'),
             CONCAT(ELT(1 + FLOOR(RAND() * 4), 'Lindenstraße', 'Am Bächle', '銀座通り', 'Øresundsvej'),
                    ' ', 1 + FLOOR(RAND() * 120), '\n', c.city),
             IF(RAND() < 0.2, 'Expresslieferung 🚚 bitte', NULL)
        FROM shop.customers c WHERE c.id = v_customer;
      SET v_order = LAST_INSERT_ID();

      SET v_lines = 1 + FLOOR(RAND() * 3);
      SET v_l = 0;
      WHILE v_l < v_lines DO
        SET v_l = v_l + 1;
        SET v_product = NULL;
        SELECT id INTO v_product FROM shop.products
         WHERE id >= FLOOR(1 + RAND() * v_max_product) AND is_active = 1 ORDER BY id LIMIT 1;
        IF v_product IS NOT NULL THEN
          SET v_qty = 1 + FLOOR(RAND() * 3);
          INSERT INTO shop.order_items (order_id, line_no, product_id, quantity, unit_price)
          SELECT v_order, v_l, p.id, v_qty, p.price FROM shop.products p WHERE p.id = v_product;
          UPDATE shop.products SET stock = GREATEST(stock - v_qty, 0) WHERE id = v_product;
        END IF;
      END WHILE;

      UPDATE shop.orders o
         SET o.total = (SELECT COALESCE(SUM(i.quantity * i.unit_price), 0.00)
                          FROM shop.order_items i WHERE i.order_id = v_order)
       WHERE o.id = v_order;
    END WHILE;

    UPDATE shop.orders SET status = 'shipped' WHERE status = 'paid' ORDER BY id LIMIT 2;
    UPDATE shop.orders SET status = 'paid' WHERE status = 'new' ORDER BY id LIMIT 2;

    SET v_customer = FLOOR(1 + RAND() * v_max_customer);
    UPDATE shop.customers
       SET loyalty_points = loyalty_points + 1, updated_at = NOW()
     WHERE id >= v_customer ORDER BY id LIMIT 5;
  END IF;

  IF v_max_customer IS NOT NULL THEN
    INSERT INTO shop_audit.login_events (customer_id, logged_in_at, ip_address, user_agent, success)
    SELECT FLOOR(1 + RAND() * v_max_customer), NOW(),
           INET6_ATON(CONCAT('203.0.113.', 1 + FLOOR(RAND() * 254))),
           'SandboxLoad/1.0 (Lasttest; テスト) 🤖', IF(RAND() < 0.05, 0, 1)
      FROM mysql.seq_1_to_5;
    DELETE FROM shop_audit.login_events ORDER BY id LIMIT 5;
  END IF;

  IF v_max_product IS NOT NULL THEN
    SET v_image = CONCAT(UNHEX('89504E470D0A1A0A0000000D49484452'), RANDOM_BYTES(256));
    INSERT INTO shop_media.product_images
      (product_id, position, mime_type, width, height, image, sha1, caption, uploaded_at)
    VALUES (FLOOR(1 + RAND() * v_max_product), 9, 'image/png', 64, 64, v_image, SHA1(v_image),
            'Vorschaubild – サムネイル 🖼', NOW());
    DELETE FROM shop_media.product_images ORDER BY id LIMIT 1;
  END IF;

  COMMIT;

  SET SESSION sql_log_bin = 0;
  UPDATE mysql.rds_sandbox_settings SET value = NULL
   WHERE name = 'load_last_error' AND value IS NOT NULL;
  SET SESSION sql_log_bin = v_saved_log_bin;
END//

-- Turns the applications' writes on (1) or off (0): the shop load event and the
-- events of legacy_schema.sql that write every second (`legacy-crm`.ev_tick,
-- scratch.ev_jobs).  Off is what a DBA's write freeze does.  Not binlogged, so a
-- replica keeps its copies SLAVESIDE_DISABLED; definers are kept (a plain
-- `ALTER EVENT ... ENABLE` by root would make root@localhost the definer).
-- Events that do not exist (no demo data) are skipped.
CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost`
PROCEDURE mysql.rds_sandbox_set_load(IN p_enable TINYINT)
  SQL SECURITY DEFINER
  COMMENT 'Sandbox: enable (1) or disable (0) the application writes'
BEGIN
  DECLARE v_saved_log_bin INT DEFAULT @@SESSION.sql_log_bin;
  SET SESSION sql_log_bin = 0;
  IF p_enable THEN
    ALTER EVENT mysql.rds_sandbox_load ENABLE;
  ELSE
    ALTER EVENT mysql.rds_sandbox_load DISABLE;
  END IF;
  BEGIN
    DECLARE CONTINUE HANDLER FOR 1539, 1049 BEGIN END; -- no such event or schema
    IF p_enable THEN
      ALTER DEFINER=`admin`@`%` EVENT `legacy-crm`.ev_tick ENABLE;
      ALTER DEFINER=`admin`@`%` EVENT scratch.ev_jobs ENABLE;
    ELSE
      ALTER DEFINER=`admin`@`%` EVENT `legacy-crm`.ev_tick DISABLE;
      ALTER DEFINER=`admin`@`%` EVENT scratch.ev_jobs DISABLE;
    END IF;
  END;
  SET SESSION sql_log_bin = v_saved_log_bin;
END//

DELIMITER ;

-- RDS writes mysql.rds_heartbeat2 on the primary; the row changes are binlogged
-- and replicate (the row id=1 exists on every server, see rds_common.sql).
CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost` EVENT mysql.rds_heartbeat
  ON SCHEDULE EVERY 5 SECOND
  ON COMPLETION PRESERVE
  ENABLE
  COMMENT 'RDS emulation: heartbeat row, value = time in ms'
  DO INSERT INTO mysql.rds_heartbeat2 (id, value)
     VALUES (1, CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED))
     ON DUPLICATE KEY UPDATE value = VALUES(value);

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost` EVENT mysql.rds_binlog_housekeeping
  ON SCHEDULE EVERY 2 SECOND
  ON COMPLETION PRESERVE
  ENABLE
  COMMENT 'Sandbox: binlog rotation and purge (mysql.rds_sandbox_settings)'
  DO CALL mysql.rds_sandbox_housekeeping();

CREATE OR REPLACE DEFINER=`rdsadmin`@`localhost` EVENT mysql.rds_sandbox_load
  ON SCHEDULE EVERY 1 SECOND
  ON COMPLETION PRESERVE
  DISABLE
  COMMENT 'Sandbox: steady write load on the shop schemas'
  DO CALL mysql.rds_sandbox_load_step();
