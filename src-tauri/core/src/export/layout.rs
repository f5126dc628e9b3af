//! The flow: text blocks placed top to bottom on A4 pages, breaking pages
//! where a line no longer fits. Headings keep with what follows, paragraphs
//! get a two-character first-line indent and are justified, lists hang
//! their labels. Tables are in `table.rs`.

use super::font::font;
use super::linebreak::{break_lines, Line};
use super::page::{Anchor, Geometry, Item, Page};

/// Body text: 五号 (10.5 pt).
pub(crate) const BODY_SIZE: f32 = 10.5;
pub(crate) const BODY_LEADING: f32 = 19.0;
/// Headings, levels 1 to 3: size, space before, space after.
const HEADINGS: [(f32, f32, f32); 3] = [(14.0, 12.0, 5.0), (12.0, 8.0, 3.0), (11.0, 6.0, 2.0)];
/// Justify only while the added spacing stays below this share of the size.
const MAX_JUSTIFY: f32 = 0.12;

pub(crate) struct Composer {
    pub(crate) geo: Geometry,
    pub(crate) pages: Vec<Page>,
    /// Top of the next line box on the current page.
    pub(crate) y: f32,
    /// Added to heading levels in bookmarks (a document inside a volume
    /// nests under its own entry).
    pub(crate) level_offset: u8,
}

/// Where a text line goes: left edge, width to fill and alignment.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Align {
    Left,
    Center,
    Justify,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct TextStyle {
    pub size: f32,
    pub leading: f32,
    pub bold: bool,
    pub grey: f32,
}

pub(crate) const BODY: TextStyle = TextStyle {
    size: BODY_SIZE,
    leading: BODY_LEADING,
    bold: false,
    grey: 0.0,
};

/// The baseline of a line whose box starts at `top`: the ideographic em box
/// (0.88 above, 0.12 below the baseline) centred in the box.
pub(crate) fn baseline(top: f32, style: &TextStyle) -> f32 {
    top - style.leading / 2.0 - 0.38 * style.size
}

/// The item drawing one line at (`x`, `top`) in a box `width` wide.
pub(crate) fn line_item(
    line: &Line,
    x: f32,
    top: f32,
    width: f32,
    align: Align,
    style: &TextStyle,
) -> Item {
    let (x, spacing) = match align {
        Align::Left => (x, 0.0),
        Align::Center => (x + ((width - line.width) / 2.0).max(0.0), 0.0),
        Align::Justify => {
            let gaps = line.text.chars().count().saturating_sub(1) as f32;
            let extra = width - line.width;
            if line.last || gaps == 0.0 || extra <= 0.0 || extra / gaps > MAX_JUSTIFY * style.size {
                (x, 0.0)
            } else {
                (x, extra / gaps)
            }
        }
    };
    Item::Text {
        x,
        y: baseline(top, style),
        size: style.size,
        text: line.text.clone(),
        bold: style.bold,
        grey: style.grey,
        spacing,
    }
}

impl Composer {
    pub(crate) fn new(geo: Geometry) -> Self {
        Composer {
            geo,
            pages: vec![Page::default()],
            y: geo.y_top(),
            level_offset: 0,
        }
    }

    pub(crate) fn at_top(&self) -> bool {
        self.y >= self.geo.y_top()
    }

    pub(crate) fn room(&self) -> f32 {
        self.y - self.geo.y_bottom()
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.geo.y_top();
    }

