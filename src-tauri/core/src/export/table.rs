//! Tables: column widths from the content, wrapped cells, borders, a shaded
//! header row that is drawn again at the top of each page the table runs
//! onto, and rows too tall for a page split between pages.

use super::font::font;
use super::layout::{line_item, Align, Composer, TextStyle};
use super::linebreak::{break_lines, Line};
use super::page::Item;
use crate::doctext::Block;

const SIZE: f32 = 9.5;
const LEADING: f32 = 15.0;
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.5;
const RULE: f32 = 0.6;
const SHADE: f32 = 0.9;
/// A column is never squeezed below this many characters (unless its content is shorter).
const MIN_CHARS: f32 = 4.0;
/// Columns whose widest cell is at most this many characters stay on one line if they can.
const KEEP_CHARS: f32 = 7.0;
/// Columns whose widest cell is at most this many characters are centred.
const CENTRE_CHARS: f32 = 6.0;

const CELL: TextStyle = TextStyle {
    size: SIZE,
    leading: LEADING,
    bold: false,
    grey: 0.0,
};
const HEAD: TextStyle = TextStyle {
    size: SIZE,
    leading: LEADING,
    bold: true,
    grey: 0.0,
};

#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    /// Empty: no header row.
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Label columns (shaded, bold, centred), as in a cover block.
    pub label_columns: Vec<usize>,
    /// Fixed column shares (summing to about 1), instead of content-based.
    pub shares: Option<Vec<f32>>,
}

impl Table {
    pub(crate) fn new(header: Vec<String>, rows: Vec<Vec<String>>) -> Self {
        Table {
            header,
            rows,
            ..Table::default()
        }
    }

    fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .chain([self.header.len()])
            .max()
            .unwrap_or(0)
    }

    fn cells(&self) -> impl Iterator<Item = &Vec<String>> {
        std::iter::once(&self.header)
            .filter(|h| !h.is_empty())
            .chain(&self.rows)
    }
}

/// The widest piece of `text` that cannot be broken (a Latin word), and its
/// widest hard line.
fn extents(text: &str) -> (f32, f32) {
    let f = font();
    let natural = text
        .split('\n')
        .map(|l| f.width(l, SIZE))
        .fold(0.0, f32::max);
    let word = text
        .split(|c: char| c.is_whitespace() || !c.is_ascii())
        .map(|w| f.width(w, SIZE))
        .fold(0.0, f32::max);
    (word, natural)
}

/// Column widths filling `avail`: every column gets its minimum, the rest is
/// shared in proportion to how much more each would like.
pub(crate) fn column_widths(table: &Table, avail: f32) -> Vec<f32> {
    let n = table.columns();
    if n == 0 {
        return Vec::new();
    }
    if let Some(shares) = &table.shares {
        let total: f32 = shares.iter().take(n).sum::<f32>().max(0.01);
        return (0..n)
            .map(|i| avail * shares.get(i).copied().unwrap_or(0.0) / total)
            .collect();
    }
    let mut word = vec![0.0f32; n];
    let mut natural = vec![0.0f32; n];
    let mut body = vec![0.0f32; n];
    for (r, row) in table.cells().enumerate() {
        let is_header = r == 0 && !table.header.is_empty();
        for (i, cell) in row.iter().enumerate() {
            let (w, nat) = extents(cell);
            word[i] = word[i].max(w);
            natural[i] = natural[i].max(nat);
            if !is_header {
                body[i] = body[i].max(nat);
            }
        }
    }
    let head = |i: usize| table.header.get(i).map_or(0.0, |h| extents(h).1);
    let pad = 2.0 * PAD_X + 0.5;
    let max: Vec<f32> = natural.iter().map(|w| w.max(SIZE) + pad).collect();
    // Short columns (a name, a date, a department) are kept on one line
    // when that fits; longer ones may shrink to a few characters. A header
    // may wrap, but not below four characters.
    let soft: Vec<f32> = (0..n)
        .map(|i| {
            let floor = if body[i] <= KEEP_CHARS * SIZE {
                body[i]
            } else {
                MIN_CHARS * SIZE
            };
            word[i]
                .max(floor)
                .max(head(i).min(MIN_CHARS * SIZE))
                .max(SIZE)
                + pad
        })
        .collect();
    let hard: Vec<f32> = (0..n)
        .map(|i| word[i].max(natural[i].min(MIN_CHARS * SIZE)).max(SIZE) + pad)
        .collect();
    let min = if soft.iter().sum::<f32>() <= avail {
        soft
    } else {
        hard
    };
    let max: Vec<f32> = max.iter().zip(&min).map(|(w, m)| w.max(*m)).collect();
    let (sum_min, sum_max): (f32, f32) = (min.iter().sum(), max.iter().sum());
    if sum_max <= avail {
        let extra = avail - sum_max;
        max.iter().map(|w| w + extra * w / sum_max).collect()
    } else if sum_min <= avail {
        let want = (sum_max - sum_min).max(0.01);
        min.iter()
            .zip(&max)
            .map(|(lo, hi)| lo + (avail - sum_min) * (hi - lo) / want)
            .collect()
    } else {
        min.iter().map(|w| w * avail / sum_min).collect()
    }
}

