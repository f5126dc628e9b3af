//! The internal-audit checklist questions, as data in
//! `assets/audit/questions-<edition code>.tsv`: for each leaf clause a
//! question for any department (`*`) and questions for the parts a
//! department plays (the template owner codes), so R&D is asked about its
//! 研发记录 and purchasing about its 采购合同 for the same clause. The
//! wording is the app's own, never the standard's.

use super::templates::OwnerKind;
use super::StandardEdition;
use crate::error::{CoreError, Result};

include!(concat!(env!("OUT_DIR"), "/audit_questions.rs"));

/// The header row every question table starts with (after its comments).
const HEADER: [&str; 4] = ["clause", "part", "question", "evidence"];
/// The longest question or evidence cell.
const MAX_CELL: usize = 300;
/// The longest checklist line one clause can produce (every row of it
/// joined): a checklist question holds at most 1000 characters.
const MAX_LINE: usize = 1000;

/// One row of a question table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditQuestion {
    pub clause: String,
    /// The part a department plays for this question to be asked;
    /// `None` (`*`): any department.
    pub part: Option<OwnerKind>,
    /// 查什么、问谁 — never a clause number (the line shows its clause).
    pub question: String,
    /// 看什么记录, `、`-separated.
    pub evidence: String,
}

/// The question table of one edition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuestions {
    pub rows: Vec<AuditQuestion>,
}

impl AuditQuestions {
    fn row(&self, clause: &str, part: Option<OwnerKind>) -> Option<&AuditQuestion> {
        self.rows
            .iter()
            .find(|r| r.clause == clause && r.part == part)
    }
}

/// Parses a question table; a bad row is reported with the file, its line
/// and why. `is_leaf` says whether a clause key names a leaf clause of the
/// edition (the only clauses audited).
pub fn parse(file: &str, text: &str, is_leaf: &dyn Fn(&str) -> bool) -> Result<AuditQuestions> {
    let bad = |line: usize, why: String| {
        CoreError::invalid(format!("审核问题表 {file} 第 {line} 行：{why}"))
    };
    let mut rows: Vec<(usize, AuditQuestion)> = Vec::new();
    let mut header_seen = false;
    for (i, l) in text.lines().enumerate() {
        let line = i + 1;
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = l.split('\t').map(str::trim).collect();
        if !header_seen {
            if cells != HEADER {
                return Err(bad(
                    line,
                    format!("表头应为“{}”（以制表符分隔）", HEADER.join(" | ")),
                ));
            }
            header_seen = true;
            continue;
        }
        let [clause, part, question, evidence] = cells[..] else {
            return Err(bad(
                line,
                format!(
                    "应有 4 列（条款、部门职能、检查问题、查看记录），实为 {} 列",
                    cells.len()
                ),
            ));
        };
        if !is_leaf(clause) {
            return Err(bad(line, format!("条款 {clause} 不是本版标准的末级条款")));
        }
        let part = match part {
            "*" => None,
            code => Some(OwnerKind::from_code(code).ok_or_else(|| {
                bad(
                    line,
                    format!(
                        "未知的部门职能“{code}”（可选：*、{}）",
                        OwnerKind::ALL.map(|k| k.code()).join("、")
                    ),
                )
            })?),
        };
        if question.is_empty() {
            return Err(bad(line, "检查问题为空".into()));
        }
        for (what, cell) in [("检查问题", question), ("查看记录", evidence)] {
            if cell.chars().count() > MAX_CELL {
                return Err(bad(line, format!("{what}超过 {MAX_CELL} 字")));
            }
            if let Some(n) = clause_number_in(cell) {
                return Err(bad(
                    line,
                    format!("{what}写了条款号“{n}”：检查表的每一行已显示其条款，问题中不写条款号"),
                ));
            }
            if cell.contains("{{") {
                return Err(bad(line, format!("{what}中不能有“{{{{…}}}}”标记")));
            }
        }
        if let Some((first, _)) = rows
            .iter()
            .find(|(_, r)| r.clause == clause && r.part == part)
        {
            return Err(bad(
                line,
                format!(
                    "条款 {clause} 的“{}”问题与第 {first} 行重复",
                    part.map_or("*", |k| k.code())
                ),
            ));
        }
        rows.push((
            line,
            AuditQuestion {
                clause: clause.to_string(),
                part,
                question: question.to_string(),
                evidence: evidence.to_string(),
            },
        ));
    }
    if !header_seen {
        return Err(bad(1, "缺少表头".into()));
    }
    let questions = AuditQuestions {
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    };
    for r in &questions.rows {
        let longest = render(
            &questions
                .rows
                .iter()
                .filter(|o| o.clause == r.clause)
                .collect::<Vec<_>>(),
        );
        if longest.chars().count() > MAX_LINE {
            return Err(CoreError::invalid(format!(
                "审核问题表 {file}：条款 {} 的全部问题合起来超过 {MAX_LINE} 字（一个部门承担全部职能时的检查内容）",
                r.clause
            )));
        }
    }
    Ok(questions)
}

