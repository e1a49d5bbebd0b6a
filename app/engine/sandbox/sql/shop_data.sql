-- shop_data.sql - demo rows for the schemas of shop_schema.sql (about 110,000 rows).
--
-- Run as `admin` on the sandbox source after shop_schema.sql, with the `mariadb`
-- client; the rows are binlogged (ROW) and replicate to the staging replica.
-- Rows are generated with MariaDB's Sequence engine (seq_1_to_N).  The tables are
-- emptied first, so the script can be run again (disable the event
-- mysql.rds_sandbox_load while it runs).
-- Dates are relative to NOW(); texts mix umlauts, CJK and emoji; images are a
-- PNG/JPEG signature followed by random bytes.

SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;

SET SESSION foreign_key_checks = 0;
TRUNCATE TABLE shop.order_items;
TRUNCATE TABLE shop.orders;
TRUNCATE TABLE shop.products;
TRUNCATE TABLE shop.categories;
TRUNCATE TABLE shop.customers;
TRUNCATE TABLE shop_media.product_images;
TRUNCATE TABLE shop_media.banners;
TRUNCATE TABLE shop_audit.change_log;
TRUNCATE TABLE shop_audit.login_events;
SET SESSION foreign_key_checks = 1;

-- Categories: 6 top level (ids 1-6), 18 leaves (ids 7-24).
INSERT INTO shop.categories (id, parent_id, name, slug) VALUES
  (1, NULL, 'Küche & Haushalt', 'kueche-haushalt'),
  (2, NULL, 'Büro & Schreibwaren', 'buero-schreibwaren'),
  (3, NULL, 'Lebensmittel 食品', 'lebensmittel'),
  (4, NULL, 'Elektronik 🔌', 'elektronik'),
  (5, NULL, 'Freizeit & Sport', 'freizeit-sport'),
  (6, NULL, 'Geschenke 🎁', 'geschenke'),
  (7, 1, 'Töpfe & Pfannen', 'toepfe-pfannen'),
  (8, 1, 'Geschirr 食器', 'geschirr'),
  (9, 1, 'Kaffee & Tee ☕', 'kaffee-tee'),
  (10, 2, 'Füller & Stifte', 'fueller-stifte'),
  (11, 2, 'Notizbücher', 'notizbuecher'),
  (12, 2, 'Ordner & Mappen', 'ordner-mappen'),
  (13, 3, 'Süßwaren', 'suesswaren'),
  (14, 3, 'Gewürze & Soßen', 'gewuerze-sossen'),
  (15, 3, '日本の食品', 'japanische-lebensmittel'),
  (16, 4, 'Kopfhörer 🎧', 'kopfhoerer'),
  (17, 4, 'Ladegeräte', 'ladegeraete'),
  (18, 4, 'Smart Home 🏠', 'smart-home'),
  (19, 5, 'Fahrrad 🚲', 'fahrrad'),
  (20, 5, 'Wandern & Outdoor', 'wandern-outdoor'),
  (21, 5, 'Spiele & Puzzles 🧩', 'spiele-puzzles'),
  (22, 6, 'Gutscheine', 'gutscheine'),
  (23, 6, 'Weihnachten 🎄', 'weihnachten'),
  (24, 6, 'Geburtstag 🎂', 'geburtstag');

-- 5,000 customers.
INSERT INTO shop.customers
  (id, email, first_name, last_name, city, country, loyalty_points, preferences, created_at, updated_at)
