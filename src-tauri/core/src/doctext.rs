//! The structured text format of management-system documents: headings,
//! paragraphs, lists and tables, with `{{占位符}}` placeholders. The editor,
//! the preview and the PDF export all read this one format.
//!
//! ```text
//! # 1 目的            heading, levels 1-3 (#, ##, ###)
//! 一段文字……          consecutive plain lines form one paragraph
//! - 条目              bullet item
//! 1. 条目             numbered item
//! | 列 | 列 |          table: first row is the header,
//! | --- | --- |        then the separator row
//! ```

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
    },
    Bullets {
        items: Vec<String>,
    },
    Numbered {
        items: Vec<String>,
    },
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// A problem found while parsing, with its line number (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TextProblem {
    pub line: u32,
    pub message: String,
}

fn heading(line: &str) -> Option<(u8, &str)> {
    for (level, prefix) in [(3u8, "### "), (2, "## "), (1, "# ")] {
        if let Some(rest) = line.strip_prefix(prefix) {
            return Some((level, rest.trim()));
        }
    }
    None
}

fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    line[digits..].strip_prefix(". ").map(str::trim)
}

/// The cells of a table row, trimmed.
pub(crate) fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

/// Whether a table row is the separator under the header.
pub(crate) fn is_separator(line: &str) -> bool {
    let c = cells(line);
    !c.is_empty()
        && c.iter()
            .all(|x| !x.is_empty() && x.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

/// What one line of the text is, as [`parse`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Line<'a> {
    Blank,
    Heading(u8, &'a str),
    /// A table row (the header, the separator or a body row).
    TableRow,
    Bullet(&'a str),
    Numbered(&'a str),
    /// A line of a paragraph (consecutive ones form one paragraph).
    Plain(&'a str),
}

/// Classifies one line (leading and trailing spaces do not count).
pub(crate) fn classify(raw: &str) -> Line<'_> {
    let t = raw.trim();
    if t.is_empty() {
        Line::Blank
    } else if let Some((level, h)) = heading(t) {
        Line::Heading(level, h)
    } else if is_row(t) {
        Line::TableRow
    } else if let Some(item) = t.strip_prefix("- ") {
        Line::Bullet(item.trim())
    } else if let Some(item) = numbered(t) {
        Line::Numbered(item)
    } else {
        Line::Plain(t)
    }
}

fn is_row(t: &str) -> bool {
    t.starts_with('|') && t.ends_with('|') && t.len() > 1
}

/// Parses the text into blocks. Problems (ragged tables) are reported, and
/// the text is still laid out as well as it can be: no text is dropped.
pub fn parse(text: &str) -> (Vec<Block>, Vec<TextProblem>) {
    let mut blocks = Vec::new();
    let mut problems = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let flush = |para: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::Paragraph {
                text: para.join(""),
            });
            para.clear();
        }
    };
    let mut i = 0;
    while i < lines.len() {
        let line = classify(lines[i]);
        if !matches!(line, Line::Plain(_)) {
            flush(&mut para, &mut blocks);
        }
        match line {
            Line::Blank => i += 1,
            Line::Heading(level, h) => {
                blocks.push(Block::Heading {
                    level,
                    text: h.to_string(),
                });
                i += 1;
            }
            Line::TableRow => {
                let header = cells(lines[i].trim());
                i += 1;
                if i < lines.len() && is_separator(lines[i].trim()) {
                    i += 1;
                }
                let mut rows = Vec::new();
                while i < lines.len() && is_row(lines[i].trim()) {
                    let mut row = cells(lines[i].trim());
                    if row.len() != header.len() {
                        problems.push(TextProblem {
                            line: i as u32 + 1,
                            message: format!(
                                "表格第 {} 行有 {} 列，表头有 {} 列",
                                rows.len() + 1,
                                row.len(),
                                header.len()
                            ),
                        });
                        row.resize(header.len().max(row.len()), String::new());
                    }
                    rows.push(row);
                    i += 1;
                }
                blocks.push(Block::Table { header, rows });
            }
            Line::Bullet(item) => {
                let mut items = vec![item.to_string()];
                i += 1;
                while i < lines.len() {
                    match lines[i].trim().strip_prefix("- ") {
                        Some(x) => items.push(x.trim().to_string()),
                        None => break,
                    }
                    i += 1;
                }
                blocks.push(Block::Bullets { items });
            }
            Line::Numbered(item) => {
                let mut items = vec![item.to_string()];
                i += 1;
                while i < lines.len() {
                    match numbered(lines[i].trim()) {
                        Some(x) => items.push(x.to_string()),
                        None => break,
                    }
                    i += 1;
                }
                blocks.push(Block::Numbered { items });
            }
            Line::Plain(t) => {
                para.push(t.to_string());
                i += 1;
            }
        }
    }
    flush(&mut para, &mut blocks);
    (blocks, problems)
}

/// The placeholder names templates may use; each is filled from the project.
pub const PLACEHOLDERS: [&str; 16] = [
    "企业名称",
    "统一社会信用代码",
    "企业地址",
    "法定代表人",
    "所属行业",
    "职工人数",
    "最高管理者",
    "管理者代表",
    "知识产权部门",
    "知识产权方针",
    "知识产权目标",
    "文件编号",
    "发布日期",
    "实施日期",
    "任命日期",
    "领导小组成立日期",
];

/// `placeholders.ts` for the UI: [`PLACEHOLDERS`] as a TypeScript constant,
/// written by the bindings test like the generated types.
pub fn typescript() -> String {
    let names: String = PLACEHOLDERS
        .iter()
        .map(|n| format!("  {},\n", serde_json::Value::from(*n)))
        .collect();
    format!(
        "// Generated from PLACEHOLDERS (guanbiao-core src/doctext.rs) by the bindings test. Do not edit.\n\
         /** The placeholder names templates may use; each is filled from the project. */\n\
         export const PLACEHOLDERS: readonly string[] = [\n{names}];\n"
    )
}

/// A reference to a clause by its key, rendered from the edition's table
/// when the text is shown or exported (never filled into the stored text,
/// so a corrected table renumbers every document): `{{条款:key}}` gives the
/// number, `{{条款全称:key}}` the number and title.
pub const CLAUSE_REF: &str = "条款:";
pub const CLAUSE_REF_FULL: &str = "条款全称:";

/// The clause key a `{{…}}` name refers to (`Some("")` for a reference
/// without one), and whether it asks for the title too.
pub fn clause_ref(name: &str) -> Option<(&str, bool)> {
    if let Some(k) = name.strip_prefix(CLAUSE_REF) {
        Some((k.trim(), false))
    } else {
        name.strip_prefix(CLAUSE_REF_FULL).map(|k| (k.trim(), true))
    }
}

/// Every clause reference in the text with its line and key.
pub fn clause_refs(text: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(open) = rest.find("{{") {
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else { break };
            if let Some((key, _)) = clause_ref(after[..close].trim()) {
                out.push((n as u32 + 1, key.to_string()));
            }
            rest = &after[close + 2..];
        }
    }
    out
}

