//! The clause library: GB/T 29490 as a clause tree, from `assets/standards/`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::clause_table;
use crate::error::{CoreError, Result};

const GBT29490_2013: &str = include_str!("../../../../assets/standards/gbt29490-2013.tsv");
const GBT29490_2013_META: &str = include_str!("../../../../assets/standards/gbt29490-2013.json");
const GBT29490_2023: &str = include_str!("../../../../assets/standards/gbt29490-2023.tsv");
const GBT29490_2023_META: &str = include_str!("../../../../assets/standards/gbt29490-2023.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Clause {
    /// What records refer to: stable when a provisional table's numbers and
    /// titles are corrected. In a table checked against the official text
    /// from the start (2013) it is the clause number.
    pub key: String,
    /// e.g. `4.2.2`, or `B.1` in an annex: rendered, never stored.
    pub number: String,
    /// The parent's key.
    pub parent: Option<String>,
    pub title: String,
    /// A paraphrase of the requirement, not the standard's wording.
    pub summary: String,
    pub typical_evidence: String,
    /// Depth in the tree: 1 for chapters.
    pub level: u8,
    /// How sure the number and title are, in a provisional table; `None`
    /// where they are the official text's.
    pub grade: Option<ClauseGrade>,
    /// What about the number or title is inferred, e.g. “编号推断”.
    pub grade_note: String,
    /// The keys of the previous edition's clauses this one carries on
    /// (inferred where the edition is provisional).
    pub previous: Vec<String>,
}

/// The grade of a provisional clause's number and title
/// (shared/domain/gbt29490-2023.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClauseGrade {
    /// The same number and title in two independent sources.
    Attested,
    /// Number and title seen in one source.
    SingleSource,
    /// Inferred.
    Inferred,
}

impl ClauseGrade {
    pub fn from_code(c: &str) -> Option<Self> {
        Some(match c {
            "A" => ClauseGrade::Attested,
            "B" => ClauseGrade::SingleSource,
            "C" => ClauseGrade::Inferred,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            ClauseGrade::Attested => "两处来源一致",
            ClauseGrade::SingleSource => "仅一处来源",
            ClauseGrade::Inferred => "推断",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StandardEdition {
    pub id: String,
    /// The edition's name on the command line, e.g. `gbt29490-2023`.
    pub code: String,
    pub name: String,
    /// Whether the clause table is a reconstruction not yet checked against
    /// the official text (its numbers are 暂定编号).
    pub provisional: bool,
    /// Where the official text can be read.
    pub official_text: String,
    /// When the project's copy of the table was corrected against the
    /// official text (then `provisional` is false); `None` for a shipped table.
    pub checked: Option<TableCheck>,
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

/// A clause table corrected against the official text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TableCheck {
    pub checked_on: NaiveDate,
    /// The file the official table came from.
    pub source: String,
}

/// The data beside a clause library (`assets/standards/<id>.json`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionMeta {
    id: String,
    code: String,
    name: String,
    provisional: bool,
    official_text: String,
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
    /// The clause records refer to by `key`.
    pub fn clause(&self, key: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.key == key)
    }
    /// Clauses with no children: the ones assessed, covered and audited.
    pub fn leaves(&self) -> impl Iterator<Item = &Clause> {
        self.clauses.iter().filter(|c| {
            !self
                .clauses
                .iter()
                .any(|o| o.parent.as_deref() == Some(&c.key))
        })
    }
    /// The chapter (level-1 clause) a clause sits in.
    pub fn chapter_of(&self, key: &str) -> Option<&Clause> {
        let mut c = self.clause(key)?;
        while let Some(p) = c.parent.as_deref() {
            c = self.clause(p)?;
        }
        Some(c)
    }
    /// Whether `key` names a leaf clause (one assessed, covered and audited).
    pub fn is_leaf(&self, key: &str) -> bool {
        self.clause(key).is_some()
            && !self
                .clauses
                .iter()
                .any(|o| o.parent.as_deref() == Some(key))
    }
    /// “4.2.2 文件控制” for a key; the key itself when the table lacks it.
    pub fn label(&self, key: &str) -> String {
        self.clause(key)
            .map(|c| format!("{} {}", c.number, c.title))
            .unwrap_or_else(|| key.to_string())
    }
    /// The clause number a key renders as; the key itself when the table lacks it.
    pub fn number_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.clause(key).map(|c| c.number.as_str()).unwrap_or(key)
    }
    /// A clause key's place in the table (the standard's order); unknown
    /// keys after every known one.
    pub fn position(&self, key: &str) -> usize {
        self.clauses
            .iter()
            .position(|c| c.key == key)
            .unwrap_or(usize::MAX)
    }
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
        clauses: clause_table::parse(&m.clauses_file, clauses)?,
        id: m.id,
        code: m.code,
        name: m.name,
        provisional: m.provisional,
        official_text: m.official_text,
        checked: None,
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

/// The 2023 edition's provisional table: reconstructed from public sources,
/// graded row by row (shared/domain/gbt29490-2023.md).
pub fn gbt29490_2023() -> Result<StandardEdition> {
    edition("gbt29490-2023.json", GBT29490_2023_META, GBT29490_2023)
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
                assert!(c.number.starts_with(&format!("{}.", parent.number)));
            }
        }
        // Siblings are numbered 1..n without gaps.
        for c in &s.clauses {
            let kids: Vec<u32> = s
                .clauses
                .iter()
                .filter(|k| k.parent.as_deref() == Some(&c.key))
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
    fn the_2023_table_is_provisional_row_by_row_and_maps_back_to_2013() {
        let s = gbt29490_2023().unwrap();
        let old = gbt29490_2013().unwrap();
        assert!(s.provisional && !old.provisional);
        assert_eq!(s.code, "gbt29490-2023");
        assert_eq!(s.clauses.len(), 64);
        // Every row says how sure its number and title are; only 附录B's
        // title is seen in two sources.
        assert!(s.clauses.iter().all(|c| c.grade.is_some()));
        let attested: Vec<_> = s
            .clauses
            .iter()
            .filter(|c| c.grade == Some(ClauseGrade::Attested))
            .map(|c| c.number.as_str())
            .collect();
        assert_eq!(attested, ["B"]);
        assert!(old
            .clauses
            .iter()
            .all(|c| c.grade.is_none() && c.key == c.number));
        // The correspondence names 2013 clauses that exist.
        for c in &s.clauses {
            for p in &c.previous {
                assert!(old.clause(p).is_some(), "{} names 2013 {p}", c.key);
            }
        }
        let obligations = s.clause("compliance_obligations").unwrap();
        assert_eq!(
            (obligations.number.as_str(), obligations.previous.as_slice()),
            ("4.5", &["5.3.3".to_string()][..])
        );
        // Titles carry no inference notes; those sit beside them.
        assert!(s.clauses.iter().all(|c| !c.title.contains("推断")));
        assert_eq!(
            s.clause("risks_opportunities").unwrap().grade_note,
            "编号与标题均为推断"
        );
        let d = |x: &str| x.parse::<NaiveDate>().unwrap();
        assert!(s.not_certifiable_on(d("2023-12-31")).is_some());
        assert_eq!(s.not_certifiable_on(d("2026-12-04")), None);
        assert!(s.position("context") < s.position("prohibited_trade_secret"));
    }
}
