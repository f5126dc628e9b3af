//! A clause table as text (`assets/standards/*.tsv`): a header naming the
//! columns, then one clause a row. Columns `clause`, `parent`, a title
//! (`title` or `title_zh`), `requirement_summary` and `typical_evidence` are
//! required; `key` (default: the clause number), `grade` (A/B/C, for a
//! provisional table), `title_note` and `from_2013` (the previous edition's
//! keys, comma-separated) are optional. `parent` names the parent's key;
//! `-` stands for an empty cell.

use super::standard::{Clause, ClauseGrade};
use crate::error::{CoreError, Result};

const REQUIRED: [&str; 4] = [
    "clause",
    "parent",
    "requirement_summary",
    "typical_evidence",
];

fn dash_empty(s: &str) -> String {
    if s.trim() == "-" {
        String::new()
    } else {
        s.trim().to_string()
    }
}

/// `4`, `4.2.2`, or an annex's `B`, `B.1`.
pub fn valid_number(number: &str) -> bool {
    let mut parts = number.split('.');
    let first = parts.next().unwrap_or_default();
    let first_ok = (!first.is_empty() && first.chars().all(|c| c.is_ascii_digit()))
        || (first.len() == 1 && first.chars().all(|c| c.is_ascii_uppercase()));
    first_ok && parts.all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// A key records can hold: the number itself, or letters, digits and `_`.
fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

struct Columns {
    index: Vec<(String, usize)>,
}

impl Columns {
    fn get<'a>(&self, row: &[&'a str], name: &str) -> Option<&'a str> {
        self.index
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, i)| row.get(*i).copied())
    }
}