/// Renders the clause references with `clause(key) -> (number, title)`;
/// an unknown key is left as it is.
pub fn render_clause_refs(text: &str, clause: impl Fn(&str) -> Option<(String, String)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            out.push_str(&rest[open..]);
            return out;
        };
        let whole = &rest[open..open + 2 + close + 2];
        match clause_ref(after[..close].trim()).and_then(|(k, full)| clause(k).map(|c| (c, full))) {
            Some(((number, title), true)) => out.push_str(&format!("{number} {title}")),
            Some(((number, _), false)) => out.push_str(&number),
            None => out.push_str(whole),
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    out
}

/// Every `{{name}}` in the text with its line, and problems for broken ones
/// (`{{` without `}}`, an unknown name). Clause references and project
/// references ([`crate::project_refs`]) are not placeholders: only their form
/// is checked.
pub fn placeholders(text: &str) -> (Vec<(u32, String)>, Vec<TextProblem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(open) = rest.find("{{") {
            let after = &rest[open + 2..];
            match after.find("}}") {
                Some(close) => {
                    let name = after[..close].trim().to_string();
                    if let Some((key, _)) = clause_ref(&name) {
                        if key.is_empty() {
                            problems.push(TextProblem {
                                line: n as u32 + 1,
                                message: format!("条款引用“{{{{{name}}}}}”缺少条款键"),
                            });
                        }
                        rest = &after[close + 2..];
                        continue;
                    }
                    // Project references render at output; only their form is checked.
                    if let Some(r) = crate::project_refs::parse(&name) {
                        if let Err(message) = r {
                            problems.push(TextProblem {
                                line: n as u32 + 1,
                                message,
                            });
                        }
                        rest = &after[close + 2..];
                        continue;
                    }
                    if !PLACEHOLDERS.contains(&name.as_str()) {
                        problems.push(TextProblem {
                            line: n as u32 + 1,
                            message: format!(
                                "未知的占位符“{{{{{name}}}}}”，可用：{}",
                                PLACEHOLDERS.join("、")
                            ),
                        });
                    }
                    found.push((n as u32 + 1, name));
                    rest = &after[close + 2..];
                }
                None => {
                    problems.push(TextProblem {
                        line: n as u32 + 1,
                        message: "占位符缺少结尾的“}}”".into(),
                    });
                    break;
                }
            }
        }
    }
    (found, problems)
}

