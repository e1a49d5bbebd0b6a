-- shop_schema.sql - schemas of the sandbox demo shop.
--
-- Run as `admin` (the emulated RDS master user, NOT root) on the sandbox source,
-- with the `mariadb` client; everything is binlogged and replicates to the staging
-- replica.  Drops and recreates the three schemas, so it can be run again.
-- Fill them with shop_data.sql afterwards.
--
-- Schemas  shop        customers, categories, products, orders, order_items,
--                      view v_customer_revenue, function fn_order_total,
--                      procedure sp_recalculate_order, triggers on orders
--          shop_media  product_images (BLOB), banners (MEDIUMBLOB)
--          shop_audit  change_log (written by the triggers), login_events,
--                      event ev_cleanup_login_events (hourly, enabled)
-- Routines, triggers, views and the event get DEFINER `admin`@`%`.
--
-- Only types and syntax that MySQL 5.7/8.0 read as well (utf8mb4_unicode_ci,
-- JSON kept in TEXT), and a sql_mode without NO_AUTO_CREATE_USER, which
-- mysqldump would copy into the routine definitions and MySQL 8 refuses.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

DROP DATABASE IF EXISTS shop_audit;
DROP DATABASE IF EXISTS shop_media;
DROP DATABASE IF EXISTS shop;

CREATE DATABASE shop       DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE shop_media DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE shop_audit DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------
-- shop
-- ---------------------------------------------------------------------------

