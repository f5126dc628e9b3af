//! A document's text (doctext blocks) as Word paragraphs and tables:
//! headings in the Heading 1-3 styles, paragraphs in Body Text, bulleted
//! and numbered lists as real Word lists, tables with a repeating header.

use docx_rs::{Paragraph, Run};

use super::book::{Book, Child};
use super::styles::{self, BODY, LIST};
use super::table::table;
use crate::doctext::Block;
use crate::export::table::Table as Grid;

/// A paragraph of one run in `style`.
pub(super) fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// The blocks, in order.
pub(super) fn blocks(book: &mut Book, blocks: &[Block]) -> Vec<Child> {
    let mut out: Vec<Child> = Vec::new();
    for b in blocks {
        match b {
            Block::Heading { level, text } => {
                out.push(styled(styles::heading(*level), text).into());
            }
            Block::Paragraph { text } => out.push(styled(BODY, text).into()),
            Block::Bullets { items } => {
                let (id, level) = Book::bullets();
                for item in items {
                    out.push(
                        item_paragraph(item)
                            .numbering(id.clone(), level.clone())
                            .into(),
                    );
                }
            }
            Block::Numbered { items } => {
                let (id, level) = book.numbered_list();
                for item in items {
                    out.push(
                        item_paragraph(item)
                            .numbering(id.clone(), level.clone())
                            .into(),
                    );
                }
            }
            Block::Table { header, rows } => {
                out.push(table(&Grid::new(header.clone(), rows.clone())).into());
                // Two tables in a row would merge into one in Word.
                out.push(Paragraph::new().style(BODY).into());
            }
        }
    }
    out
}

/// A list item (the list's own indent applies).
fn item_paragraph(text: &str) -> Paragraph {
    styled(LIST, text)
}
