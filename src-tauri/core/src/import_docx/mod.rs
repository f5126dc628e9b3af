//! Word import: a .docx edited in Word or WPS (or an enterprise's own
//! document) read back into the text format (doctext), with a list of what
//! the format cannot hold. Read with docx-rs.
//!
//! - `styles`: what a paragraph is (heading, list item, contents line)
//! - `walk`: the body in order, tracked changes accepted, the rest counted
//! - `notes`: what was not imported, in Chinese
//! - `unrender`: unchanged lines back to their stored form with markers

mod notes;
mod styles;
mod unrender;
mod walk;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};
use crate::export::docx::marks::{PROP_CODE, PROP_REVISION, PROP_SHA256};
pub use unrender::unrender;
use walk::{Piece, Walk};

/// A Word file read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportedDocx {
    /// The text in the text format: `# ` headings, paragraphs, `- ` and
    /// `1. ` list items, `| a | b |` tables.
    pub text: String,
    /// What the file holds that was not imported (or was changed on the
    /// way), one Chinese line each: "图片 3 张（未导入）".
    pub unsupported: Vec<String>,
    /// The revision the file was exported from, when it is one of ours.
    pub source: Option<ExportSource>,
}

/// Which revision an exported Word file came from (its document properties).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportSource {
    pub code: String,
    pub revision_id: i64,
    /// SHA-256 of the stored text exported.
    pub content_sha256: String,
}

fn unreadable(detail: &str) -> CoreError {
    CoreError::invalid(format!(
        "无法读取此 Word 文件（{detail}）。请确认是 .docx 格式；旧版 .doc 请先在 Word 或 WPS 中另存为 .docx"
    ))
}

/// The bytes of the Word file at `path` (for the shell and the CLI, which
/// are handed a path).
pub fn file_bytes(path: &std::path::Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| CoreError::invalid(format!("无法读取 {}：{e}", path.display())))
}

/// Reads a .docx into the text format.
pub fn read(bytes: &[u8]) -> Result<ImportedDocx> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(unreadable("这是旧版 .doc 文件"));
    }
    if !bytes.starts_with(b"PK") {
        return Err(unreadable("不是 .docx 文件"));
    }
    // docx-rs panics on some malformed parts; a panic is a file we cannot read.
    let docx = std::panic::catch_unwind(|| docx_rs::read_docx(bytes))
        .map_err(|_| unreadable("文件结构有误"))?
        .map_err(|e| unreadable(&e.to_string()))?;
    let props = &docx.doc_props.custom.properties;
    let source = match (
        props.get(PROP_CODE),
        props.get(PROP_REVISION).and_then(|r| r.parse().ok()),
        props.get(PROP_SHA256),
    ) {
        (Some(code), Some(revision_id), Some(sha)) => Some(ExportSource {
            code: code.clone(),
            revision_id,
            content_sha256: sha.clone(),
        }),
        _ => None,
    };
    let mut walk = Walk::new(styles::Styles::new(&docx));
    walk.body(&docx.document.children);
    let mut notes = walk.notes;
    notes.comments = docx.comments.inner().len();
    notes.header_footer_text = source.is_none() && has_header_or_footer_text(&docx);
    Ok(ImportedDocx {
        text: text(&walk.pieces),
        unsupported: notes.messages(),
        source,
    })
}

fn has_header_or_footer_text(docx: &docx_rs::Docx) -> bool {
    let sp = &docx.document.section_property;
    let header = sp.get_headers().into_iter().any(|(_, h)| {
        h.children.iter().any(|c| match c {
            docx_rs::HeaderChild::Paragraph(p) => !p.raw_text().trim().is_empty(),
            _ => false,
        })
    });
    let footer = sp.get_footers().into_iter().any(|(_, f)| {
        f.children.iter().any(|c| match c {
            docx_rs::FooterChild::Paragraph(p) => !p.raw_text().trim().is_empty(),
            _ => false,
        })
    });
    header || footer
}

/// The pieces in the text format: blocks apart by a blank line, the items
/// of one list together.
fn text(pieces: &[Piece]) -> String {
    let mut out = String::new();
    let mut number = 0;
    for (i, piece) in pieces.iter().enumerate() {
        let same_list = match (i.checked_sub(1).map(|k| &pieces[k]), piece) {
            (Some(Piece::Item(a, _)), Piece::Item(b, _)) => a == b,
            _ => false,
        };
        if i > 0 {
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        match piece {
            Piece::Heading(level, t) => {
                out.push_str(&format!("{} {t}", "#".repeat(usize::from(*level))))
            }
            Piece::Paragraph(t) => out.push_str(t),
            Piece::Item(styles::ListKind::Bullet, t) => out.push_str(&format!("- {t}")),
            Piece::Item(styles::ListKind::Numbered(_), t) => {
                number = if same_list { number + 1 } else { 1 };
                out.push_str(&format!("{number}. {t}"));
            }
            Piece::Table(rows) => {
                let line = |r: &Vec<String>| format!("| {} |", r.join(" | "));
                let mut lines = vec![line(&rows[0])];
                lines.push(format!("|{}", " --- |".repeat(rows[0].len())));
                lines.extend(rows[1..].iter().map(line));
                out.push_str(&lines.join("\n"));
            }
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use styles::ListKind;

    #[test]
    fn pieces_become_the_text_format() {
        let pieces = vec![
            Piece::Heading(1, "1 目的".into()),
            Piece::Paragraph("正文。".into()),
            Piece::Item(ListKind::Bullet, "甲".into()),
            Piece::Item(ListKind::Bullet, "乙".into()),
            Piece::Item(ListKind::Numbered(4), "一".into()),
            Piece::Item(ListKind::Numbered(4), "二".into()),
            Piece::Item(ListKind::Numbered(5), "再一".into()),
            Piece::Table(vec![
                vec!["列".into(), "值".into()],
                vec!["a".into(), "".into()],
            ]),
        ];
        assert_eq!(
            text(&pieces),
            "# 1 目的\n\n正文。\n\n- 甲\n- 乙\n\n1. 一\n2. 二\n\n1. 再一\n\n| 列 | 值 |\n| --- | --- |\n| a |  |\n"
        );
        let (blocks, problems) = crate::doctext::parse(&text(&pieces));
        assert!(problems.is_empty());
        assert_eq!(blocks.len(), 6);
    }

    #[test]
    fn what_is_not_a_docx_is_refused_in_chinese() {
        let e = read(b"hello").unwrap_err();
        assert!(e.message.contains("不是 .docx 文件"), "{}", e.message);
        let e = read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap_err();
        assert!(e.message.contains("旧版 .doc"), "{}", e.message);
        let e = read(b"PK\x03\x04broken").unwrap_err();
        assert!(e.message.contains("无法读取"), "{}", e.message);
    }
}
