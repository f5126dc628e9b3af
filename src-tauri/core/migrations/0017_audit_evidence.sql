-- 0017 (issue 19): evidence of an internal audit (审核证据): files such as
-- photos taken on site, attached to a checklist line or to a nonconformity.
-- An auditor records them in a work package too; the results carry the files.
CREATE TABLE audit_evidence (
    id                INTEGER PRIMARY KEY,
    audit_id          INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    checklist_item_id INTEGER REFERENCES checklist_item (id) ON DELETE CASCADE,
    nonconformity_id  INTEGER REFERENCES nonconformity (id) ON DELETE CASCADE,
    attachment_id     INTEGER NOT NULL REFERENCES attachment (id),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    CHECK ((checklist_item_id IS NULL) <> (nonconformity_id IS NULL))
);
CREATE INDEX audit_evidence_audit ON audit_evidence (audit_id);
CREATE INDEX audit_evidence_line ON audit_evidence (checklist_item_id);
CREATE INDEX audit_evidence_nc ON audit_evidence (nonconformity_id);

-- In a package: evidence rows above this id were added in the package (the
-- auditor may remove those only). Packages made before this table had none.
ALTER TABLE audit_package ADD COLUMN evidence_base_id INTEGER NOT NULL DEFAULT 0;
