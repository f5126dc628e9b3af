//! What every page carries once the page count is known: the running head
//! (enterprise name; document code, version and 受控状态), the footer
//! "第 x 页 共 y 页", and a watermark under the text of a document that is
//! not in force.

use super::font::font;
use super::page::{Geometry, Item, Page, MM};

const HEAD_SIZE: f32 = 8.5;
const FOOT_SIZE: f32 = 9.0;
const HEAD_GREY: f32 = 0.25;
const WATERMARK_SIZE: f32 = 150.0;
const WATERMARK_GREY: f32 = 0.86;

/// The running head: left and right parts.
#[derive(Debug, Clone, Default)]
pub(crate) struct RunningHead {
    pub left: String,
    pub right: String,
}

/// Adds head (`head(page index)`), footer and watermark to every page. The watermark goes first
/// so that everything else is drawn over it.
pub(crate) fn decorate(
    pages: &mut [Page],
    geo: &Geometry,
    head: impl Fn(usize) -> RunningHead,
    watermark: Option<&str>,
) {
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let mut items = Vec::new();
        if let Some(mark) = watermark {
            items.push(watermark_item(geo, mark));
        }
        items.extend(head_items(geo, &head(i)));
        items.push(footer_item(geo, i + 1, total));
        items.append(&mut page.items);
        page.items = items;
    }
}

fn text(x: f32, y: f32, size: f32, text: String, grey: f32) -> Item {
    Item::Text {
        x,
        y,
        size,
        text,
        bold: false,
        grey,
        spacing: 0.0,
    }
}

fn head_items(geo: &Geometry, head: &RunningHead) -> Vec<Item> {
    let f = font();
    let baseline = geo.height - 15.0 * MM;
    let rule_y = baseline - 4.0;
    let right_w = f.width(&head.right, HEAD_SIZE);
    vec![
        text(geo.x0(), baseline, HEAD_SIZE, head.left.clone(), HEAD_GREY),
        text(
            geo.x1() - right_w,
            baseline,
            HEAD_SIZE,
            head.right.clone(),
            HEAD_GREY,
        ),
        Item::Line {
            x1: geo.x0(),
            y1: rule_y,
            x2: geo.x1(),
            y2: rule_y,
            width: 0.5,
            grey: HEAD_GREY,
        },
    ]
}

fn footer_item(geo: &Geometry, page: usize, total: usize) -> Item {
    let label = format!("第 {page} 页 共 {total} 页");
    let w = font().width(&label, FOOT_SIZE);
    text(
        geo.x0() + (geo.text_width() - w) / 2.0,
        11.0 * MM,
        FOOT_SIZE,
        label,
        HEAD_GREY,
    )
}

/// The mark centred on the page, rising at 45°.
fn watermark_item(geo: &Geometry, mark: &str) -> Item {
    let w = font().width(mark, WATERMARK_SIZE);
    let (s, c) = 45f32.to_radians().sin_cos();
    // Start so that the middle of the text (half its width along the
    // baseline, 0.38 em above it) lands on the page centre.
    let (cx, cy) = (geo.width / 2.0, geo.height / 2.0);
    let (along, up) = (w / 2.0, 0.38 * WATERMARK_SIZE);
    Item::Rotated {
        x: cx - along * c + up * s,
        y: cy - along * s - up * c,
        size: WATERMARK_SIZE,
        angle: 45.0,
        text: mark.to_string(),
        grey: WATERMARK_GREY,
    }
}