/// The first thing in `s` that reads like a clause number (`4.2`, `B.1`).
fn clause_number_in(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len()).find_map(|i| {
        let starts = chars[i].is_ascii_digit() || chars[i].is_ascii_uppercase();
        let dot_then_digit =
            chars.get(i + 1) == Some(&'.') && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit());
        (starts && dot_then_digit).then(|| chars[i..(i + 3).min(chars.len())].iter().collect())
    })
}

fn file_of(code: &str) -> Option<(&'static str, &'static str)> {
    let name = format!("questions-{code}.tsv");
    AUDIT_QUESTION_FILES
        .iter()
        .find(|(f, _)| *f == name)
        .copied()
}

/// The question table shipped for `standard` (`assets/audit/questions-<code>.tsv`),
/// its clauses checked against that table; empty when none is shipped
/// (every line then falls back to the clause's summary).
pub fn builtin(standard: &StandardEdition) -> Result<AuditQuestions> {
    match file_of(&standard.code) {
        Some((file, text)) => parse(file, text, &|c| standard.is_leaf(c)),
        None => Ok(AuditQuestions::default()),
    }
}

/// The question table of the edition `code` without checking its clauses
/// against a table: a project whose clause table was corrected keeps the
/// questions of the keys it still has.
pub fn for_edition(code: &str) -> Result<AuditQuestions> {
    match file_of(code) {
        Some((file, text)) => parse(file, text, &|_| true),
        None => Ok(AuditQuestions::default()),
    }
}

/// The checklist question for a department playing `parts` on `clause`:
/// the questions of every part it plays that the table has a row for,
/// joined in [`OwnerKind::ALL`] order (a department that is both R&D and
/// production is asked both), else the `*` question, else — a clause the
/// table lacks, e.g. one added by a correction — the clause's summary and
/// typical evidence. It names no clause number.
pub fn question_for(
    standard: &StandardEdition,
    questions: &AuditQuestions,
    clause: &str,
    parts: &[OwnerKind],
) -> String {
    let mut rows: Vec<&AuditQuestion> = OwnerKind::ALL
        .into_iter()
        .filter(|k| parts.contains(k))
        .filter_map(|k| questions.row(clause, Some(k)))
        .collect();
    if rows.is_empty() {
        rows.extend(questions.row(clause, None));
    }
    if !rows.is_empty() {
        return render(&rows);
    }
    match standard.clause(clause) {
        Some(c) if !c.summary.is_empty() => format!(
            "{}。查看：{}",
            c.summary.trim_end_matches('。'),
            if c.typical_evidence.is_empty() {
                "相关记录"
            } else {
                &c.typical_evidence
            }
        ),
        _ => "是否按体系文件要求实施并保留记录".to_string(),
    }
}

