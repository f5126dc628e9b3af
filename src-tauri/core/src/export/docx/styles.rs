//! The Word styles of an exported file: body text, headings 1-3 (Word's
//! built-in names, so the navigation pane and a table of contents see
//! them), table text, notes, the document title the volume's contents
//! list, and the front matter's style. Chinese text in 宋体 and headings in
//! 黑体; Latin text in Times New Roman and Arial.

use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, RunFonts, SpecialIndentType, Style,
    StyleType,
};

use super::marks::{FRONT_STYLE, FRONT_STYLE_NAME};

/// Sizes in half-points: 五号 (10.5 pt) body, 小五 (9 pt) tables and notes.
pub(super) const BODY_SIZE: usize = 21;
pub(super) const SMALL_SIZE: usize = 18;

pub(super) const BODY: &str = "BodyText";
pub(super) const LIST: &str = "ListParagraph";
pub(super) const TABLE_TEXT: &str = "GuanbiaoTableText";
pub(super) const NOTE: &str = "GuanbiaoNote";
/// A document's title in the volume: the only level the contents list.
pub(super) const DOC_TITLE: &str = "GuanbiaoDocTitle";

/// The style id of a heading level (1-3).
pub(super) fn heading(level: u8) -> &'static str {
    match level {
        1 => "Heading1",
        2 => "Heading2",
        _ => "Heading3",
    }
}

pub(super) fn song() -> RunFonts {
    RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .east_asia("宋体")
}

pub(super) fn hei() -> RunFonts {
    RunFonts::new()
        .ascii("Arial")
        .hi_ansi("Arial")
        .east_asia("黑体")
}

/// Line spacing in 240ths of a line, with space before and after in twips.
fn spacing(line: i32, before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Auto)
        .line(line)
        .before(before)
        .after(after)
}

fn paragraph_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
}

/// Adds the defaults and every style to `docx`.
pub(super) fn add(docx: Docx) -> Docx {
    let mut docx = docx
        .default_fonts(song())
        .default_size(BODY_SIZE)
        .add_style(
            paragraph_style(BODY, "Body Text")
                .line_spacing(spacing(360, 0, 0))
                // Two characters of 10.5 pt.
                .indent(None, Some(SpecialIndentType::FirstLine(420)), None, None)
                .first_line_chars(200)
                .align(AlignmentType::Both),
        )
        .add_style(
            paragraph_style(LIST, "List Paragraph")
                .line_spacing(spacing(360, 0, 0))
                .align(AlignmentType::Both),
        )
        .add_style(
            paragraph_style(TABLE_TEXT, "表格文字")
                .size(SMALL_SIZE)
                .line_spacing(spacing(240, 0, 0)),
        )
        .add_style(
            paragraph_style(NOTE, "注释")
                .size(SMALL_SIZE)
                .color("4D4D4D")
                .line_spacing(spacing(240, 60, 60)),
        )
        .add_style(
            paragraph_style(FRONT_STYLE, FRONT_STYLE_NAME)
                .align(AlignmentType::Center)
                .line_spacing(spacing(240, 0, 0)),
        );
    let mut title = paragraph_style(DOC_TITLE, "文件标题")
        .fonts(hei())
        .size(32)
        .bold()
        .align(AlignmentType::Center)
        .line_spacing(spacing(240, 0, 120))
        .outline_lvl(0);
    title.paragraph_property = title.paragraph_property.keep_next(true);
    docx = docx.add_style(title);
    for (level, size, before, after) in [(1u8, 30, 240, 120), (2, 28, 180, 90), (3, 24, 120, 60)] {
        let mut s = paragraph_style(heading(level), &format!("heading {level}"))
            .next(BODY)
            .fonts(hei())
            .size(size)
            .bold()
            .line_spacing(spacing(240, before, after))
            .outline_lvl(usize::from(level) - 1);
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        docx = docx.add_style(s);
    }
    docx
}
