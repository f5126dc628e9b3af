//! The default document sets, as data in `assets/templates/<edition>/*.gbt`: a front
//! matter (key, type, title, clauses, owner, retention) and a body in the
//! document text format.

use serde::Serialize;
use ts_rs::TS;

use crate::doctext;
use crate::error::{CoreError, Result};
use crate::model::DocType;

include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// Departments a template can name as its owner; the project maps them to its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    IpDepartment,
    HrDepartment,
    RdDepartment,
    ProcurementDepartment,
    ProductionDepartment,
    SalesDepartment,
    FinanceDepartment,
    Office,
}

impl OwnerKind {
    fn from_code(c: &str) -> Option<Self> {
        Some(match c {
            "ip_department" => OwnerKind::IpDepartment,
            "hr_department" => OwnerKind::HrDepartment,
            "rd_department" => OwnerKind::RdDepartment,
            "procurement_department" => OwnerKind::ProcurementDepartment,
            "production_department" => OwnerKind::ProductionDepartment,
            "sales_department" => OwnerKind::SalesDepartment,
            "finance_department" => OwnerKind::FinanceDepartment,
            "office" => OwnerKind::Office,
            _ => return None,
        })
    }
    /// Words a department's name contains when it plays this part.
    pub fn name_hints(self) -> &'static [&'static str] {
        match self {
            OwnerKind::IpDepartment => &["知识产权"],
            OwnerKind::HrDepartment => &["人力", "人事"],
            OwnerKind::RdDepartment => &["研发", "技术"],
            OwnerKind::ProcurementDepartment => &["采购", "供应"],
            OwnerKind::ProductionDepartment => &["生产", "制造"],
            OwnerKind::SalesDepartment => &["销售", "市场"],
            OwnerKind::FinanceDepartment => &["财务"],
            OwnerKind::Office => &["总经理", "总经办", "办公室"],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Template {
    pub key: String,
    pub doc_type: DocType,
    pub title: String,
    pub clauses: Vec<String>,
    pub owner: Option<OwnerKind>,
    pub retention: String,
    pub body: String,
}

/// Parses one template file; problems name the file and line.
pub fn parse(file: &str, text: &str, clause_exists: &dyn Fn(&str) -> bool) -> Result<Template> {
    let bad =
        |line: usize, why: String| CoreError::invalid(format!("模板 {file} 第 {line} 行：{why}"));
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, l)) if l.trim() == "---" => {}
        _ => return Err(bad(1, "应以“---”开头的文件头".into())),
    }
    let mut fields: Vec<(usize, String, String)> = Vec::new();
    let mut body_start = None;
    for (i, l) in lines.by_ref() {
        if l.trim() == "---" {
            body_start = Some(i + 1);
            break;
        }
        let (k, v) = l
            .split_once(':')
            .ok_or_else(|| bad(i + 1, format!("文件头行“{l}”应为“名称: 值”")))?;
        fields.push((i + 1, k.trim().to_string(), v.trim().to_string()));
    }
    let body_start = body_start.ok_or_else(|| bad(1, "文件头缺少结尾的“---”".into()))?;
    let get = |k: &str| fields.iter().find(|f| f.1 == k).map(|f| (f.0, f.2.clone()));
    let (_, key) = get("key").ok_or_else(|| bad(1, "文件头缺少 key".into()))?;
    let (tl, t) = get("type").ok_or_else(|| bad(1, "文件头缺少 type".into()))?;
    let doc_type = DocType::from_code(&t).ok_or_else(|| bad(tl, format!("未知的文件类型“{t}”")))?;
    let (_, title) = get("title").ok_or_else(|| bad(1, "文件头缺少 title".into()))?;
    let mut clauses = Vec::new();
    if let Some((cl, list)) = get("clauses") {
        for c in list
            .split([',', '，'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if !clause_exists(c) {
                return Err(bad(cl, format!("条款 {c} 不存在")));
            }
            clauses.push(c.to_string());
        }
    }
    let owner = match get("owner") {
        Some((ol, o)) => {
            Some(OwnerKind::from_code(&o).ok_or_else(|| bad(ol, format!("未知的归口部门“{o}”")))?)
        }
        None => None,
    };
    let body: String = text.lines().skip(body_start).collect::<Vec<_>>().join("\n");
    let (_, problems) = doctext::placeholders(&body);
    if let Some(p) = problems.first() {
        return Err(bad(body_start + p.line as usize, p.message.clone()));
    }
    if let Some((line, key)) = doctext::clause_refs(&body)
        .into_iter()
        .find(|(_, k)| !clause_exists(k))
    {
        return Err(bad(
            body_start + line as usize,
            format!("引用的条款 {key} 不存在"),
        ));
    }
    let (_, problems) = doctext::parse(&body);
    if let Some(p) = problems.first() {
        return Err(bad(body_start + p.line as usize, p.message.clone()));
    }
    Ok(Template {
        key,
        doc_type,
        title,
        clauses,
        owner,
        retention: get("retention").map(|r| r.1).unwrap_or_default(),
        body,
    })
}

