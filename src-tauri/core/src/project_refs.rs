//! Project references: `{{…}}` markup kept in a document's stored text and
//! rendered from the project's current data whenever the text is shown or
//! exported — other documents by template key, departments by the part they
//! play, the standard, the clauses left out, and tables built from the
//! organisation. (Generation-time placeholders such as `{{企业名称}}` are in
//! [`crate::doctext::PLACEHOLDERS`]; clause references in `doctext` too.)
//!
//! | markup | renders as |
//! |---|---|
//! | `{{文件:P02}}` | `《标题》（编号）` of the project's document made from template P02 |
//! | `{{文件编号:P02}}` / `{{文件名称:P02}}` | its code / its title |
//! | `{{部门:rd_department}}` | the departments playing that part; none: the unit holding it is left out |
//! | `{{各部门}}` | every active department |
//! | `{{标准}}` / `{{标准编号}}` | the project's edition, with / without its title |
//! | `{{删减说明}}` | the clauses marked 不适用, with reasons, or 无删减 |
//! | a line `{{表:文件编号规则}}` / `{{表:组织机构}}` / `{{表:职能分配表}}` | a table |
//! | a table row with `{{每个部门}}` | that row once per department |

mod context;
mod render;
mod tables;

pub use context::{RefContext, RefDepartment, RefDocument, Rendered};

use crate::catalog::templates::OwnerKind;

/// A table generated from the project, written alone on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRef {
    /// 文件编号规则: the code scheme.
    CodingRule,
    /// 组织机构: departments, heads, duties, parts.
    Organisation,
    /// 职能分配表: clause × department, ★ 主责 ○ 配合.
    Allocation,
}

impl TableRef {
    pub const ALL: [(TableRef, &'static str); 3] = [
        (TableRef::CodingRule, "文件编号规则"),
        (TableRef::Organisation, "组织机构"),
        (TableRef::Allocation, "职能分配表"),
    ];
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(t, _)| *t == self)
            .map(|(_, n)| *n)
            .unwrap_or_default()
    }
}

/// One project reference, parsed from the name inside `{{…}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectRef<'a> {
    /// `《title》（code）` of the document made from this template key.
    Document(&'a str),
    DocumentCode(&'a str),
    DocumentTitle(&'a str),
    /// The departments playing a part.
    Department(OwnerKind),
    AllDepartments,
    /// A table row repeated per department.
    EachDepartment,
    Standard,
    StandardCode,
    /// The clauses marked 不适用, or 无删减.
    Exclusions,
    Table(TableRef),
}

impl ProjectRef<'_> {
    /// The template key a document reference names.
    pub fn document_key(&self) -> Option<&str> {
        match self {
            ProjectRef::Document(k)
            | ProjectRef::DocumentCode(k)
            | ProjectRef::DocumentTitle(k) => Some(k),
            _ => None,
        }
    }
}

/// The name of a project reference without argument, or the prefix of one with.
pub const NAMES: [&str; 10] = [
    "文件:",
    "文件编号:",
    "文件名称:",
    "部门:",
    "表:",
    "各部门",
    "每个部门",
    "标准",
    "标准编号",
    "删减说明",
];

/// `None`: not a project reference. `Some(Err)`: one with a bad argument.
pub fn parse(name: &str) -> Option<Result<ProjectRef<'_>, String>> {
    let name = name.trim();
    let arg = |prefix: &str| name.strip_prefix(prefix).map(str::trim);
    for (prefix, f) in [("文件:", 0), ("文件编号:", 1), ("文件名称:", 2)] {
        if let Some(v) = name.strip_prefix(prefix).map(str::trim) {
            return Some(if is_template_key(v) {
                Ok(match f {
                    0 => ProjectRef::Document(v),
                    1 => ProjectRef::DocumentCode(v),
                    _ => ProjectRef::DocumentTitle(v),
                })
            } else {
                Err(format!(
                    "“{{{{{name}}}}}”应写模板键，如 {{{{{prefix}P02}}}}"
                ))
            });
        }
    }
    if let Some(part) = arg("部门:") {
        return Some(
            OwnerKind::from_code(part)
                .map(ProjectRef::Department)
                .ok_or_else(|| {
                    format!(
                        "未知的部门职能“{part}”，可用：{}",
                        OwnerKind::ALL.map(|k| k.code()).join("、")
                    )
                }),
        );
    }
    if let Some(t) = arg("表:") {
        return Some(
            TableRef::ALL
                .iter()
                .find(|(_, n)| *n == t)
                .map(|(r, _)| ProjectRef::Table(*r))
                .ok_or_else(|| {
                    format!(
                        "未知的表“{t}”，可用：{}",
                        TableRef::ALL.map(|(_, n)| n).join("、")
                    )
                }),
        );
    }
    Some(Ok(match name {
        "各部门" => ProjectRef::AllDepartments,
        "每个部门" => ProjectRef::EachDepartment,
        "标准" => ProjectRef::Standard,
        "标准编号" => ProjectRef::StandardCode,
        "删减说明" => ProjectRef::Exclusions,
        _ => return None,
    }))
}

