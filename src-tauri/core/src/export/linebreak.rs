//! Chinese line breaking (a simple form of the 避头尾 rules of GB/T 15834
//! and JIS X 4051): a line never starts with closing punctuation (，。、）」
//! …) and never ends with opening punctuation (（「《“ …); Latin words and
//! numbers stay whole; between Chinese characters a line may break anywhere.
//! Spaces where a line breaks are dropped; nothing else is.

/// Must not start a line.
const CLOSING: &str = "，。、；：？！）」』】》〉〕〗〙〛”’…—·・％‰℃°′″～｝］｠〞ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ,.;:?!)]}%";
/// Must not end a line.
const OPENING: &str = "（「『【《〈〔〖〘〚“‘｛［｟〝￥＄([{$¥£";

pub(crate) fn is_closing(c: char) -> bool {
    CLOSING.contains(c)
}

pub(crate) fn is_opening(c: char) -> bool {
    OPENING.contains(c)
}

/// Characters that are laid out one by one, like ideographs: CJK scripts,
/// full-width forms and the punctuation used in Chinese text.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF
        | 0x2E80..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFE10..=0xFE1F
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF)
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·' | '‰' | '℃')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    /// A run of Latin letters, digits and their punctuation: never split
    /// (unless wider than a whole line).
    Word,
    /// One wide character, or a piece of an over-long word.
    Unit,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    width: f32,
    kind: Kind,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    /// Natural width in points.
    pub width: f32,
    /// Ends a paragraph or a hard line break (such a line is not justified).
    pub last: bool,
}

fn tokenize(text: &str, measure: &dyn Fn(char) -> f32) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for (i, c) in text.char_indices() {
        let kind = if c.is_whitespace() {
            Kind::Space
        } else if is_wide(c) {
            Kind::Unit
        } else {
            Kind::Word
        };
        let w = measure(c);
        let end = i + c.len_utf8();
        match pieces.last_mut() {
            Some(p) if p.kind == kind && kind != Kind::Unit => {
                p.end = end;
                p.width += w;
            }
            _ => pieces.push(Piece {
                start: i,
                end,
                width: w,
                kind,
            }),
        }
    }
    pieces
}

/// Splits words wider than `max` into pieces that fit (an URL, a long code).
fn split_long_words(
    text: &str,
    pieces: Vec<Piece>,
    max: f32,
    measure: &dyn Fn(char) -> f32,
) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    for p in pieces {
        if p.kind != Kind::Word || p.width <= max {
            out.push(p);
            continue;
        }
        let mut cur = Piece {
            start: p.start,
            end: p.start,
            width: 0.0,
            kind: Kind::Unit,
        };
        for (i, c) in text[p.start..p.end].char_indices() {
            let w = measure(c);
            // A piece never starts with closing punctuation: it hangs.
            if cur.end > cur.start && cur.width + w > max && !is_closing(c) {
                out.push(cur);
                cur = Piece {
                    start: p.start + i,
                    end: p.start + i,
                    width: 0.0,
                    kind: Kind::Unit,
                };
            }
            cur.end = p.start + i + c.len_utf8();
            cur.width += w;
        }
        out.push(cur);
    }
    out
}

fn first_char(text: &str, p: &Piece) -> char {
    text[p.start..p.end].chars().next().unwrap_or(' ')
}

fn last_char(text: &str, p: &Piece) -> char {
    text[p.start..p.end].chars().next_back().unwrap_or(' ')
}

/// May a line break before piece `k` (a non-space piece with a non-space
/// piece somewhere before it)?
fn may_break_before(text: &str, pieces: &[Piece], k: usize) -> bool {
    let Some(prev) = pieces[..k].iter().rposition(|p| p.kind != Kind::Space) else {
        return true;
    };
    let (a, b) = (&pieces[prev], &pieces[k]);
    let (last, first) = (last_char(text, a), first_char(text, b));
    if is_closing(first) || is_opening(last) {
        return false;
    }
    // "——" and "……" are one mark.
    if prev + 1 == k && last == first && matches!(first, '—' | '…') {
        return false;
    }
    true
}

/// Breaks `text` set in the export font at `size` points into lines: the
/// first at most `first_width` points wide, the others at most `width`.
pub fn break_lines(text: &str, first_width: f32, width: f32, size: f32) -> Vec<Line> {
    let font = super::font::font();
    break_lines_with(text, first_width, width, &|c| font.advance_em(c) * size)
}

/// Breaks `text` into lines: the first at most `first_width` wide (for a
/// first-line indent), the others at most `width`, measuring each character
/// with `measure` (points). `\n` is a hard break.
pub(crate) fn break_lines_with(
    text: &str,
    first_width: f32,
    width: f32,
    measure: &dyn Fn(char) -> f32,
) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut first = true;
    for segment in text.split('\n') {
        let before = lines.len();
        break_segment(segment, first_width, width, first, measure, &mut lines);
        if lines.len() > before {
            first = false;
            if let Some(l) = lines.last_mut() {
                l.last = true;
            }
        }
    }
    lines
}

fn break_segment(
    text: &str,
    first_width: f32,
    width: f32,
    first: bool,
    measure: &dyn Fn(char) -> f32,
    lines: &mut Vec<Line>,
) {
    let max = first_width.min(width).max(1.0);
    let pieces = split_long_words(text, tokenize(text, measure), max, measure);
    let n = pieces.len();
    let skip_spaces = |mut i: usize| {
        while i < n && pieces[i].kind == Kind::Space {
            i += 1;
        }
        i
    };
    // (start, end) piece ranges of the lines.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut i = skip_spaces(0);
    while i < n {
        let avail = if first && ranges.is_empty() {
            first_width
        } else {
            width
        };
        let end = line_end(text, &pieces, i, avail);
        ranges.push((i, end));
        i = skip_spaces(end);
    }
    avoid_lone_last_character(text, &pieces, &mut ranges, width);
    for (i, end) in ranges {
        lines.push(make_line(text, &pieces, i, end));
    }
}

