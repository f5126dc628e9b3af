//! The readiness engine: every rule that stands between the enterprise and
//! its application, each explained with the concrete names and numbers and
//! a link to where it is fixed. Driven by the program profile and the path.

use chrono::NaiveDate;

use super::Project;
use crate::catalog::{ProgramProfile, StandardEdition};
use crate::credit_code::{self, CreditCodeCheck};
use crate::dates::{add_days, add_months, sub_months};
use crate::error::Result;
use crate::model::{
    AcceptancePathKind, DeadlinePlan, FixLink, Grade, GroupPosition, NcStatus, PersonQuery,
    Readiness, Role, RuleResult, SessionKind, Severity,
};

struct Rules(Vec<RuleResult>);

impl Rules {
    /// One rule's outcome; the arguments read in the order a rule is described.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        id: &str,
        stage: &str,
        title: &str,
        severity: Severity,
        passed: bool,
        explanation: String,
        screen: &str,
    ) {
        self.0.push(RuleResult {
            id: id.into(),
            stage: stage.into(),
            title: title.into(),
            severity,
            passed,
            explanation,
            fix: FixLink {
                screen: screen.into(),
                record_id: None,
            },
        });
    }

    /// Points the last rule's fix at one record, if it failed.
    fn record(&mut self, id: Option<i64>) {
        if let Some(last) = self.0.last_mut() {
            if !last.passed {
                last.fix.record_id = id;
            }
        }
    }
}

fn names(v: &[String], max: usize) -> String {
    if v.len() <= max {
        v.join("、")
    } else {
        format!("{} 等 {} 项", v[..max].join("、"), v.len())
    }
}

/// The deadline arithmetic: latest application and implementation dates.
pub fn deadline_plan(
    program: &ProgramProfile,
    lead_time_days: u32,
    implemented_on: Option<NaiveDate>,
    planned_application_on: Option<NaiveDate>,
) -> DeadlinePlan {
    let months = program.min_operation_months;
    let latest_application_on = add_days(program.deadline, -(lead_time_days as i64));
    let latest_implementation_on = sub_months(latest_application_on, months);
    let earliest = implemented_on.map(|d| add_months(d, months));
    let (fits, summary) = match (implemented_on, earliest, planned_application_on) {
        (None, _, _) => {
            let fits = crate::dates::today() <= latest_implementation_on;
            (fits, if fits {
                format!("体系最迟须在 {latest_implementation_on} 前发布实施，才能运行满 {months} 个月并留出 {lead_time_days} 天完成验收（截止 {}）", program.deadline)
            } else {
                format!("已过体系最迟实施日期 {latest_implementation_on}：运行满 {months} 个月后再留出 {lead_time_days} 天验收，将晚于截止日期 {}", program.deadline)
            })
        }
        (Some(_), Some(e), _) if e > latest_application_on => (
            false,
            format!("最短运行期要到 {e} 才满，晚于最迟申请日期 {latest_application_on}（截止 {} 前需留 {lead_time_days} 天验收）", program.deadline),
        ),
        // Too early is the operation rule's concern; the deadline can still be met.
        (Some(_), Some(e), Some(p)) if p < e => (
            true,
            format!("计划申请日期 {p} 早于最短运行期满的日期 {e}，请推迟到 {e} 之后、{latest_application_on} 之前"),
        ),
        (Some(_), Some(_), Some(p)) if p > latest_application_on => (
            false,
            format!("计划申请日期 {p} 晚于最迟申请日期 {latest_application_on}：留给验收的时间不足 {lead_time_days} 天"),
        ),
        (Some(_), Some(e), Some(p)) => (
            true,
            format!("可于 {e} 起申请，计划 {p} 申请，最迟 {latest_application_on}，截止日期 {}", program.deadline),
        ),
        (Some(_), Some(e), None) => (
            true,
            format!("可于 {e} 至 {latest_application_on} 之间申请（截止日期 {}），请确定计划申请日期", program.deadline),
        ),
        (Some(_), None, _) => (false, String::new()),
    };
    DeadlinePlan {
        deadline: program.deadline,
        lead_time_days,
        min_months: months,
        latest_application_on,
        latest_implementation_on,
        earliest_application_on: earliest,
        planned_application_on,
        fits,
        summary,
    }
}

