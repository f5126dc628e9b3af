-- 申请前提 (issue 13): what certification bodies check before they accept an
-- application, beyond the management system itself: the certification scope,
-- the business licence's validity and 登记状态, and the enterprise's
-- declaration that it had no IP administrative penalty, serious infringement
-- or 失信 listing within the program's window.
CREATE TABLE application_precondition (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    -- 认证范围: products and services covered, sites, headcount covered.
    scope_products      TEXT NOT NULL DEFAULT '',
    scope_sites         TEXT NOT NULL DEFAULT '',
    scope_headcount     INTEGER CHECK (scope_headcount IS NULL OR scope_headcount > 0),
    -- 营业执照: valid until (NULL with licence_long_term = 1: 长期).
    licence_valid_until TEXT,
    licence_long_term   INTEGER NOT NULL DEFAULT 0 CHECK (licence_long_term IN (0, 1)),
    -- The day the 登记状态 was seen as 存续 (国家企业信用信息公示系统).
    status_checked_on   TEXT,
    -- The declaration: when and by whom it was confirmed.
    declared_on         TEXT,
    declared_by         INTEGER REFERENCES person (id),
    updated_at          TEXT NOT NULL DEFAULT ''
);
INSERT INTO application_precondition (id) VALUES (1);
