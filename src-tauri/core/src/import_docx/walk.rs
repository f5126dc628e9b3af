//! The body of a Word file, read in order into the text format's pieces:
//! headings, paragraphs, list items and tables. Tracked changes are read
//! as accepted; pictures, text boxes, comments, footnotes and the like are
//! counted ([`Notes`]). Our own front matter (the cover block and revision
//! record: its paragraph style and the bookmark around it) is skipped.

use docx_rs::{
    DocumentChild, DrawingData, InsertChild, MoveToChild, Paragraph, ParagraphChild, Run, RunChild,
    StructuredDataTag, StructuredDataTagChild, Table, TableCell, TableCellContent, TableChild,
    TableRowChild,
};

use super::notes::Notes;
use super::styles::{ListKind, Styles};
use crate::export::docx::marks::FRONT_BOOKMARK;

/// One piece of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    Heading(u8, String),
    Paragraph(String),
    Item(ListKind, String),
    /// Rows of cells; the first is the header.
    Table(Vec<Vec<String>>),
}

pub(super) struct Walk<'a> {
    styles: Styles<'a>,
    pub pieces: Vec<Piece>,
    pub notes: Notes,
}

impl<'a> Walk<'a> {
    pub(super) fn new(styles: Styles<'a>) -> Self {
        Walk {
            styles,
            pieces: Vec::new(),
            notes: Notes::default(),
        }
    }

    /// Whether a body element marks our front matter: a paragraph in its
    /// style or holding its bookmark, or the bookmark itself.
    fn marks_front(&self, child: &DocumentChild) -> bool {
        let front = |name: &str| name.starts_with(FRONT_BOOKMARK);
        match child {
            DocumentChild::Paragraph(p) => {
                self.styles.is_front(p)
                    || p.children.iter().any(|c| match c {
                        ParagraphChild::BookmarkStart(b) => front(&b.name),
                        _ => false,
                    })
            }
            DocumentChild::BookmarkStart(b) => front(&b.name),
            _ => false,
        }
    }

    /// Reads the body, leaving out our front matter: everything from the
    /// first element that marks it to the last (its tables included), or
    /// to where its bookmark ends.
    pub(super) fn body(&mut self, children: &[DocumentChild]) {
        let marked: Vec<usize> = (0..children.len())
            .filter(|&i| self.marks_front(&children[i]))
            .collect();
        // The front matter's first and last element, when it has any.
        let mut front: Option<(usize, usize)> = marked.first().copied().zip(marked.last().copied());
        // The bookmark may reach further than the last marked paragraph.
        if let Some(start) = marked.first() {
            let ids: Vec<usize> = children[*start..]
                .iter()
                .flat_map(bookmark_starts)
                .filter(|(_, name)| name.starts_with(FRONT_BOOKMARK))
                .map(|(id, _)| id)
                .collect();
            if let Some(end) = (*start..children.len())
                .rev()
                .find(|&i| bookmark_ends(&children[i]).iter().any(|e| ids.contains(e)))
            {
                if let Some((_, last)) = front.as_mut() {
                    *last = end.max(*last);
                }
            }
        }
        for (i, child) in children.iter().enumerate() {
            if front.is_some_and(|(a, b)| (a..=b).contains(&i)) {
                continue;
            }
            match child {
                DocumentChild::Paragraph(p) => self.paragraph(p),
                DocumentChild::Table(t) => self.table(t),
                DocumentChild::StructuredDataTag(t) => self.sdt(t),
                DocumentChild::TableOfContents(_) => self.notes.contents = true,
                _ => {}
            }
        }
    }

