//! Un-rendering: a document's text came back from Word in its rendered
//! form (clause numbers, document codes and titles); what the user did not
//! change goes back to the stored form with its `{{…}}` markers, what they
//! changed comes back as they wrote it.
//!
//! Both texts are read as logical lines, the units the text format lays
//! out: a heading, a list item, a table row, or a whole paragraph (the
//! stored text may spread one over several lines). The imported logical
//! lines are matched against the rendered stored ones (longest common
//! subsequence). A stored line is kept when every logical line it renders
//! into came back unchanged; the rest is taken from the import.

use crate::doctext::{self, Line};

/// One logical line: its comparison key, the raw lines it spans, and
/// whether a blank line came before it.
struct Logical {
    key: String,
    raws: std::ops::RangeInclusive<usize>,
    blank_before: bool,
}

/// The comparison key of a non-paragraph line (list numbers and cell
/// spacing do not count).
fn key(line: &str) -> String {
    match doctext::classify(line) {
        Line::Heading(level, h) => format!("{} {h}", "#".repeat(usize::from(level))),
        Line::Bullet(t) => format!("- {t}"),
        Line::Numbered(t) => format!("#. {t}"),
        Line::TableRow if doctext::is_separator(line.trim()) => {
            let n = doctext::cells(line.trim()).len();
            format!("|{}", "---|".repeat(n))
        }
        Line::TableRow => format!("| {} |", doctext::cells(line.trim()).join(" | ")),
        Line::Plain(t) => t.to_string(),
        Line::Blank => String::new(),
    }
}

/// The logical lines of raw lines, as the text format groups them.
fn logical(lines: &[&str]) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut blank = false;
    let mut in_paragraph = false;
    for (i, raw) in lines.iter().enumerate() {
        match doctext::classify(raw) {
            Line::Blank => {
                blank = true;
                in_paragraph = false;
            }
            Line::Plain(t) if in_paragraph => {
                let last = out.last_mut().expect("a paragraph is open");
                last.key.push_str(t);
                last.raws = *last.raws.start()..=i;
            }
            line => {
                in_paragraph = matches!(line, Line::Plain(_));
                out.push(Logical {
                    key: key(raw),
                    raws: i..=i,
                    blank_before: blank || out.is_empty(),
                });
                blank = false;
            }
        }
    }
    out
}

enum Op {
    Same(usize, usize),
    Removed,
    Added(usize),
}

/// The longest-common-subsequence alignment of two key lists.
fn align(a: &[Logical], b: &[Logical]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i].key == b[j].key {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i].key == b[j].key {
            ops.push(Op::Same(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(Op::Added(j));
            j += 1;
        } else {
            ops.push(Op::Removed);
            i += 1;
        }
    }
    ops
}

/// Puts a blank line before `next` when the blocks need one: where the
/// import has one, unless the stored text had none there (`hint`: the
/// import puts one between any two blocks, the stored text may not, e.g.
/// under a heading); between two paragraph lines always (or they would run
/// into one paragraph).
fn separate(out: &mut Vec<&str>, next: &str, hint: Option<bool>, imported_blank: bool) {
    let Some(prev) = out.last() else {
        return;
    };
    if prev.trim().is_empty() {
        return;
    }
    let plain = |l: &str| matches!(doctext::classify(l), Line::Plain(_));
    let blank = (imported_blank && hint != Some(false)) || (plain(prev) && plain(next));
    if blank {
        out.push("");
    }
}

