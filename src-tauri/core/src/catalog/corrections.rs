//! Correcting a provisional clause table against the official text: the
//! user's table (number, title, parent) is read, matched row by row to the
//! current table's clauses, and the differences listed; applying them gives
//! the corrected table, in which every matched clause keeps its key, so the
//! records referring to it follow the new number and title.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::clause_table::valid_number;
use super::standard::{Clause, StandardEdition};
use crate::error::{CoreError, Result};
use crate::tabular;

/// Largest official table file accepted.
const MAX_FILE: u64 = 2 * 1024 * 1024;
const MAX_ROWS: usize = 2_000;

/// One row of the official table as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OfficialRow {
    /// The row in the file (1-based, the header is row 1).
    pub line: u32,
    pub number: String,
    pub title: String,
}

/// What a correction does to one clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Same number and title: now confirmed.
    Confirmed,
    Renumbered,
    Retitled,
    RenumberedAndRetitled,
    /// In the official table only: a new clause (no record refers to it yet).
    Added,
    /// In the current table only: records referring to it lose their clause.
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ClauseChange {
    pub kind: ChangeKind,
    /// The clause's key (for an added clause, the key it will get).
    pub key: String,
    /// Before (empty for an added clause).
    pub from_number: String,
    pub from_title: String,
    /// After (empty for a removed clause).
    pub to_number: String,
    pub to_title: String,
}

/// The differences between a table and the official one, and the table
/// they give.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCorrection {
    pub changes: Vec<ClauseChange>,
    pub clauses: Vec<Clause>,
}

impl TableCorrection {
    /// Whether applying it changes nothing but the confirmation.
    pub fn only_confirms(&self) -> bool {
        self.changes.iter().all(|c| c.kind == ChangeKind::Confirmed)
    }
}

fn column_of(header: &str) -> Option<usize> {
    let h: String = header.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match h.to_lowercase().as_str() {
        "条款号" | "条款" | "编号" | "章条号" | "number" | "clause" => 0,
        "标题" | "条款名称" | "名称" | "条款标题" | "title" | "title_zh" => 1,
        _ => return None,
    })
}

/// Reads an official clause table: a header row with 条款号 and 标题 (a 上级
/// column may be there and is checked against the numbers), then a clause a
/// row. A bad row is refused with its line and why; nothing is partly read.
pub fn read_official(path: &Path) -> Result<Vec<OfficialRow>> {
    let table = tabular::read(path, MAX_FILE, "第一行为“条款号、标题”")?;
    parse_official(table)
}

/// How a correction names the file it came from (its file name).
pub fn source_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// [`read_official`] on rows already read.
pub fn parse_official(table: Vec<Vec<String>>) -> Result<Vec<OfficialRow>> {
    let mut rows = table
        .into_iter()
        .enumerate()
        .skip_while(|(_, r)| r.iter().all(|c| c.trim().is_empty()));
    let Some((_, header)) = rows.next() else {
        return Err(CoreError::invalid("文件是空的：没有表头，也没有条款"));
    };
    let map: Vec<Option<usize>> = header.iter().map(|h| column_of(h)).collect();
    let parent_col = header.iter().position(|h| {
        matches!(
            h.trim().to_lowercase().as_str(),
            "上级" | "上级条款" | "父条款" | "parent"
        )
    });
    if !map.contains(&Some(0)) || !map.contains(&Some(1)) {
        return Err(CoreError::invalid(
            "表头应含“条款号”和“标题”两列（可另有“上级”列），例如：条款号、标题、上级",
        ));
    }
    let mut out: Vec<OfficialRow> = Vec::new();
    for (i, r) in rows {
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = i as u32 + 1;
        let bad = |why: String| CoreError::invalid(format!("第 {line} 行：{why}"));
        let cell = |col: usize| {
            map.iter()
                .position(|m| *m == Some(col))
                .and_then(|j| r.get(j))
                .map(|c| c.trim().to_string())
                .unwrap_or_default()
        };
        let number = cell(0);
        let title = cell(1);
        if !valid_number(&number) {
            return Err(bad(format!(
                "条款号“{number}”格式不正确（如 4.5、8.2.1、B.1）"
            )));
        }
        if title.is_empty() {
            return Err(bad(format!("条款 {number} 没有标题")));
        }
        if title.chars().count() > 100 || title.chars().any(char::is_control) {
            return Err(bad(format!("条款 {number} 的标题过长或含有控制字符")));
        }
        let expected_parent = number.rsplit_once('.').map(|(p, _)| p.to_string());
        if let Some(p) = parent_col.and_then(|j| r.get(j)).map(|c| c.trim()) {
            let given = (!p.is_empty() && p != "-").then(|| p.to_string());
            if given != expected_parent {
                return Err(bad(format!(
                    "条款 {number} 的上级应为 {}，表中写的是 {}",
                    expected_parent.as_deref().unwrap_or("无"),
                    given.as_deref().unwrap_or("无")
                )));
            }
        }
        if let Some(p) = &expected_parent {
            if !out.iter().any(|o| &o.number == p) {
                return Err(bad(format!("条款 {number} 的上级条款 {p} 未在前面列出")));
            }
        }
        if out.iter().any(|o| o.number == number) {
            return Err(bad(format!("条款 {number} 重复")));
        }
        out.push(OfficialRow {
            line,
            number,
            title,
        });
        if out.len() > MAX_ROWS {
            return Err(CoreError::invalid(format!(
                "行数过多（上限 {MAX_ROWS} 行）"
            )));
        }
    }
    if out.is_empty() {
        return Err(CoreError::invalid("文件中没有条款"));
    }
    Ok(out)
}