    fn sdt(&mut self, t: &StructuredDataTag) {
        for child in &t.children {
            match child {
                StructuredDataTagChild::Paragraph(p) => self.paragraph(p),
                StructuredDataTagChild::Table(t) => self.table(t),
                StructuredDataTagChild::StructuredDataTag(t) => self.sdt(t),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: &Paragraph) {
        if self.styles.is_contents(p) {
            self.notes.contents = true;
            return;
        }
        let text = self.paragraph_text(p);
        if text.is_empty() {
            return;
        }
        let piece = if let Some(level) = self.styles.heading(p) {
            if self.styles.list(p).is_some() {
                self.notes.numbered_headings += 1;
            }
            Piece::Heading(level, text)
        } else if let Some(kind) = self.styles.list(p) {
            Piece::Item(kind, text)
        } else {
            Piece::Paragraph(text)
        };
        self.pieces.push(piece);
    }

    /// A paragraph's text as read with tracked changes accepted, spaces
    /// collapsed at the ends.
    fn paragraph_text(&mut self, p: &Paragraph) -> String {
        let mut s = String::new();
        self.children_text(&p.children, &mut s);
        s.trim().to_string()
    }

    fn children_text(&mut self, children: &[ParagraphChild], s: &mut String) {
        for c in children {
            match c {
                ParagraphChild::Run(r) => self.run_text(r, s),
                ParagraphChild::Insert(ins) => {
                    self.notes.insertions += 1;
                    for c in &ins.children {
                        match c {
                            InsertChild::Run(r) => self.run_text(r, s),
                            InsertChild::Delete(_) => self.notes.deletions += 1,
                            _ => {}
                        }
                    }
                }
                ParagraphChild::Delete(_) => self.notes.deletions += 1,
                ParagraphChild::MoveFrom(_) => self.notes.moves += 1,
                ParagraphChild::MoveTo(m) => {
                    for c in &m.children {
                        if let MoveToChild::Run(r) = c {
                            self.run_text(r, s);
                        }
                    }
                }
                ParagraphChild::Hyperlink(h) => self.children_text(&h.children, s),
                ParagraphChild::StructuredDataTag(t) => {
                    for c in &t.children {
                        if let StructuredDataTagChild::Run(r) = c {
                            self.run_text(r, s);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn run_text(&mut self, r: &Run, s: &mut String) {
        for c in &r.children {
            match c {
                RunChild::Text(t) => s.push_str(&t.text),
                RunChild::Tab(_) | RunChild::PTab(_) | RunChild::CarriageReturn(_) => s.push(' '),
                RunChild::Break(b) => {
                    let kind = serde_json::to_value(b)
                        .ok()
                        .and_then(|v| v["breakType"].as_str().map(str::to_string))
                        .unwrap_or_default();
                    if kind != "page" && kind != "column" {
                        s.push(' ');
                    }
                }
                RunChild::Drawing(d) => match &d.data {
                    Some(DrawingData::Pic(_)) => self.notes.images += 1,
                    Some(DrawingData::TextBox(_)) => self.notes.text_boxes += 1,
                    None => {}
                },
                RunChild::Shape(sh) => {
                    if sh.image_data.is_some() {
                        self.notes.images += 1;
                    } else {
                        self.notes.text_boxes += 1;
                    }
                }
                RunChild::FootnoteReference(_) => self.notes.footnotes += 1,
                _ => {}
            }
        }
    }

    fn table(&mut self, t: &Table) {
        let mut rows: Vec<Vec<String>> = Vec::new();
        for TableChild::TableRow(row) in &t.rows {
            if row.property.del.is_some() {
                self.notes.deletions += 1;
                continue;
            }
            if row.property.ins.is_some() {
                self.notes.insertions += 1;
            }
            let mut cells = Vec::new();
            for TableRowChild::TableCell(cell) in &row.cells {
                let (text, span, continued) = self.cell(cell);
                if span > 1 || continued {
                    self.notes.merged_cells += 1;
                }
                cells.push(if continued { String::new() } else { text });
                cells.extend(std::iter::repeat_n(String::new(), span.saturating_sub(1)));
            }
            rows.push(cells);
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 || rows.iter().flatten().all(|c| c.is_empty()) && rows.len() <= 1 {
            return;
        }
        for r in &mut rows {
            r.resize(width, String::new());
        }
        self.pieces.push(Piece::Table(rows));
    }

    /// A cell's text (its paragraphs joined by a space, "|" made full
    /// width), how many grid columns it spans, and whether it continues a
    /// vertical merge.
    fn cell(&mut self, cell: &TableCell) -> (String, usize, bool) {
        let mut parts = Vec::new();
        for c in &cell.children {
            match c {
                TableCellContent::Paragraph(p) => {
                    let t = self.paragraph_text(p);
                    if !t.is_empty() {
                        parts.push(t);
                    }
                }
                TableCellContent::Table(_) => self.notes.nested_tables += 1,
                _ => {}
            }
        }
        let mut text = parts.join(" ");
        let pipes = text.matches('|').count();
        if pipes > 0 {
            self.notes.pipes += pipes;
            text = text.replace('|', "｜");
        }
        let props = serde_json::to_value(&cell.property).unwrap_or_default();
        let span = props["gridSpan"].as_u64().unwrap_or(1).max(1) as usize;
        let continued = props["verticalMerge"].as_str() == Some("continue");
        (text, span, continued)
    }
}

/// The bookmarks (id, name) starting in a body element.
fn bookmark_starts(child: &DocumentChild) -> Vec<(usize, String)> {
    match child {
        DocumentChild::BookmarkStart(b) => vec![(b.id, b.name.clone())],
        DocumentChild::Paragraph(p) => p
            .children
            .iter()
            .filter_map(|c| match c {
                ParagraphChild::BookmarkStart(b) => Some((b.id, b.name.clone())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The bookmark ids ending in a body element.
fn bookmark_ends(child: &DocumentChild) -> Vec<usize> {
    match child {
        DocumentChild::BookmarkEnd(b) => vec![b.id],
        DocumentChild::Paragraph(p) => p
            .children
            .iter()
            .filter_map(|c| match c {
                ParagraphChild::BookmarkEnd(b) => Some(b.id),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}