/// The imported text with every line the user left unchanged back in its
/// stored form. `render_line` renders one stored line into the lines it
/// shows as (none when it is left out).
pub fn unrender<'a>(
    stored: &'a str,
    render_line: impl Fn(&str) -> Vec<String>,
    imported: &'a str,
) -> String {
    let stored_lines: Vec<&str> = stored.lines().collect();
    // The rendered stored text, each rendered line with its source line.
    let mut rendered: Vec<String> = Vec::new();
    let mut source: Vec<usize> = Vec::new();
    let mut invisible = vec![false; stored_lines.len()];
    for (s, line) in stored_lines.iter().enumerate() {
        let r = render_line(line);
        invisible[s] = r.iter().all(|l| l.trim().is_empty());
        for l in r {
            rendered.push(l);
            source.push(s);
        }
    }
    let rendered_refs: Vec<&str> = rendered.iter().map(String::as_str).collect();
    let ours = logical(&rendered_refs);
    let imported_lines: Vec<&str> = imported.lines().collect();
    let theirs = logical(&imported_lines);
    let ops = align(&ours, &theirs);

    // A stored line is kept when every logical line it renders into is unchanged.
    let mut same = vec![false; ours.len()];
    for op in &ops {
        if let Op::Same(i, _) = op {
            same[*i] = true;
        }
    }
    let mut keep = vec![true; stored_lines.len()];
    for (i, l) in ours.iter().enumerate() {
        if !same[i] {
            for r in l.raws.clone() {
                keep[source[r]] = false;
            }
        }
    }
    let sources_of = |l: &Logical| (source[*l.raws.start()], source[*l.raws.end()]);

    let n = stored_lines.len();
    let mut out: Vec<&'a str> = Vec::new();
    let mut next = 0; // the first stored line not yet passed
    let mut last_stored: Option<usize> = None; // what was just emitted ends with this stored line
                                               // Lines that show nothing stay with the stored line before them (or at
                                               // the top): out verbatim up to the last such line before the next line
                                               // that shows.
    let attach = |out: &mut Vec<&'a str>, next: &mut usize, last: &mut Option<usize>| {
        let shown = (*next..n).find(|s| !invisible[*s]).unwrap_or(n);
        if let Some(t) = (*next..shown)
            .rev()
            .find(|s| !stored_lines[*s].trim().is_empty())
        {
            out.extend(&stored_lines[*next..=t]);
            *next = t + 1;
            *last = Some(t);
        }
    };
    // Passes stored lines up to `upto`, carrying along those that show nothing.
    let pass = |out: &mut Vec<&'a str>, next: &mut usize, upto: usize| {
        while *next < upto {
            if invisible[*next] && !stored_lines[*next].trim().is_empty() {
                out.push(stored_lines[*next]);
            }
            *next += 1;
        }
    };
    // Whether the stored text has a blank line between line `p` and the
    // next line that shows, or between line `a` and the last one before it
    // that shows (none: no such line).
    let blank_after = |p: usize| {
        let q = (p + 1..n).find(|s| !invisible[*s])?;
        Some(stored_lines[p + 1..q].iter().any(|l| l.trim().is_empty()))
    };
    let blank_before = |a: usize| {
        let p = (0..a).rev().find(|s| !invisible[*s])?;
        Some(stored_lines[p + 1..a].iter().any(|l| l.trim().is_empty()))
    };
    attach(&mut out, &mut next, &mut last_stored);
    for op in &ops {
        let (i, j) = match op {
            Op::Removed => continue,
            Op::Same(i, j) => (Some(*i), *j),
            Op::Added(j) => (None, *j),
        };
        let restorable = i.filter(|i| {
            let (a, b) = sources_of(&ours[*i]);
            (a..=b).all(|s| keep[s])
        });
        match restorable {
            Some(i) => {
                let (a, b) = sources_of(&ours[i]);
                if b < next {
                    continue; // its stored line is out already
                }
                let a = a.max(next);
                let contiguous = match last_stored {
                    Some(p) => (p + 1..a).all(|s| invisible[s]),
                    None => out.is_empty() && (0..a).all(|s| invisible[s]),
                };
                if contiguous {
                    out.extend(&stored_lines[next.min(a)..a]);
                } else {
                    let hint = blank_before(a);
                    separate(&mut out, stored_lines[a], hint, theirs[j].blank_before);
                    pass(&mut out, &mut next, a);
                }
                out.extend(&stored_lines[a..=b]);
                next = b + 1;
                last_stored = Some(b);
                attach(&mut out, &mut next, &mut last_stored);
            }
            None => {
                let lines = &imported_lines[theirs[j].raws.clone()];
                let hint = last_stored.and_then(blank_after);
                separate(&mut out, lines[0], hint, theirs[j].blank_before);
                out.extend(lines);
                last_stored = None;
            }
        }
    }
    if last_stored.is_some() && (next..n).all(|s| invisible[s]) {
        out.extend(&stored_lines[next..]);
    } else {
        pass(&mut out, &mut next, n);
    }
    let mut text = out.join("\n");
    if stored.ends_with('\n') || (stored.is_empty() && imported.ends_with('\n')) {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders `{{条款:k}}` as "4.k" and drops a line `{{无}}`.
    fn render(line: &str) -> Vec<String> {
        if line.trim() == "{{无}}" {
            return Vec::new();
        }
        vec![line.replace("{{条款:", "4.").replace("}}", "")]
    }

    fn rendered(stored: &str) -> String {
        stored
            .lines()
            .flat_map(render)
            .collect::<Vec<_>>()
            .join("\n")
    }

    const STORED: &str = "# 1 目的\n依据{{条款:1}}制定。\n\n本程序适用于\n全公司。\n\n- 甲见{{条款:2}}\n- 乙\n\n1. 一\n2. 二\n\n| 条款 | 说明 |\n| --- | --- |\n| {{条款:3}} | 丙 |\n| 5 | 丁 |\n";

    #[test]
    fn an_unchanged_import_gives_the_stored_text_back() {
        let imported = rendered(STORED);
        assert_eq!(unrender(STORED, render, &imported), STORED);
    }

    #[test]
    fn the_canonical_form_of_an_unchanged_text_gives_it_back_too() {
        // As the Word import writes it: one line a paragraph, blank lines
        // between blocks, cells spaced its way.
        let imported = "# 1 目的\n\n依据4.1制定。\n\n本程序适用于全公司。\n\n- 甲见4.2\n- 乙\n\n1. 一\n2. 二\n\n| 条款 | 说明 |\n| --- | --- |\n| 4.3 | 丙 |\n| 5 | 丁 |";
        assert_eq!(unrender(STORED, render, imported), STORED);
    }

    #[test]
    fn a_changed_line_comes_back_literal_and_the_rest_keeps_its_markers() {
        let imported = rendered(STORED).replace("- 甲见4.2", "- 甲见4.2和4.9");
        let out = unrender(STORED, render, &imported);
        assert_eq!(out, STORED.replace("- 甲见{{条款:2}}", "- 甲见4.2和4.9"));
    }

    #[test]
    fn a_changed_paragraph_spread_over_lines_comes_back_as_one_line() {
        let imported = rendered(STORED).replace("本程序适用于\n全公司。", "本程序适用于全集团。");
        let out = unrender(STORED, render, &imported);
        assert_eq!(
            out,
            STORED.replace("本程序适用于\n全公司。", "本程序适用于全集团。")
        );
    }

    #[test]
    fn added_and_removed_lines_and_renumbered_items() {
        let imported = "# 1 目的\n\n依据4.1制定。\n\n新增一段。\n\n- 甲见4.2\n- 乙\n\n1. 零\n2. 一\n3. 二\n\n| 条款 | 说明 |\n| --- | --- |\n| 4.3 | 丙 |";
        let out = unrender(STORED, render, imported);
        assert_eq!(
            out,
            "# 1 目的\n依据{{条款:1}}制定。\n\n新增一段。\n\n- 甲见{{条款:2}}\n- 乙\n\n1. 零\n1. 一\n2. 二\n\n| 条款 | 说明 |\n| --- | --- |\n| {{条款:3}} | 丙 |\n"
        );
    }

    #[test]
    fn a_changed_item_under_a_heading_keeps_the_stored_spacing() {
        let stored = "## 4.8 评审\n1. 每年评审。\n2. 及时评审。\n";
        let imported = "## 4.8 评审\n\n1. 每半年评审。\n2. 及时评审。\n";
        assert_eq!(
            unrender(stored, render, imported),
            "## 4.8 评审\n1. 每半年评审。\n2. 及时评审。\n"
        );
    }

    #[test]
    fn a_line_that_shows_nothing_stays_where_it_was() {
        let stored = "甲\n\n{{无}}\n\n乙\n";
        assert_eq!(unrender(stored, render, "甲\n\n乙"), stored);
        assert_eq!(unrender(stored, render, "甲\n\n丙"), "甲\n\n{{无}}\n\n丙\n");
    }

    #[test]
    fn a_new_text_is_taken_as_it_is() {
        assert_eq!(unrender("", render, "# 标题\n\n正文\n"), "# 标题\n\n正文\n");
    }
}
