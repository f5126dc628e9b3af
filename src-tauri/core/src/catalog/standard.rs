//! The clause library: GB/T 29490 as a clause tree, from `assets/standards/`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};

const GBT29490_2013: &str = include_str!("../../../../assets/standards/gbt29490-2013.tsv");
const GBT29490_2013_META: &str = include_str!("../../../../assets/standards/gbt29490-2013.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Clause {
    /// e.g. `4.2.2`
    pub number: String,
    pub parent: Option<String>,
    pub title: String,
    /// A paraphrase of the requirement, not the standard's wording.
    pub summary: String,
    pub typical_evidence: String,
    /// Depth in the tree: 1 for chapters.
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StandardEdition {
    pub id: String,
    pub name: String,
    /// Shown wherever summaries appear.
    pub notice: String,
    pub clauses: Vec<Clause>,
    /// The first day certification bodies accept applications on it (none: always did).
    pub applications_from: Option<NaiveDate>,
    /// The last day they accept new applications on it (none: still open).
    pub applications_until: Option<NaiveDate>,
    /// After this day certificates on it not converted are suspended or withdrawn.
    pub certificates_until: Option<NaiveDate>,
    /// The edition that replaces it, if any.
    pub successor: Option<String>,
    /// Where these dates come from, in words a user can check.
    pub validity_source: String,
}

/// The data beside a clause library (`assets/standards/<id>.json`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionMeta {
    id: String,
    name: String,
    notice: String,
    clauses_file: String,
    applications_from: Option<NaiveDate>,
    applications_until: Option<NaiveDate>,
    certificates_until: Option<NaiveDate>,
    successor: Option<String>,
    validity_source: String,
}

impl StandardEdition {
    /// Why a new certification application on this edition is not accepted
    /// on `on`, or `None` when it is.
    pub fn not_certifiable_on(&self, on: NaiveDate) -> Option<String> {
        let successor = self.successor.as_deref().unwrap_or("新版标准");
        if let Some(from) = self.applications_from.filter(|f| on < *f) {
            return Some(format!(
                "{} 自 {from} 起才受理认证申请，{on} 尚不能按其申请",
                self.id
            ));
        }
        let until = self.applications_until.filter(|u| on > *u)?;
        let mut why = format!(
            "{} 的认证申请只受理到 {until}，{on} 申请须按 {successor}",
            self.id
        );
        if let Some(c) = self.certificates_until.filter(|c| on > *c) {
            why += &format!("；未转换的 {} 证书已于 {c} 后暂停或撤销", self.id);
        }
        Some(why)
    }
}

impl StandardEdition {
    pub fn clause(&self, number: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.number == number)
    }
    /// Clauses with no children: the ones assessed, covered and audited.
    pub fn leaves(&self) -> impl Iterator<Item = &Clause> {
        self.clauses.iter().filter(|c| {
            !self
                .clauses
                .iter()
                .any(|o| o.parent.as_deref() == Some(&c.number))
        })
    }
}

fn dash_empty(s: &str) -> String {
    if s.trim() == "-" {
        String::new()
    } else {
        s.trim().to_string()
    }
}

/// Parses a clause table (`clause, parent, title_zh, requirement_summary, typical_evidence`).
pub fn parse(file: &str, text: &str) -> Result<Vec<Clause>> {
    let mut out: Vec<Clause> = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 5 {
            return Err(CoreError::invalid(format!(
                "条款库 {file} 第 {} 行应有 5 列，实有 {} 列",
                i + 1,
                f.len()
            )));
        }
        let number = f[0].trim().to_string();
        let parent = match f[1].trim() {
            "-" | "" => None,
            p => Some(p.to_string()),
        };
        let valid_number = !number.is_empty()
            && number
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        if !valid_number {
            return Err(CoreError::invalid(format!(
                "条款库 {file} 第 {} 行：条款号“{number}”格式不正确",
                i + 1
            )));
        }
        let expected_parent = number.rsplit_once('.').map(|(p, _)| p.to_string());
        if parent != expected_parent {
            return Err(CoreError::invalid(format!(
                "条款库 {file} 第 {} 行：条款 {number} 的上级应为 {:?}，实为 {:?}",
                i + 1,
                expected_parent,
                parent
            )));
        }
        if let Some(p) = &parent {
            if !out.iter().any(|c| &c.number == p) {
                return Err(CoreError::invalid(format!(
                    "条款库 {file} 第 {} 行：上级条款 {p} 未在前面定义",
                    i + 1
                )));
            }
        }
        if out.iter().any(|c| c.number == number) {
            return Err(CoreError::invalid(format!(
                "条款库 {file} 第 {} 行：条款 {number} 重复",
                i + 1
            )));
        }
        out.push(Clause {
            level: number.split('.').count() as u8,
            number,
            parent,
            title: f[2].trim().to_string(),
            summary: dash_empty(f[3]),
            typical_evidence: dash_empty(f[4]),
        });
    }
    Ok(out)
}

