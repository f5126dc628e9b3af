//! The 概览's 待办: what the person at the computer has to do this week or
//! is late with, read from the records: plan tasks, corrective actions,
//! review outputs, documents waiting for a step, controlled copies of old
//! revisions still out, and the year's internal audit and management review.

use chrono::{Datelike, Duration, NaiveDate};

use super::Project;
use crate::catalog::ProgramProfile;
use crate::error::Result;
use crate::model::{
    FixLink, ManagementReview, NcStatus, Screen, TaskHealth, TaskStatus, TodoItem, TodoKind,
    TodoList,
};

/// Days ahead counted as “this week”.
pub const HORIZON_DAYS: i64 = 7;

fn item(
    kind: TodoKind,
    title: String,
    owner: Option<String>,
    due_on: Option<NaiveDate>,
    late: bool,
    screen: Screen,
    record_id: Option<i64>,
) -> TodoItem {
    TodoItem {
        kind,
        kind_label: kind.label().into(),
        title,
        owner,
        due_on,
        late,
        link: FixLink { screen, record_id },
    }
}

/// The step a nonconformity waits for.
fn nc_step(status: NcStatus) -> &'static str {
    match status {
        NcStatus::Open => "分析原因",
        NcStatus::CauseAnalysed => "制定纠正措施",
        NcStatus::ActionPlanned => "完成纠正措施",
        NcStatus::Done => "验证措施有效性",
        NcStatus::Verified | NcStatus::Closed => "关闭",
    }
}

impl Project {
    /// Everything due by `today` + 7 days or late, late first, then by date.
    pub fn todo(&self, program: &ProgramProfile, today: NaiveDate) -> Result<TodoList> {
        let horizon = today + Duration::days(HORIZON_DAYS);
        let soon = |d: Option<NaiveDate>| d.is_none_or(|d| d <= horizon);
        let mut items = Vec::new();

        for t in self.plan(program, today)?.tasks {
            if t.status != TaskStatus::Done && t.planned_end <= horizon {
                items.push(item(
                    TodoKind::Task,
                    t.title,
                    t.owner_name,
                    Some(t.planned_end),
                    t.health == TaskHealth::Overdue,
                    Screen::Plan,
                    None,
                ));
            }
        }

        for n in self.nonconformities(None, today)? {
            if n.status == NcStatus::Closed || !soon(n.due_on) {
                continue;
            }
            items.push(item(
                TodoKind::CorrectiveAction,
                format!(
                    "不符合项 {}（{}）：{}",
                    n.number,
                    n.department_name,
                    nc_step(n.status)
                ),
                n.owner_name,
                n.due_on,
                n.overdue,
                Screen::Audits,
                Some(n.audit_id),
            ));
        }

        let reviews = self.reviews()?;
        for r in &reviews {
            for o in r.outputs.iter().filter(|o| !o.done && soon(o.due_on)) {
                items.push(item(
                    TodoKind::ReviewOutput,
                    format!("管理评审 {}：{}", r.number, o.description),
                    o.owner_name.clone(),
                    o.due_on,
                    o.due_on.is_some_and(|d| d < today),
                    Screen::Reviews,
                    Some(r.id),
                ));
            }
        }

        self.document_todo(&mut items)?;
        self.yearly_todo(today, horizon, &reviews, &mut items)?;

        items.sort_by(|a, b| {
            b.late
                .cmp(&a.late)
                .then(a.due_on.is_none().cmp(&b.due_on.is_none()))
                .then(a.due_on.cmp(&b.due_on))
                .then(a.kind.cmp(&b.kind))
        });
        let late = items.iter().filter(|i| i.late).count() as u32;
        Ok(TodoList {
            today,
            horizon,
            items,
            late,
        })
    }

