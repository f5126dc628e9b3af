-- 0003: gap diagnosis, the document register with revisions and distribution,
-- the function allocation table and the system issue.

CREATE TABLE diagnosis (
    clause           TEXT PRIMARY KEY,
    result           TEXT NOT NULL CHECK (result IN ('conform', 'partial', 'nonconform', 'not_applicable')),
    reason           TEXT NOT NULL DEFAULT '',
    current_practice TEXT NOT NULL DEFAULT '',
    gap              TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    CHECK (result <> 'not_applicable' OR length(reason) > 0)
);

CREATE TABLE diagnosis_evidence (
    id            INTEGER PRIMARY KEY,
    clause        TEXT NOT NULL,
    attachment_id INTEGER NOT NULL REFERENCES attachment (id),
    produced_on   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX diagnosis_evidence_clause ON diagnosis_evidence (clause);

-- Diagnosis actions are plan tasks tied to a clause.
ALTER TABLE plan_task ADD COLUMN clause TEXT;

CREATE TABLE document_setting (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code_prefix TEXT NOT NULL DEFAULT 'IP',
    -- Filled into {{知识产权方针}} / {{知识产权目标}}.
    policy      TEXT NOT NULL DEFAULT '尊重知识产权，鼓励自主创新；规范全程管理，防范经营风险；强化运用保护，提升核心竞争力。',
    objectives  TEXT NOT NULL DEFAULT '建立并有效运行知识产权管理体系；全员知识产权培训覆盖率达到100%；新产品立项前知识产权检索率达到100%；合同知识产权条款审查率达到100%；年度新增专利申请不少于10件，其中发明专利不少于3件。'
);
INSERT INTO document_setting (id) VALUES (1);

CREATE TABLE document (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL,
    doc_type            TEXT NOT NULL CHECK (doc_type IN ('policy', 'manual', 'procedure', 'rule', 'form', 'external')),
    title               TEXT NOT NULL CHECK (length(title) > 0),
    owner_department_id INTEGER REFERENCES department (id),
    secrecy             TEXT NOT NULL DEFAULT 'internal' CHECK (secrecy IN ('public', 'internal', 'confidential', 'secret')),
    retention           TEXT NOT NULL DEFAULT '',
    template_key        TEXT,
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX document_code ON document (code);

CREATE TABLE document_clause (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    clause      TEXT NOT NULL,
    PRIMARY KEY (document_id, clause)
) WITHOUT ROWID;
CREATE INDEX document_clause_clause ON document_clause (clause);

CREATE TABLE revision (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document (id),
    version      TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'obsolete')),
    content      TEXT NOT NULL,
    content_hash TEXT,
    change_note  TEXT NOT NULL DEFAULT '',
    drafted_by   INTEGER REFERENCES person (id),
    drafted_on   TEXT,
    reviewer_id  INTEGER REFERENCES person (id),
    reviewed_on  TEXT,
    approver_id  INTEGER REFERENCES person (id),
    approved_on  TEXT,
    published_on TEXT,
    obsolete_on  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (document_id, version)
);
-- At most one working revision (draft, in review or approved) per document.
CREATE UNIQUE INDEX revision_one_working ON revision (document_id)
    WHERE status IN ('draft', 'in_review', 'approved');

-- A published revision is immutable: its content can never change again.
CREATE TRIGGER revision_published_immutable
BEFORE UPDATE OF content, content_hash, version, document_id ON revision
WHEN OLD.status IN ('published', 'obsolete')
BEGIN
    SELECT RAISE(ABORT, '已发布的版本不可修改');
END;
CREATE TRIGGER revision_published_undeletable
BEFORE DELETE ON revision
WHEN OLD.status IN ('published', 'obsolete')
BEGIN
    SELECT RAISE(ABORT, '已发布的版本不可删除');
END;

CREATE TABLE distribution (
    id                      INTEGER PRIMARY KEY,
    revision_id             INTEGER NOT NULL REFERENCES revision (id),
    copy_no                 TEXT NOT NULL,
    recipient_department_id INTEGER REFERENCES department (id),
    recipient_person_id     INTEGER REFERENCES person (id),
    issued_on               TEXT NOT NULL,
    withdrawn_on            TEXT,
    created_at              TEXT NOT NULL,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= issued_on)
);

CREATE TABLE function_allocation (
    department_id INTEGER NOT NULL REFERENCES department (id),
    clause        TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'support')),
    PRIMARY KEY (department_id, clause)
) WITHOUT ROWID;

CREATE TABLE system_issue (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    issued_on      TEXT NOT NULL,
    implemented_on TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    CHECK (implemented_on >= issued_on)
);
