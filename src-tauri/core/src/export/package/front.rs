//! The cover and the table of contents of the application PDF.

use super::data::{day, Data};
use super::PACKAGE_TITLE;
use crate::export::front_matter::{cover_style, finish_cover, leader_and_number, logo_band};
use crate::export::layout::{Align, Composer, TextStyle, BODY_LEADING};
use crate::export::linebreak::break_lines;
use crate::export::page::{Page, A4, MM};

pub(crate) fn cover(d: &Data) -> Vec<Page> {
    let p = &d.profile;
    let mut c = Composer::new(A4);
    c.anchor(1, "封面");
    logo_band(&mut c, d.art.logo.as_ref(), 40.0 * MM);
    // Without a program the cover names none (the summary says so).
    if !d.program.is_none() {
        c.centered(&d.program.name, &cover_style(13.0, false, 0.3));
    }
    c.space(10.0 * MM);
    c.centered(PACKAGE_TITLE, &cover_style(26.0, true, 0.0));
    c.space(4.0 * MM);
    c.centered(
        &format!("（{}）", d.path_name()),
        &cover_style(15.0, false, 0.0),
    );
    c.space(6.0 * MM);
    c.centered(
        &format!("依据 {}《{}》", p.standard_edition, d.standard.name),
        &cover_style(11.0, false, 0.3),
    );
    c.space(36.0 * MM);
    let unit = if d.art.seal.is_some() {
        "申报单位（盖章）"
    } else {
        "申报单位"
    };
    let mut rows = vec![
        vec![unit.to_string(), p.name.clone()],
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
    finish_cover(c, 30.0 * MM, rows, vec![0.34, 0.66], d.art.seal.as_ref())
}

/// The contents: every section and sub-section of `body`, numbered as if
/// the body started at 0-based page `offset`.
pub(crate) fn contents(body: &[Page], offset: usize) -> Vec<Page> {
    let mut c = Composer::new(A4);
    c.anchor(1, "目录");
    c.centered("目　录", &cover_style(18.0, true, 0.0));
    c.space(4.0 * MM);
    for (i, page) in body.iter().enumerate() {
        for a in page.anchors.iter().filter(|a| a.level <= 2) {
            entry(&mut c, a.level, &a.title, offset + i + 1);
        }
    }
    c.finish()
}

fn entry(c: &mut Composer, level: u8, title: &str, page_no: usize) {
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
    let w = A4.x1() - x - 4.0 * size;
    let lines = break_lines(title, w, w, size);
    c.ensure(BODY_LEADING * lines.len() as f32);
    for (i, line) in lines.iter().enumerate() {
        let top = c.y;
        let item = crate::export::layout::line_item(line, x, top, w, Align::Left, &st);
        c.push(item);
        if i + 1 == lines.len() {
            leader_and_number(c, x + line.width, top, &page_no.to_string(), &st);
        }
        c.y -= BODY_LEADING;
    }
}
