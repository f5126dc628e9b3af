//! The demo enterprise's operation period: monthly check-ins, records,
//! a problem collected, one completed internal audit whose nonconformities
//! are corrected, verified and closed, and a management review.

use crate::catalog::{self, ProgramProfile};
use crate::dates::add_days;
use crate::error::Result;
use crate::model::{
    AcceptancePathKind, ApplicationSettings, AuditCompletionInput, AuditInput,
    CertificationBodyInput, CheckinInput, ChecklistJudgementInput, CorrectiveActionInput, DocType,
    Grade, Judgement, NcConfirmationInput, NonconformityInput, ObjectiveInput,
    ObjectiveMeasurementInput, OperationProblemInput, OperationRecordInput, OutputKind,
    PersonQuery, PreconditionsInput, ReviewInput, ReviewOutputInput, Role, VerificationInput,
};
use crate::Project;

use super::Timeline;

pub(super) fn populate(
    project: &mut Project,
    program: &ProgramProfile,
    tl: &Timeline,
) -> Result<()> {
    let catalog = catalog::load()?;
    let standard = catalog.standard(&program.standard_edition)?;
    let start = project
        .implemented_on()?
        .unwrap_or_else(|| tl.d("2022-05-18"));
    for (i, month) in ["2022-06", "2022-07", "2022-08"].iter().enumerate() {
        let checked_on = tl.d(&format!("{month}-28"));
        project.save_checkin(&CheckinInput {
            month: checked_on.format("%Y-%m").to_string(),
            checked_on: Some(checked_on),
            summary: [
                "各部门按程序文件运行，知识产权部抽查研发记录 12 份、合同审查记录 8 份，记录完整。",
                "完成第二季度知识产权费用统计；发现 2 份采购合同未经知识产权条款审查，已补审。",
                "体系运行满三个月，各项记录齐全，准备内部审核。",
            ][i]
                .into(),
        })?;
    }
    let docs = project.documents()?;
    // A record of every form, spread over the three months before the audit,
    // so every clause a form serves has its evidence.
    let forms: Vec<_> = docs
        .iter()
        .filter(|d| d.doc_type == DocType::Form)
        .collect();
    for (i, f) in forms.iter().enumerate() {
        project.add_operation_record(&OperationRecordInput {
            document_id: f.id,
            produced_on: Some(add_days(start, 10 + (i as i64 * 7) % 70)),
            attachment_id: None,
            note: format!("按{}填写", f.title),
        })?;
    }
    let deps = project.departments(false)?;
    let dep = |hint: &str| deps.iter().find(|d| d.name.contains(hint)).map(|d| d.id);
    project.save_operation_problem(
        None,
        &OperationProblemInput {
            found_on: Some(tl.d("2022-07-12")),
            department_id: dep("采购"),
            clause: standard
                .leaves()
                .find(|c| c.title.contains("采购"))
                .map(|c| c.key.clone()),
            description: "部分采购合同未约定知识产权条款".into(),
            resolution: "修订采购合同模板，增加知识产权条款；对在执行合同补签补充协议".into(),
            resolved_on: Some(tl.d("2022-07-25")),
        },
    )?;

    // The internal audit, in the last month of the minimum period.
    let auditors = project.auditor_overview()?.auditors;
    let team: Vec<i64> = auditors
        .iter()
        .filter(|a| a.qualified)
        .map(|a| a.person_id)
        .collect();
    let audit = project.create_audit(
        standard,
        &AuditInput {
            purpose: format!(
                "检查知识产权管理体系是否符合 {} 及公司体系文件的要求，评价体系运行的有效性",
                standard.id
            ),
            criteria: format!(
                "{}《{}》；公司知识产权手册、程序文件；适用的法律法规",
                standard.id, standard.name
            ),
            leader_id: team.first().copied(),
            auditor_ids: team.clone(),
            starts_on: Some(tl.d("2022-08-01")),
            ends_on: Some(tl.d("2022-08-03")),
            ..Default::default()
        },
    )?;
    let items = project.checklist(audit.id)?;
    let q2 = tl.text("2022 年第二季度知识产权费用支出未单独记账");
    let mut nc_targets = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let (j, seen) = match i {
            3 => (
                Judgement::Minor,
                "抽查 3 份研发项目记录，其中 1 份未见检索报告",
            ),
            11 => (Judgement::Minor, q2.as_str()),
            17 => (Judgement::Observation, "部分培训签到表未注明培训学时"),
            _ => (Judgement::Conform, "抽查相关记录，符合要求"),
        };
        project.judge_checklist_item(
            item.id,
            &ChecklistJudgementInput {
                question: item.question.to_string(),
                judgement: Some(j),
                observed: seen.to_string(),
            },
        )?;
        if j == Judgement::Minor {
            nc_targets.push((item.department_id, item.clause.clone(), seen.to_string()));
        }
    }
    let people = project.people(&PersonQuery::default())?;
    let head_of = |dep: i64| {
        people
            .iter()
            .find(|p| p.department_id == Some(dep) && p.roles.contains(&Role::DepartmentHead))
            .map(|p| p.id)
    };
    for (k, (dep_id, clause, fact)) in nc_targets.into_iter().enumerate() {
        let auditor = team.iter().copied().find(|a| {
            people
                .iter()
                .any(|p| p.id == *a && p.department_id != Some(dep_id))
        });
        let nc = project.raise_nonconformity(
            standard,
            audit.id,
            &NonconformityInput {
                department_id: dep_id,
                clause,
                fact,
                grade: Some(Grade::Minor),
                found_on: Some(tl.d("2022-08-02")),
                auditor_id: auditor,
            },
        )?;
        let head = head_of(dep_id).unwrap_or(people[0].id);
        project.confirm_nonconformity(
            nc.id,
            &NcConfirmationInput {
                person_id: head,
                on: Some(tl.d("2022-08-02")),
            },
        )?;
        project.analyse_cause(
            nc.id,
            "相关人员对程序文件要求理解不到位，部门内部未开展自查",
        )?;
        project.plan_corrective_action(
            nc.id,
            &CorrectiveActionInput {
                correction: "补充缺失的记录".into(),
                corrective_action: "组织部门人员重新学习相关程序文件，每月由部门负责人自查一次"
                    .into(),
                owner_id: Some(head),
                due_on: Some(tl.d("2022-08-12")),
            },
        )?;
        project.mark_action_done(nc.id, Some(add_days(tl.d("2022-08-09"), k as i64)))?;
        let verifier = auditor.unwrap_or(team[0]);
        project.verify_action(
            nc.id,
            &VerificationInput {
                auditor_id: verifier,
                on: Some(tl.d("2022-08-15")),
                effective: true,
                note: "已补齐记录，部门自查记录完整，措施有效".into(),
            },
        )?;
        project.close_nonconformity(nc.id, Some(tl.d("2022-08-15")))?;
    }
    project.complete_audit(audit.id, &AuditCompletionInput { summary: "本次内审覆盖全部适用条款及全部部门，共开具一般不符合项 2 项、观察项 1 项，均已完成整改并验证有效。".into(), conclusion: format!("公司知识产权管理体系符合 {} 要求，运行基本有效。", standard.id), on: Some(tl.d("2022-08-03")) })?;

    measure_objectives(project, tl)?;

    // The management review, after the audit.
    let top = project.top_manager_id()?.expect("demo top manager");
    let attendees: Vec<i64> = people
        .iter()
        .filter(|p| {
            p.roles.iter().any(|r| {
                matches!(
                    r,
                    Role::TopManager | Role::ManagementRepresentative | Role::DepartmentHead
                )
            })
        })
        .map(|p| p.id)
        .collect();
    let review = project.save_review(
        None,
        &ReviewInput {
            number: String::new(),
            held_on: Some(tl.d("2022-08-19")),
            chair_id: Some(top),
            attendee_ids: attendees,
            plan_approved_on: Some(tl.d("2022-08-05")),
            inputs_text: tl.text("经营目标：2022 年销售收入增长 15%；新产品规划：智能检测装备二代；技术与标准发展趋势：行业标准修订中。"),
            report: "管理评审认为，公司知识产权管理体系适宜、充分、有效，方针和目标适宜，资源基本满足需要。".into(),
        },
    )?;
    project.collect_review_inputs(review.id, program, tl.d("2022-08-19"))?;
    let rep = people
        .iter()
        .find(|p| p.roles.contains(&Role::ManagementRepresentative))
        .map(|p| p.id);
    for (kind, text) in [
        (
            OutputKind::Procedure,
            "修订研究开发控制程序，明确立项前检索报告的审批要求",
        ),
        (OutputKind::Resource, "增加专利检索数据库年度预算 3 万元"),
    ] {
        project.add_review_output(
            review.id,
            &ReviewOutputInput {
                kind: Some(kind),
                description: text.into(),
                owner_id: rep,
                due_on: Some(tl.d("2022-09-30")),
            },
        )?;
    }
    project.complete_review(review.id)?;

    // The application: certification through a qualifying body.
    let mut chosen = None;
    for (name, meets, clean) in [
        ("华知知识产权认证中心（示例）", true, true),
        ("秦川认证服务有限公司（示例）", true, true),
        ("某未达标认证机构（示例）", false, true),
    ] {
        let b = project.save_certification_body(
            None,
            &CertificationBodyInput {
                name: name.into(),
                meets_standard: meets,
                no_dishonesty: clean,
                note: String::new(),
            },
        )?;
        chosen.get_or_insert(b.id);
    }
    project.save_application_settings(&ApplicationSettings {
        path: Some(AcceptancePathKind::Certification),
        body_id: chosen,
        planned_application_on: Some(tl.application_on),
        lead_time_days: 45,
    })?;

    // What the certification body checks before it accepts the application.
    let people = project.people(&PersonQuery::default())?;
    let top = people
        .iter()
        .find(|p| p.roles.contains(&Role::TopManager))
        .map(|p| p.id);
    let staff = project.profile()?.staff_count;
    let licence = super::licence::attach(project)?;
    project.save_preconditions(&PreconditionsInput {
        scope_products: "智能装备（数控机床控制系统、工业机器人末端执行器）的研发、生产和销售及其相关的知识产权管理".into(),
        scope_sites: "陕西省西安市高新区锦业路 69 号创业研发园 C 座".into(),
        scope_headcount: staff,
        licence_valid_until: None,
        licence_long_term: true,
        status_checked_on: Some(tl.declared_on),
        declared_on: Some(tl.declared_on),
        declared_by: top,
        licence_attachment_id: Some(licence),
    })?;
    Ok(())
}

