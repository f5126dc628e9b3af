//! `readiness FILE [--as-of YYYY-MM-DD]`: the pre-application check, rule by
//! rule, judged today or on the day given; exit 0 only when nothing blocks
//! (1 when something does).

use guanbiao_core::model::Severity;
use guanbiao_core::{catalog, dates, Project};

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::Readiness, out: Out) -> Outcome {
    let project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let (program, standard) = project.program_and_standard(&catalog)?;
    let standard = &*standard;
    let r = project.readiness(&program, standard, a.as_of.unwrap_or_else(dates::today))?;
    out.answer(&r, |r| {
        println!("判定日期：{}", r.judged_on);
        for rule in &r.rules {
            let mark = match (rule.passed, rule.severity) {
                (true, _) => "✓ 通过",
                (false, Severity::Blocker) => "✗ 阻断",
                (false, Severity::Warning) => "! 提醒",
            };
            println!("{mark}  [{}] {}：{}", rule.id, rule.title, rule.explanation);
        }
        println!("截止日期：{}", r.deadline.summary);
        let verdict = if r.ready {
            "可以提交申请"
        } else {
            "暂不能提交申请"
        };
        println!(
            "结论：{verdict}（阻断 {} 项，提醒 {} 项）",
            r.blockers, r.warnings
        );
    });
    Ok(if r.ready {
        Status::Done
    } else {
        Status::Blocked
    })
}
