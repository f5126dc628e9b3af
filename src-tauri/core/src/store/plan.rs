//! The implementation plan: a default generated from the program's stages
//! and deadline, then edited task by task.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::catalog::ProgramProfile;
use crate::dates::{add_days, add_months, sub_months};
use crate::error::{CoreError, Result};
use crate::model::{
    PlanGenerated, PlanShifted, PlanTask, PlanTaskInput, PlanView, TaskHealth, TaskStatus,
};
use crate::validate;

/// Tasks due within this many days are at risk.
pub const AT_RISK_DAYS: i64 = 7;

pub fn health(
    status: TaskStatus,
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
) -> TaskHealth {
    match status {
        TaskStatus::Done | TaskStatus::Cancelled => TaskHealth::Done,
        _ if end < today => TaskHealth::Overdue,
        _ if (end - today).num_days() <= AT_RISK_DAYS => TaskHealth::AtRisk,
        TaskStatus::NotStarted if start < today => TaskHealth::AtRisk,
        _ => TaskHealth::OnTrack,
    }
}

/// The default tasks `(stage, title, start, end)` derived from the program's
/// stages, minimum operation period and deadline; without stages (no
/// program), from `start` and the minimum operation period alone.
pub fn default_tasks(
    program: &ProgramProfile,
    start: NaiveDate,
) -> Vec<(String, String, NaiveDate, NaiveDate)> {
    let months = program.min_operation_months;
    let stage = |id: &str| {
        program
            .stages
            .iter()
            .find(|s| s.id == id)
            .or(program.stages.first())
    };
    let (s0, training, issue, apply_start, apply_end) = match (
        stage("training"),
        stage("implementation"),
        stage("acceptance"),
        program.deadline,
    ) {
        (Some(training), Some(imp), Some(acc), Some(deadline)) => {
            let s0 = imp.start;
            // Issue early enough that the operation period, audit and review end before acceptance opens.
            let issue = add_days(sub_months(acc.start, months), -14).max(add_days(s0, 35));
            let op_end = add_months(issue, months);
            let apply_start = add_days(op_end, 1).max(acc.start).min(deadline);
            (
                s0,
                (training.start, training.end),
                issue,
                apply_start,
                deadline,
            )
        }
        _ => {
            let issue = add_days(start, 42);
            let apply_start = add_days(add_months(issue, months), 1);
            (
                start,
                (start, add_days(start, 30)),
                issue,
                apply_start,
                add_days(apply_start, 60),
            )
        }
    };
    let op_end = add_months(issue, months);
    let t = |stage: &str, title: &str, a: NaiveDate, b: NaiveDate| {
        (stage.to_string(), title.to_string(), a, b.max(a))
    };
    vec![
        t(
            "implementation",
            "召开贯标启动会，成立贯标工作领导小组",
            s0,
            add_days(s0, 6),
        ),
        t(
            "training",
            "线上培训：相关人员在学习平台学习并取得学分",
            training.0,
            training.1,
        ),
        t(
            "implementation",
            "诊断分析：对照标准逐条诊断现有知识产权管理",
            add_days(s0, 7),
            add_days(s0, 27),
        ),
        t(
            "implementation",
            "编制体系文件：方针目标、手册、程序文件、记录表单",
            add_days(s0, 21),
            add_days(issue, -1),
        ),
        t(
            "implementation",
            "体系发布：手册与程序文件审批、发布实施",
            issue,
            add_days(issue, 2),
        ),
        t("implementation", "全员宣贯培训", issue, add_days(issue, 7)),
        t(
            "implementation",
            &format!("体系运行（不少于 {months} 个月）"),
            issue,
            op_end,
        ),
        t(
            "implementation",
            "内部审核及不符合项整改",
            add_days(op_end, -30),
            add_days(op_end, -16),
        ),
        t(
            "implementation",
            "管理评审",
            add_days(op_end, -14),
            add_days(op_end, -7),
        ),
        t(
            "acceptance",
            &format!(
                "提交{}申请并完成验收",
                program
                    .acceptance_paths
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join("或")
            ),
            apply_start,
            apply_end,
        ),
    ]
}

pub(crate) const SELECT: &str =
    "SELECT t.id, t.stage, t.title, t.owner_person_id, t.owner_department_id,
        COALESCE(p.name, d.name), t.planned_start, t.planned_end, t.actual_start, t.actual_end,
        t.status, t.notes, t.clause
     FROM plan_task t
     LEFT JOIN person p ON p.id = t.owner_person_id
     LEFT JOIN department d ON d.id = t.owner_department_id";

pub(crate) fn row(r: &Row, today: NaiveDate) -> rusqlite::Result<PlanTask> {
    let status: String = r.get(10)?;
    let status = TaskStatus::from_code(&status).unwrap_or(TaskStatus::NotStarted);
    let start: NaiveDate = r.get(6)?;
    let end: NaiveDate = r.get(7)?;
    Ok(PlanTask {
        id: r.get(0)?,
        stage: r.get(1)?,
        stage_name: String::new(),
        title: r.get(2)?,
        owner_person_id: r.get(3)?,
        owner_department_id: r.get(4)?,
        owner_name: r.get(5)?,
        planned_start: start,
        planned_end: end,
        actual_start: r.get(8)?,
        actual_end: r.get(9)?,
        status,
        health: health(status, start, end, today),
        notes: r.get(11)?,
        clause: r.get(12)?,
    })
}

