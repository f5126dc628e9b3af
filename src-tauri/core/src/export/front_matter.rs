//! What the front of a volume is drawn with (the 文件汇编 and the
//! application PDF): the cover's styles and its key-value block, and the
//! leader dots and page number that end a line of the contents.

use std::sync::Arc;

use super::font::font;
use super::layout::{baseline, Composer, TextStyle};
use super::page::{Geometry, Item, Page, A4, MM};
use super::table::Table;
use crate::picture::Picture;

/// The largest box a logo is drawn in.
const LOGO_W: f32 = 60.0 * MM;
const LOGO_H: f32 = 24.0 * MM;
/// A seal's printed width (official round seals are 38–42 mm).
const SEAL_W: f32 = 40.0 * MM;

/// Skips `band` points from the current position (also at the top of the
/// page, where `space` would not), with the logo, if any, centred in it.
pub(crate) fn logo_band(c: &mut Composer, logo: Option<&Arc<Picture>>, band: f32) {
    if let Some(p) = logo {
        let (w, h) = p.fit(LOGO_W, LOGO_H.min(band - 8.0 * MM));
        c.push(Item::Image {
            x: (A4.x0() + A4.x1() - w) / 2.0,
            y: c.y - (band + h) / 2.0,
            w,
            h,
            picture: p.clone(),
            over_text: false,
        });
    }
    c.y -= band.min(c.room());
}

/// A cover or contents title style: `size` pt with a 1.7 leading.
pub(crate) fn cover_style(size: f32, bold: bool, grey: f32) -> TextStyle {
    TextStyle {
        size,
        leading: size * 1.7,
        bold,
        grey,
    }
}

/// Finishes the cover `c` with a label/value table of `rows` below what it
/// holds, indented by `margin` on both sides, its columns split by `shares`;
/// a `seal` is stamped over the value of the last row (the date), as a
/// seal is stamped over the date of a signed paper.
pub(crate) fn finish_cover(
    c: Composer,
    margin: f32,
    rows: Vec<Vec<String>>,
    shares: Vec<f32>,
    seal: Option<&Arc<Picture>>,
) -> Vec<Page> {
    let block = Geometry {
        left: A4.left + margin,
        right: A4.right + margin,
        ..A4
    };
    let label_share = shares[0];
    let mut inner = Composer::new(block);
    inner.y = c.y;
    inner.table(&Table {
        header: Vec::new(),
        rows,
        label_columns: vec![0],
        shares: Some(shares),
    });
    if let Some(p) = seal {
        let width = block.text_width();
        let value_x = block.x0() + width * label_share;
        let (w, h) = p.fit(SEAL_W, SEAL_W);
        let last_row_mid = inner.y - 1.5 * MM;
        inner.push(Item::Image {
            x: value_x + (width * (1.0 - label_share) - w) * 0.4,
            y: last_row_mid - h / 2.0,
            w,
            h,
            picture: p.clone(),
            over_text: true,
        });
    }
    let mut pages = c.finish();
    pages[0]
        .items
        .extend(inner.finish().into_iter().flat_map(|p| p.items));
    pages
}

/// The leader dots from `after_x` and the page `number`, flush right, on
/// the contents line whose box starts at `top` (in the size of `st`).
pub(crate) fn leader_and_number(
    c: &mut Composer,
    after_x: f32,
    top: f32,
    number: &str,
    st: &TextStyle,
) {
    let f = font();
    let size = st.size;
    let number_w = f.width(number, size);
    let dots_from = after_x + 0.5 * size;
    let dots_to = A4.x1() - number_w - 0.5 * size;
    let dot_w = f.width(".", size) * 1.6;
    let n = ((dots_to - dots_from) / dot_w).floor().max(0.0) as usize;
    if n > 0 {
        c.push(Item::Text {
            x: dots_to - n as f32 * dot_w,
            y: baseline(top, st),
            size,
            text: ".".repeat(n),
            bold: false,
            grey: 0.4,
            spacing: dot_w - f.width(".", size),
        });
    }
    c.push(Item::Text {
        x: A4.x1() - number_w,
        y: baseline(top, st),
        size,
        text: number.to_string(),
        bold: false,
        grey: 0.0,
        spacing: 0.0,
    });
}