/// Replaces known placeholders that have a non-empty value; others are left
/// in place so they can be listed as unfilled.
pub fn fill(text: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        match after.find("}}") {
            Some(close) => {
                let name = after[..close].trim();
                match value(name).filter(|v| !v.trim().is_empty()) {
                    Some(v) => out.push_str(&v),
                    None => out.push_str(&rest[open..open + 2 + close + 2]),
                }
                rest = &after[close + 2..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Placeholders still unfilled in a document's text, by name (deduplicated, in order).
pub fn unfilled(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (_, n) in placeholders(text).0 {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_block_kind() {
        let text = "# 1 目的\n为规范管理，\n特制定本程序。\n\n## 1.1 范围\n- 甲\n- 乙\n1. 一\n2. 二\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 手册 |\n| 2 |  |\n";
        let (b, p) = parse(text);
        assert!(p.is_empty());
        assert_eq!(
            b,
            vec![
                Block::Heading {
                    level: 1,
                    text: "1 目的".into()
                },
                Block::Paragraph {
                    text: "为规范管理，特制定本程序。".into()
                },
                Block::Heading {
                    level: 2,
                    text: "1.1 范围".into()
                },
                Block::Bullets {
                    items: vec!["甲".into(), "乙".into()]
                },
                Block::Numbered {
                    items: vec!["一".into(), "二".into()]
                },
                Block::Table {
                    header: vec!["序号".into(), "名称".into()],
                    rows: vec![vec!["1".into(), "手册".into()], vec!["2".into(), "".into()]]
                },
            ]
        );
    }

    #[test]
    fn ragged_table_is_reported_and_keeps_its_text() {
        let (b, p) = parse("| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, 3);
        match &b[0] {
            Block::Table { rows, .. } => assert_eq!(rows[0], vec!["1", "2", "3"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn placeholders_fill_and_report() {
        let (found, problems) = placeholders("致{{企业名称}}：{{老板}}，{{发布日期");
        assert_eq!(found.len(), 2);
        assert_eq!(problems.len(), 2);
        assert!(
            problems[0].message.contains("未知的占位符“{{老板}}”"),
            "{}",
            problems[0].message
        );
        let filled = fill("{{企业名称}}于{{发布日期}}发布", |n| {
            (n == "企业名称").then(|| "甲公司".to_string())
        });
        assert_eq!(filled, "甲公司于{{发布日期}}发布");
        assert_eq!(unfilled(&filled), vec!["发布日期"]);
    }

    #[test]
    fn clause_references_render_from_the_table_and_stay_unknown_otherwise() {
        let table = |k: &str| {
            (k == "compliance_obligations")
                .then(|| ("4.5".to_string(), "知识产权合规义务".to_string()))
        };
        let text = "见{{条款:compliance_obligations}}；{{条款全称: compliance_obligations }}；{{条款:gone}}；{{企业名称}}；{{条款:";
        assert_eq!(
            render_clause_refs(text, table),
            "见4.5；4.5 知识产权合规义务；{{条款:gone}}；{{企业名称}}；{{条款:"
        );
        assert_eq!(
            clause_refs("a{{条款:x}}\nb{{条款全称:y}}{{企业名称}}"),
            [(1, "x".to_string()), (2, "y".to_string())]
        );
    }
}