struct CleanTask {
    stage: String,
    title: String,
    start: NaiveDate,
    end: NaiveDate,
    actual_start: Option<NaiveDate>,
    actual_end: Option<NaiveDate>,
    status: TaskStatus,
    notes: String,
}

fn clean(input: &PlanTaskInput, program: &ProgramProfile) -> Result<CleanTask> {
    if !program.has_stage(&input.stage) {
        return Err(CoreError::invalid(format!("未知的阶段：{}", input.stage)));
    }
    let title = validate::required("任务名称", &input.title, 100)?;
    let start = validate::required_date("计划开始日期", input.planned_start)?;
    let end = validate::required_date("计划完成日期", input.planned_end)?;
    if end < start {
        return Err(CoreError::invalid(format!(
            "计划完成日期 {end} 早于计划开始日期 {start}"
        )));
    }
    let actual_start = validate::date("实际开始日期", input.actual_start)?;
    let actual_end = validate::date("实际完成日期", input.actual_end)?;
    if let (Some(a), Some(b)) = (actual_start, actual_end) {
        if b < a {
            return Err(CoreError::invalid(format!(
                "实际完成日期 {b} 早于实际开始日期 {a}"
            )));
        }
    }
    let status = input.status.unwrap_or(TaskStatus::NotStarted);
    if status == TaskStatus::Done && actual_end.is_none() {
        return Err(CoreError::invalid("已完成的任务请填写实际完成日期"));
    }
    if actual_end.is_some() && status != TaskStatus::Done {
        return Err(CoreError::invalid(
            "填写了实际完成日期的任务，状态应为“已完成”",
        ));
    }
    Ok(CleanTask {
        stage: input.stage.clone(),
        title,
        start,
        end,
        actual_start,
        actual_end,
        status,
        notes: validate::optional("备注", &input.notes, 2000)?,
    })
}

fn check_owner(tx: &rusqlite::Transaction, input: &PlanTaskInput) -> Result<()> {
    if input.owner_person_id.is_some() && input.owner_department_id.is_some() {
        return Err(CoreError::invalid(
            "负责人请选择一个人员或一个部门，不要同时选择",
        ));
    }
    if let Some(p) = input.owner_person_id {
        let ok: Option<bool> = tx
            .query_row("SELECT archived FROM person WHERE id = ?1", [p], |r| {
                r.get(0)
            })
            .optional()?;
        match ok {
            None => {
                return Err(CoreError::invalid(format!(
                    "负责人（编号 {p}）不在人员名单中"
                )))
            }
            Some(true) => return Err(CoreError::conflict("所选负责人已归档")),
            _ => {}
        }
    }
    if let Some(d) = input.owner_department_id {
        let ok: Option<bool> = tx
            .query_row("SELECT archived FROM department WHERE id = ?1", [d], |r| {
                r.get(0)
            })
            .optional()?;
        match ok {
            None => return Err(CoreError::invalid(format!("负责部门（编号 {d}）不存在"))),
            Some(true) => return Err(CoreError::conflict("所选负责部门已归档")),
            _ => {}
        }
    }
    Ok(())
}

impl Project {
    pub fn plan(&self, program: &ProgramProfile, today: NaiveDate) -> Result<PlanView> {
        let mut st = self.conn().prepare(&format!(
            "{SELECT} ORDER BY t.planned_start, t.sort_order, t.id"
        ))?;
        let mut tasks: Vec<PlanTask> = st
            .query_map([], |r| row(r, today))?
            .collect::<rusqlite::Result<_>>()?;
        for t in &mut tasks {
            t.stage_name = program.stage_name(&t.stage);
        }
        Ok(PlanView {
            overdue: tasks
                .iter()
                .filter(|t| t.health == TaskHealth::Overdue)
                .count() as u32,
            at_risk: tasks
                .iter()
                .filter(|t| t.health == TaskHealth::AtRisk)
                .count() as u32,
            tasks,
            stages: program.stages.clone(),
            deadline: program.deadline,
            today,
        })
    }

    /// Writes the default plan as of `today`. An existing plan is replaced
    /// only when `replace` is set. Where the program's dates would leave a
    /// task ending before `today`, the whole plan is moved to start today.
    pub fn generate_plan(
        &mut self,
        program: &ProgramProfile,
        today: NaiveDate,
        replace: bool,
    ) -> Result<PlanGenerated> {
        let mut tasks = default_tasks(program, today);
        let first = tasks.iter().map(|t| t.2).min().unwrap_or(today);
        let shifted_days = if tasks.iter().any(|t| t.3 < today) {
            (today - first).num_days()
        } else {
            0
        };
        for t in &mut tasks {
            t.2 = add_days(t.2, shifted_days);
            t.3 = add_days(t.3, shifted_days);
        }
        let n = self.write_default_plan(&tasks, replace)?;
        let last_end = tasks.iter().map(|t| t.3).max().unwrap_or(today);
        Ok(PlanGenerated {
            tasks: n as u32,
            shifted_days,
            last_end,
            past_deadline: program.deadline.filter(|d| last_end > *d),
        })
    }

