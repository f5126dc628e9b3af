//! The A4 page of an exported file (the PDF's margins) and its running
//! head and footer: the enterprise on the left and the document's code,
//! version and 受控状态 on the right above a rule; "第 X 页 共 Y 页" below,
//! with PAGE and NUMPAGES fields Word and WPS keep up to date.

use docx_rs::{
    AlignmentType, BorderType, FieldCharType, Footer, Header, InstrNUMPAGES, InstrPAGE, InstrText,
    PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, Run, Tab, TabValueType,
};

use super::styles::SMALL_SIZE;
use crate::export::decor::RunningHead;

/// Twips (1/20 pt) in a millimetre.
pub(super) const TWIPS_PER_MM: f32 = 56.692_9;

pub(super) fn mm(v: f32) -> u32 {
    (v * TWIPS_PER_MM).round() as u32
}

pub(super) const A4_WIDTH: u32 = 11_906;
pub(super) const A4_HEIGHT: u32 = 16_838;
const LEFT_MM: f32 = 25.0;
const RIGHT_MM: f32 = 20.0;

/// The width of the text block in twips.
pub(super) fn text_width() -> u32 {
    A4_WIDTH - mm(LEFT_MM) - mm(RIGHT_MM)
}

pub(super) fn margins() -> PageMargin {
    PageMargin::new()
        .top(mm(25.0) as i32)
        .bottom(mm(20.0) as i32)
        .left(mm(LEFT_MM) as i32)
        .right(mm(RIGHT_MM) as i32)
        .header(mm(12.0) as i32)
        .footer(mm(9.0) as i32)
        .gutter(0)
}

fn small(text: &str) -> Run {
    Run::new().add_text(text).size(SMALL_SIZE).color("4D4D4D")
}

pub(super) fn header(head: &RunningHead) -> Header {
    let line = Paragraph::new()
        .add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .pos(text_width() as usize),
        )
        .add_run(small(&head.left))
        .add_run(small("").add_tab())
        .add_run(small(&head.right));
    let line = Paragraph {
        property: line.property.set_border(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(4)
                .space(1)
                .color("808080"),
        ),
        ..line
    };
    Header::new().add_paragraph(line)
}

/// A field (PAGE, NUMPAGES) in the footer's type, showing `shown` until
/// the reader updates it.
fn field(instr: InstrText, shown: &str) -> Run {
    Run::new()
        .size(SMALL_SIZE)
        .color("4D4D4D")
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(instr)
        .add_field_char(FieldCharType::Separate, false)
        .add_text(shown)
        .add_field_char(FieldCharType::End, false)
}

pub(super) fn footer() -> Footer {
    let p = Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(small("第 "))
        .add_run(field(InstrText::PAGE(InstrPAGE::new()), "1"))
        .add_run(small(" 页 共 "))
        .add_run(field(InstrText::NUMPAGES(InstrNUMPAGES::new()), "1"))
        .add_run(small(" 页"));
    Footer::new().add_paragraph(p)
}
