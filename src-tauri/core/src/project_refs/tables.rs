//! The tables a line `{{表:…}}` stands for, as document-text table lines
//! built from the project: the coding rule, the organisation and the
//! 职能分配表.

use super::context::RefContext;
use super::render::cell;
use super::TableRef;
use crate::model::{AllocationRole, DocType};

/// Departments per 职能分配表: more go into a further table with the same rows.
const ALLOCATION_COLUMNS: usize = 8;

fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
    format!("| {} |", cells.join(" | "))
}

fn separator(n: usize) -> String {
    row(&vec!["---"; n])
}

impl RefContext {
    /// The lines standing for `{{表:…}}`.
    pub(super) fn table(&self, t: TableRef) -> Vec<String> {
        match t {
            TableRef::CodingRule => self.coding_rule(),
            TableRef::Organisation => self.organisation(),
            TableRef::Allocation => self.allocation_table(),
        }
    }

    /// 文件类别 / 编号规则 / 示例, one row per document type.
    fn coding_rule(&self) -> Vec<String> {
        let mut out = vec![row(&["文件类别", "编号规则", "示例"]), separator(3)];
        let prefix = cell(&self.code_prefix);
        for t in DocType::ALL {
            let letters = t.code_letters();
            out.push(row(&[
                t.label().to_string(),
                format!("{prefix}-{letters}-两位顺序号"),
                format!("{prefix}-{letters}-01"),
            ]));
        }
        out
    }

    /// 部门 / 负责人 / 主要职责 / 承担职能.
    fn organisation(&self) -> Vec<String> {
        if self.departments.is_empty() {
            return vec!["（尚未登记部门：请在“部门”页中添加。）".into()];
        }
        let mut out = vec![
            row(&["部门", "负责人", "主要职责", "承担职能"]),
            separator(4),
        ];
        for d in &self.departments {
            let parts: Vec<&str> = d.parts.iter().map(|k| k.label()).collect();
            out.push(row(&[
                cell(&d.name),
                cell(d.head.as_deref().unwrap_or("")),
                cell(&d.responsibilities),
                parts.join("、"),
            ]));
        }
        out
    }

    /// 条款 × departments, ★ 主责 ○ 配合; more than [`ALLOCATION_COLUMNS`]
    /// departments continue in another table.
    fn allocation_table(&self) -> Vec<String> {
        if self.allocation.is_empty() || self.departments.is_empty() {
            return vec!["（职能分配表尚未填写：请在“体系文件 → 职能分配表”中分配。）".into()];
        }
        let mut out = Vec::new();
        for (i, deps) in self.departments.chunks(ALLOCATION_COLUMNS).enumerate() {
            if i > 0 {
                out.push(String::new());
            }
            let mut header = vec!["条款".to_string()];
            header.extend(deps.iter().map(|d| cell(&d.name)));
            out.push(row(&header));
            out.push(separator(header.len()));
            for clause in &self.clauses {
                let mut cells = vec![format!("{{{{条款全称:{clause}}}}}")];
                cells.extend(deps.iter().map(|d| {
                    let role = self
                        .allocation
                        .iter()
                        .find(|c| c.department_id == d.id && &c.clause == clause)
                        .map(|c| c.role);
                    match role {
                        Some(AllocationRole::Lead) => "★",
                        Some(AllocationRole::Support) => "○",
                        None => "",
                    }
                    .to_string()
                }));
                out.push(row(&cells));
            }
        }
        out.push(String::new());
        out.push("注：★ 表示主责部门，○ 表示配合部门。".into());
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::templates::OwnerKind;
    use crate::doctext::{self, Block};
    use crate::project_refs::context::RefDepartment;
    use crate::project_refs::render::tests::ctx;

    fn table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let (blocks, problems) = doctext::parse(text);
        assert!(problems.is_empty(), "{problems:?}\n{text}");
        match blocks.into_iter().next() {
            Some(Block::Table { header, rows }) => (header, rows),
            other => panic!("{other:?}\n{text}"),
        }
    }

    #[test]
    fn the_coding_rule_follows_the_prefix() {
        let r = ctx().render("", "前言\n{{表:文件编号规则}}\n后记");
        let body: Vec<&str> = r.text.lines().collect();
        assert_eq!(body[0], "前言");
        assert_eq!(body.last(), Some(&"后记"));
        let (header, rows) = table(&body[1..body.len() - 1].join("\n"));
        assert_eq!(header, ["文件类别", "编号规则", "示例"]);
        assert!(rows.contains(&vec![
            "程序文件".to_string(),
            "QC-CX-两位顺序号".to_string(),
            "QC-CX-01".to_string()
        ]));
        assert_eq!(rows.len(), 6);
    }

    #[test]
    fn the_organisation_lists_departments_heads_duties_and_parts() {
        let mut c = ctx();
        c.departments[2].responsibilities = "行政\n人事|招聘".into();
        let (header, rows) = table(&c.render("", "{{表:组织机构}}").text);
        assert_eq!(header, ["部门", "负责人", "主要职责", "承担职能"]);
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows[2],
            [
                "综合部",
                "综合部负责人",
                "行政；人事｜招聘",
                "人力资源、综合管理（办公室）"
            ]
        );
        c.departments.clear();
        assert!(c
            .render("", "{{表:组织机构}}")
            .text
            .starts_with("（尚未登记部门"));
    }

    #[test]
    fn the_allocation_marks_lead_and_support_per_department() {
        let c = ctx();
        let text = c.render("", "{{表:职能分配表}}").text;
        let (header, rows) = table(&text);
        assert_eq!(
            header,
            ["条款", "知识产权部", "技术中心", "综合部", "研究院"]
        );
        assert_eq!(rows[0], ["{{条款全称:4.2.2}}", "★", "", "○", ""]);
        assert_eq!(rows[1], ["{{条款全称:5.2}}", "", "", "", ""]);
        assert!(text.ends_with("注：★ 表示主责部门，○ 表示配合部门。"));
        let mut empty = c.clone();
        empty.allocation.clear();
        assert_eq!(
            empty.render("", "{{表:职能分配表}}").text,
            "（职能分配表尚未填写：请在“体系文件 → 职能分配表”中分配。）"
        );
    }

    #[test]
    fn many_departments_continue_in_a_second_table() {
        let mut c = ctx();
        c.departments = (1..=11)
            .map(|i| RefDepartment {
                id: i,
                name: format!("部门{i}"),
                head: None,
                responsibilities: String::new(),
                parts: vec![OwnerKind::Office],
            })
            .collect();
        let text = c.render("", "{{表:职能分配表}}").text;
        let (blocks, problems) = doctext::parse(&text);
        assert!(problems.is_empty());
        let headers: Vec<usize> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table { header, rows } => {
                    assert_eq!(rows.len(), 2);
                    Some(header.len())
                }
                _ => None,
            })
            .collect();
        assert_eq!(headers, [9, 4]);
    }
}
