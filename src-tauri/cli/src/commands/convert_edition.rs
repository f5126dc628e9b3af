//! `convert-edition FILE --to gbt29490-2023 [--route …] [--deadline …]`:
//! 换版, after a backup into the app's backups (beside the file when the
//! data directory is unknown).

use guanbiao_core::model::ConversionReport;
use guanbiao_core::store::backup::BackupStore;
use guanbiao_core::{catalog, paths, Project};

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::ConvertEdition, out: Out) -> Outcome {
    let mut project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let store = paths::data_dir().ok().map(|d| BackupStore::new(&d));
    let report = project.convert_edition(
        &catalog,
        &guanbiao_core::model::ConversionInput {
            to: a.to,
            route: a.route,
            deadline: a.deadline,
        },
        store.as_ref(),
    )?;
    project.close()?;
    out.answer(&report, print);
    Ok(Status::Done)
}

fn print(r: &ConversionReport) {
    let c = &r.conversion;
    println!("已将项目从 {} 转换为 {}", c.from_edition, c.to_edition);
    println!("换版前备份：{}", c.backup_file);
    println!(
        "转换方式：{}；转换截止日期：{}",
        c.route.map_or("尚未确定", |x| x.label()),
        c.deadline
            .map_or_else(|| "未设定".to_string(), |d| d.to_string())
    );
    println!(
        "差距诊断：沿用 {} 个条款的结论；{} 个新增条款待诊断，已列入计划（{} 项任务）",
        r.diagnoses_carried,
        r.new_clauses.len(),
        r.plan_tasks_added
    );
    println!(
        "体系文件：原文件 {} 份作废留存，新生成草稿 {} 份（其中 {} 份沿用企业修改过的正文）",
        r.documents_archived,
        r.documents_created,
        r.documents_kept_text.len()
    );
    for k in &r.documents_kept_text {
        println!("  沿用正文：{k}");
    }
    println!("按新条款调整的记录：{} 条", r.records_remapped);
    for w in &r.warnings {
        println!("注意：{w}");
    }
}
