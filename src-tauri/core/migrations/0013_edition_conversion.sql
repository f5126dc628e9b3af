-- 0013 (issue 14): 换版, a 2013 project converted to the 2023 edition.
-- One row per conversion: the editions, the route the certification body
-- audits it on (结合监督审核, 结合再认证审核, or a separate 转换审核; NULL
-- while not agreed), the day it must be done by, when it was converted and
-- the backup taken just before.
CREATE TABLE edition_conversion (
    id           INTEGER PRIMARY KEY,
    from_edition TEXT NOT NULL,
    to_edition   TEXT NOT NULL CHECK (to_edition <> from_edition),
    route        TEXT CHECK (route IN ('surveillance', 'recertification', 'transition_audit')),
    deadline     TEXT,
    converted_on TEXT NOT NULL,
    backup_file  TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