    /// Starts a new page unless `height` still fits (or the page is empty).
    pub(crate) fn ensure(&mut self, height: f32) {
        if height > self.room() + 0.01 && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub(crate) fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y -= height.min(self.room());
        }
    }

    /// A bookmark target at the current position.
    pub(crate) fn anchor(&mut self, level: u8, title: &str) {
        let y = self.y;
        self.pages
            .last_mut()
            .expect("a composer always has a page")
            .anchors
            .push(Anchor {
                level,
                title: title.to_string(),
                y,
            });
    }

    pub(crate) fn push(&mut self, item: Item) {
        self.pages
            .last_mut()
            .expect("a composer always has a page")
            .items
            .push(item);
    }

    /// Places laid-out lines at `x`, breaking pages between lines. The first
    /// `keep` lines (at least) go together.
    pub(crate) fn lines(
        &mut self,
        lines: &[Line],
        x: f32,
        width: f32,
        align: Align,
        style: &TextStyle,
        keep: usize,
    ) {
        self.ensure(style.leading * keep.min(lines.len()) as f32);
        for line in lines {
            self.ensure(style.leading);
            let item = line_item(line, x, self.y, width, align, style);
            self.push(item);
            self.y -= style.leading;
        }
    }

    /// A line of text centred on the text block (titles).
    pub(crate) fn centered(&mut self, text: &str, style: &TextStyle) {
        let w = self.geo.text_width();
        let lines = break_lines(text, w, w, style.size);
        let x = self.geo.x0();
        self.lines(&lines, x, w, Align::Center, style, 1);
    }

    pub(crate) fn heading(&mut self, level: u8, text: &str) {
        let (size, before, after) = HEADINGS[usize::from(level.clamp(1, 3)) - 1];
        let style = TextStyle {
            size,
            leading: size * 1.6,
            bold: true,
            grey: 0.0,
        };
        self.space(before);
        let w = self.geo.text_width();
        let lines = break_lines(text, w, w, size);
        // Keep the heading with two lines of what follows.
        self.ensure(style.leading * lines.len() as f32 + after + 2.0 * BODY_LEADING);
        self.anchor(level + self.level_offset, text);
        let x = self.geo.x0();
        self.lines(&lines, x, w, Align::Left, &style, lines.len());
        self.space(after);
    }

    pub(crate) fn paragraph(&mut self, text: &str) {
        let w = self.geo.text_width();
        let indent = 2.0 * BODY_SIZE;
        let lines = break_lines(text, w - indent, w, BODY_SIZE);
        let x = self.geo.x0();
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                self.ensure(BODY_LEADING * lines.len().min(2) as f32);
            }
            let (lx, lw) = if i == 0 {
                (x + indent, w - indent)
            } else {
                (x, w)
            };
            self.lines(std::slice::from_ref(line), lx, lw, Align::Justify, &BODY, 1);
        }
    }

    /// A small grey note across the text block (a footnote under a table).
    pub(crate) fn note(&mut self, text: &str) {
        let style = TextStyle {
            size: 9.0,
            leading: 14.0,
            bold: false,
            grey: 0.35,
        };
        let w = self.geo.text_width();
        let lines = break_lines(text, w, w, style.size);
        let x = self.geo.x0();
        self.lines(&lines, x, w, Align::Left, &style, 1);
    }

    /// A list: each item's label hangs before its text, which starts where a
    /// paragraph's first line does.
    pub(crate) fn list(&mut self, items: &[String], numbered: bool) {
        let f = font();
        let text_x = self.geo.x0() + 2.0 * BODY_SIZE;
        let w = self.geo.x1() - text_x;
        for (i, item) in items.iter().enumerate() {
            let label = if numbered {
                format!("{}.", i + 1)
            } else {
                "•".to_string()
            };
            let lines = break_lines(item, w, w, BODY_SIZE);
            self.ensure(BODY_LEADING * lines.len().min(2) as f32);
            let label_w = f.width(&label, BODY_SIZE);
            let top = self.y;
            self.push(Item::Text {
                x: text_x - label_w - 0.35 * BODY_SIZE,
                y: baseline(top, &BODY),
                size: BODY_SIZE,
                text: label,
                bold: false,
                grey: 0.0,
                spacing: 0.0,
            });
            self.lines(&lines, text_x, w, Align::Justify, &BODY, 1);
        }
    }

    pub(crate) fn finish(self) -> Vec<Page> {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctext::Block;
    use crate::export::page::A4;

    #[test]
    fn long_text_flows_onto_new_pages_within_the_margins() {
        let mut c = Composer::new(A4);
        c.heading(1, "1 目的");
        for _ in 0..80 {
            c.paragraph("为规范公司知识产权管理，保护公司合法权益，依据GB/T 29490-2013《企业知识产权管理规范》，制定本程序。");
        }
        let pages = c.finish();
        assert!(pages.len() >= 3, "{}", pages.len());
        for p in &pages {
            for it in &p.items {
                if let Item::Text { x, y, .. } = it {
                    assert!(*x >= A4.x0() - 0.01 && *x < A4.x1());
                    assert!(*y > A4.y_bottom() && *y < A4.y_top(), "{y}");
                }
            }
        }
        assert!(pages[0].plain_text().starts_with("1 目的"));
    }

    /// Pseudo-random documents (no external crate): the layout never
    /// panics, keeps every character and stays inside the text block.
    #[test]
    fn random_documents_lose_no_text() {
        let alphabet: Vec<char> = "知识产权管理体系，。、（）《》“”abcXYZ0189-/ "
            .chars()
            .collect();
        struct Rng(u64, Vec<char>);
        impl Rng {
            fn next(&mut self, n: usize) -> usize {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 % n as u64) as usize
            }
            fn text(&mut self, len: usize) -> String {
                (0..len)
                    .map(|_| {
                        let i = self.next(self.1.len());
                        self.1[i]
                    })
                    .collect()
            }
        }
        let mut r = Rng(0x2545_F491_4F6C_DD1D, alphabet);
        for _ in 0..30 {
            let mut blocks = Vec::new();
            for _ in 0..r.next(25) {
                let len = 1 + r.next(200);
                let t = r.text(len);
                let block = match r.next(5) {
                    0 => Block::Heading {
                        level: 1 + r.next(3) as u8,
                        text: t,
                    },
                    1 => Block::Paragraph { text: t },
                    2 => Block::Bullets {
                        items: vec![t, r.text(30)],
                    },
                    3 => Block::Numbered { items: vec![t] },
                    _ => {
                        let header = vec![r.text(4), r.text(6)];
                        let mut rows = Vec::new();
                        for _ in 0..r.next(40) {
                            let (a, b) = (r.next(20), r.next(150));
                            rows.push(vec![r.text(a), r.text(b)]);
                        }
                        Block::Table { header, rows }
                    }
                };
                blocks.push(block);
            }
            let mut c = Composer::new(A4);
            let mut want: Vec<char> = Vec::new();
            for b in &blocks {
                c.block(b);
                let texts: Vec<&String> = match b {
                    Block::Heading { text, .. } | Block::Paragraph { text } => vec![text],
                    Block::Bullets { items } | Block::Numbered { items } => items.iter().collect(),
                    Block::Table { header, rows } => {
                        header.iter().chain(rows.iter().flatten()).collect()
                    }
                };
                want.extend(
                    texts
                        .iter()
                        .flat_map(|t| t.chars())
                        .filter(|c| !c.is_whitespace()),
                );
            }
            let mut got: Vec<char> = Vec::new();
            for p in c.finish() {
                for it in &p.items {
                    if let Item::Text { x, y, text, .. } = it {
                        assert!(*x >= A4.x0() - 0.01 && *x <= A4.x1());
                        assert!(*y > A4.y_bottom() && *y < A4.y_top());
                        got.extend(text.chars().filter(|c| !c.is_whitespace()));
                    }
                }
            }
            // Every character is drawn (tables may repeat their header,
            // lists add labels: so at least as often as in the input).
            want.sort_unstable();
            got.sort_unstable();
            let mut g = got.iter().peekable();
            for ch in &want {
                while g.peek().is_some_and(|x| *x < ch) {
                    g.next();
                }
                assert_eq!(g.next(), Some(ch), "lost {ch:?}");
            }
        }
    }

    #[test]
    fn a_heading_is_never_the_last_thing_on_a_page() {
        let mut c = Composer::new(A4);
        for i in 0..200 {
            if i % 7 == 0 {
                c.heading(2, &format!("标题{i}"));
            } else {
                c.paragraph("内容内容内容。");
            }
        }
        for p in c.finish() {
            let last = p.items.last().unwrap();
            match last {
                Item::Text { text, .. } => assert!(!text.starts_with("标题"), "{text}"),
                _ => unreachable!(),
            }
        }
    }
}