SELECT s.seq,
       CONCAT('customer', s.seq, '@example.', ELT(1 + s.seq % 4, 'com', 'de', 'jp', 'org')),
       ELT(1 + s.seq % 20, 'Jürgen', 'Zoë', 'Åsa', 'Søren', 'José', 'Łukasz', 'Françoise', 'Björn',
           'Anaïs', 'Ömer', 'Małgorzata', 'Niamh', 'Ægir', 'Chloé', 'Dmitrij', '美咲', '翔太', '李娜',
           '王芳', '민준'),
       ELT(1 + (s.seq DIV 20) % 20, 'Müller', 'Schäfer', 'Groß', 'Weiß', 'Fernández', 'Nowak',
           'Dvořák', 'Østergaard', 'Çelik', 'O''Brien', 'García', 'Kovačević', '佐藤', '鈴木', '高橋',
           '张', '陈', '김', 'Ließmann', 'Jäger'),
       ELT(1 + (s.seq * 7) % 12, 'München', 'Köln', 'Zürich', 'Wien', 'Malmö', 'København', 'Kraków',
           'São Paulo', '東京', '大阪', '北京', '서울'),
       ELT(1 + (s.seq * 7) % 12, 'DE', 'DE', 'CH', 'AT', 'SE', 'DK', 'PL', 'BR', 'JP', 'JP', 'CN', 'KR'),
       (s.seq * 37) % 1000,
       CONCAT('{"newsletter":', IF(s.seq % 3 = 0, 'true', 'false'),
              ',"language":"', ELT(1 + s.seq % 5, 'de', 'en', 'ja', 'zh', 'ko'),
              '","favourite":"', ELT(1 + s.seq % 6, '☕ Kaffee', '🍵 緑茶', '🎧 Musik', '📚 Bücher',
                                     '🚲 Radfahren', '🍣 寿司'), '"}'),
       NOW() - INTERVAL (730 * 1440 - s.seq * 100) MINUTE,
       NOW() - INTERVAL (730 * 1440 - s.seq * 100 - s.seq % 1000) MINUTE
  FROM shop.seq_1_to_5000 s;

-- 2,000 products in the leaf categories.
INSERT INTO shop.products
  (id, sku, category_id, name, description, price, weight_kg, stock, attributes, is_active, created_at)
