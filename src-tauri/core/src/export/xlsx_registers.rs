//! The registers (人员及角色登记表, 培训登记表, 不符合项及纠正措施登记表) as
//! Excel workbooks, one each, with what their PDFs and Word files show:
//! title and enterprise on top, then each table with a bold header row,
//! filters and frozen headers, so that the IP manager can sort and count.

use std::path::Path;

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::error::{CoreError, Result};
use crate::export::package::{register_contents, write_registers_to_dir, Part, RegisterContent};
use crate::export::Register;
use crate::Project;

fn err(e: XlsxError) -> CoreError {
    CoreError::storage(format!("无法生成 Excel 登记表：{e}"))
}

/// The three registers of the project, each as an .xlsx workbook.
pub fn register_xlsxs(project: &Project) -> Result<Vec<Register>> {
    register_contents(project)?
        .into_iter()
        .map(|r| {
            Ok(Register {
                title: r.title.to_string(),
                bytes: register_xlsx(&r)?,
            })
        })
        .collect()
}

/// The three registers written into `dir` (created if missing) as
/// "<title>.xlsx"; the paths written.
pub fn registers_xlsx_to_dir(project: &Project, dir: &Path) -> Result<Vec<String>> {
    write_registers_to_dir(dir, register_xlsxs(project)?, "xlsx")
}

/// Display width of a cell in Excel's character units (a Chinese character
/// is two).
fn width(s: &str) -> f64 {
    s.lines()
        .map(|l| {
            l.chars()
                .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

fn register_xlsx(r: &RegisterContent) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    // A sheet name is at most 31 characters and the titles are shorter.
    ws.set_name(r.title).map_err(err)?;
    // Printed: A4 landscape, all columns on one page wide.
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    let title = Format::new().set_bold().set_font_size(14);
    let note = Format::new().set_font_color("#595959");
    let heading = Format::new().set_bold().set_font_size(12);
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDEBF7")
        .set_border(rust_xlsxwriter::FormatBorder::Thin)
        .set_align(FormatAlign::Center);
    let cell = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(rust_xlsxwriter::FormatBorder::Thin);

    ws.write_string_with_format(0, 0, r.title, &title)
        .map_err(err)?;
    ws.write_string_with_format(1, 0, &r.subtitle, &note)
        .map_err(err)?;
    let mut row: u32 = 3;
    let mut widths: Vec<f64> = Vec::new();
    // Table rows and their cells: their heights follow the final widths.
    let mut written: Vec<(u32, &[String])> = Vec::new();
    let mut first_table = true;
    for part in &r.parts {
        match part {
            Part::Heading(h) => {
                ws.write_string_with_format(row, 0, h, &heading)
                    .map_err(err)?;
                row += 1;
            }
            Part::Paragraph(p) | Part::Note(p) => {
                ws.write_string_with_format(row, 0, p, &note).map_err(err)?;
                row += 1;
            }
            Part::Table(t) => {
                let top = row;
                if !t.header.is_empty() {
                    write_row(ws, row, &t.header, &head, &mut widths)?;
                    row += 1;
                }
                for cells in &t.rows {
                    write_row(ws, row, cells, &cell, &mut widths)?;
                    written.push((row, cells));
                    row += 1;
                }
                let columns = t
                    .header
                    .len()
                    .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
                if first_table && !t.header.is_empty() && columns > 0 {
                    // The first table's header stays on screen and filters.
                    ws.set_freeze_panes(top + 1, 0).map_err(err)?;
                    ws.autofilter(top, 0, row.saturating_sub(1), columns as u16 - 1)
                        .map_err(err)?;
                    first_table = false;
                }
                row += 1;
            }
        }
    }
    let widths: Vec<f64> = widths.iter().map(|w| w.clamp(6.0, 50.0) + 2.0).collect();
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(err)?;
    }
    // Readers do not all grow a row to its wrapped text (LibreOffice does
    // not): each row gets the height of its tallest cell.
    for (r, cells) in written {
        let lines = cells
            .iter()
            .zip(&widths)
            .map(|(v, w)| {
                v.lines()
                    .map(|l| (width(l) / (w - 1.0)).ceil().max(1.0))
                    .sum::<f64>()
            })
            .fold(1.0, f64::max);
        if lines > 1.0 {
            ws.set_row_height(r, 15.0 * lines).map_err(err)?;
        }
    }
    wb.save_to_buffer().map_err(err)
}

fn write_row(
    ws: &mut Worksheet,
    row: u32,
    cells: &[String],
    format: &Format,
    widths: &mut Vec<f64>,
) -> Result<()> {
    for (c, v) in cells.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, v, format)
            .map_err(err)?;
        if widths.len() <= c {
            widths.resize(c + 1, 0.0);
        }
        widths[c] = widths[c].max(width(v));
    }
    Ok(())
}
