//! The demo's first stage: training records, the leadership group and the
//! implementation plan, for the people already written.

use super::people::with_check_digit;
use super::{Timeline, DEMO_CREDIT_THRESHOLD};
use crate::catalog::ProgramProfile;
use crate::error::Result;
use crate::Project;

/// Training records, the leadership group and the plan, for the people already written.
pub(super) fn populate(
    project: &mut Project,
    program: &ProgramProfile,
    tl: &Timeline,
) -> Result<()> {
    use crate::model::{
        AuditorQualificationInput, GroupMemberInput, GroupPosition, ImplementationMode,
        OnlineTrainingInput, OrganisationInput, PersonQuery, Role, SessionKind, TaskStatus,
        TrainingSessionInput,
    };
    project.set_credit_threshold(Some(DEMO_CREDIT_THRESHOLD))?;
    let everyone = project.people(&PersonQuery::default())?;
    let with = |r: Role| everyone.iter().filter(move |p| p.roles.contains(&r));
    let required: Vec<_> = everyone
        .iter()
        .filter(|p| {
            p.roles
                .iter()
                .any(|r| program.required_training_roles.contains(r))
        })
        .collect();
    for (i, p) in required.iter().enumerate() {
        project.save_online_training(
            p.id,
            &OnlineTrainingInput {
                platform_account: format!("sx{}{:04}", tl.year(), p.id),
                credits: DEMO_CREDIT_THRESHOLD + (i % 7) as f64 * 2.0,
                reached_on: Some(tl.d("2022-04-18") + chrono::Days::new((i % 10) as u64)),
                certificate_id: None,
            },
        )?;
    }
    let ids = |v: Vec<&crate::model::Person>| v.iter().map(|p| p.id).collect::<Vec<_>>();
    let auditors: Vec<_> = with(Role::InternalAuditor).collect();
    let managers: Vec<_> = everyone
        .iter()
        .filter(|p| {
            p.roles.iter().any(|r| {
                matches!(
                    r,
                    Role::TopManager
                        | Role::SeniorManager
                        | Role::ManagementRepresentative
                        | Role::DepartmentHead
                )
            })
        })
        .collect();
    let sessions = [
        (
            "2022-04-12",
            SessionKind::CityBureau,
            "西安市知识产权局贯标政策与实务培训",
            "市局特邀专家",
            3.0,
            ids(managers.iter().take(4).copied().collect()),
        ),
        (
            "2022-04-20",
            SessionKind::InternalAuditor,
            "GB/T 29490 内审员培训",
            "陕西知联知识产权服务有限公司 赵老师",
            14.0,
            ids(auditors.clone()),
        ),
        (
            "2022-04-22",
            SessionKind::Management,
            "知识产权管理体系与管理者职责",
            "陕西知联知识产权服务有限公司 赵老师",
            4.0,
            ids(managers.clone()),
        ),
        (
            "2022-05-20",
            SessionKind::AllStaff,
            "《企业知识产权管理规范》及公司知识产权管理体系宣贯",
            "知识产权部 林知远",
            2.0,
            ids(everyone.iter().collect()),
        ),
    ];
    for (d, kind, topic, trainer, hours, attendees) in sessions {
        project.create_training_session(&TrainingSessionInput {
            held_on: Some(tl.d(d)),
            kind: Some(kind),
            topic: tl.text(topic),
            trainer: trainer.into(),
            hours,
            attendee_ids: attendees,
            sign_in_id: None,
            notes: String::new(),
        })?;
    }
    for (i, a) in auditors.iter().enumerate() {
        project.save_auditor_qualification(
            a.id,
            &AuditorQualificationInput {
                certificate_no: format!("NSY-{}-{:03}", tl.year(), i + 1),
                issuer: "陕西知联知识产权服务有限公司".into(),
                qualified_on: Some(tl.d("2022-04-21")),
                certificate_id: None,
            },
        )?;
    }
    let deps = project.departments(false)?;
    let ip_dep = deps
        .iter()
        .find(|d| d.name == "知识产权部")
        .expect("demo department");
    let top = with(Role::TopManager).next().expect("top manager");
    let rep = with(Role::ManagementRepresentative)
        .next()
        .expect("representative");
    let ip_head = everyone
        .iter()
        .find(|p| p.department_id == Some(ip_dep.id) && p.roles.contains(&Role::DepartmentHead))
        .expect("IP head");
    let mut members = vec![
        GroupMemberInput {
            person_id: top.id,
            position: GroupPosition::Leader,
            duties: "全面领导贯标工作，批准方针目标和体系文件，提供资源".into(),
        },
        GroupMemberInput {
            person_id: rep.id,
            position: GroupPosition::Deputy,
            duties: "组织体系建立与运行，批准内审计划，向最高管理者报告".into(),
        },
    ];
    for head in with(Role::DepartmentHead)
        .filter(|h| h.department_id.is_some())
        .take(8)
    {
        members.push(GroupMemberInput {
            person_id: head.id,
            position: GroupPosition::Member,
            duties: format!(
                "负责{}的贯标工作落实",
                head.department_name.clone().unwrap_or_default()
            ),
        });
    }
    project.save_organisation(&OrganisationInput {
        established_on: Some(tl.d("2022-04-06")),
        doc_number: tl.text("秦创发〔2022〕12号"),
        lead_department_id: Some(ip_dep.id),
        coordinator_id: Some(ip_head.id),
        mode: Some(ImplementationMode::Consultant),
        consultant_name: "陕西知联知识产权服务有限公司".into(),
        consultant_credit_code: with_check_digit("91610103MA6U2H4X0"),
        consultant_contact: "赵宏".into(),
        consultant_phone: "029-85201314".into(),
        consultant_contract_on: Some(tl.d("2022-04-08")),
        rep_appointed_on: Some(tl.d("2022-04-06")),
        rep_appointment_doc: tl.text("秦创任〔2022〕3号"),
        members,
    })?;
    project.generate_plan_from(program, tl.d("2022-04-06"), true)?;
    let plan = project.plan(program, crate::dates::today())?;
    let last = plan.tasks.iter().map(|t| t.planned_end).max();
    for t in &plan.tasks {
        let mut input = crate::model::PlanTaskInput {
            stage: t.stage.clone(),
            title: t.title.clone(),
            owner_person_id: t.owner_person_id,
            owner_department_id: t.owner_department_id,
            planned_start: Some(t.planned_start),
            planned_end: Some(t.planned_end),
            actual_start: Some(t.planned_start),
            actual_end: Some(t.planned_end),
            status: Some(TaskStatus::Done),
            notes: String::new(),
        };
        if Some(t.planned_end) == last {
            // The application is the later stages' work.
            input.actual_end = None;
            input.status = Some(TaskStatus::InProgress);
        }
        project.update_plan_task(t.id, &input, program)?;
    }
    Ok(())
}
