//! The cover and the table of contents of the application PDF.

use super::data::{day, Data};
use super::PACKAGE_TITLE;
use crate::export::font::font;
use crate::export::layout::{baseline, Align, Composer, TextStyle, BODY_LEADING};
use crate::export::linebreak::break_lines;
use crate::export::page::{Geometry, Item, Page, A4, MM};
use crate::export::table::Table;

fn style(size: f32, bold: bool, grey: f32) -> TextStyle {
    TextStyle {
        size,
        leading: size * 1.7,
        bold,
        grey,
    }
}

pub(crate) fn cover(d: &Data) -> Vec<Page> {
    let p = &d.profile;
    let mut c = Composer::new(A4);
    c.anchor(1, "封面");
    c.space(40.0 * MM);
    c.centered(&d.program.name, &style(13.0, false, 0.3));
    c.space(10.0 * MM);
    c.centered(PACKAGE_TITLE, &style(26.0, true, 0.0));
    c.space(4.0 * MM);
    c.centered(&format!("（{}）", d.path_name()), &style(15.0, false, 0.0));
    c.space(6.0 * MM);
    c.centered(
        &format!("依据 {}《{}》", p.standard_edition, d.standard.name),
        &style(11.0, false, 0.3),
    );
    c.space(36.0 * MM);
    let mut rows = vec![
        vec!["申报单位".to_string(), p.name.clone()],
        vec!["统一社会信用代码".into(), p.credit_code.clone()],
        vec!["法定代表人".into(), p.legal_representative.clone()],
        vec![
            "联系人及电话".into(),
            format!("{}  {}", p.contact_person, p.contact_phone),
        ],
    ];
    if let Some(b) = &d.body {
        rows.push(vec!["认证机构".into(), b.name.clone()]);
    }
    rows.push(vec!["编制日期".into(), day(d.today)]);
    let margin = 30.0 * MM;
    let mut inner = Composer::new(Geometry {
        left: A4.left + margin,
        right: A4.right + margin,
        ..A4
    });
    inner.y = c.y;
    inner.table(&Table {
        header: Vec::new(),
        rows,
        label_columns: vec![0],
        shares: Some(vec![0.34, 0.66]),
    });
    let mut pages = c.finish();
    pages[0]
        .items
        .extend(inner.finish().into_iter().flat_map(|p| p.items));
    pages
}

/// The contents: every section and sub-section of `body`, numbered as if
/// the body started at 0-based page `offset`.
pub(crate) fn contents(body: &[Page], offset: usize) -> Vec<Page> {
    let mut c = Composer::new(A4);
    c.anchor(1, "目录");
    c.centered("目　录", &style(18.0, true, 0.0));
    c.space(4.0 * MM);
    for (i, page) in body.iter().enumerate() {
        for a in page.anchors.iter().filter(|a| a.level <= 2) {
            entry(&mut c, a.level, &a.title, offset + i + 1);
        }
    }
    c.finish()
}

fn entry(c: &mut Composer, level: u8, title: &str, page_no: usize) {
    let f = font();
    let size = if level == 1 { 11.0 } else { 10.5 };
    let st = TextStyle {
        size,
        leading: BODY_LEADING,
        bold: level == 1,
        grey: 0.0,
    };
    if level == 1 {
        c.space(4.0);
    }
    let x = A4.x0() + if level == 1 { 0.0 } else { 2.0 * size };
    let number = page_no.to_string();
    let number_w = f.width(&number, size);
    let w = A4.x1() - x - 4.0 * size;
    let lines = break_lines(title, w, w, size);
    c.ensure(BODY_LEADING * lines.len() as f32);
    for (i, line) in lines.iter().enumerate() {
        let top = c.y;
        let item = crate::export::layout::line_item(line, x, top, w, Align::Left, &st);
        c.push(item);
        if i + 1 == lines.len() {
            let dots_from = x + line.width + 0.5 * size;
            let dots_to = A4.x1() - number_w - 0.5 * size;
            let dot_w = f.width(".", size) * 1.6;
            let n = ((dots_to - dots_from) / dot_w).floor().max(0.0) as usize;
            if n > 0 {
                c.push(Item::Text {
                    x: dots_to - n as f32 * dot_w,
                    y: baseline(top, &st),
                    size,
                    text: ".".repeat(n),
                    bold: false,
                    grey: 0.4,
                    spacing: dot_w - f.width(".", size),
                });
            }
            c.push(Item::Text {
                x: A4.x1() - number_w,
                y: baseline(top, &st),
                size,
                text: number.clone(),
                bold: false,
                grey: 0.0,
                spacing: 0.0,
            });
        }
        c.y -= BODY_LEADING;
    }
}