/// The templates shipped for an edition (`assets/templates/<edition code>/`),
/// in key order.
pub fn builtin(standard: &crate::catalog::StandardEdition) -> Result<Vec<Template>> {
    let exists = |c: &str| standard.clause(c).is_some();
    let folder = format!("{}/", standard.code);
    let mut v: Vec<Template> = TEMPLATE_FILES
        .iter()
        .filter(|(f, _)| f.starts_with(&folder))
        .map(|(f, t)| parse(f, t, &exists))
        .collect::<Result<_>>()?;
    v.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exists(c: &str) -> bool {
        ["4.2.2", "5.2"].contains(&c)
    }

    #[test]
    fn parses_front_matter_and_body() {
        let t = parse("x.gbt", "---\nkey: P01\ntype: procedure\ntitle: 文件控制程序\nclauses: 4.2.2, 5.2\nowner: ip_department\n---\n# 1 目的\n{{企业名称}}……\n", &exists).unwrap();
        assert_eq!(t.key, "P01");
        assert_eq!(t.doc_type, DocType::Procedure);
        assert_eq!(t.clauses, vec!["4.2.2", "5.2"]);
        assert_eq!(t.owner, Some(OwnerKind::IpDepartment));
        assert!(t.body.starts_with("# 1 目的"));
    }

    #[test]
    fn broken_templates_are_reported_precisely() {
        let e = parse(
            "x.gbt",
            "---\nkey: P01\ntype: procedure\ntitle: 甲\n---\n# 1\n{{老板}}\n",
            &exists,
        )
        .unwrap_err();
        assert!(e.message.contains("x.gbt 第 7 行"), "{}", e.message);
        assert!(e.message.contains("未知的占位符"), "{}", e.message);
        let e = parse(
            "x.gbt",
            "---\nkey: P01\ntype: procedure\ntitle: 甲\nclauses: 4.9.9\n---\n",
            &exists,
        )
        .unwrap_err();
        assert!(e.message.contains("条款 4.9.9 不存在"), "{}", e.message);
        let e = parse(
            "x.gbt",
            "---\nkey: P01\ntype: memo\ntitle: 甲\n---\n",
            &exists,
        )
        .unwrap_err();
        assert!(e.message.contains("未知的文件类型"), "{}", e.message);
        let e = parse(
            "x.gbt",
            "---\nkey: P01\ntype: procedure\ntitle: 甲\n---\n# 1\n见{{条款:5.2}}与{{条款全称:9.9}}\n",
            &exists,
        )
        .unwrap_err();
        assert!(
            e.message.contains("第 7 行：引用的条款 9.9 不存在"),
            "{}",
            e.message
        );
        let e = parse("x.gbt", "# 1\n", &exists).unwrap_err();
        assert!(e.message.contains("第 1 行"), "{}", e.message);
    }

    #[test]
    fn every_shipped_set_parses_against_its_edition() {
        let s13 = crate::catalog::standard::gbt29490_2013().unwrap();
        assert_eq!(builtin(&s13).unwrap().len(), 87);
        let s23 = crate::catalog::standard::gbt29490_2023().unwrap();
        builtin(&s23).unwrap();
    }
}