SELECT s.seq,
       CONCAT('SKU-', LPAD(s.seq, 6, '0')),
       7 + s.seq % 18,
       CONCAT(ELT(1 + s.seq % 16, 'Kaffeebecher „Größe L“', 'Teekanne Gusseisen', '緑茶セット 🍵',
                  'Kopfhörer 🎧 Over-Ear', 'Fahrradklingel 🚲', 'Notizbuch A5 – kariert',
                  'Füller „Schönschrift“', 'Bento-Box 弁当箱', 'Sojasoße 醤油 500 ml', 'Rucksack 30 l',
                  'Wärmflasche ♨', 'Ölkanne', 'Schneebesen', 'Reiskocher 炊飯器', 'Spülbürste',
                  'Lebkuchen 🎄'),
              ' ', ELT(1 + (s.seq DIV 16) % 5, 'Classic', 'Pro', 'Mini', 'Deluxe', 'Öko'), ' #', s.seq),
       CONCAT('Beschreibung für Artikel ', s.seq, ': Qualität „sehr gut“, geprüft – 品質保証 ✅. ',
              REPEAT('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 1 + s.seq % 5)),
       ROUND(1.99 + ((s.seq * 7919) % 50000) / 100, 2),
       0.050 + (s.seq % 5000) / 1000,
       (s.seq * 13) % 500,
       CONCAT('{"color":"', ELT(1 + s.seq % 6, 'rot', 'grün', 'blau', 'weiß', '黒', '🌈 bunt'),
              '","size":"', ELT(1 + s.seq % 4, 'S', 'M', 'L', 'XL'),
              '","tags":["', ELT(1 + s.seq % 3, 'neu', 'sale', 'bestseller'),
              '","', ELT(1 + s.seq % 4, 'geschenk', 'öko', '日本製', '🔥'),
              '"],"rating":', 1 + s.seq % 5, '.', s.seq % 10, '}'),
       IF(s.seq % 50 = 0, 0, 1),
       NOW() - INTERVAL (800 * 1440 - s.seq * 60) MINUTE
  FROM shop.seq_1_to_2000 s;

-- 20,000 orders, 4 per customer, the newest last.  The trigger
-- shop.trg_orders_after_insert writes one shop_audit.change_log row each.
INSERT INTO shop.orders
  (id, customer_id, status, ordered_at, total, currency, shipping_address, note)
SELECT s.seq,
       1 + (s.seq * 7919) % 5000,
       CASE WHEN s.seq > 19900 THEN 'new'
            WHEN s.seq > 19700 THEN 'paid'
            WHEN s.seq > 19400 THEN 'shipped'
            WHEN s.seq % 25 = 0 THEN 'cancelled'
            ELSE 'delivered' END,
       NOW() - INTERVAL ((20000 - s.seq) * 26 + 5) MINUTE,
       0.00,
       IF(s.seq % 10 = 0, 'CHF', 'EUR'),
       CONCAT(ELT(1 + s.seq % 8, 'Königsallee', 'Hauptstraße', 'Bahnhofstraße', 'Große Elbstraße',
                  'Rue de l''Église', 'Østergade', '千代田区丸の内', '강남대로'),
              ' ', 1 + s.seq % 200, '\n', LPAD(s.seq % 99999, 5, '0'), ' ',
              ELT(1 + s.seq % 6, 'Düsseldorf', 'Hamburg', 'Genève', 'Århus', '東京都', '서울')),
       CASE s.seq % 7 WHEN 0 THEN 'Bitte beim Nachbarn abgeben 🏠'
                      WHEN 3 THEN '請勿折疊 / Nicht knicken ⚠'
                      ELSE NULL END
  FROM shop.seq_1_to_20000 s;

-- 50,000 order lines: order n has 1 + n % 4 lines.
INSERT INTO shop.order_items (order_id, line_no, product_id, quantity, unit_price)
SELECT o.seq, l.seq, p.id, 1 + (o.seq + l.seq) % 3, p.price
  FROM shop.seq_1_to_20000 o
  JOIN shop.seq_1_to_4 l ON l.seq <= 1 + o.seq % 4
  JOIN shop.products p ON p.id = 1 + (o.seq * 31 + l.seq * 577) % 2000
 ORDER BY o.seq, l.seq;

UPDATE shop.orders o
  JOIN (SELECT order_id, SUM(quantity * unit_price) AS total
          FROM shop.order_items GROUP BY order_id) t ON t.order_id = o.id
   SET o.total = t.total;

-- 10,000 logins within the last 300 days (documentation IP ranges).
INSERT INTO shop_audit.login_events (customer_id, logged_in_at, ip_address, user_agent, success)
SELECT 1 + (s.seq * 389) % 5000,
       NOW() - INTERVAL ((s.seq * 53) % (300 * 1440)) MINUTE,
       IF(s.seq % 5 = 0,
          INET6_ATON(CONCAT('2001:db8::', HEX(s.seq))),
          INET6_ATON(CONCAT(ELT(1 + s.seq % 3, '192.0.2.', '198.51.100.', '203.0.113.'), 1 + s.seq % 254))),
       ELT(1 + s.seq % 4,
           'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
           'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
           'ShopApp/3.2 (iPhone; iOS 17.5) „Einkaufsliste“ 🛒'),
       IF(s.seq % 17 = 0, 0, 1)
  FROM shop.seq_1_to_10000 s;

-- 2,500 product images (every product one, every fifth a second), 0.2-1 KiB each.
INSERT INTO shop_media.product_images
  (id, product_id, position, mime_type, width, height, image, caption, uploaded_at)
SELECT s.seq,
       1 + (s.seq - 1) % 2000,
       1 + (s.seq - 1) DIV 2000,
       IF(s.seq % 2 = 0, 'image/png', 'image/jpeg'),
       IF(s.seq % 3 = 0, 640, 320),
       IF(s.seq % 3 = 0, 480, 240),
       CONCAT(IF(s.seq % 2 = 0, UNHEX('89504E470D0A1A0A0000000D49484452'), UNHEX('FFD8FFE000104A46494600')),
              RANDOM_BYTES(200 + s.seq % 800)),
       CONCAT('Produktfoto ', 1 + (s.seq - 1) % 2000, ' – Ansicht ', 1 + (s.seq - 1) DIV 2000, ' 📷 写真'),
       NOW() - INTERVAL (s.seq * 7) MINUTE
  FROM shop.seq_1_to_2500 s;

UPDATE shop_media.product_images SET sha1 = SHA1(image);

-- 3 banners of 256 KiB each.
INSERT INTO shop_media.banners (id, title, image, valid_from, valid_to) VALUES
  (1, 'Sommer-Sale ☀ bis zu 50 % Rabatt', CONCAT(UNHEX('89504E470D0A1A0A'), REPEAT(RANDOM_BYTES(1024), 256)),
   CURDATE() - INTERVAL 30 DAY, CURDATE() + INTERVAL 30 DAY),
  (2, '新商品 – Neuheiten aus Japan 🇯🇵', CONCAT(UNHEX('89504E470D0A1A0A'), REPEAT(RANDOM_BYTES(1024), 256)),
   CURDATE() - INTERVAL 7 DAY, NULL),
  (3, 'Weihnachtsmarkt 🎄 Lebkuchen & Glühwein', CONCAT(UNHEX('FFD8FFE000104A46494600'), REPEAT(RANDOM_BYTES(1024), 256)),
   CURDATE() + INTERVAL 60 DAY, CURDATE() + INTERVAL 90 DAY);