CREATE TABLE shop.customers (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT,
  email          VARCHAR(190) NOT NULL,
  first_name     VARCHAR(100) NOT NULL,
  last_name      VARCHAR(100) NOT NULL,
  city           VARCHAR(100) NOT NULL,
  country        CHAR(2)      NOT NULL,
  loyalty_points INT          NOT NULL DEFAULT 0,
  preferences    TEXT         NULL COMMENT 'JSON document',
  created_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customers_email (email),
  KEY ix_customers_country_city (country, city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop.categories (
  id        SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  parent_id SMALLINT UNSIGNED NULL,
  name      VARCHAR(100) NOT NULL,
  slug      VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_categories_slug (slug),
  KEY ix_categories_parent (parent_id),
  CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES shop.categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop.products (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  sku         VARCHAR(32)  NOT NULL,
  category_id SMALLINT UNSIGNED NOT NULL,
  name        VARCHAR(200) NOT NULL,
  description TEXT         NULL,
  price       DECIMAL(10,2) NOT NULL,
  weight_kg   DECIMAL(8,3) NULL,
  stock       INT          NOT NULL DEFAULT 0,
  attributes  TEXT         NULL COMMENT 'JSON document',
  is_active   TINYINT(1)   NOT NULL DEFAULT 1,
  created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY uq_products_sku (sku),
  KEY ix_products_category (category_id),
  CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES shop.categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop.orders (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id      INT UNSIGNED NOT NULL,
  status           ENUM('new','paid','shipped','delivered','cancelled') NOT NULL DEFAULT 'new',
  ordered_at       DATETIME     NOT NULL,
  total            DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  currency         CHAR(3)      NOT NULL DEFAULT 'EUR',
  shipping_address TEXT         NOT NULL,
  note             VARCHAR(255) NULL,
  PRIMARY KEY (id),
  KEY ix_orders_customer (customer_id),
  KEY ix_orders_status (status, ordered_at),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES shop.customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop.order_items (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id   BIGINT UNSIGNED NOT NULL,
  line_no    TINYINT UNSIGNED NOT NULL,
  product_id INT UNSIGNED NOT NULL,
  quantity   SMALLINT UNSIGNED NOT NULL,
  unit_price DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_order_items_line (order_id, line_no),
  KEY ix_order_items_product (product_id),
  CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES shop.orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES shop.products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW shop.v_customer_revenue AS
  SELECT c.id              AS customer_id,
         c.email           AS email,
         COUNT(o.id)       AS order_count,
         COALESCE(SUM(o.total), 0.00) AS revenue
    FROM shop.customers c
    LEFT JOIN shop.orders o ON o.customer_id = c.id AND o.status <> 'cancelled'
   GROUP BY c.id, c.email;

DELIMITER //

CREATE FUNCTION shop.fn_order_total(p_order_id BIGINT UNSIGNED) RETURNS DECIMAL(12,2)
  READS SQL DATA
  COMMENT 'Sum of the order lines of one order'
BEGIN
  DECLARE v_total DECIMAL(12,2);
  SELECT COALESCE(SUM(i.quantity * i.unit_price), 0.00) INTO v_total
    FROM shop.order_items i
   WHERE i.order_id = p_order_id;
  RETURN v_total;
END//

CREATE PROCEDURE shop.sp_recalculate_order(IN p_order_id BIGINT UNSIGNED)
  MODIFIES SQL DATA
  COMMENT 'Store the sum of the order lines in orders.total'
BEGIN
  UPDATE shop.orders SET total = shop.fn_order_total(p_order_id) WHERE id = p_order_id;
END//

-- Audit rows go into another schema.  With binlog_format=ROW the trigger does
-- not fire on replicas: the audit rows arrive there as row events.
CREATE TRIGGER shop.trg_orders_after_insert AFTER INSERT ON shop.orders
FOR EACH ROW
BEGIN
  INSERT INTO shop_audit.change_log (schema_name, table_name, row_pk, action, old_value, new_value, changed_at, changed_by, details)
  VALUES ('shop', 'orders', NEW.id, 'INSERT', NULL, NEW.status, NOW(), USER(),
          CONCAT('{"customer_id":', NEW.customer_id, ',"currency":"', NEW.currency, '"}'));
END//

CREATE TRIGGER shop.trg_orders_after_update AFTER UPDATE ON shop.orders
FOR EACH ROW
BEGIN
  IF NOT (OLD.status <=> NEW.status) THEN
    INSERT INTO shop_audit.change_log (schema_name, table_name, row_pk, action, old_value, new_value, changed_at, changed_by, details)
    VALUES ('shop', 'orders', NEW.id, 'UPDATE', OLD.status, NEW.status, NOW(), USER(),
            CONCAT('{"total":', NEW.total, '}'));
  END IF;
END//

DELIMITER ;

-- ---------------------------------------------------------------------------
-- shop_media
-- ---------------------------------------------------------------------------

-- No foreign key to shop.products: a schema can be copied on its own.
CREATE TABLE shop_media.product_images (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  product_id  INT UNSIGNED NOT NULL,
  position    TINYINT UNSIGNED NOT NULL DEFAULT 1,
  mime_type   VARCHAR(50)  NOT NULL,
  width       SMALLINT UNSIGNED NOT NULL,
  height      SMALLINT UNSIGNED NOT NULL,
  image       BLOB         NOT NULL,
  sha1        CHAR(40)     NULL,
  caption     VARCHAR(255) NULL,
  uploaded_at DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY ix_product_images_product (product_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop_media.banners (
  id         SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title      VARCHAR(200) NOT NULL,
  image      MEDIUMBLOB   NOT NULL,
  valid_from DATE         NOT NULL,
  valid_to   DATE         NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------
-- shop_audit
-- ---------------------------------------------------------------------------

CREATE TABLE shop_audit.change_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  schema_name VARCHAR(64)  NOT NULL,
  table_name  VARCHAR(64)  NOT NULL,
  row_pk      BIGINT UNSIGNED NOT NULL,
  action      ENUM('INSERT','UPDATE','DELETE') NOT NULL,
  old_value   VARCHAR(64)  NULL,
  new_value   VARCHAR(64)  NULL,
  changed_at  DATETIME     NOT NULL,
  changed_by  VARCHAR(200) NOT NULL,
  details     TEXT         NULL COMMENT 'JSON document',
  PRIMARY KEY (id),
  KEY ix_change_log_row (schema_name, table_name, row_pk),
  KEY ix_change_log_changed_at (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop_audit.login_events (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id  INT UNSIGNED NOT NULL,
  logged_in_at DATETIME     NOT NULL,
  ip_address   VARBINARY(16) NOT NULL,
  user_agent   VARCHAR(255) NOT NULL,
  success      TINYINT(1)   NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY ix_login_events_customer (customer_id, logged_in_at),
  KEY ix_login_events_at (logged_in_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Runs on the source; replicated to a replica it becomes SLAVESIDE_DISABLED
-- (MariaDB).  A dump copies it ENABLED: the target must disable it.
CREATE EVENT shop_audit.ev_cleanup_login_events
  ON SCHEDULE EVERY 1 HOUR
  ON COMPLETION PRESERVE
  ENABLE
  COMMENT 'Delete login events older than 400 days'
  DO DELETE FROM shop_audit.login_events WHERE logged_in_at < NOW() - INTERVAL 400 DAY;
