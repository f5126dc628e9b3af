//! Read-only: every attachment a record points to, with the section of the
//! application package it belongs in (the export groups evidence files by
//! section).

use super::attachments::{row, COLUMNS};
use super::Project;
use crate::error::Result;
use crate::model::PackageEvidence;

/// (section, SQL giving attachment id and label), in package order.
const SOURCES: [(&str, &str); 8] = [
    (
        "申请前提",
        "SELECT licence_attachment_id, '营业执照扫描件' FROM application_precondition WHERE licence_attachment_id IS NOT NULL",
    ),
    (
        "培训",
        "SELECT o.certificate_id, '线上学习证书 ' || p.name FROM online_training o JOIN person p ON p.id = o.person_id WHERE o.certificate_id IS NOT NULL ORDER BY p.name, p.id",
    ),
    (
        "培训",
        "SELECT sign_in_id, '培训签到 ' || held_on || ' ' || topic FROM training_session WHERE sign_in_id IS NOT NULL ORDER BY held_on, id",
    ),
    (
        "培训",
        "SELECT a.certificate_id, '内审员证书 ' || p.name FROM auditor_qualification a JOIN person p ON p.id = a.person_id WHERE a.certificate_id IS NOT NULL ORDER BY p.name, p.id",
    ),
    (
        "差距诊断",
        "SELECT attachment_id, '诊断证据 ' || clause || ' ' || produced_on FROM diagnosis_evidence ORDER BY clause, produced_on, id",
    ),
    (
        "体系运行",
        "SELECT r.attachment_id, '运行记录 ' || r.produced_on || ' ' || d.code FROM operation_record r JOIN document d ON d.id = r.document_id WHERE r.attachment_id IS NOT NULL ORDER BY r.produced_on, r.id",
    ),
    (
        "内部审核",
        "SELECT e.attachment_id, '审核证据 ' || a.number || ' ' || c.clause FROM audit_evidence e JOIN audit a ON a.id = e.audit_id
           JOIN checklist_item c ON c.id = e.checklist_item_id ORDER BY a.number, c.sort_order, e.id",
    ),
    (
        "内部审核",
        "SELECT e.attachment_id, '审核证据 ' || n.number FROM audit_evidence e JOIN nonconformity n ON n.id = e.nonconformity_id
          ORDER BY n.number, e.id",
    ),
];

impl Project {
    /// Every attachment referenced by a record, grouped by section.
    pub fn package_evidence(&self) -> Result<Vec<PackageEvidence>> {
        let mut out = Vec::new();
        for (section, sql) in SOURCES {
            let mut st = self.conn().prepare(sql)?;
            let refs: Vec<(i64, String)> = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, label) in refs {
                let attachment = self.conn().query_row(
                    &format!("SELECT {COLUMNS} FROM attachment WHERE id = ?1"),
                    [id],
                    row,
                )?;
                out.push(PackageEvidence {
                    section,
                    label,
                    attachment,
                });
            }
        }
        Ok(out)
    }
}
