-- 0011 (issue 13): two readiness preconditions the operation period lacked.
-- 0010 is another change's; this file follows it.
--
-- 本期未发生: for an applicable clause with nothing to record in the
-- operation period (企业重组, 合同纠纷 …), the enterprise states so, with its
-- reason, who stated it and when. One statement per clause; readiness counts
-- the clause as evidenced, preferring records dated inside the period.
CREATE TABLE operation_statement (
    id         INTEGER PRIMARY KEY,
    clause     TEXT NOT NULL UNIQUE,
    reason     TEXT NOT NULL CHECK (length(reason) > 0),
    stated_by  INTEGER NOT NULL REFERENCES person (id),
    stated_on  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- 知识产权目标 (GB/T 29490-2013 5.3.2): what is aimed at, the target
-- (text such as "≥6 件"), the owning department and the period. The free
-- text in document_setting.objectives still feeds the templates.
CREATE TABLE objective (
    id            INTEGER PRIMARY KEY,
    description   TEXT NOT NULL CHECK (length(description) > 0),
    target        TEXT NOT NULL CHECK (length(target) > 0),
    department_id INTEGER REFERENCES department (id),
    period        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- 目标考核: an objective measured on a day, before the management review.
CREATE TABLE objective_measurement (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    measured_on  TEXT NOT NULL,
    actual       TEXT NOT NULL CHECK (length(actual) > 0),
    achieved     INTEGER NOT NULL CHECK (achieved IN (0, 1)),
    measured_by  INTEGER REFERENCES person (id),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX objective_measurement_objective ON objective_measurement (objective_id);
