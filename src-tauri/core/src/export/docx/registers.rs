//! The registers (人员及角色登记表, 培训登记表, 不符合项及纠正措施登记表) as
//! Word files, one each, showing what their PDFs show: title, enterprise
//! and date, then paragraphs, headings and tables with repeating headers.

use std::path::Path;

use super::blocks::styled;
use super::book::{Book, Child};
use super::styles::{heading, BODY, DOC_TITLE, NOTE};
use super::table::table;
use crate::error::Result;
use crate::export::package::{register_contents, write_registers_to_dir, Part, RegisterContent};
use crate::export::Register;
use crate::Project;

/// The three registers of the project, each as a Word file.
pub fn register_docxs(project: &Project) -> Result<Vec<Register>> {
    register_contents(project)?
        .into_iter()
        .map(|r| {
            Ok(Register {
                title: r.title.to_string(),
                bytes: register_docx(&r)?,
            })
        })
        .collect()
}

/// The three registers written into `dir` (created if missing) as
/// "<title>.docx"; the paths written.
pub fn registers_docx_to_dir(project: &Project, dir: &Path) -> Result<Vec<String>> {
    write_registers_to_dir(dir, register_docxs(project)?, "docx")
}

fn register_docx(r: &RegisterContent) -> Result<Vec<u8>> {
    let mut book = Book::new(r.metadata());
    let mut children: Vec<Child> = vec![
        styled(DOC_TITLE, r.title).into(),
        styled(NOTE, &r.subtitle)
            .align(docx_rs::AlignmentType::Center)
            .into(),
    ];
    for part in &r.parts {
        children.push(match part {
            Part::Heading(h) => styled(heading(1), h).into(),
            Part::Paragraph(p) => styled(BODY, p).into(),
            Part::Table(t) => table(t).into(),
            Part::Note(n) => styled(NOTE, n).into(),
        });
    }
    book.last_section(children, &r.running_head());
    book.finish()
}
