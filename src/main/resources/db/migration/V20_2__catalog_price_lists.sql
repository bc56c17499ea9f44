-- The procured price lists (中标价格, Art. 10) in force since the platform opened: CNY per month per billing unit
-- (BASE) and per unit of a spec parameter (per vCPU, per GB of memory or disk, per Mbps).
-- CHECK BEFORE THE FIRST PRODUCTION DEPLOYMENT: the procurement references and unit prices below must be compared
-- with the two award notices (中标公告) and corrected in this file if they differ. Once applied, a wrong price is
-- corrected only by publishing a new version (catalog page or POST /api/v1/catalog/price-lists).

INSERT INTO cat_price_list_version (label, effective_from, effective_to, procurement_ref, published_at, published_by)
VALUES ('2021年中标价格', DATE '2021-04-15', DATE '2025-12-31', 'DHZC2021-G-001',
        TIMESTAMP WITH TIME ZONE '2021-04-15 09:00:00+08:00', 'system'),
       ('2026年中标价格', DATE '2026-01-01', NULL, 'DHZC2025-G-028',
        TIMESTAMP WITH TIME ZONE '2025-12-20 09:00:00+08:00', 'system');

INSERT INTO cat_price_item (version_id, product_id, component, unit_price)
SELECT v.id, p.id, x.component, CAST(x.unit_price AS NUMERIC(14, 4))
FROM (VALUES
    ('ECS',  'BASE',              '0.00'),
    ('ECS',  'VCPU',             '45.00'),
    ('ECS',  'MEMORY_GB',        '18.00'),
    ('ECS',  'DISK_GB',           '0.35'),
    ('AS',   'BASE',             '50.00'),
    ('BMS',  'BASE',           '2800.00'),
    ('IMS',  'BASE',             '20.00'),
    ('EVS',  'BASE',              '0.00'),
    ('EVS',  'DISK_GB',           '0.40'),
    ('OBS',  'BASE',              '0.00'),
    ('OBS',  'DISK_GB',           '0.20'),
    ('DSS',  'BASE',            '350.00'),
    ('CBR',  'BASE',              '0.25'),
    ('VDI',  'BASE',            '150.00'),
    ('VPC',  'BASE',            '100.00'),
    ('ELB',  'BASE',            '200.00'),
    ('DC',   'BASE',            '300.00'),
    ('DC',   'BANDWIDTH_MBPS',   '20.00'),
    ('CDN',  'BASE',             '40.00'),
    ('RDS',  'BASE',            '300.00'),
    ('RDS',  'VCPU',             '60.00'),
    ('RDS',  'MEMORY_GB',        '25.00'),
    ('RDS',  'DISK_GB',           '0.60'),
    ('HFW',  'BASE',           '1500.00'),
    ('DDOS', 'BASE',            '800.00'),
    ('IDS',  'BASE',            '100.00'),
    ('WTP',  'BASE',            '120.00'),
    ('CES',  'BASE',             '10.00'),
    ('DCH',  'BASE',              '0.00'),
    ('DCH',  'VCPU',             '60.00'),
    ('DCH',  'MEMORY_GB',        '24.00'),
    ('DCH',  'DISK_GB',           '0.45'),
    ('APP',  'BASE',            '500.00'),
    ('IDC',  'BASE',            '150.00')
) AS x (code, component, unit_price)
JOIN cat_product p ON p.code = x.code
JOIN cat_price_list_version v ON v.effective_from = DATE '2021-04-15';

-- 2026: the renewed procurement, about 5 % below 2021.
INSERT INTO cat_price_item (version_id, product_id, component, unit_price)
SELECT v.id, p.id, x.component, CAST(x.unit_price AS NUMERIC(14, 4))
FROM (VALUES
    ('ECS',  'BASE',              '0.00'),
    ('ECS',  'VCPU',             '43.00'),
    ('ECS',  'MEMORY_GB',        '17.00'),
    ('ECS',  'DISK_GB',           '0.33'),
    ('AS',   'BASE',             '47.50'),
    ('BMS',  'BASE',           '2660.00'),
    ('IMS',  'BASE',             '19.00'),
    ('EVS',  'BASE',              '0.00'),
    ('EVS',  'DISK_GB',           '0.38'),
    ('OBS',  'BASE',              '0.00'),
    ('OBS',  'DISK_GB',           '0.19'),
    ('DSS',  'BASE',            '332.50'),
    ('CBR',  'BASE',              '0.24'),
    ('VDI',  'BASE',            '142.50'),
    ('VPC',  'BASE',             '95.00'),
    ('ELB',  'BASE',            '190.00'),
    ('DC',   'BASE',            '285.00'),
    ('DC',   'BANDWIDTH_MBPS',   '19.00'),
    ('CDN',  'BASE',             '38.00'),
    ('RDS',  'BASE',            '285.00'),
    ('RDS',  'VCPU',             '57.00'),
    ('RDS',  'MEMORY_GB',        '23.75'),
    ('RDS',  'DISK_GB',           '0.57'),
    ('HFW',  'BASE',           '1425.00'),
    ('DDOS', 'BASE',            '760.00'),
    ('IDS',  'BASE',             '95.00'),
    ('WTP',  'BASE',            '114.00'),
    ('CES',  'BASE',              '9.50'),
    ('DCH',  'BASE',              '0.00'),
    ('DCH',  'VCPU',             '57.00'),
    ('DCH',  'MEMORY_GB',        '22.80'),
    ('DCH',  'DISK_GB',           '0.43'),
    ('APP',  'BASE',            '475.00'),
    ('IDC',  'BASE',            '142.50')
) AS x (code, component, unit_price)
JOIN cat_product p ON p.code = x.code
JOIN cat_price_list_version v ON v.effective_from = DATE '2026-01-01';