    /// As [`Project::generate_plan`], starting on `start` where the program
    /// has no stages of its own, as the dates fall (the demo's story, told
    /// back from today).
    pub(crate) fn generate_plan_from(
        &mut self,
        program: &ProgramProfile,
        start: NaiveDate,
        replace: bool,
    ) -> Result<usize> {
        self.write_default_plan(&default_tasks(program, start), replace)
    }

    fn write_default_plan(
        &mut self,
        tasks: &[(String, String, NaiveDate, NaiveDate)],
        replace: bool,
    ) -> Result<usize> {
        let existing: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM plan_task", [], |r| r.get(0))?;
        if existing > 0 && !replace {
            return Err(CoreError::conflict(format!(
                "已有 {existing} 项计划任务。重新生成默认计划会替换现有任务，请确认后再操作"
            )));
        }
        let lead: Option<i64> = self.conn().query_row(
            "SELECT lead_department_id FROM organisation WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        self.write(|tx| {
            tx.execute("DELETE FROM plan_task", [])?;
            let t = now();
            for (i, (stage, title, a, b)) in tasks.iter().enumerate() {
                tx.execute(
                    "INSERT INTO plan_task (stage, title, owner_department_id, planned_start, planned_end, sort_order, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![stage, title, lead, a, b, i as i64, t],
                )?;
            }
            Ok(tasks.len())
        })
    }

    /// Moves the planned dates of every task not done or cancelled by
    /// `days`, in one transaction.
    pub fn shift_plan(&mut self, days: i64) -> Result<PlanShifted> {
        if days == 0 || days.abs() > 3650 {
            return Err(CoreError::invalid(
                "移动天数须为 -3650 至 3650 之间、不为 0 的整数",
            ));
        }
        let offset = format!("{days:+} days");
        self.write(|tx| {
            let moved = tx.execute(
                "UPDATE plan_task SET planned_start = date(planned_start, ?1),
                    planned_end = date(planned_end, ?1), updated_at = ?2
                 WHERE status NOT IN ('done', 'cancelled')",
                params![offset, now()],
            )?;
            let kept: i64 = tx.query_row(
                "SELECT count(*) FROM plan_task WHERE status IN ('done', 'cancelled')",
                [],
                |r| r.get(0),
            )?;
            Ok(PlanShifted {
                moved: moved as u32,
                kept: kept as u32,
            })
        })
    }

    pub fn create_plan_task(
        &mut self,
        input: &PlanTaskInput,
        program: &ProgramProfile,
    ) -> Result<PlanTask> {
        let c = clean(input, program)?;
        let id = self.write(|tx| {
            check_owner(tx, input)?;
            let order: i64 = tx.query_row("SELECT COALESCE(max(sort_order), 0) + 1 FROM plan_task", [], |r| r.get(0))?;
            tx.execute(
                "INSERT INTO plan_task (stage, title, owner_person_id, owner_department_id, planned_start, planned_end,
                    actual_start, actual_end, status, notes, sort_order, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                params![c.stage, c.title, input.owner_person_id, input.owner_department_id, c.start, c.end,
                        c.actual_start, c.actual_end, c.status.code(), c.notes, order, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.plan_task(id, program)
    }

    pub fn update_plan_task(
        &mut self,
        id: i64,
        input: &PlanTaskInput,
        program: &ProgramProfile,
    ) -> Result<PlanTask> {
        let c = clean(input, program)?;
        self.write(|tx| {
            check_owner(tx, input)?;
            let n = tx.execute(
                "UPDATE plan_task SET stage=?1, title=?2, owner_person_id=?3, owner_department_id=?4,
                    planned_start=?5, planned_end=?6, actual_start=?7, actual_end=?8, status=?9, notes=?10,
                    updated_at=?11 WHERE id=?12",
                params![c.stage, c.title, input.owner_person_id, input.owner_department_id, c.start, c.end,
                        c.actual_start, c.actual_end, c.status.code(), c.notes, now(), id],
            )?;
            if n == 0 {
                return Err(CoreError::not_found(format!("计划任务（编号 {id}）不存在")));
            }
            Ok(())
        })?;
        self.plan_task(id, program)
    }

    pub fn delete_plan_task(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM plan_task WHERE id = ?1", [id])?;
            if n == 0 {
                return Err(CoreError::not_found(format!("计划任务（编号 {id}）不存在")));
            }
            Ok(())
        })
    }

    pub fn plan_task(&self, id: i64, program: &ProgramProfile) -> Result<PlanTask> {
        self.plan(program, crate::dates::today())?
            .tasks
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| CoreError::not_found(format!("计划任务（编号 {id}）不存在")))
    }
}
