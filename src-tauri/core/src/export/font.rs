//! The one font of every export: Noto Sans SC Regular, compiled into the
//! binary so nothing is read from the system at run time. Widths come from
//! the font's own `hmtx` advances, the same numbers the PDF's `/W` array
//! carries, so what we measure is what a viewer draws.

use std::sync::OnceLock;

use printpdf::ParsedFont;

/// The font file (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub(crate) const FONT_BYTES: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansSC-Regular.otf");

/// The parsed font with its units per em.
pub(crate) struct Font {
    pub(crate) parsed: ParsedFont,
    units_per_em: f32,
}

/// Parsed once per process (a few milliseconds), then shared.
pub(crate) fn font() -> &'static Font {
    static FONT: OnceLock<Font> = OnceLock::new();
    FONT.get_or_init(|| {
        let parsed = ParsedFont::from_bytes(FONT_BYTES, 0, &mut Vec::new())
            .expect("the bundled Noto Sans SC font parses");
        let upm = parsed.font_metrics.units_per_em;
        Font {
            parsed,
            units_per_em: if upm == 0 { 1000.0 } else { f32::from(upm) },
        }
    })
}

impl Font {
    /// Whether the font has a glyph for `c`.
    pub(crate) fn has(&self, c: char) -> bool {
        self.parsed.lookup_glyph_index(c as u32).is_some()
    }

    /// The advance of `c` in em (1.0 = the font size). A character without a
    /// glyph measures as one em: such text is refused before drawing anyway.
    pub(crate) fn advance_em(&self, c: char) -> f32 {
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(gid) => f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em,
            None => 1.0,
        }
    }

    /// The width of `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance_em(c)).sum::<f32>() * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_cjk_as_one_em_and_latin_narrower() {
        let f = font();
        assert!((f.width("中文", 10.0) - 20.0).abs() < 0.01);
        assert!(f.width("il", 10.0) < 10.0);
        assert!(f.has('，') && f.has('A') && f.has(' '));
        assert!(!f.has('\u{20000}'));
        assert!(!f.has('\u{E000}'));
    }
}
