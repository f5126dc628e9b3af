//! Management review (5.5): chaired by the 最高管理者, after a completed
//! internal audit, with inputs collected from the records and typed outputs.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::ProgramProfile;
use crate::error::{CoreError, Result};
use crate::model::{
    ManagementReview, OutputKind, ReviewInput, ReviewOutput, ReviewOutputInput, ReviewSnapshot,
    Role,
};
use crate::validate;

impl Project {
    fn check_review(
        &self,
        input: &ReviewInput,
        id: Option<i64>,
    ) -> Result<(String, NaiveDate, i64)> {
        let held_on = validate::required_date("评审日期", input.held_on)?;
        let chair = input
            .chair_id
            .ok_or_else(|| CoreError::invalid("请指定评审主持人（最高管理者）"))?;
        let p = self.person(chair)?;
        if !p.roles.contains(&Role::TopManager) {
            return Err(CoreError::conflict(format!(
                "管理评审应由最高管理者主持，{} 不是最高管理者",
                p.name
            )));
        }
        match input.plan_approved_on {
            None => {
                return Err(CoreError::invalid(
                    "请填写评审计划的批准日期：计划须在会前批准",
                ))
            }
            Some(d) if d > held_on => {
                return Err(CoreError::invalid(format!(
                    "评审计划批准日期 {d} 晚于评审日期 {held_on}：计划须在会前批准"
                )))
            }
            _ => {}
        }
        let audit_done: Option<NaiveDate> = self
            .conn()
            .query_row(
                "SELECT min(completed_on) FROM audit WHERE status = 'completed'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        match audit_done {
            None => {
                return Err(CoreError::conflict(
                    "管理评审须在至少一次内部审核完成之后进行，目前没有已完成的内部审核",
                ))
            }
            Some(d) if d > held_on => {
                return Err(CoreError::invalid(format!(
                    "评审日期 {held_on} 早于内部审核完成日期 {d}"
                )))
            }
            _ => {}
        }
        let number = match validate::optional("评审编号", &input.number, 30)? {
            n if n.is_empty() => {
                let n: i64 =
                    self.conn()
                        .query_row("SELECT count(*) FROM management_review", [], |r| r.get(0))?;
                format!("PS-{}-{:02}", chrono::Datelike::year(&held_on), n + 1)
            }
            n => n,
        };
        let clash: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM management_review WHERE number = ?1 AND id IS NOT ?2",
                params![number, id],
                |r| r.get(0),
            )
            .optional()?;
        if clash.is_some() {
            return Err(CoreError::conflict(format!("评审编号 {number} 已存在")));
        }
        for a in &input.attendee_ids {
            self.person(*a)?;
        }
        Ok((number, held_on, chair))
    }

    pub fn save_review(
        &mut self,
        id: Option<i64>,
        input: &ReviewInput,
    ) -> Result<ManagementReview> {
        let (number, held_on, chair) = self.check_review(input, id)?;
        let inputs_text = validate::optional("其他评审输入", &input.inputs_text, 20_000)?;
        let report = validate::optional("评审报告", &input.report, 50_000)?;
        let id = self.write(|tx| {
            let t = now();
            let id = match id {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE management_review SET number=?1, held_on=?2, chair_id=?3, plan_approved_on=?4, inputs_text=?5, report=?6, updated_at=?7 WHERE id=?8",
                        params![number, held_on, chair, input.plan_approved_on, inputs_text, report, t, id],
                    )?;
                    if n == 0 {
                        return Err(CoreError::not_found(format!("管理评审（编号 {id}）不存在")));
                    }
                    // Only the attendees that changed: the change history shows each.
                    tx.execute(
                        "DELETE FROM review_attendee WHERE review_id = ?1 AND person_id NOT IN (SELECT value FROM json_each(?2))",
                        params![id, serde_json::to_string(&input.attendee_ids).expect("ids serialise")],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO management_review (number, held_on, chair_id, plan_approved_on, inputs_text, report, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                        params![number, held_on, chair, input.plan_approved_on, inputs_text, report, t],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            for a in &input.attendee_ids {
                tx.execute("INSERT OR IGNORE INTO review_attendee (review_id, person_id) VALUES (?1, ?2)", params![id, a])?;
            }
            Ok(id)
        })?;
        self.management_review(id)
    }

    /// Collects the review inputs from the records at the press of a button.
    pub fn collect_review_inputs(
        &mut self,
        id: i64,
        program: &ProgramProfile,
        today: NaiveDate,
    ) -> Result<ManagementReview> {
        let r = self.management_review(id)?;
        let audits: Vec<String> = self
            .audits()?
            .iter()
            .filter(|a| a.completed)
            .map(|a| {
                format!(
                    "{}（{} 至 {}）：{}",
                    a.number, a.starts_on, a.ends_on, a.conclusion
                )
            })
            .collect();
        let ncs = self.nonconformities(None, today)?;
        let credits = self.credit_overview(program)?;
        let cov = self.all_staff_coverage()?;
        let prof = self.profile()?;
        let h = &prof.ip_holdings;
        let objectives = self.objectives_attainment(r.held_on)?;
        let previous: Vec<String> = {
            let mut st = self.conn().prepare(
                "SELECT m.number, o.description, o.status FROM review_output o JOIN management_review m ON m.id = o.review_id
                  WHERE m.held_on < ?1 ORDER BY m.held_on",
            )?;
            let v = st
                .query_map([r.held_on], |x| {
                    let s: String = x.get(2)?;
                    Ok(format!(
                        "{}：{}（{}）",
                        x.get::<_, String>(0)?,
                        x.get::<_, String>(1)?,
                        if s == "done" {
                            "已完成"
                        } else {
                            "未完成"
                        }
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            v
        };
        let op = self.operation(program, r.held_on)?;
        let snap = ReviewSnapshot {
            collected_on: today.to_string(),
            audits,
            nonconformities_total: ncs.len() as u32,
            nonconformities_open: ncs
                .iter()
                .filter(|n| n.status != crate::model::NcStatus::Closed)
                .count() as u32,
            training: format!(
                "线上学分达标 {}/{} 人；全员宣贯培训覆盖 {}/{} 人",
                credits.reached_count,
                credits.people.len(),
                cov.attended,
                cov.staff
            ),
            ip_holdings: format!(
                "发明专利 {}，实用新型 {}，外观设计 {}，注册商标 {}，软件著作权 {}",
                h.invention_patents,
                h.utility_models,
                h.design_patents,
                h.trademarks,
                h.software_copyrights
            ),
            objectives,
            previous_actions: previous,
            operation: op.summary,
        };
        let json = serde_json::to_string(&snap).expect("snapshot serialises");
        self.write(|tx| {
            tx.execute(
                "UPDATE management_review SET inputs_snapshot = ?1, updated_at = ?2 WHERE id = ?3",
                params![json, now(), id],
            )?;
            Ok(())
        })?;
        self.management_review(id)
    }

    pub fn add_review_output(
        &mut self,
        review_id: i64,
        input: &ReviewOutputInput,
    ) -> Result<ManagementReview> {
        self.management_review(review_id)?;
        let kind = input
            .kind
            .ok_or_else(|| CoreError::invalid("请选择输出类型"))?;
        let description = validate::required("决定事项", &input.description, 2000)?;
        let owner = input
            .owner_id
            .ok_or_else(|| CoreError::invalid("请指定责任人"))?;
        self.person(owner)?;
        let due = Some(validate::required_date("完成期限", input.due_on)?);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO review_output (review_id, kind, description, owner_id, due_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![review_id, kind.code(), description, owner, due, now()],
            )?;
            Ok(())
        })?;
        self.management_review(review_id)
    }

    pub fn complete_review_output(&mut self, output_id: i64, on: Option<NaiveDate>) -> Result<()> {
        let on = Some(validate::required_date("完成日期", on)?);
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE review_output SET status = 'done', done_on = ?1 WHERE id = ?2",
                params![on, output_id],
            )?;
            if n == 0 {
                return Err(CoreError::not_found(format!(
                    "评审输出（编号 {output_id}）不存在"
                )));
            }
            Ok(())
        })
    }

    /// Why the review cannot be completed yet: inputs not collected, or no report saved.
    pub(super) fn review_complete_refusal(&self, id: i64) -> Result<Option<String>> {
        let r = self.management_review(id)?;
        Ok(if r.completed {
            Some(format!("{} 已完成", r.number))
        } else if r.snapshot.is_none() {
            Some("请先收集评审输入".into())
        } else if r.report.trim().is_empty() {
            Some("请先填写评审报告".into())
        } else {
            None
        })
    }

    pub fn complete_review(&mut self, id: i64) -> Result<ManagementReview> {
        if let Some(why) = self.review_complete_refusal(id)? {
            return Err(CoreError::conflict(why));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE management_review SET status = 'completed', updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.management_review(id)
    }

    pub fn management_review(&self, id: i64) -> Result<ManagementReview> {
        let mut r = self
            .conn()
            .query_row(
                "SELECT m.id, m.number, m.held_on, m.chair_id, p.name, m.plan_approved_on, m.inputs_snapshot, m.inputs_text, m.report, m.status
                   FROM management_review m JOIN person p ON p.id = m.chair_id WHERE m.id = ?1",
                [id],
                |x| {
                    let snap: String = x.get(6)?;
                    let status: String = x.get(9)?;
                    Ok(ManagementReview {
                        id: x.get(0)?,
                        number: x.get(1)?,
                        held_on: x.get(2)?,
                        chair_id: x.get(3)?,
                        chair_name: x.get(4)?,
                        attendee_names: Vec::new(),
                        attendee_ids: Vec::new(),
                        plan_approved_on: x.get(5)?,
                        snapshot: serde_json::from_str(&snap).ok(),
                        inputs_text: x.get(7)?,
                        report: x.get(8)?,
                        completed: status == "completed",
                        outputs: Vec::new(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("管理评审（编号 {id}）不存在")))?;
        let mut st = self.conn().prepare(
            "SELECT p.id, p.name FROM review_attendee a JOIN person p ON p.id = a.person_id WHERE a.review_id = ?1 ORDER BY p.id",
        )?;
        for x in st.query_map([id], |x| Ok((x.get::<_, i64>(0)?, x.get::<_, String>(1)?)))? {
            let (pid, name) = x?;
            r.attendee_ids.push(pid);
            r.attendee_names.push(name);
        }
        let mut st = self.conn().prepare(
            "SELECT o.id, o.kind, o.description, o.owner_id, p.name, o.due_on, o.status, o.done_on
               FROM review_output o LEFT JOIN person p ON p.id = o.owner_id WHERE o.review_id = ?1 ORDER BY o.id",
        )?;
        r.outputs = st
            .query_map([id], |x| {
                let kind: String = x.get(1)?;
                let status: String = x.get(6)?;
                Ok(ReviewOutput {
                    id: x.get(0)?,
                    kind: OutputKind::from_code(&kind).unwrap_or(OutputKind::Other),
                    description: x.get(2)?,
                    owner_id: x.get(3)?,
                    owner_name: x.get(4)?,
                    due_on: x.get(5)?,
                    done: status == "done",
                    done_on: x.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(r)
    }

    pub fn reviews(&self) -> Result<Vec<ManagementReview>> {
        let mut st = self
            .conn()
            .prepare("SELECT id FROM management_review ORDER BY held_on, id")?;
        let ids: Vec<i64> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter()
            .map(|id| self.management_review(id))
            .collect()
    }

    /// The 最高管理者, who chairs reviews by default.
    pub fn top_manager_id(&self) -> Result<Option<i64>> {
        Ok(self.role_holder(Role::TopManager)?.map(|p| p.id))
    }
}

impl Project {
    /// The objectives as the review reads them: each structured objective
    /// with its latest measurement by the review (“目标：实际（达成/未达成）”),
    /// else the free-text objectives of the document settings.
    fn objectives_attainment(&self, by: NaiveDate) -> Result<String> {
        let objectives = self.objectives()?;
        if objectives.is_empty() {
            return Ok(self.conn().query_row(
                "SELECT objectives FROM document_setting WHERE id = 1",
                [],
                |x| x.get(0),
            )?);
        }
        Ok(objectives
            .iter()
            .map(|o| match o.latest_by(by) {
                Some(m) => o.summary(m),
                None => format!("{}（目标 {}）：尚未考核", o.description, o.target),
            })
            .collect::<Vec<_>>()
            .join("；"))
    }
}