/// `F01`, `M01`, `P12`, `R07`: a letter and two or three digits.
pub fn is_template_key(k: &str) -> bool {
    let b = k.as_bytes();
    (3..=4).contains(&b.len())
        && matches!(b[0], b'F' | b'M' | b'P' | b'R')
        && b[1..].iter().all(u8::is_ascii_digit)
}

/// What [`scan`] finds: references and problems, each with its line (1-based).
pub type Scan<'a> = (Vec<(u32, ProjectRef<'a>)>, Vec<(u32, String)>);

/// Every project reference in the text with its line; bad ones as problems.
pub fn scan(text: &str) -> Scan<'_> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n as u32 + 1;
        let mut rest = line;
        while let Some(open) = rest.find("{{") {
            let after = &rest[open + 2..];
            let Some(close) = after.find("}}") else { break };
            match parse(&after[..close]) {
                Some(Ok(r)) => {
                    if let Some(p) = misplaced(line, &r) {
                        problems.push((line_no, p));
                    }
                    found.push((line_no, r));
                }
                Some(Err(e)) => problems.push((line_no, e)),
                None => {}
            }
            rest = &after[close + 2..];
        }
    }
    (found, problems)
}

/// A table must stand alone on its line; a per-department row must be a table row.
fn misplaced(line: &str, r: &ProjectRef) -> Option<String> {
    match r {
        ProjectRef::Table(t) if line.trim() != format!("{{{{表:{}}}}}", t.name()) => {
            Some(format!("“{{{{表:{}}}}}”须单独成行", t.name()))
        }
        ProjectRef::EachDepartment if !line.trim_start().starts_with('|') => {
            Some("“{{每个部门}}”只能写在表格行中".into())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_bad_arguments_are_explained() {
        assert_eq!(parse("文件:P02"), Some(Ok(ProjectRef::Document("P02"))));
        assert_eq!(
            parse(" 文件编号: R07 "),
            Some(Ok(ProjectRef::DocumentCode("R07")))
        );
        assert_eq!(
            parse("部门:rd_department"),
            Some(Ok(ProjectRef::Department(OwnerKind::RdDepartment)))
        );
        assert_eq!(
            parse("表:职能分配表"),
            Some(Ok(ProjectRef::Table(TableRef::Allocation)))
        );
        assert_eq!(parse("删减说明"), Some(Ok(ProjectRef::Exclusions)));
        assert_eq!(parse("企业名称"), None);
        assert_eq!(parse("条款:4.2.2"), None);
        assert!(parse("文件:文件控制程序")
            .unwrap()
            .unwrap_err()
            .contains("模板键"));
        assert!(parse("部门:生产部")
            .unwrap()
            .unwrap_err()
            .contains("rd_department"));
        assert!(parse("表:花名册")
            .unwrap()
            .unwrap_err()
            .contains("组织机构"));
    }

    #[test]
    fn scan_finds_references_and_misplaced_tables() {
        let (found, problems) =
            scan("见{{文件:P02}}。\n{{表:组织机构}}\n前言{{表:职能分配表}}\n{{每个部门}}\n| {{每个部门}} | |");
        assert_eq!(found.len(), 5);
        assert_eq!(found[1], (2, ProjectRef::Table(TableRef::Organisation)));
        let lines: Vec<u32> = problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, vec![3, 4], "{problems:?}");
    }
}
