//! Batch steps (#18): 提交审核, 审核通过, 批准, 发布 and 发放 for a selection of
//! documents. Each document goes through the very function its single step
//! uses, so the checks and the words of a refusal are the same; each commits
//! in its own transaction, so one refusal leaves the others done.

use rusqlite::{params, OptionalExtension};

use super::Project;
use crate::error::{CoreError, Result};
use crate::model::{
    BatchDistributeInput, BatchDone, BatchOutcome, BatchRefused, BatchStep, BatchStepInput,
    DistributionInput, RevisionReviewInput, RevisionSubmitInput,
};
use crate::validate;

/// What a batch needs of a document: how to name it and which revisions it has.
struct Head {
    code: String,
    title: String,
    /// The draft, in review or approved revision.
    working: Option<i64>,
    published: Option<i64>,
}

impl Project {
    fn batch_head(&self, document_id: i64) -> Result<Head> {
        self.conn()
            .query_row(
                "SELECT d.code, d.title,
                        (SELECT id FROM revision WHERE document_id = d.id AND status IN ('draft', 'in_review', 'approved')),
                        (SELECT id FROM revision WHERE document_id = d.id AND status = 'published')
                   FROM document d WHERE d.id = ?1",
                [document_id],
                |r| {
                    Ok(Head {
                        code: r.get(0)?,
                        title: r.get(1)?,
                        working: r.get(2)?,
                        published: r.get(3)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("文件（编号 {document_id}）不存在")))
    }

    /// Takes `input.step` for each document's working revision, one document
    /// after the other; what was refused is reported with the reason.
    pub fn batch_step(&mut self, input: &BatchStepInput) -> Result<BatchOutcome> {
        let on = match input.step {
            BatchStep::Submit => None,
            BatchStep::Review => Some(validate::required_date("审核日期", input.on)?),
            BatchStep::Approve => Some(validate::required_date("批准日期", input.on)?),
            BatchStep::Publish => Some(validate::required_date("发布日期", input.on)?),
        };
        let submit = RevisionSubmitInput {
            reviewer_id: input.reviewer_id,
            approver_id: input.approver_id,
        };
        let mut out = BatchOutcome::default();
        for &id in &input.document_ids {
            self.batch_item(&mut out, id, |p, head| {
                let rev = head
                    .working
                    .ok_or_else(|| CoreError::conflict(no_working(input.step)))?;
                let (revision, warnings) = match input.step {
                    BatchStep::Submit => (p.submit_revision(rev, &submit)?, Vec::new()),
                    BatchStep::Review => (
                        p.review_revision(rev, &RevisionReviewInput { on, passed: true })?,
                        Vec::new(),
                    ),
                    BatchStep::Approve => {
                        let o = p.approve_revision(rev, on)?;
                        (o.revision, o.warnings)
                    }
                    BatchStep::Publish => (p.publish_revision(rev, on)?, Vec::new()),
                };
                Ok((revision.version, warnings, true))
            });
        }
        Ok(out)
    }

    /// 发放 of each document's published revision to each department, as
    /// `add_distribution` records one copy; a department already holding a
    /// copy of that revision is not given another (said in the warnings; a
    /// document no department needed a copy of is unchanged).
    /// The checks are the document's, the same for every department, so a
    /// document is refused at its first copy, before any is written.
    pub fn batch_distribute(&mut self, input: &BatchDistributeInput) -> Result<BatchOutcome> {
        let on = validate::required_date("发放日期", input.issued_on)?;
        if input.department_ids.is_empty() {
            return Err(CoreError::invalid("请选择领用部门"));
        }
        let mut departments = Vec::new();
        for &id in &input.department_ids {
            departments.push(self.department(id)?);
        }
        let mut out = BatchOutcome::default();
        for &id in &input.document_ids {
            self.batch_item(&mut out, id, |p, head| {
                let rev = head
                    .published
                    .ok_or_else(|| CoreError::conflict("尚无已发布的受控版本，不能发放"))?;
                let holding = p.distributed_departments(rev, on)?;
                let mut next = p.next_copy_no(id)?;
                let mut warnings = Vec::new();
                let mut version = String::new();
                let mut written = 0;
                for dep in &departments {
                    if holding.contains(&dep.id) {
                        warnings.push(format!("{} 已持有该版本，未重复发放", dep.name));
                        continue;
                    }
                    let d = p.add_distribution(
                        rev,
                        &DistributionInput {
                            copy_no: format!("{next:02}"),
                            recipient_department_id: Some(dep.id),
                            recipient_person_id: None,
                            issued_on: Some(on),
                        },
                    )?;
                    version = d.version;
                    next += 1;
                    written += 1;
                }
                if written == 0 {
                    version = p.revision(rev)?.version;
                }
                Ok((version, warnings, written > 0))
            });
        }
        Ok(out)
    }

    /// Runs `step` for one document (which says whether it changed anything)
    /// and files it under done, unchanged or refused.
    fn batch_item(
        &mut self,
        out: &mut BatchOutcome,
        document_id: i64,
        step: impl FnOnce(&mut Self, &Head) -> Result<(String, Vec<String>, bool)>,
    ) {
        let head = match self.batch_head(document_id) {
            Ok(h) => h,
            Err(error) => {
                out.refused.push(BatchRefused {
                    document_id,
                    code: String::new(),
                    title: String::new(),
                    error,
                });
                return;
            }
        };
        match step(self, &head) {
            Ok((version, warnings, changed)) => {
                let item = BatchDone {
                    document_id,
                    code: head.code,
                    title: head.title,
                    version,
                    warnings,
                };
                if changed {
                    out.done.push(item);
                } else {
                    out.unchanged.push(item);
                }
            }
            Err(error) => out.refused.push(BatchRefused {
                document_id,
                code: head.code,
                title: head.title,
                error,
            }),
        }
    }

    /// One more than the document's largest numeric copy number (as the
    /// 发放回收 tab proposes it).
    fn next_copy_no(&self, document_id: i64) -> Result<u32> {
        let mut st = self.conn().prepare(
            "SELECT x.copy_no FROM distribution x JOIN revision r ON r.id = x.revision_id WHERE r.document_id = ?1",
        )?;
        let max = st
            .query_map(params![document_id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .iter()
            .filter_map(|c| c.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        Ok(max + 1)
    }
}

fn no_working(step: BatchStep) -> &'static str {
    match step {
        BatchStep::Submit => "没有草稿：已发布的文件需先“新建修订版”",
        BatchStep::Review => "没有审核中的版本",
        BatchStep::Approve => "没有待批准的版本",
        BatchStep::Publish => "没有已批准待发布的版本",
    }
}