/// One row with its cells laid out.
struct RowLines {
    cells: Vec<Vec<Line>>,
    head: bool,
}

impl RowLines {
    fn line_count(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0).max(1)
    }
}

fn height(lines: usize) -> f32 {
    lines as f32 * LEADING + 2.0 * PAD_Y
}

impl Composer {
    /// Lays out one block of the structured document text.
    pub(crate) fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text),
            Block::Paragraph { text } => self.paragraph(text),
            Block::Bullets { items } => self.list(items, false),
            Block::Numbered { items } => self.list(items, true),
            Block::Table { header, rows } => {
                self.space(4.0);
                self.table(&Table::new(header.clone(), rows.clone()));
                self.space(6.0);
            }
        }
    }

    pub(crate) fn table(&mut self, table: &Table) {
        let n = table.columns();
        if n == 0 {
            return;
        }
        let widths = column_widths(table, self.geo.text_width());
        let centred: Vec<bool> = (0..n)
            .map(|i| {
                table.label_columns.contains(&i)
                    || table.rows.iter().all(|r| {
                        r.get(i)
                            .is_none_or(|c| font().width(c, SIZE) <= CENTRE_CHARS * SIZE)
                    })
            })
            .collect();
        let lay = |row: &[String], head: bool| RowLines {
            cells: (0..n)
                .map(|i| {
                    let w = widths[i] - 2.0 * PAD_X;
                    break_lines(row.get(i).map_or("", String::as_str), w, w, SIZE)
                })
                .collect(),
            head,
        };
        let header = (!table.header.is_empty()).then(|| lay(&table.header, true));
        let rows: Vec<RowLines> = table.rows.iter().map(|r| lay(r, false)).collect();
        let grid = Grid {
            widths: &widths,
            centred: &centred,
            labels: &table.label_columns,
        };
        // The header and the first row (or the header alone) start together.
        let first = rows.first().map_or(0.0, |r| height(r.line_count()));
        let head_h = header.as_ref().map_or(0.0, |h| height(h.line_count()));
        self.ensure(head_h + first.min(height(3)));
        if let Some(h) = &header {
            self.row_part(&grid, h, 0, h.line_count(), true);
        }
        let mut top_rule = header.is_none();
        let page_lines =
            (((self.geo.y_top() - self.geo.y_bottom() - head_h - 2.0 * PAD_Y) / LEADING) - 0.01)
                .floor()
                .max(1.0) as usize;
        let mut fresh = false;
        for row in &rows {
            let total = row.line_count();
            let mut done = 0;
            while done < total {
                let left = total - done;
                let fits = ((self.room() - 2.0 * PAD_Y) / LEADING).floor().max(0.0) as usize;
                // A row moves whole to the next page; only a row taller than
                // a page is split, starting where it is.
                let take = if fits >= left {
                    left
                } else if (left > page_lines && fits > 0) || fresh {
                    fits.max(1)
                } else {
                    self.new_page();
                    if let Some(h) = &header {
                        self.row_part(&grid, h, 0, h.line_count(), true);
                    } else {
                        top_rule = true;
                    }
                    fresh = true;
                    continue;
                };
                self.row_part(&grid, row, done, done + take, top_rule);
                top_rule = false;
                fresh = false;
                done += take;
            }
        }
    }

    /// Draws lines `from..to` of a row at the current position, with its
    /// shading and borders, and moves down past it.
    fn row_part(&mut self, grid: &Grid, row: &RowLines, from: usize, to: usize, top_rule: bool) {
        let h = height(to - from);
        let (top, bottom) = (self.y, self.y - h);
        let x0 = self.geo.x0();
        let mut x = x0;
        for (i, w) in grid.widths.iter().enumerate() {
            let label = grid.labels.contains(&i);
            if row.head || label {
                self.push(Item::Fill {
                    x,
                    y: bottom,
                    w: *w,
                    h,
                    grey: SHADE,
                });
            }
            let style = if row.head || label { &HEAD } else { &CELL };
            let align = if row.head || grid.centred[i] {
                Align::Center
            } else {
                Align::Left
            };
            let lines = &row.cells[i];
            for (k, line) in lines.iter().enumerate().take(to).skip(from) {
                let line_top = top - PAD_Y - (k - from) as f32 * LEADING;
                let item = line_item(line, x + PAD_X, line_top, w - 2.0 * PAD_X, align, style);
                self.push(item);
            }
            x += w;
        }
        let x1 = x;
        if top_rule {
            self.rule(x0, top, x1, top);
        }
        self.rule(x0, bottom, x1, bottom);
        let mut x = x0;
        self.rule(x, top, x, bottom);
        for w in grid.widths {
            x += w;
            self.rule(x, top, x, bottom);
        }
        self.y = bottom;
    }

    fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        self.push(Item::Line {
            x1,
            y1,
            x2,
            y2,
            width: RULE,
            grey: 0.0,
        });
    }
}