fn make_line(text: &str, pieces: &[Piece], i: usize, end: usize) -> Line {
    let last = pieces[i..end]
        .iter()
        .rposition(|p| p.kind != Kind::Space)
        .map(|r| i + r)
        .unwrap_or(i);
    Line {
        text: text[pieces[i].start..pieces[last].end].to_string(),
        width: pieces[i..=last].iter().map(|p| p.width).sum(),
        last: false,
    }
}

/// A paragraph should not end with one character alone on its last line
/// (孤字): when the line before can give up its last piece (or pieces, up
/// to the nearest allowed break) and the last line still fits, it does.
fn avoid_lone_last_character(
    text: &str,
    pieces: &[Piece],
    ranges: &mut [(usize, usize)],
    width: f32,
) {
    let k = ranges.len();
    if k < 2 {
        return;
    }
    let ((s, _), (t, end)) = (ranges[k - 2], ranges[k - 1]);
    if end - t != 1 || pieces[t].kind != Kind::Unit {
        return;
    }
    // The last allowed break inside the line before, keeping it at least
    // three pieces long.
    let Some(b) = (s + 3..t)
        .rev()
        .find(|&b| pieces[b].kind != Kind::Space && may_break_before(text, pieces, b))
    else {
        return;
    };
    let moved: f32 = pieces[b..end].iter().map(|p| p.width).sum();
    if moved > width || b + 2 < t {
        // Never move more than two pieces: a short last line is fine, a
        // visibly ragged line before it is not.
        return;
    }
    ranges[k - 2].1 = b;
    ranges[k - 1].0 = b;
}

/// The end (exclusive piece index) of the line starting at piece `i`.
fn line_end(text: &str, pieces: &[Piece], i: usize, avail: f32) -> usize {
    let mut used = 0.0;
    let mut pending_space = 0.0;
    let mut last_break: Option<usize> = None;
    let mut k = i;
    while k < pieces.len() {
        let p = &pieces[k];
        if p.kind == Kind::Space {
            pending_space += p.width;
            k += 1;
            continue;
        }
        let allowed = k > i && may_break_before(text, pieces, k);
        if k > i && used + pending_space + p.width > avail + 0.001 {
            if allowed {
                return k;
            }
            if let Some(b) = last_break {
                return b;
            }
            if !is_closing(first_char(text, p)) {
                return k;
            }
            // Nowhere to break: closing punctuation hangs past the edge.
        }
        if allowed {
            last_break = Some(k);
        }
        used += pending_space + p.width;
        pending_space = 0.0;
        k += 1;
    }
    pieces.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed-pitch measure: wide characters 10 pt, others 5 pt.
    fn m(c: char) -> f32 {
        if is_wide(c) {
            10.0
        } else {
            5.0
        }
    }

    fn texts(text: &str, width: f32) -> Vec<String> {
        break_lines_with(text, width, width, &m)
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn breaks_between_ideographs() {
        assert_eq!(
            texts("一二三四五六七", 30.0),
            vec!["一二三", "四五六", "七"]
        );
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // "四" would end the first line and "，" start the next: "三" moves down.
        assert_eq!(
            texts("一二三，四五。六七", 30.0),
            vec!["一二", "三，四", "五。六", "七"]
        );
        for l in texts("知识产权管理，贯标。认证、验收；评审：好？是！（完）", 30.0)
            .iter()
            .skip(1)
        {
            let c = l.chars().next().unwrap();
            assert!(!is_closing(c), "{l:?}");
        }
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        let lines = texts("一二（三四）五六“七八”", 30.0);
        for l in &lines[..lines.len() - 1] {
            assert!(!is_opening(l.chars().last().unwrap()), "{lines:?}");
        }
    }

    #[test]
    fn latin_words_and_numbers_stay_whole() {
        let lines = texts("依据GB/T 29490-2013开展贯标工作", 60.0);
        assert!(lines.iter().any(|l| l.contains("GB/T")), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("29490-2013")), "{lines:?}");
        let lines = texts("hello wonderful world", 60.0);
        assert_eq!(lines, vec!["hello", "wonderful", "world"]);
    }

    #[test]
    fn over_long_word_is_split_to_fit() {
        let lines = texts("abcdefghijklmnop", 30.0);
        assert_eq!(lines.concat(), "abcdefghijklmnop");
        assert!(lines.iter().all(|l| l.len() <= 6), "{lines:?}");
    }

    #[test]
    fn first_line_indent_and_hard_breaks() {
        let lines = break_lines_with("一二三四五\n六", 20.0, 40.0, &m);
        let t: Vec<_> = lines.iter().map(|l| (l.text.as_str(), l.last)).collect();
        assert_eq!(t, vec![("一二", false), ("三四五", true), ("六", true)]);
    }

    #[test]
    fn a_paragraph_does_not_end_with_one_character_alone() {
        assert_eq!(
            texts("一二三四五六七八九十甲", 50.0),
            vec!["一二三四五", "六七八九", "十甲"]
        );
        // Unless the line before would be left too short.
        assert_eq!(texts("一二三四", 30.0), vec!["一二三", "四"]);
    }

    #[test]
    fn dashes_and_ellipses_stay_together() {
        let lines = texts("一二——三四……五", 30.0);
        for l in &lines {
            assert!(!l.starts_with('—') && !l.starts_with('…'), "{lines:?}");
        }
    }
}