/// Parses a clause table; a bad row is reported with the file, its line and why.
pub fn parse(file: &str, text: &str) -> Result<Vec<Clause>> {
    let bad =
        |line: usize, why: String| CoreError::invalid(format!("条款库 {file} 第 {line} 行：{why}"));
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, h)| {
            h.trim_start_matches('\u{feff}')
                .split('\t')
                .map(str::trim)
                .collect()
        })
        .unwrap_or_default();
    let cols = Columns {
        index: header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.to_string(), i))
            .collect(),
    };
    let title_col = ["title", "title_zh"]
        .into_iter()
        .find(|t| header.contains(t));
    let missing: Vec<&str> = REQUIRED
        .into_iter()
        .filter(|c| !header.contains(c))
        .chain(title_col.is_none().then_some("title"))
        .collect();
    if !missing.is_empty() {
        return Err(bad(1, format!("缺少列：{}", missing.join("、"))));
    }
    let title_col = title_col.unwrap_or("title");

    let mut out: Vec<Clause> = Vec::new();
    for (i, line) in lines {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != header.len() {
            return Err(bad(
                line_no,
                format!("应有 {} 列，实有 {} 列", header.len(), f.len()),
            ));
        }
        let cell = |name: &str| cols.get(&f, name).map(str::trim).unwrap_or_default();
        let number = cell("clause").to_string();
        if !valid_number(&number) {
            return Err(bad(line_no, format!("条款号“{number}”格式不正确")));
        }
        let key = match cell("key") {
            "" => number.clone(),
            k => k.to_string(),
        };
        if !valid_key(&key) {
            return Err(bad(
                line_no,
                format!("条款键“{key}”只能由字母、数字、“_”和“.”组成"),
            ));
        }
        let parent = match cell("parent") {
            "-" | "" => None,
            p => Some(p.to_string()),
        };
        let expected_parent_number = number.rsplit_once('.').map(|(p, _)| p.to_string());
        let parent_number = match &parent {
            None => None,
            Some(p) => Some(
                out.iter()
                    .find(|c| &c.key == p)
                    .map(|c| c.number.clone())
                    .ok_or_else(|| {
                        bad(
                            line_no,
                            format!("条款 {number} 的上级条款 {p} 未在前面定义"),
                        )
                    })?,
            ),
        };
        if parent_number != expected_parent_number {
            return Err(bad(
                line_no,
                format!(
                    "条款 {number} 的上级应为 {}，实为 {}",
                    expected_parent_number.as_deref().unwrap_or("无"),
                    parent_number.as_deref().unwrap_or("无")
                ),
            ));
        }
        if out.iter().any(|c| c.number == number) {
            return Err(bad(line_no, format!("条款 {number} 重复")));
        }
        if out.iter().any(|c| c.key == key) {
            return Err(bad(line_no, format!("条款键 {key} 重复")));
        }
        let grade = match cell("grade") {
            "" => None,
            g => Some(
                ClauseGrade::from_code(g)
                    .ok_or_else(|| bad(line_no, format!("可信度“{g}”应为 A、B 或 C")))?,
            ),
        };
        let title = cell(title_col).to_string();
        if title.is_empty() {
            return Err(bad(line_no, format!("条款 {number} 没有标题")));
        }
        out.push(Clause {
            level: number.split('.').count() as u8,
            key,
            number,
            parent,
            title,
            summary: dash_empty(cell("requirement_summary")),
            typical_evidence: dash_empty(cell("typical_evidence")),
            grade,
            grade_note: dash_empty(cell("title_note")),
            previous: cell("from_2013")
                .split([',', '，'])
                .map(str::trim)
                .filter(|s| !s.is_empty() && *s != "-")
                .map(String::from)
                .collect(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H13: &str = "clause\tparent\ttitle_zh\trequirement_summary\ttypical_evidence\n";
    const H23: &str =
        "key\tclause\tparent\ttitle\tgrade\ttitle_note\trequirement_summary\ttypical_evidence\tfrom_2013\n";

    #[test]
    fn bad_tables_are_reported_with_line() {
        let e = parse("x.tsv", &format!("{H13}4\t-\t甲\t-\n")).unwrap_err();
        assert!(e.message.contains("第 2 行"), "{}", e.message);
        let e = parse("x.tsv", &format!("{H13}4\t-\t甲\t-\t-\n4.1\t5\t乙\t-\t-\n")).unwrap_err();
        assert!(e.message.contains("4.1"), "{}", e.message);
        let e = parse("x.tsv", &format!("{H13}4.1\t4\t乙\t-\t-\n")).unwrap_err();
        assert!(e.message.contains("未在前面定义"), "{}", e.message);
        let e = parse("x.tsv", "clause\tparent\n4\t-\n").unwrap_err();
        assert!(e.message.contains("缺少列"), "{}", e.message);
    }

    #[test]
    fn keys_parents_grades_and_annexes() {
        let t = format!(
            "{H23}ctx\t4\t-\t组织环境\tC\t章标题推断\t-\t-\t-\n\
             obligations\t4.5\tctx\t知识产权合规义务\tB\t\t识别义务\t清单\t5.3.3\n\
             acts\tB\t-\t典型禁止性行为\tA\t\t-\t-\t-\n\
             acts_patent\tB.1\tacts\t专利\tC\t推断\t-\t-\t7.1, 7.2\n"
        );
        let c = parse("x.tsv", &t).unwrap();
        assert_eq!(c[1].key, "obligations");
        assert_eq!(c[1].parent.as_deref(), Some("ctx"));
        assert_eq!(c[1].grade, Some(ClauseGrade::SingleSource));
        assert_eq!(c[1].previous, ["5.3.3"]);
        assert_eq!(c[3].number, "B.1");
        assert_eq!(c[3].level, 2);
        assert_eq!(c[3].previous, ["7.1", "7.2"]);
        assert_eq!(c[0].grade_note, "章标题推断");
        let e = parse("x.tsv", &format!("{H23}a\t4\t-\t甲\tD\t\t-\t-\t-\n")).unwrap_err();
        assert!(e.message.contains("A、B 或 C"), "{}", e.message);
        let e = parse(
            "x.tsv",
            &format!("{H23}a\t4\t-\t甲\tC\t\t-\t-\t-\na\t5\t-\t乙\tC\t\t-\t-\t-\n"),
        )
        .unwrap_err();
        assert!(e.message.contains("条款键 a 重复"), "{}", e.message);
    }

    #[test]
    fn numbers() {
        for ok in ["4", "4.2.2", "10.3", "B", "B.4"] {
            assert!(valid_number(ok), "{ok}");
        }
        for bad in ["", "4.", "a.1", "BB", "4.x", ".1"] {
            assert!(!valid_number(bad), "{bad}");
        }
    }
}