struct Grid<'a> {
    widths: &'a [f32],
    centred: &'a [bool],
    labels: &'a [usize],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::page::A4;

    fn t(header: &[&str], rows: &[&[&str]]) -> Table {
        Table::new(
            header.iter().map(|s| s.to_string()).collect(),
            rows.iter()
                .map(|r| r.iter().map(|s| s.to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn widths_fill_the_line_and_follow_the_content() {
        let table = t(
            &["序号", "内容"],
            &[&[
                "1",
                "很长很长的一段说明文字，需要比序号列宽得多的位置才能放下",
            ]],
        );
        let w = column_widths(&table, 400.0);
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.1, "{w:?}");
        assert!(w[1] > 3.0 * w[0], "{w:?}");
    }

    #[test]
    fn long_tables_repeat_their_header_on_each_page() {
        let rows: Vec<Vec<String>> = (0..120)
            .map(|i| vec![format!("{i}"), "一段需要折行的较长说明文字".repeat(3)])
            .collect();
        let table = Table::new(vec!["编号".into(), "说明".into()], rows);
        let mut c = Composer::new(A4);
        c.table(&table);
        let pages = c.finish();
        assert!(pages.len() > 2);
        for p in &pages {
            let first_text = p.items.iter().find_map(Item::text).unwrap();
            assert_eq!(first_text, "编号");
        }
        // No text below the bottom margin.
        for p in &pages {
            for it in &p.items {
                if let Item::Text { y, .. } = it {
                    assert!(*y > A4.y_bottom());
                }
            }
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_split() {
        let big = "很长的单元格。".repeat(900);
        let table = t(&["甲", "乙"], &[&["1", &big]]);
        let mut c = Composer::new(A4);
        c.table(&table);
        let pages = c.finish();
        assert!(pages.len() >= 2);
        let all: String = pages
            .iter()
            .flat_map(|p| p.items.iter().filter_map(Item::text))
            .filter(|t| *t != "甲" && *t != "乙" && *t != "1")
            .collect();
        assert_eq!(all, big);
    }
}