    /// Revisions waiting to be reviewed, approved or published, and copies
    /// of obsolete revisions not yet withdrawn (one SQL each: a page of 87
    /// documents must not read every text).
    fn document_todo(&self, items: &mut Vec<TodoItem>) -> Result<()> {
        let mut st = self.conn().prepare(
            "SELECT d.id, d.code, d.title, r.version, r.status,
                    CASE WHEN r.reviewed_on IS NULL THEN rv.name ELSE ap.name END
             FROM revision r JOIN document d ON d.id = r.document_id
             LEFT JOIN person rv ON rv.id = r.reviewer_id
             LEFT JOIN person ap ON ap.id = r.approver_id
             WHERE d.archived = 0 AND r.status IN ('in_review', 'approved')
             ORDER BY d.code",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        for row in rows {
            let (id, code, title, version, status, owner) = row?;
            let (kind, step, owner) = if status == "approved" {
                (TodoKind::DocumentPublication, "发布", None)
            } else {
                (TodoKind::DocumentReview, "审核批准", owner)
            };
            items.push(item(
                kind,
                format!("{step}《{title}》（{code} {version}）"),
                owner,
                None,
                false,
                Screen::Documents,
                Some(id),
            ));
        }

        let mut st = self.conn().prepare(
            "SELECT d.id, d.code, d.title, r.version, r.obsolete_on, count(*)
             FROM distribution x JOIN revision r ON r.id = x.revision_id
             JOIN document d ON d.id = r.document_id
             WHERE x.withdrawn_on IS NULL AND r.status = 'obsolete'
             GROUP BY r.id ORDER BY d.code, r.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<NaiveDate>>(4)?,
                r.get::<_, u32>(5)?,
            ))
        })?;
        for row in rows {
            let (id, code, title, version, obsolete_on, copies) = row?;
            items.push(item(
                TodoKind::Withdrawal,
                format!("回收《{title}》（{code} {version}，已作废）的 {copies} 份受控副本"),
                None,
                obsolete_on,
                true,
                Screen::Documents,
                Some(id),
            ));
        }
        Ok(())
    }

    /// This year's internal audit and management review: one planned within
    /// the week or running late, or none planned once the system is issued.
    fn yearly_todo(
        &self,
        today: NaiveDate,
        horizon: NaiveDate,
        reviews: &[ManagementReview],
        items: &mut Vec<TodoItem>,
    ) -> Result<()> {
        let issued = self.system_issue()?.is_some();
        let year = today.year();
        // The year's audit or review, once the system is issued and none is planned.
        let unplanned = |kind: TodoKind, screen: Screen| {
            item(
                kind,
                format!("{year} 年尚未安排{}（每年至少一次）", kind.label()),
                None,
                None,
                false,
                screen,
                None,
            )
        };
        let audits: Vec<_> = self
            .audits()?
            .into_iter()
            .filter(|a| a.starts_on.year() == year || a.ends_on.year() == year)
            .collect();
        for a in audits
            .iter()
            .filter(|a| !a.completed && a.starts_on <= horizon)
        {
            items.push(item(
                TodoKind::Audit,
                format!(
                    "内部审核 {}（{} 至 {}，组长 {}）",
                    a.number, a.starts_on, a.ends_on, a.leader_name
                ),
                Some(a.leader_name.clone()),
                Some(a.ends_on),
                a.ends_on < today,
                Screen::Audits,
                Some(a.id),
            ));
        }
        if issued && audits.is_empty() {
            items.push(unplanned(TodoKind::Audit, Screen::Audits));
        }

        let reviews: Vec<_> = reviews
            .iter()
            .filter(|r| r.held_on.year() == year)
            .collect();
        for r in reviews
            .iter()
            .filter(|r| !r.completed && r.held_on <= horizon)
        {
            items.push(item(
                TodoKind::ManagementReview,
                format!(
                    "管理评审 {}（{}，主持 {}）",
                    r.number, r.held_on, r.chair_name
                ),
                Some(r.chair_name.clone()),
                Some(r.held_on),
                r.held_on < today,
                Screen::Reviews,
                Some(r.id),
            ));
        }
        if issued && reviews.is_empty() {
            items.push(unplanned(TodoKind::ManagementReview, Screen::Reviews));
        }
        Ok(())
    }
}
