//! The document system: the document list, the clause coverage table and
//! the 职能分配表 (functions allocated to departments per clause).

use std::collections::BTreeMap;

use super::data::{opt_day, Data};
use super::{clause_table, table};
use crate::export::layout::Composer;
use crate::model::AllocationRole;

/// Above this many departments the allocation is a list, not a matrix.
const MATRIX_MAX: usize = 8;

/// A clause (sort key → number, departments with their role).
/// Allocation cells by the clause's place in the table (the standard's order).
type ByClause = BTreeMap<usize, (String, Vec<(i64, AllocationRole)>)>;

pub(crate) fn documents(c: &mut Composer, d: &Data) {
    let n = d.published().count();
    c.paragraph(&format!(
        "现行受控的体系文件共 {} 份{}。",
        n,
        d.issue
            .as_ref()
            .map(|i| format!(
                "，体系于{}发布、{}实施",
                opt_day(Some(i.issued_on)),
                opt_day(Some(i.implemented_on))
            ))
            .unwrap_or_default()
    ));
    table(
        c,
        &[
            "文件编号",
            "文件名称",
            "类别",
            "版本",
            "归口部门",
            "发布日期",
        ],
        d.published()
            .map(|doc| {
                let rev = doc.published.as_ref().expect("published");
                vec![
                    doc.code.clone(),
                    doc.title.clone(),
                    doc.doc_type.label().into(),
                    rev.version.clone(),
                    doc.owner_department_name.clone().unwrap_or_default(),
                    rev.published_on.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    );
    c.heading(2, "条款覆盖表");
    clause_table(
        c,
        d,
        &["条款", "条款名称", "覆盖文件"],
        d.coverage
            .rows
            .iter()
            .map(|r| {
                vec![
                    d.clause_no(&r.clause),
                    r.title.clone(),
                    if !r.applicable {
                        "不适用".into()
                    } else if r.published.is_empty() {
                        "（缺）".into()
                    } else {
                        r.published.join("、")
                    },
                ]
            })
            .collect(),
    );
    allocation(c, d);
}

fn allocation(c: &mut Composer, d: &Data) {
    c.heading(2, "职能分配表");
    let mut by_clause = ByClause::new();
    for cell in &d.allocation {
        by_clause
            .entry(d.standard.position(&cell.clause))
            .or_insert_with(|| (cell.clause.clone(), Vec::new()))
            .1
            .push((cell.department_id, cell.role));
    }
    let title = |clause: &str| {
        d.standard
            .clause(clause)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    };
    let depts: Vec<i64> = d
        .departments
        .iter()
        .filter(|x| d.allocation.iter().any(|a| a.department_id == x.id))
        .map(|x| x.id)
        .collect();
    if depts.len() <= MATRIX_MAX {
        c.paragraph("“主”表示主责部门，“配”表示配合部门。");
        let mut header = vec!["条款".to_string(), "条款名称".to_string()];
        header.extend(depts.iter().map(|id| d.department_name(*id)));
        let rows = by_clause
            .values()
            .map(|(clause, cells)| {
                let mut row = vec![d.clause_no(clause), title(clause)];
                for id in &depts {
                    row.push(
                        match cells.iter().find(|(dep, _)| dep == id).map(|c| c.1) {
                            Some(AllocationRole::Lead) => "主",
                            Some(AllocationRole::Support) => "配",
                            None => "",
                        }
                        .into(),
                    );
                }
                row
            })
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        clause_table(c, d, &header, rows);
    } else {
        let names = |cells: &[(i64, AllocationRole)], role| {
            cells
                .iter()
                .filter(|(_, r)| *r == role)
                .map(|(id, _)| d.department_name(*id))
                .collect::<Vec<_>>()
                .join("、")
        };
        clause_table(
            c,
            d,
            &["条款", "条款名称", "主责部门", "配合部门"],
            by_clause
                .values()
                .map(|(clause, cells)| {
                    vec![
                        d.clause_no(clause),
                        title(clause),
                        names(cells, AllocationRole::Lead),
                        names(cells, AllocationRole::Support),
                    ]
                })
                .collect(),
        );
    }
}