/// An edition from its data file and its clause table.
fn edition(meta_file: &str, meta: &str, clauses: &str) -> Result<StandardEdition> {
    let m: EditionMeta = serde_json::from_str(meta)
        .map_err(|e| CoreError::invalid(format!("标准版本数据 {meta_file} 有误：{e}")))?;
    if let (Some(from), Some(until)) = (m.applications_from, m.applications_until) {
        if from > until {
            return Err(CoreError::invalid(format!(
                "标准版本数据 {meta_file}：受理开始日期 {from} 晚于截止日期 {until}"
            )));
        }
    }
    Ok(StandardEdition {
        clauses: parse(&m.clauses_file, clauses)?,
        id: m.id,
        name: m.name,
        notice: m.notice,
        applications_from: m.applications_from,
        applications_until: m.applications_until,
        certificates_until: m.certificates_until,
        successor: m.successor,
        validity_source: m.validity_source,
    })
}

pub fn gbt29490_2013() -> Result<StandardEdition> {
    edition("gbt29490-2013.json", GBT29490_2013_META, GBT29490_2013)
}

/// Sorts clause numbers numerically (4.2.10 after 4.2.9).
pub fn clause_order(c: &str) -> Vec<u32> {
    c.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_tree_numbering_and_parents() {
        let s = gbt29490_2013().unwrap();
        assert_eq!(s.clauses.len(), 58);
        let chapters: Vec<_> = s
            .clauses
            .iter()
            .filter(|c| c.level == 1)
            .map(|c| c.number.as_str())
            .collect();
        assert_eq!(chapters, ["4", "5", "6", "7", "8", "9"]);
        for c in &s.clauses {
            if let Some(p) = &c.parent {
                let parent = s.clause(p).expect("parent exists");
                assert_eq!(parent.level + 1, c.level, "{}", c.number);
                assert!(c.number.starts_with(&format!("{p}.")));
            }
        }
        // Siblings are numbered 1..n without gaps.
        for c in &s.clauses {
            let kids: Vec<u32> = s
                .clauses
                .iter()
                .filter(|k| k.parent.as_deref() == Some(&c.number))
                .map(|k| k.number.rsplit('.').next().unwrap().parse().unwrap())
                .collect();
            assert_eq!(
                kids,
                (1..=kids.len() as u32).collect::<Vec<_>>(),
                "children of {}",
                c.number
            );
        }
        assert_eq!(s.clause("4.2.2").unwrap().title, "文件控制");
        assert!(s.leaves().any(|c| c.number == "9.3"));
        assert!(!s.leaves().any(|c| c.number == "4.2"));
    }

    #[test]
    fn the_2013_edition_is_certifiable_until_the_end_of_2024() {
        let s = gbt29490_2013().unwrap();
        let d = |x: &str| x.parse::<NaiveDate>().unwrap();
        assert_eq!(s.not_certifiable_on(d("2022-08-25")), None);
        assert_eq!(s.not_certifiable_on(d("2024-12-31")), None);
        let late = s.not_certifiable_on(d("2025-01-01")).unwrap();
        assert!(
            late.contains("2024-12-31") && late.contains("GB/T 29490-2023"),
            "{late}"
        );
        assert!(
            !late.contains("暂停"),
            "certificates still valid in 2025: {late}"
        );
        let withdrawn = s.not_certifiable_on(d("2026-12-04")).unwrap();
        assert!(withdrawn.contains("2025-12-31 后暂停或撤销"), "{withdrawn}");
        assert!(edition("x.json", "{}", "").is_err());
    }

    #[test]
    fn bad_tables_are_reported_with_line() {
        let h = "clause\tparent\ttitle_zh\trequirement_summary\ttypical_evidence\n";
        let e = parse("x.tsv", &format!("{h}4\t-\t甲\t-\n")).unwrap_err();
        assert!(e.message.contains("第 2 行"), "{}", e.message);
        let e = parse("x.tsv", &format!("{h}4\t-\t甲\t-\t-\n4.1\t5\t乙\t-\t-\n")).unwrap_err();
        assert!(e.message.contains("4.1"), "{}", e.message);
        let e = parse("x.tsv", &format!("{h}4.1\t4\t乙\t-\t-\n")).unwrap_err();
        assert!(e.message.contains("未在前面定义"), "{}", e.message);
    }
}
