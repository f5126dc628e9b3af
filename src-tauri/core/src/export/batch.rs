//! Every published document as its own file (PDF or Word) in one folder.

use std::path::{Path, PathBuf};

use super::compilation::published;
use super::document_pdf::revision_pdf_checked;
use super::docx::docx_of_revision;
use super::glyphs::ExportProblem;
use super::write::write_atomic;
use super::OutputText;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::{Document, Revision};
use crate::Project;

/// One file written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    pub code: String,
    pub path: PathBuf,
    pub bytes: u64,
}

/// What a batch export wrote, and the documents it could not (characters
/// the font lacks); the others are written regardless.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchReport {
    pub files: Vec<ExportedFile>,
    pub problems: Vec<ExportProblem>,
}

impl BatchReport {
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes).sum()
    }
}

/// A PDF's file name from a document's code and title, safe on Windows too.
pub fn file_name(code: &str, title: &str) -> String {
    named(code, title, "pdf")
}

/// A Word file's name from a document's code and title.
pub fn docx_file_name(code: &str, title: &str) -> String {
    named(code, title, "docx")
}

fn named(code: &str, title: &str, ext: &str) -> String {
    let raw = format!("{code} {title}");
    let safe: String = raw
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    crate::attachments::not_a_device(format!("{}.{ext}", safe.trim().trim_end_matches('.')))
}

/// Writes one PDF per published, non-archived document into `dir`
/// (created if missing).
pub fn published_documents_to_dir(
    project: &Project,
    standard: &StandardEdition,
    dir: &Path,
) -> Result<BatchReport> {
    let out = OutputText::new(project, standard)?;
    to_dir(project, dir, file_name, |doc, rev| {
        revision_pdf_checked(project, &out, doc, rev)
    })
}

/// Writes one Word file per published, non-archived document into `dir`
/// (created if missing).
pub fn published_documents_docx_to_dir(
    project: &Project,
    standard: &StandardEdition,
    dir: &Path,
) -> Result<BatchReport> {
    let out = OutputText::new(project, standard)?;
    to_dir(project, dir, docx_file_name, |doc, rev| {
        Ok(Ok(docx_of_revision(project, &out, doc, rev)?))
    })
}

type Made = Result<std::result::Result<Vec<u8>, ExportProblem>>;

fn to_dir(
    project: &Project,
    dir: &Path,
    name: fn(&str, &str) -> String,
    mut make: impl FnMut(&Document, &Revision) -> Made,
) -> Result<BatchReport> {
    std::fs::create_dir_all(dir)?;
    let mut report = BatchReport::default();
    for (doc, rev) in published(project)? {
        match make(&doc, &rev)? {
            Ok(bytes) => {
                let path = dir.join(name(&doc.code, &doc.title));
                write_atomic(&path, &bytes)?;
                report.files.push(ExportedFile {
                    code: doc.code.clone(),
                    path,
                    bytes: bytes.len() as u64,
                });
            }
            Err(problem) => report.problems.push(problem),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_windows_can_create() {
        assert_eq!(
            file_name("IP-CX-01", "文件控制程序"),
            "IP-CX-01 文件控制程序.pdf"
        );
        assert_eq!(file_name("AUX", ""), "_AUX.pdf");
        assert_eq!(docx_file_name("IP/1", "a:b."), "IP_1 a_b.docx");
    }
}