/// The table as the user checks it: 条款号、标题、上级, tab-separated, or
/// comma-separated when `path` ends in `.csv`.
pub fn table_text(standard: &StandardEdition, path: &Path) -> String {
    let sep = if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
    {
        ','
    } else {
        '\t'
    };
    let mut text = format!("条款号{sep}标题{sep}上级\n");
    for c in &standard.clauses {
        let parent = c
            .parent
            .as_deref()
            .map(|p| standard.number_of(p))
            .unwrap_or("");
        text += &format!("{}{sep}{}{sep}{parent}\n", c.number, c.title);
    }
    text
}

/// Titles compared without spaces and with full-width punctuation as half-width.
fn same_title(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '，' => ',',
                '（' => '(',
                '）' => ')',
                '、' => ',',
                c => c,
            })
            .collect()
    };
    norm(a) == norm(b)
}

/// A key for a clause new in the official table, unused in `taken`.
fn new_key(number: &str, taken: &[String]) -> String {
    let base = format!("clause_{}", number.replace('.', "_").to_lowercase());
    let mut key = base.clone();
    let mut n = 2;
    while taken.contains(&key) {
        key = format!("{base}_{n}");
        n += 1;
    }
    key
}

/// Matches the official rows to `current`'s clauses and lists the changes.
///
/// A row matches, in this order: the clause with the same title under the
/// matched parent (a renumbering keeps its title); else the clause with the
/// same number under the matched parent (a retitling keeps its place); else
/// it is new. Parents come before children in both tables, so a parent's
/// match is known when its children are matched. Clauses matched by no row
/// are removed. Every clause of the result is official (no grade).
pub fn correct(current: &StandardEdition, rows: &[OfficialRow]) -> TableCorrection {
    let mut used: Vec<&str> = Vec::new();
    // The key each official number got, for its children's parent.
    let mut key_of: Vec<(String, String)> = Vec::new();
    let mut taken: Vec<String> = current.clauses.iter().map(|c| c.key.clone()).collect();
    let mut changes = Vec::new();
    let mut clauses = Vec::new();
    for row in rows {
        let parent_number = row.number.rsplit_once('.').map(|(p, _)| p.to_string());
        let parent_key = parent_number
            .as_ref()
            .and_then(|p| key_of.iter().find(|(n, _)| n == p).map(|(_, k)| k.clone()));
        let free = |c: &&Clause| !used.contains(&c.key.as_str()) && c.parent == parent_key;
        let matched = current
            .clauses
            .iter()
            .filter(free)
            .find(|c| same_title(&c.title, &row.title))
            .or_else(|| {
                current
                    .clauses
                    .iter()
                    .filter(free)
                    .find(|c| c.number == row.number)
            });
        let clause = match matched {
            Some(c) => {
                used.push(&c.key);
                let kind = match (c.number == row.number, same_title(&c.title, &row.title)) {
                    (true, true) => ChangeKind::Confirmed,
                    (false, true) => ChangeKind::Renumbered,
                    (true, false) => ChangeKind::Retitled,
                    (false, false) => ChangeKind::RenumberedAndRetitled,
                };
                changes.push(ClauseChange {
                    kind,
                    key: c.key.clone(),
                    from_number: c.number.clone(),
                    from_title: c.title.clone(),
                    to_number: row.number.clone(),
                    to_title: row.title.clone(),
                });
                Clause {
                    number: row.number.clone(),
                    title: row.title.clone(),
                    parent: parent_key.clone(),
                    level: row.number.split('.').count() as u8,
                    grade: None,
                    grade_note: String::new(),
                    ..c.clone()
                }
            }
            None => {
                let key = new_key(&row.number, &taken);
                taken.push(key.clone());
                changes.push(ClauseChange {
                    kind: ChangeKind::Added,
                    key: key.clone(),
                    from_number: String::new(),
                    from_title: String::new(),
                    to_number: row.number.clone(),
                    to_title: row.title.clone(),
                });
                Clause {
                    key,
                    number: row.number.clone(),
                    parent: parent_key.clone(),
                    title: row.title.clone(),
                    summary: String::new(),
                    typical_evidence: String::new(),
                    level: row.number.split('.').count() as u8,
                    grade: None,
                    grade_note: String::new(),
                    previous: Vec::new(),
                }
            }
        };
        key_of.push((row.number.clone(), clause.key.clone()));
        clauses.push(clause);
    }
    for c in &current.clauses {
        if !used.contains(&c.key.as_str()) {
            changes.push(ClauseChange {
                kind: ChangeKind::Removed,
                key: c.key.clone(),
                from_number: c.number.clone(),
                from_title: c.title.clone(),
                to_number: String::new(),
                to_title: String::new(),
            });
        }
    }
    TableCorrection { changes, clauses }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::standard::gbt29490_2023;

    fn rows(list: &[(&str, &str)]) -> Vec<OfficialRow> {
        list.iter()
            .enumerate()
            .map(|(i, (n, t))| OfficialRow {
                line: i as u32 + 2,
                number: n.to_string(),
                title: t.to_string(),
            })
            .collect()
    }

    fn table(list: &[Vec<&str>]) -> Vec<Vec<String>> {
        list.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn the_current_table_itself_only_confirms() {
        let s = gbt29490_2023().unwrap();
        let same: Vec<OfficialRow> = s
            .clauses
            .iter()
            .enumerate()
            .map(|(i, c)| OfficialRow {
                line: i as u32 + 2,
                number: c.number.clone(),
                title: c.title.clone(),
            })
            .collect();
        let fix = correct(&s, &same);
        assert!(fix.only_confirms(), "{:?}", fix.changes);
        assert_eq!(fix.clauses.len(), s.clauses.len());
        assert!(fix.clauses.iter().all(|c| c.grade.is_none()));
        let keys = |v: &[Clause]| v.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&fix.clauses), keys(&s.clauses));
    }

    #[test]
    fn a_renumbered_a_retitled_an_added_and_a_removed_clause() {
        let s = gbt29490_2023().unwrap();
        // As the official text might have it: chapter 4 is 企业环境; 6.1 is
        // 应对风险和机会的措施 with 6.1.1 and 6.1.2 under it; 目标 moves up to
        // 6.2; 变更的策划 is gone; 6.5 is new.
        let mut official: Vec<(String, String)> = Vec::new();
        for c in &s.clauses {
            match c.number.as_str() {
                "4" => official.push(("4".into(), "企业环境".into())),
                "6.1" => {
                    official.push(("6.1".into(), "应对风险和机会的措施".into()));
                    official.push(("6.1.1".into(), "总则".into()));
                    official.push(("6.1.2".into(), "知识产权合规风险的评价".into()));
                }
                "6.2" | "6.4" => {}
                "6.3" => {
                    official.push(("6.2".into(), c.title.clone()));
                    official.push(("6.5".into(), "知识产权合规风险评估".into()));
                }
                _ => official.push((c.number.clone(), c.title.clone())),
            }
        }
        let list: Vec<(&str, &str)> = official
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let fix = correct(&s, &rows(&list));
        let change = |key: &str| fix.changes.iter().find(|c| c.key == key).unwrap();
        let summary = |key: &str| {
            let c = change(key);
            (c.kind, c.from_number.clone(), c.to_number.clone())
        };
        assert_eq!(change("context_chapter").kind, ChangeKind::Retitled);
        // A title found under the same parent wins over a number: the risk
        // clause (6.2) is the official 6.1, and records on it follow.
        assert_eq!(
            summary("risks_opportunities"),
            (ChangeKind::Renumbered, "6.2".into(), "6.1".into())
        );
        assert_eq!(
            summary("ip_objectives"),
            (ChangeKind::Renumbered, "6.3".into(), "6.2".into())
        );
        assert_eq!(change("planning_general").kind, ChangeKind::Removed);
        assert_eq!(change("planning_changes").kind, ChangeKind::Removed);
        for added in ["clause_6_1_1", "clause_6_1_2", "clause_6_5"] {
            assert_eq!(change(added).kind, ChangeKind::Added, "{added}");
        }
        let child = fix
            .clauses
            .iter()
            .find(|c| c.key == "clause_6_1_2")
            .unwrap();
        assert_eq!(child.parent.as_deref(), Some("risks_opportunities"));
        assert_eq!(change("context").kind, ChangeKind::Confirmed);
        // The summaries of a matched clause stay; the table is official now.
        let risk = fix
            .clauses
            .iter()
            .find(|c| c.key == "risks_opportunities")
            .unwrap();
        assert!(!risk.summary.is_empty() && risk.grade.is_none());
        assert_eq!(fix.clauses.len(), list.len());
    }

    #[test]
    fn same_titles_under_different_parents_match_their_own() {
        let s = gbt29490_2023().unwrap();
        // Several 通则 (6.1, 7.1.1, 7.5.1, 9.1, 10.1): each matches under its parent.
        let same: Vec<OfficialRow> = s
            .clauses
            .iter()
            .map(|c| OfficialRow {
                line: 0,
                number: c.number.clone(),
                title: c.title.clone(),
            })
            .collect();
        let fix = correct(&s, &same);
        for key in [
            "planning_general",
            "resources_general",
            "evaluation_general",
            "improvement_general",
        ] {
            assert_eq!(
                fix.changes.iter().find(|c| c.key == key).unwrap().kind,
                ChangeKind::Confirmed,
                "{key}"
            );
        }
    }

    #[test]
    fn bad_official_tables_are_refused_with_the_row() {
        let e = parse_official(table(&[
            vec!["编号", "名称"],
            vec!["4", "组织环境"],
            vec!["4.x", "甲"],
        ]))
        .unwrap_err();
        assert!(
            e.message.contains("第 3 行") && e.message.contains("4.x"),
            "{}",
            e.message
        );
        let e = parse_official(table(&[
            vec!["条款号", "标题"],
            vec!["4.1", "理解企业及其环境"],
        ]))
        .unwrap_err();
        assert!(
            e.message.contains("上级条款 4 未在前面列出"),
            "{}",
            e.message
        );
        let e = parse_official(table(&[
            vec!["条款号", "标题", "上级"],
            vec!["4", "组织环境", "-"],
            vec!["4.1", "甲", "5"],
        ]))
        .unwrap_err();
        assert!(
            e.message.contains("第 3 行") && e.message.contains("上级应为 4"),
            "{}",
            e.message
        );
        let e = parse_official(table(&[vec!["甲", "乙"], vec!["4", "组织环境"]])).unwrap_err();
        assert!(e.message.contains("条款号"), "{}", e.message);
        let e = parse_official(table(&[vec!["条款号", "标题"], vec!["4", ""]])).unwrap_err();
        assert!(e.message.contains("没有标题"), "{}", e.message);
        let ok = parse_official(table(&[
            vec![],
            vec![" 条款号 ", "标题", "上级"],
            vec!["4", "组织环境", ""],
            vec!["4.1", "理解组织及其环境", "4"],
            vec!["", "", ""],
            vec!["B", "典型禁止性行为", "-"],
        ]))
        .unwrap();
        assert_eq!(ok.len(), 3);
        assert_eq!((ok[1].line, ok[1].title.as_str()), (4, "理解组织及其环境"));
    }
}
