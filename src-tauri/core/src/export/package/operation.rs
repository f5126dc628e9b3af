//! The operation period, the internal audit report with its
//! nonconformities and corrective actions, and the management review.

use super::data::{day, opt_day, Data};
use super::{clause_table, kv, table};
use crate::export::layout::Composer;

pub(crate) fn operation(c: &mut Composer, d: &Data) {
    let op = &d.operation;
    kv(
        c,
        vec![
            ("实施日期", opt_day(op.implemented_on)),
            ("已运行", format!("{} 天", op.days_run)),
            ("最短运行期", format!("{} 个月", op.min_months)),
            ("满足最短运行期", opt_day(op.min_complete_on)),
            ("运行状态", op.summary.clone()),
        ],
    );
    c.heading(2, "月度检查");
    table(
        c,
        &["月份", "检查日期", "检查情况"],
        d.checkins
            .iter()
            .filter(|x| !x.before_operation)
            .map(|x| vec![x.month.clone(), x.checked_on.to_string(), x.summary.clone()])
            .collect(),
    );
    c.heading(2, "运行记录");
    table(
        c,
        &["日期", "依据文件", "记录说明", "附件"],
        d.records
            .iter()
            .filter(|x| !x.before_operation)
            .map(|x| {
                vec![
                    x.produced_on.to_string(),
                    format!("{} {}", x.document_code, x.document_title),
                    x.note.clone(),
                    x.attachment
                        .as_ref()
                        .map(|a| a.file_name.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
    );
    c.heading(2, "运行中发现的问题");
    clause_table(
        c,
        d,
        &["发现日期", "部门", "条款", "问题", "处理", "解决日期"],
        d.problems
            .iter()
            .filter(|x| !x.before_operation)
            .map(|x| {
                vec![
                    x.found_on.to_string(),
                    x.department_name.clone().unwrap_or_default(),
                    x.clause
                        .as_deref()
                        .map(|k| d.clause_no(k))
                        .unwrap_or_default(),
                    x.description.clone(),
                    x.resolution.clone(),
                    x.resolved_on.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    );
}

pub(crate) fn audits(c: &mut Composer, d: &Data) {
    if d.audits.is_empty() {
        c.paragraph("尚未开展内部审核。");
    }
    for r in &d.audits {
        let a = &r.audit;
        c.heading(2, &format!("内部审核 {}", a.number));
        kv(
            c,
            vec![
                ("审核目的", a.purpose.clone()),
                ("审核依据", a.criteria.clone()),
                ("审核时间", format!("{} 至 {}", day(a.starts_on), day(a.ends_on))),
                ("审核组长", a.leader_name.clone()),
                ("审核员", a.auditor_names.join("、")),
                (
                    "检查结果",
                    format!(
                        "检查要点 {} 项（已判定 {} 项）：符合 {} 项，观察项 {} 项，严重不符合 {} 项，一般不符合 {} 项",
                        r.checklist_total, r.checklist_judged, r.conform, r.observations, r.major, r.minor
                    ),
                ),
                ("完成日期", opt_day(a.completed_on)),
            ],
        );
        if !a.summary.is_empty() {
            c.heading(3, "审核综述");
            c.paragraph(&a.summary);
        }
        c.heading(3, "不符合项及纠正措施");
        if r.nonconformities.is_empty() {
            c.paragraph("本次审核未发现不符合项。");
        }
        clause_table(
            c,
            d,
            &[
                "编号",
                "部门/条款",
                "不符合事实",
                "原因分析",
                "纠正措施",
                "验证与状态",
            ],
            r.nonconformities
                .iter()
                .map(|n| {
                    let short = n
                        .number
                        .strip_prefix(&format!("{}-", a.number))
                        .unwrap_or(&n.number);
                    vec![
                        format!("{short}\n{}", n.grade.label().replace("不符合", "")),
                        format!("{}\n{}", n.department_name, d.clause_no(&n.clause)),
                        n.fact.clone(),
                        n.cause.clone(),
                        format!(
                            "{}{}",
                            n.corrective_action,
                            n.owner_name
                                .as_ref()
                                .map(|o| format!("（{o}，{}）", opt_day(n.done_on)))
                                .unwrap_or_default()
                        ),
                        format!(
                            "{}{}\n{}",
                            n.verification,
                            n.verified_by_name
                                .as_ref()
                                .map(|v| format!("（{v}）"))
                                .unwrap_or_default(),
                            n.status.label()
                        ),
                    ]
                })
                .collect(),
        );
        if !r.distribution.is_empty() {
            c.heading(3, "不符合项分布");
            clause_table(
                c,
                d,
                &["部门", "条款", "严重", "一般"],
                r.distribution
                    .iter()
                    .map(|x| {
                        vec![
                            x.department_name.clone(),
                            d.clause_no(&x.clause),
                            x.major.to_string(),
                            x.minor.to_string(),
                        ]
                    })
                    .collect(),
            );
        }
        if !a.conclusion.is_empty() {
            c.heading(3, "审核结论");
            c.paragraph(&a.conclusion);
        }
    }
}

pub(crate) fn reviews(c: &mut Composer, d: &Data) {
    if d.reviews.is_empty() {
        c.paragraph("尚未开展管理评审。");
    }
    for r in &d.reviews {
        c.heading(2, &format!("管理评审 {}", r.number));
        kv(
            c,
            vec![
                ("评审日期", day(r.held_on)),
                ("主持人", r.chair_name.clone()),
                ("参加人员", r.attendee_names.join("、")),
                ("评审计划批准", opt_day(r.plan_approved_on)),
            ],
        );
        c.heading(3, "评审输入");
        if let Some(s) = &r.snapshot {
            let mut items = vec![
                format!("内部审核：{}", s.audits.join("；")),
                format!(
                    "不符合项：共 {} 项，未关闭 {} 项",
                    s.nonconformities_total, s.nonconformities_open
                ),
                format!("培训：{}", s.training),
                format!("知识产权状况：{}", s.ip_holdings),
                format!("目标实现：{}", s.objectives),
                format!("体系运行：{}", s.operation),
            ];
            items.extend(s.previous_actions.iter().map(|a| format!("以往措施：{a}")));
            items.retain(|i| !i.ends_with('：'));
            c.list(&items, true);
        }
        for p in r.inputs_text.split('\n').filter(|l| !l.trim().is_empty()) {
            c.paragraph(p.trim());
        }
        c.heading(3, "评审结论");
        for p in r.report.split('\n').filter(|l| !l.trim().is_empty()) {
            c.paragraph(p.trim());
        }
        c.heading(3, "评审输出与落实");
        table(
            c,
            &["类别", "决定/措施", "负责人", "期限", "完成"],
            r.outputs
                .iter()
                .map(|o| {
                    vec![
                        output_kind(o.kind).into(),
                        o.description.clone(),
                        o.owner_name.clone().unwrap_or_default(),
                        o.due_on.map(|d| d.to_string()).unwrap_or_default(),
                        if o.done {
                            o.done_on.map(|d| d.to_string()).unwrap_or("已完成".into())
                        } else {
                            "未完成".into()
                        },
                    ]
                })
                .collect(),
        );
    }
}

fn output_kind(k: crate::model::OutputKind) -> &'static str {
    use crate::model::OutputKind::*;
    match k {
        PolicyObjective => "方针目标改进",
        Procedure => "程序改进",
        Resource => "资源需求",
        Other => "其他",
    }
}
