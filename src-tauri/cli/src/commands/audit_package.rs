//! `audit-package FILE --audit NUMBER --auditor NAME --out PKG`,
//! `audit-results PKG --out RESULTS` and `audit-merge FILE RESULTS
//! [--keep project|package] [--dry-run]`: internal-audit work packages out,
//! results back (issue 19), headless.

use guanbiao_core::model::{
    AuditMergeReport, AuditPackageInfo, AuditResultsExport, AuditResultsPreview, ConflictDecision,
    ConflictSide, MergeChangeKind,
};
use guanbiao_core::{CoreError, ErrorCode, Project};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn create(a: args::AuditPackage, out: Out) -> Outcome {
    let mut project = Project::open(&a.file)?;
    let audit = project
        .audits()?
        .into_iter()
        .find(|x| x.number == a.audit.trim())
        .ok_or_else(|| CoreError::not_found(format!("没有编号为 {} 的内部审核", a.audit)))?;
    let ids: Vec<i64> = audit
        .auditor_names
        .iter()
        .zip(&audit.auditor_ids)
        .filter(|(n, _)| n.as_str() == a.auditor.trim())
        .map(|(_, id)| *id)
        .collect();
    let auditor = match ids.as_slice() {
        [id] => *id,
        [] => {
            return Err(CoreError::not_found(format!(
                "{} 的审核员中没有“{}”（审核员：{}）",
                audit.number,
                a.auditor,
                audit.auditor_names.join("、")
            )))
        }
        _ => {
            return Err(CoreError::conflict(format!(
                "{} 有 {} 名审核员叫“{}”，无法区分",
                audit.number,
                ids.len(),
                a.auditor
            )))
        }
    };
    let info = project.create_audit_package(audit.id, auditor, &a.out)?;
    project.close()?;
    #[derive(Serialize)]
    struct Made<'a> {
        out: String,
        #[serde(flatten)]
        package: &'a AuditPackageInfo,
    }
    let answer = Made {
        out: a.out.display().to_string(),
        package: &info,
    };
    out.answer(&answer, |m| {
        println!(
            "已生成 {} 的内审工作包（{}，审核部门：{}）→ {}",
            m.package.auditor_name,
            m.package.audit_number,
            m.package.department_names.join("、"),
            m.out
        )
    });
    Ok(Status::Done)
}

pub fn results(a: args::AuditResults, out: Out) -> Outcome {
    let project = Project::open(&a.package)?;
    let store = super::store().ok_or_else(|| CoreError::storage("找不到应用数据目录"))?;
    let written: AuditResultsExport = project.export_audit_results(&store, &a.out)?;
    project.close()?;
    out.answer(&written, |w| {
        println!(
            "已导出审核结果：{} 条检查表条目，{} 个不符合项，{} 份审核证据（SHA-256 {}）→ {}",
            w.lines_changed, w.nonconformities, w.evidence_files, w.sha256, w.path
        )
    });
    Ok(Status::Done)
}

#[derive(Serialize)]
struct Merged {
    applied: bool,
    preview: AuditResultsPreview,
    report: Option<AuditMergeReport>,
}

fn print_preview(p: &AuditResultsPreview) {
    println!(
        "{} 的审核结果（{}，审核部门：{}；导出于 {}）",
        p.package.auditor_name,
        p.package.audit_number,
        p.package.department_names.join("、"),
        p.exported_at
    );
    for c in &p.changes {
        let kind = match c.kind {
            MergeChangeKind::Judged => "判定",
            MergeChangeKind::Noted => "记录",
            MergeChangeKind::NcRaised => "不符合项",
            MergeChangeKind::Evidence => "证据",
        };
        println!(
            "  {kind}  {} {}  {}",
            c.department_name, c.clause, c.summary
        );
    }
    for c in &p.conflicts {
        println!(
            "  冲突  {} {}  {}{}",
            c.department_name,
            c.clause,
            c.question,
            if c.missing {
                "（该条目已从检查表删除）"
            } else {
                ""
            }
        );
        for f in &c.fields {
            println!(
                "        {}：生成时“{}”  项目“{}”  工作包“{}”",
                f.label, f.base, f.project, f.package
            );
        }
    }
}

pub fn merge(a: args::AuditMerge, out: Out) -> Outcome {
    let mut project = Project::open(&a.file)?;
    let preview = project.preview_audit_results(&a.results)?;
    if a.dry_run {
        project.close()?;
        let answer = Merged {
            applied: false,
            preview,
            report: None,
        };
        out.answer(&answer, |m| {
            print_preview(&m.preview);
            println!(
                "共 {} 处新增或修改，{} 处冲突；未写入（去掉 --dry-run 导入）",
                m.preview.changes.len(),
                m.preview.conflicts.len()
            );
        });
        return Ok(Status::Done);
    }
    if !preview.conflicts.is_empty() && a.keep.is_none() {
        project.close()?;
        if !out.is_json() {
            print_preview(&preview);
        }
        return Err(CoreError::new(
            ErrorCode::Conflict,
            format!(
                "有 {} 处冲突（上面列出），未导入，项目未改变。请加 --keep project 保留项目中的内容，或 --keep package 采用工作包的修改。",
                preview.conflicts.len()
            ),
        ));
    }
    let side = match a.keep {
        Some(args::Keep::Package) => ConflictSide::Package,
        _ => ConflictSide::Project,
    };
    let decisions: Vec<ConflictDecision> = preview
        .conflicts
        .iter()
        .map(|c| ConflictDecision {
            checklist_item_id: c.checklist_item_id,
            keep: if c.missing {
                ConflictSide::Project
            } else {
                side
            },
        })
        .collect();
    let store = super::store().ok_or_else(|| CoreError::storage("找不到应用数据目录"))?;
    let report = project.merge_audit_results(&store, &a.results, &decisions)?;
    project.close()?;
    let answer = Merged {
        applied: true,
        preview,
        report: Some(report),
    };
    out.answer(&answer, |m| {
        print_preview(&m.preview);
        let r = m.report.as_ref().expect("merged");
        println!(
            "已导入 {} 的审核结果：{} 条检查表条目，{} 个不符合项{}，{} 份审核证据；冲突保留项目 {} 处，采用工作包 {} 处",
            r.auditor_name,
            r.lines_changed,
            r.nonconformities.len(),
            if r.nonconformities.is_empty() {
                String::new()
            } else {
                format!("（{}）", r.nonconformities.join("、"))
            },
            r.evidence_files,
            r.kept_project,
            r.took_package
        );
    });
    Ok(Status::Done)
}