impl Project {
    pub fn readiness(
        &self,
        program: &ProgramProfile,
        standard: &StandardEdition,
        today: NaiveDate,
    ) -> Result<Readiness> {
        let mut r = Rules(Vec::new());
        let app = self.application_settings()?;
        let path = app.path;
        let prof = self.profile()?;
        use Severity::{Blocker, Warning};

        // The enterprise profile.
        let mut missing = Vec::new();
        for (label, v) in [
            ("企业名称", &prof.name),
            ("统一社会信用代码", &prof.credit_code),
            ("法定代表人", &prof.legal_representative),
            ("地址", &prof.address),
            ("所在城市", &prof.city),
            ("联系人", &prof.contact_person),
            ("联系电话", &prof.contact_phone),
        ] {
            if v.trim().is_empty() {
                missing.push(label.to_string());
            }
        }
        r.add(
            "profile_complete",
            "acceptance",
            "企业基本信息完整",
            Blocker,
            missing.is_empty(),
            if missing.is_empty() {
                "企业基本信息已填写完整".into()
            } else {
                format!("企业基本信息缺少：{}", missing.join("、"))
            },
            "profile",
        );
        let code_ok = matches!(
            credit_code::check(&prof.credit_code),
            CreditCodeCheck::Valid
        ) || prof.credit_code_confirmed;
        r.add(
            "credit_code_valid",
            "acceptance",
            "统一社会信用代码有效",
            Blocker,
            code_ok,
            if code_ok {
                format!("统一社会信用代码 {} 有效", prof.credit_code)
            } else {
                format!("统一社会信用代码“{}”未通过校验且未确认", prof.credit_code)
            },
            "profile",
        );

        // Training.
        let credits = self.credit_overview(program)?;
        let credit_sev = if path == Some(AcceptancePathKind::Certification) {
            Blocker
        } else {
            Warning
        };
        let (ok, text) = match credits.threshold {
            None => (
                false,
                "学分要求未设定：计划未规定分值，请按学习平台或主管部门要求设置".to_string(),
            ),
            Some(t) => {
                let short: Vec<String> = credits
                    .people
                    .iter()
                    .filter(|s| s.reached != Some(true))
                    .map(|s| {
                        format!(
                            "{}{} {} 学分 {}/{}",
                            s.department_name.clone().unwrap_or_default(),
                            s.roles.first().map(|r| r.label()).unwrap_or(""),
                            s.person_name,
                            s.credits,
                            t
                        )
                    })
                    .collect();
                if credits.people.is_empty() {
                    (false, "尚未设定须参加线上培训的人员（最高管理者、管理者代表、部门负责人、知识产权工作人员、内审员）".into())
                } else if short.is_empty() {
                    (
                        true,
                        format!("须参训的 {} 人学分均已达到 {t}", credits.people.len()),
                    )
                } else {
                    (
                        false,
                        format!("{} 人学分未达标：{}", short.len(), names(&short, 5)),
                    )
                }
            }
        };
        r.add(
            "credits_reached",
            "training",
            "相关人员线上学分达标",
            credit_sev,
            ok,
            text,
            "training",
        );
        r.record(
            credits
                .people
                .iter()
                .find(|s| s.reached != Some(true))
                .map(|s| s.person_id),
        );
        let aud = self.auditor_overview()?;
        r.add(
            "auditors_qualified",
            "training",
            "合格内审员不少于 2 人",
            Blocker,
            aud.can_plan_audit,
            format!(
                "合格内审员 {} 人（共 {} 名内审员）",
                aud.qualified_count,
                aud.auditors.len()
            ),
            "training",
        );

        // Organisation.
        let org = self.organisation()?;
        let leader = org
            .members
            .iter()
            .find(|m| m.position == GroupPosition::Leader && !m.archived);
        r.add(
            "leadership_group",
            "implementation",
            "成立贯标工作领导小组",
            Blocker,
            leader.is_some() && org.established_on.is_some(),
            match (leader, org.established_on) {
                (Some(l), Some(d)) => format!(
                    "领导小组于 {d} 成立，组长 {}，共 {} 人",
                    l.person_name,
                    org.members.len()
                ),
                (None, _) => "领导小组尚未组建或未指定组长".into(),
                (Some(_), None) => "请填写领导小组成立日期".into(),
            },
            "organisation",
        );
        r.add(
            "lead_department",
            "implementation",
            "确定牵头部门",
            Blocker,
            org.lead_department_id.is_some(),
            org.lead_department_name
                .clone()
                .map(|n| format!("牵头部门：{n}"))
                .unwrap_or_else(|| "尚未确定牵头部门".into()),
            "organisation",
        );
        let reps = self.people(&PersonQuery {
            role: Some(Role::ManagementRepresentative),
            ..Default::default()
        })?;
        let rep_ok = !reps.is_empty() && org.rep_appointed_on.is_some();
        r.add(
            "rep_appointed",
            "implementation",
            "任命管理者代表",
            Blocker,
            rep_ok,
            match (reps.first(), org.rep_appointed_on) {
                (Some(p), Some(d)) => format!("管理者代表 {} 于 {d} 任命", p.name),
                (None, _) => "尚未指定管理者代表".into(),
                (Some(p), None) => format!("管理者代表 {} 尚未登记任命书日期", p.name),
            },
            "organisation",
        );
        let plan = self.plan(program, today)?;
        r.add(
            "plan_exists",
            "implementation",
            "制定贯标实施计划",
            Blocker,
            !plan.tasks.is_empty(),
            if plan.tasks.is_empty() {
                "尚未制定实施计划".into()
            } else {
                format!("实施计划 {} 项任务", plan.tasks.len())
            },
            "plan",
        );
        r.add(
            "plan_on_track",
            "implementation",
            "计划任务无逾期",
            Warning,
            plan.overdue == 0,
            if plan.overdue == 0 {
                "没有逾期任务".into()
            } else {
                let late: Vec<String> = plan
                    .tasks
                    .iter()
                    .filter(|t| t.health == crate::model::TaskHealth::Overdue)
                    .map(|t| t.title.clone())
                    .collect();
                format!("{} 项任务逾期：{}", late.len(), names(&late, 3))
            },
            "plan",
        );

        // Diagnosis, documents, issue.
        let diag = self.diagnosis(standard, today)?;
        r.add(
            "diagnosis_complete",
            "implementation",
            "逐条完成诊断分析",
            Blocker,
            diag.unassessed.is_empty(),
            if diag.unassessed.is_empty() {
                format!("{} 条全部诊断", diag.total)
            } else {
                format!(
                    "还有 {} 条未诊断：{}",
                    diag.unassessed.len(),
                    names(&diag.unassessed, 6)
                )
            },
            "diagnosis",
        );
        let cov = self.coverage(standard)?;
        r.add(
            "coverage_complete",
            "implementation",
            "适用条款均有已发布文件覆盖",
            Blocker,
            cov.gaps.is_empty(),
            if cov.gaps.is_empty() {
                "全部适用条款均有已发布的体系文件覆盖".into()
            } else {
                format!(
                    "{} 条适用条款没有已发布文件覆盖：{}",
                    cov.gaps.len(),
                    names(&cov.gaps, 6)
                )
            },
            "documents",
        );
        let pending = cov
            .rows
            .iter()
            .filter(|row| cov.gaps.contains(&row.clause))
            .find_map(|row| row.pending.first());
        if let Some(code) = pending {
            let doc = self.documents()?.into_iter().find(|d| &d.code == code);
            r.record(doc.map(|d| d.id));
        }
        let issue = self.system_issue()?;
        r.add(
            "system_issued",
            "implementation",
            "体系文件发布实施",
            Blocker,
            issue.is_some(),
            issue
                .as_ref()
                .map(|i| format!("体系于 {} 发布，{} 实施", i.issued_on, i.implemented_on))
                .unwrap_or_else(|| "体系尚未发布".into()),
            "documents",
        );
        let all_staff_after = match &issue {
            Some(i) => self
                .training_sessions()?
                .into_iter()
                .filter(|s| s.kind == SessionKind::AllStaff && s.held_on >= i.issued_on)
                .map(|s| s.held_on)
                .min(),
            None => None,
        };
        r.add(
            "all_staff_training",
            "implementation",
            "体系发布后开展全员《规范》培训",
            Blocker,
            all_staff_after.is_some(),
            match (&issue, all_staff_after) {
                (None, _) => "体系发布后须开展全员《规范》培训（体系尚未发布）".into(),
                (Some(i), None) => format!("体系 {} 发布后尚未开展全员《规范》培训", i.issued_on),
                (Some(_), Some(d)) => format!("{d} 开展了全员《规范》培训"),
            },
            "training",
        );

        // Operation.
        let op = self.operation(program, app.planned_application_on.unwrap_or(today))?;
        let on = app.planned_application_on.unwrap_or(today);
        let op_ok = op.min_complete_on.is_some_and(|e| on >= e);
        r.add(
            "operation_complete",
            "implementation",
            &format!("体系运行满 {} 个月", program.min_operation_months),
            Blocker,
            op_ok,
            match op.min_complete_on {
                None => "体系尚未实施，运行期未开始".into(),
                Some(e) if op_ok => format!(
                    "运行期自 {} 起，{e} 满 {} 个月（按{} {on} 计）",
                    op.implemented_on.map(|d| d.to_string()).unwrap_or_default(),
                    program.min_operation_months,
                    if app.planned_application_on.is_some() {
                        "计划申请日期"
                    } else {
                        "今天"
                    }
                ),
                Some(e) => format!(
                    "运行期要到 {e} 才满 {} 个月，{}{on} 尚不满足",
                    program.min_operation_months,
                    if app.planned_application_on.is_some() {
                        "计划申请日期 "
                    } else {
                        "今天 "
                    }
                ),
            },
            "operation",
        );

        // Internal audit.
        let implemented = op.implemented_on;
        let audits: Vec<_> = self.audits()?.into_iter().filter(|a| a.completed).collect();
        let inside: Vec<_> = audits
            .iter()
            .filter(|a| implemented.is_some_and(|s| a.starts_on >= s))
            .collect();
        let mut covering = None;
        let mut gaps_text = String::new();
        let mut not_covering = None;
        for a in &inside {
            let rep = self.audit_report(standard, a.id, today)?;
            if rep.clauses_not_covered.is_empty() && rep.departments_not_covered.is_empty() {
                covering = Some(a.number.clone());
                break;
            }
            not_covering.get_or_insert(a.id);
            gaps_text = format!(
                "{} 未覆盖条款 {} 条、部门 {} 个（{}）",
                a.number,
                rep.clauses_not_covered.len(),
                rep.departments_not_covered.len(),
                names(&rep.departments_not_covered, 3)
            );
        }
        r.add(
            "internal_audit",
            "implementation",
            "运行期内完成覆盖全部条款和部门的内部审核",
            Blocker,
            covering.is_some(),
            match (&covering, inside.is_empty(), audits.is_empty()) {
                (Some(n), _, _) => format!("内部审核 {n} 在运行期内完成，覆盖全部适用条款和部门"),
                (None, _, true) => "尚未完成内部审核".into(),
                (None, true, false) => "已完成的内部审核不在体系运行期内（早于实施日期）".into(),
                (None, false, false) => gaps_text,
            },
            "audits",
        );
        r.record(not_covering);
        let ncs = self.nonconformities(None, today)?;
        let open_major_ncs: Vec<_> = ncs
            .iter()
            .filter(|n| n.grade == Grade::Major && n.status != NcStatus::Closed)
            .collect();
        let open_major: Vec<String> = open_major_ncs
            .iter()
            .map(|n| format!("{}（{}）", n.number, n.department_name))
            .collect();
        r.add(
            "no_open_major",
            "implementation",
            "没有未关闭的严重不符合项",
            Blocker,
            open_major.is_empty(),
            if open_major.is_empty() {
                "没有未关闭的严重不符合项".into()
            } else {
                format!(
                    "{} 个严重不符合项未关闭：{}",
                    open_major.len(),
                    names(&open_major, 4)
                )
            },
            "audits",
        );
        r.record(open_major_ncs.first().map(|n| n.audit_id));
        let unverified_ncs: Vec<_> = ncs
            .iter()
            .filter(|n| !matches!(n.status, NcStatus::Verified | NcStatus::Closed))
            .collect();
        let unverified: Vec<String> = unverified_ncs
            .iter()
            .map(|n| format!("{}（{}）", n.number, n.status.label()))
            .collect();
        r.add(
            "actions_verified",
            "implementation",
            "纠正措施均已验证",
            Blocker,
            unverified.is_empty(),
            if unverified.is_empty() {
                format!("{} 个不符合项的纠正措施均已验证", ncs.len())
            } else {
                format!(
                    "{} 个不符合项的纠正措施尚未验证：{}",
                    unverified.len(),
                    names(&unverified, 4)
                )
            },
            "audits",
        );
        r.record(unverified_ncs.first().map(|n| n.audit_id));

        // Management review.
        let first_audit = inside.iter().filter_map(|a| a.completed_on).min();
        let review = self
            .reviews()?
            .into_iter()
            .find(|v| v.completed && first_audit.is_some_and(|d| v.held_on >= d));
        r.add(
            "management_review",
            "implementation",
            "内部审核后完成管理评审",
            Blocker,
            review.is_some(),
            match (&review, first_audit) {
                (Some(v), _) => format!(
                    "管理评审 {} 于 {} 完成，由 {} 主持",
                    v.number, v.held_on, v.chair_name
                ),
                (None, None) => "须先完成内部审核，再进行管理评审".into(),
                (None, Some(d)) => format!("内部审核于 {d} 完成后尚未完成管理评审"),
            },
            "reviews",
        );

        // The application.
        let path_name = path
            .and_then(|p| program.acceptance_paths.iter().find(|x| x.id == p.code()))
            .map(|x| format!("{}（补助 {} 元）", x.name, x.subsidy_yuan));
        r.add(
            "path_chosen",
            "acceptance",
            "选择验收方式",
            Blocker,
            path.is_some(),
            path_name
                .clone()
                .map(|n| format!("已选择{n}"))
                .unwrap_or_else(|| "尚未选择第三方认证或省验收".into()),
            "application",
        );
        if path == Some(AcceptancePathKind::Certification) {
            let body = match app.body_id {
                Some(id) => Some(self.certification_body(id)?),
                None => None,
            };
            let ok = body.as_ref().is_some_and(|b| b.qualifies);
            r.add(
                "certification_body",
                "acceptance",
                "选择符合要求的认证机构",
                Blocker,
                ok,
                match body {
                    Some(b) if b.qualifies => format!("认证机构：{}", b.name),
                    Some(b) => {
                        format!("“{}”不再符合要求（服务标准或失信记录），请重新选择", b.name)
                    }
                    None => "尚未选择认证机构".into(),
                },
                "application",
            );
        }
        let dl = deadline_plan(
            program,
            app.lead_time_days,
            implemented,
            app.planned_application_on,
        );
        r.add(
            "deadline_feasible",
            "acceptance",
            "能够在截止日期前完成",
            Blocker,
            dl.fits,
            dl.summary.clone(),
            "application",
        );

        let rules = r.0;
        let blockers = rules
            .iter()
            .filter(|x| !x.passed && x.severity == Blocker)
            .count() as u32;
        let warnings = rules
            .iter()
            .filter(|x| !x.passed && x.severity == Warning)
            .count() as u32;
        Ok(Readiness {
            ready: blockers == 0,
            blockers,
            warnings,
            rules,
            deadline: dl,
        })
    }
}
