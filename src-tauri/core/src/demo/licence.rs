//! The demo enterprise's business licence scan: a small picture drawn here
//! (a red double frame, the emblem, lines of text and the QR code), the same
//! bytes every time, so its row in the project and its content in any
//! attachment store ([`store_files`]) always match.

use crate::attachments::{AttachmentStore, StoredFile};
use crate::error::{CoreError, Result};
use crate::Project;

use super::people::Lcg;

pub const LICENCE_FILE: &str = "营业执照（演示）.png";

const W: u32 = 480;
const H: u32 = 340;

/// The licence picture as PNG bytes.
pub fn licence_png() -> Vec<u8> {
    let red = [178, 34, 34];
    let ink = [90, 90, 90];
    let mut px = vec![[250u8, 246, 236]; (W * H) as usize];
    let mut fill = |x0: u32, y0: u32, x1: u32, y1: u32, c: [u8; 3]| {
        for y in y0..y1.min(H) {
            for x in x0..x1.min(W) {
                px[(y * W + x) as usize] = c;
            }
        }
    };
    // The double frame.
    for (m, t) in [(8, 6), (20, 2)] {
        fill(m, m, W - m, m + t, red);
        fill(m, H - m - t, W - m, H - m, red);
        fill(m, m, m + t, H - m, red);
        fill(W - m - t, m, W - m, H - m, red);
    }
    // The emblem and the title.
    fill(W / 2 - 18, 36, W / 2 + 18, 72, red);
    fill(W / 2 - 80, 84, W / 2 + 80, 98, [40, 40, 40]);
    // Lines of text: name, type, legal representative, capital, dates, scope.
    for (i, len) in [260u32, 200, 150, 180, 220, 240, 120].iter().enumerate() {
        let y = 122 + i as u32 * 24;
        fill(48, y, 48 + 60, y + 8, ink);
        fill(122, y, 122 + len, y + 8, [120, 120, 120]);
    }
    // The QR code: a fixed pattern of black cells.
    let mut rng = Lcg(91_610_131);
    for cy in 0..21 {
        for cx in 0..21 {
            if rng.next(2) == 0 {
                fill(
                    370 + cx * 4,
                    222 + cy * 4,
                    374 + cx * 4,
                    226 + cy * 4,
                    [20, 20, 20],
                );
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut e = png::Encoder::new(&mut out, W, H);
        e.set_color(png::ColorType::Rgb);
        e.set_depth(png::BitDepth::Eight);
        let mut w = e.write_header().expect("an in-memory PNG header");
        w.write_image_data(&px.concat())
            .expect("in-memory PNG data");
    }
    out
}

/// Attaches the licence scan to the project (its row; the content goes to
/// a store with [`store_files`]).
pub(super) fn attach(project: &mut Project) -> Result<i64> {
    let f = StoredFile::describe(LICENCE_FILE, &licence_png())
        .ok_or_else(|| CoreError::storage("演示营业执照图片无法识别"))?;
    Ok(project.record_file(&f)?.id)
}

/// Puts the demo's pictures into `store`, so that exports and previews find
/// them on this computer (the CLI's `demo` does this for its data directory).
pub fn store_files(store: &AttachmentStore) -> Result<()> {
    store.put_bytes(LICENCE_FILE, &licence_png())?;
    Ok(())
}
