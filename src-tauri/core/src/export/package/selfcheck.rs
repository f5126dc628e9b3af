//! The readiness self-check (every rule with its status) and the list of
//! attachments in the package.

use super::data::{day, Data};
use super::{kv, table};
use crate::export::layout::Composer;
use crate::model::Severity;

pub(crate) fn readiness(c: &mut Composer, d: &Data) {
    let r = &d.readiness;
    let passed = r.rules.iter().filter(|x| x.passed).count();
    c.paragraph(&format!(
        "自查日期{}：共 {} 项，符合 {} 项，阻断项 {} 项，提醒 {} 项。结论：{}。",
        day(d.today),
        r.rules.len(),
        passed,
        r.blockers,
        r.warnings,
        if r.ready {
            "具备申报条件"
        } else {
            "尚不具备申报条件"
        }
    ));
    let dl = &r.deadline;
    kv(
        c,
        vec![
            ("申报截止日期", deadline_day(dl.deadline)),
            ("最晚申报日期", deadline_day(dl.latest_application_on)),
            ("最晚实施日期", deadline_day(dl.latest_implementation_on)),
            ("时间安排", dl.summary.clone()),
        ],
    );
    table(
        c,
        &["阶段", "检查项", "类别", "结果", "说明"],
        r.rules
            .iter()
            .map(|x| {
                vec![
                    d.program
                        .stage_name(x.stage.code())
                        .trim_end_matches("阶段")
                        .to_string(),
                    x.title.clone(),
                    match x.severity {
                        Severity::Blocker => "必备",
                        Severity::Warning => "提醒",
                    }
                    .into(),
                    if x.passed { "符合" } else { "不符合" }.into(),
                    x.explanation.clone(),
                ]
            })
            .collect(),
    );
}

/// The attachment list: each evidence file with its path inside the package.
pub(crate) fn attachments(c: &mut Composer, d: &Data, listed: &[(String, String)]) {
    c.paragraph(&format!(
        "申报材料包随附以下文件，共 {} 个：各体系文件的受控版本 PDF {} 份，登记表 3 份，证明材料 {} 份。",
        listed.len(),
        d.published().count(),
        d.evidence.len()
    ));
    table(
        c,
        &["序号", "文件", "说明"],
        listed
            .iter()
            .enumerate()
            .map(|(i, (path, label))| vec![(i + 1).to_string(), path.clone(), label.clone()])
            .collect(),
    );
}

/// A deadline date, or the sentence saying there is none.
fn deadline_day(d: Option<chrono::NaiveDate>) -> String {
    d.map(day)
        .unwrap_or_else(|| "无（不参加政府贯标计划）".into())
}
