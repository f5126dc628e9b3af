//! `import-document FILE IN.docx --code CODE`: a Word file as the
//! document's new draft; first the difference from the current text and
//! what was not imported, then the save (not with `--dry-run`).
//! `import-document FILE IN.docx --new --type T --title …`: an enterprise's
//! own document registered as a new document of the set.

use guanbiao_core::model::{DiffLine, DocumentInput};
use guanbiao_core::{catalog, import_docx, CoreError, Project};
use serde::Serialize;

use super::{document_by_code, Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::ImportDocument, out: Out) -> Outcome {
    let bytes = import_docx::file_bytes(&a.docx)?;
    let mut project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let (_, standard) = project.program_and_standard(&catalog)?;
    let standard = standard.into_owned();
    let status = match &a.code {
        Some(code) if !a.new => into_document(&mut project, &standard, code, &bytes, &a, out)?,
        _ => as_new(&mut project, &standard, &bytes, &a, out)?,
    };
    project.close()?;
    Ok(status)
}

/// What an import into a document showed and did.
#[derive(Serialize)]
struct Answer {
    code: String,
    title: String,
    /// What saving does (or would do).
    action: String,
    /// The new draft's version, when saved.
    saved: Option<String>,
    unchanged: bool,
    refused: Option<String>,
    warnings: Vec<String>,
    unsupported: Vec<String>,
    diff: Vec<DiffLine>,
    #[serde(skip)]
    dry_run: bool,
}

fn into_document(
    project: &mut Project,
    standard: &guanbiao_core::catalog::StandardEdition,
    code: &str,
    bytes: &[u8],
    a: &args::ImportDocument,
    out: Out,
) -> Result<Status, CoreError> {
    let doc = document_by_code(project, code)?;
    let preview = project.preview_document_import(standard, doc.id, bytes)?;
    let save = !a.dry_run && !preview.unchanged && preview.refused.is_none();
    let saved = if save {
        Some(
            project
                .import_document_revision(standard, doc.id, bytes)?
                .version,
        )
    } else {
        None
    };
    let answer = Answer {
        code: doc.code,
        title: doc.title,
        action: preview.action,
        saved,
        unchanged: preview.unchanged,
        refused: preview.refused,
        warnings: preview.warnings,
        unsupported: preview.unsupported,
        diff: preview.diff,
        dry_run: a.dry_run,
    };
    out.answer(&answer, print);
    match &answer.refused {
        Some(why) if !a.dry_run && !answer.unchanged => Err(CoreError::conflict(why.clone())),
        _ => Ok(Status::Done),
    }
}

fn print(a: &Answer) {
    println!("{}（{}）与 Word 文件的差异：", a.code, a.title);
    if a.unchanged {
        println!("  （内容相同）");
    }
    let mut gap = false;
    for line in &a.diff {
        match line {
            DiffLine::Same(_) => gap = true,
            DiffLine::Removed(l) | DiffLine::Added(l) => {
                if gap {
                    println!("  …");
                    gap = false;
                }
                let sign = if matches!(line, DiffLine::Removed(_)) {
                    '-'
                } else {
                    '+'
                };
                println!("{sign} {l}");
            }
        }
    }
    for u in &a.unsupported {
        println!("未导入：{u}");
    }
    for w in &a.warnings {
        println!("注意：{w}");
    }
    match (&a.saved, &a.refused) {
        (Some(v), _) => println!("已保存为 {} 的草稿 {v}", a.code),
        _ if a.unchanged => println!("没有需要保存的修改"),
        // Saving refused: the error says why.
        (None, Some(why)) if a.dry_run => println!("不能保存：{why}"),
        (None, Some(_)) => {}
        (None, None) => println!("未保存（--dry-run）；保存时将{}", a.action),
    }
}

/// What a new document's import showed and did.
#[derive(Serialize)]
struct New {
    code: Option<String>,
    title: String,
    unsupported: Vec<String>,
    text: String,
}

fn as_new(
    project: &mut Project,
    standard: &guanbiao_core::catalog::StandardEdition,
    bytes: &[u8],
    a: &args::ImportDocument,
    out: Out,
) -> Result<Status, CoreError> {
    let read = import_docx::read(bytes)?;
    let input = DocumentInput {
        doc_type: a.doc_type.map(Into::into),
        title: a.title.clone().unwrap_or_default(),
        clauses: a.clauses.clone(),
        ..Default::default()
    };
    let code = if a.dry_run {
        None
    } else {
        Some(project.import_new_document(standard, &input, bytes)?.code)
    };
    let answer = New {
        code,
        title: input.title,
        unsupported: read.unsupported,
        text: read.text,
    };
    out.answer(&answer, |a| {
        for u in &a.unsupported {
            println!("未导入：{u}");
        }
        match &a.code {
            Some(code) => println!(
                "已登记新文件 {code}（{}），草稿 A/0，{} 行",
                a.title,
                a.text.lines().count()
            ),
            None => println!("{}\n未保存（--dry-run）", a.text),
        }
    });
    Ok(Status::Done)
}