/// “问题一。问题二。查看：记录甲、记录乙”: the questions in turn, then every
/// record named once.
fn render(rows: &[&AuditQuestion]) -> String {
    let mut evidence: Vec<&str> = Vec::new();
    for r in rows {
        for e in r
            .evidence
            .split('、')
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            if !evidence.contains(&e) {
                evidence.push(e);
            }
        }
    }
    let asked: Vec<&str> = rows
        .iter()
        .map(|r| r.question.trim_end_matches('。'))
        .collect();
    format!(
        "{}。查看：{}",
        asked.join("。"),
        if evidence.is_empty() {
            "相关记录".to_string()
        } else {
            evidence.join("、")
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::standard::{gbt29490_2013, gbt29490_2023};

    const HEAD: &str = "# 本软件自拟\nclause\tpart\tquestion\tevidence\n";

    fn leaf(c: &str) -> bool {
        ["8.2", "8.3"].contains(&c)
    }

    fn err(text: &str) -> String {
        parse("q.tsv", &format!("{HEAD}{text}"), &leaf)
            .unwrap_err()
            .message
    }

    #[test]
    fn broken_tables_are_reported_precisely() {
        assert!(
            err("8.9\t*\t问\t记录\n").contains("q.tsv 第 3 行：条款 8.9 不是本版标准的末级条款")
        );
        let e = err("8.2\tlab\t问\t记录\n");
        assert!(
            e.contains("第 3 行：未知的部门职能“lab”（可选：*、ip_department、"),
            "{e}"
        );
        assert!(err("8.2\t*\t\t记录\n").contains("第 3 行：检查问题为空"));
        assert!(err("8.2\t*\t问\n").contains("第 3 行：应有 4 列"));
        let e = err("8.2\t*\t按8.3的要求问\t记录\n");
        assert!(e.contains("检查问题写了条款号“8.3”"), "{e}");
        assert!(err("8.2\t*\t问\t见B.1\n").contains("查看记录写了条款号“B.1”"));
        let e = err("8.2\trd_department\t问\t记录\n8.2\trd_department\t再问\t记录\n");
        assert!(
            e.contains("第 4 行：条款 8.2 的“rd_department”问题与第 3 行重复"),
            "{e}"
        );
        let e = parse("q.tsv", "# 只有注释\n", &leaf).unwrap_err().message;
        assert!(e.contains("缺少表头"), "{e}");
        let e = parse("q.tsv", "clause\tpart\tquestion\n", &leaf)
            .unwrap_err()
            .message;
        assert!(e.contains("第 1 行：表头应为"), "{e}");
        let long = "问".repeat(250);
        let rows: String = OwnerKind::ALL
            .iter()
            .map(|k| format!("8.2\t{}\t{long}\t记录\n", k.code()))
            .collect();
        assert!(err(&rows).contains("条款 8.2 的全部问题合起来超过 1000 字"));
        // Numbers that are not clause numbers are fine.
        parse(
            "q.tsv",
            &format!("{HEAD}8.2\t*\t抽查 1–2 份，覆盖率 100%\t记录\n"),
            &leaf,
        )
        .unwrap();
    }

    #[test]
    fn the_question_follows_the_parts_a_department_plays() {
        let s = gbt29490_2013().unwrap();
        let q = parse(
            "q.tsv",
            &format!(
                "{HEAD}8.2\t*\t通用问题\t记录\n8.2\trd_department\t研发问题。\t研发记录、技术交底书\n\
                 8.2\tprocurement_department\t采购问题\t采购合同、研发记录\n"
            ),
            &leaf,
        )
        .unwrap();
        use OwnerKind::*;
        assert_eq!(
            question_for(&s, &q, "8.2", &[RdDepartment]),
            "研发问题。查看：研发记录、技术交底书"
        );
        assert_eq!(
            question_for(&s, &q, "8.2", &[Office]),
            "通用问题。查看：记录"
        );
        assert_eq!(question_for(&s, &q, "8.2", &[]), "通用问题。查看：记录");
        // Several parts: each question in the fixed part order, each record once.
        assert_eq!(
            question_for(&s, &q, "8.2", &[ProcurementDepartment, RdDepartment]),
            "研发问题。采购问题。查看：研发记录、技术交底书、采购合同"
        );
        // A clause the table lacks: its summary and evidence, no number.
        let fallback = question_for(&s, &q, "8.4", &[ProductionDepartment]);
        assert!(
            fallback.starts_with("对生产中的工艺改进") && fallback.ends_with("查看：生产记录"),
            "{fallback}"
        );
    }

    /// Every leaf clause of each shipped edition has a `*` question, every
    /// row names a leaf clause of its edition, and each table says the
    /// wording is the app's own.
    #[test]
    fn every_shipped_table_covers_its_edition() {
        for s in [gbt29490_2013().unwrap(), gbt29490_2023().unwrap()] {
            let (file, text) = file_of(&s.code).expect("a question table per edition");
            assert!(
                text.starts_with("# ") && text.lines().next().unwrap().contains("本软件自拟"),
                "{file}"
            );
            let q = builtin(&s).unwrap();
            let missing: Vec<&str> = s
                .leaves()
                .map(|c| c.key.as_str())
                .filter(|k| q.row(k, None).is_none())
                .collect();
            assert!(
                missing.is_empty(),
                "{file}：缺少“*”问题的末级条款 {missing:?}"
            );
            assert!(q.rows.iter().all(|r| s.is_leaf(&r.clause)));
            // Part-specific questions where the clause touches the part.
            let has = |c: &str, k: OwnerKind| q.row(c, Some(k)).is_some();
            let rd = if s.code == "gbt29490-2013" {
                "8.2"
            } else {
                "research_development"
            };
            let buy = if s.code == "gbt29490-2013" {
                "8.3"
            } else {
                "procurement"
            };
            assert!(has(rd, OwnerKind::RdDepartment) && has(buy, OwnerKind::ProcurementDepartment));
            let specific = q.rows.iter().filter(|r| r.part.is_some()).count();
            assert!(
                specific > s.leaves().count(),
                "{file}：{specific} 条部门问题"
            );
        }
    }
}
