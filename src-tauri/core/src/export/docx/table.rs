//! Tables as Word tables: single borders, a shaded bold header row that
//! repeats on every page the table runs onto, label columns shaded like a
//! cover block, and the PDF's column widths. A line feed in a cell is a line
//! break.

use docx_rs::{
    AlignmentType, BorderType, BreakType, Paragraph, Run, Shading, ShdType, Table,
    TableAlignmentType, TableBorder, TableBorderPosition, TableBorders, TableCell, TableLayoutType,
    TableRow, VAlignType, WidthType,
};

use super::page::text_width;
use super::styles::TABLE_TEXT;
use crate::export::table::{column_widths, Table as Grid};

const SHADE: &str = "E6E6E6";

/// Column widths in twips summing to about `total`: the PDF's widths (its
/// shares, or the content-based widths) for a table that wide.
fn columns(t: &Grid, n: usize, total: u32) -> Vec<usize> {
    let points = total as f32 / 20.0;
    let mut widths: Vec<usize> = column_widths(t, points)
        .iter()
        .map(|w| (w * 20.0).floor() as usize)
        .collect();
    widths.resize(n, 0);
    widths
}

/// A cell's paragraph: its lines joined by line breaks.
pub(super) fn cell_paragraph(text: &str, bold: bool, centred: bool) -> Paragraph {
    let mut p = Paragraph::new().style(TABLE_TEXT);
    if centred {
        p = p.align(AlignmentType::Center);
    }
    for (i, line) in text.split('\n').enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
        if bold {
            run = run.bold();
        }
        p = p.add_run(run);
    }
    p
}

fn cell(text: &str, width: usize, shaded: bool) -> TableCell {
    let mut c = TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(cell_paragraph(text, shaded, shaded));
    if shaded {
        c = c.shading(
            Shading::new()
                .shd_type(ShdType::Clear)
                .color("auto")
                .fill(SHADE),
        );
    }
    c
}

fn borders() -> TableBorders {
    let mut b = TableBorders::new();
    for pos in [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ] {
        b = b.set(
            TableBorder::new(pos)
                .border_type(BorderType::Single)
                .size(4)
                .color("000000"),
        );
    }
    b
}

/// The Word table of `t`, as wide as the text.
pub(super) fn table(t: &Grid) -> Table {
    table_of_width(t, text_width())
}

/// The Word table of `t`, `width` twips wide and centred.
pub(super) fn table_of_width(t: &Grid, width: u32) -> Table {
    let n = t
        .rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(t.header.len()))
        .max()
        .unwrap_or(0)
        .max(1);
    let widths = columns(t, n, width);
    let row = |cells: &[String], header: bool| {
        let cells = (0..n)
            .map(|i| {
                let text = cells.get(i).map(String::as_str).unwrap_or("");
                cell(text, widths[i], header || t.label_columns.contains(&i))
            })
            .collect();
        TableRow::new(cells)
    };
    let mut rows = Vec::new();
    if !t.header.is_empty() {
        // Marked "repeat as header row" when the file is finished (patch.rs).
        rows.push(row(&t.header, true).cant_split());
    }
    rows.extend(t.rows.iter().map(|r| row(r, false)));
    Table::new(rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .align(TableAlignmentType::Center)
        .set_borders(borders())
}
