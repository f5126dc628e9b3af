-- 0014 (issue 15): the parts a department plays (职能), so templates name
-- departments by part and the text follows the project's own departments;
-- and the text a revision was issued with.
--
-- Part codes are the template `owner` codes (OwnerKind). The project's IP
-- department (organisation.lead_department_id) always plays ip_department,
-- stored or not. Existing departments get the parts their names suggest (the
-- words of OwnerKind::name_hints), so old projects keep rendering.
CREATE TABLE department_part (
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    part          TEXT NOT NULL CHECK (part IN ('ip_department', 'hr_department', 'rd_department',
        'procurement_department', 'production_department', 'sales_department',
        'finance_department', 'office')),
    PRIMARY KEY (department_id, part)
) WITHOUT ROWID;

WITH hint (part, pattern) AS (VALUES
    ('ip_department', '%知识产权%'),
    ('hr_department', '%人力%'),
    ('hr_department', '%人事%'),
    ('rd_department', '%研发%'),
    ('rd_department', '%技术%'),
    ('procurement_department', '%采购%'),
    ('procurement_department', '%供应%'),
    ('production_department', '%生产%'),
    ('production_department', '%制造%'),
    ('sales_department', '%销售%'),
    ('sales_department', '%市场%'),
    ('finance_department', '%财务%'),
    ('office', '%总经理%'),
    ('office', '%总经办%'),
    ('office', '%办公室%')
)
INSERT OR IGNORE INTO department_part (department_id, part)
SELECT d.id, h.part FROM department d JOIN hint h ON d.name LIKE h.pattern;

INSERT OR IGNORE INTO department_part (department_id, part)
SELECT lead_department_id, 'ip_department' FROM organisation
 WHERE lead_department_id IS NOT NULL;

-- The text as issued: project references rendered at publication (clause
-- references still marked). NULL: published before this version, or not
-- published; output then renders the content as it is now.
ALTER TABLE revision ADD COLUMN issued_text TEXT;

DROP TRIGGER revision_published_immutable;
CREATE TRIGGER revision_published_immutable
BEFORE UPDATE OF content, content_hash, version, document_id, issued_text ON revision
WHEN OLD.status IN ('published', 'obsolete')
BEGIN
    SELECT RAISE(ABORT, '已发布的版本不可修改');
END;