/// The year's 知识产权目标 (those of the document settings, by department),
/// measured after the audit and before the management review of 2022-08-19.
fn measure_objectives(project: &mut Project, tl: &Timeline) -> Result<()> {
    let deps = project.departments(false)?;
    let dep = |hint: &str| deps.iter().find(|d| d.name.contains(hint)).map(|d| d.id);
    let rep = project
        .people(&PersonQuery::default())?
        .into_iter()
        .find(|p| p.roles.contains(&Role::ManagementRepresentative))
        .map(|p| p.id);
    for (description, target, department, actual, achieved) in [
        (
            "全员知识产权培训覆盖率",
            "100%",
            "知识产权部",
            "全员宣贯培训覆盖 80/80 人",
            true,
        ),
        (
            "新产品立项前知识产权检索率",
            "100%",
            "研发中心",
            "立项 5 项，均在立项前完成检索并出具报告",
            true,
        ),
        (
            "合同知识产权条款审查率",
            "100%",
            "采购部",
            "审查合同 46 份，审查率 100%（2 份采购合同经补审）",
            true,
        ),
        (
            "年度新增专利申请",
            "≥10 件，其中发明专利 ≥3 件",
            "研发中心",
            "截至 8 月 15 日新增专利申请 7 件，其中发明专利 3 件；全年目标推进中",
            false,
        ),
    ] {
        let o = project.save_objective(
            None,
            &ObjectiveInput {
                description: description.into(),
                target: target.into(),
                department_id: dep(department),
                period: tl.text("2022 年度"),
            },
        )?;
        project.save_objective_measurement(
            o.id,
            None,
            &ObjectiveMeasurementInput {
                measured_on: Some(tl.d("2022-08-15")),
                actual: actual.into(),
                achieved,
                measured_by: rep,
                note: String::new(),
            },
        )?;
    }
    Ok(())
}
