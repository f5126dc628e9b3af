//! The default document sets, as data in `assets/templates/<edition>/*.gbt`: a front
//! matter (key, type, title, clauses, owner, retention) and a body in the
//! document text format.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::doctext;
use crate::error::{CoreError, Result};
use crate::model::DocType;

include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// The parts a department plays (职能): a template names its owner and the
/// departments in its text by part, and the project says which of its own
/// departments plays which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
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
    /// Every part, in the order lists of parts follow.
    pub const ALL: [OwnerKind; 8] = [
        OwnerKind::IpDepartment,
        OwnerKind::HrDepartment,
        OwnerKind::RdDepartment,
        OwnerKind::ProcurementDepartment,
        OwnerKind::ProductionDepartment,
        OwnerKind::SalesDepartment,
        OwnerKind::FinanceDepartment,
        OwnerKind::Office,
    ];
    /// The part's code, as templates and question tables write it.
    pub fn code(self) -> &'static str {
        match self {
            OwnerKind::IpDepartment => "ip_department",
            OwnerKind::HrDepartment => "hr_department",
            OwnerKind::RdDepartment => "rd_department",
            OwnerKind::ProcurementDepartment => "procurement_department",
            OwnerKind::ProductionDepartment => "production_department",
            OwnerKind::SalesDepartment => "sales_department",
            OwnerKind::FinanceDepartment => "finance_department",
            OwnerKind::Office => "office",
        }
    }
    /// The part's name in the window and in messages.
    pub fn label(self) -> &'static str {
        match self {
            OwnerKind::IpDepartment => "知识产权管理",
            OwnerKind::HrDepartment => "人力资源",
            OwnerKind::RdDepartment => "研究开发",
            OwnerKind::ProcurementDepartment => "采购",
            OwnerKind::ProductionDepartment => "生产",
            OwnerKind::SalesDepartment => "销售",
            OwnerKind::FinanceDepartment => "财务",
            OwnerKind::Office => "综合管理（办公室）",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == c)
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
    /// The parts a department's name suggests by [`OwnerKind::name_hints`], in [`OwnerKind::ALL`] order.
    pub fn suggested_by(name: &str) -> Vec<OwnerKind> {
        OwnerKind::ALL
            .into_iter()
            .filter(|k| k.name_hints().iter().any(|h| name.contains(h)))
            .collect()
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
    if let Some((line, why)) = crate::project_refs::scan(&body).1.into_iter().next() {
        return Err(bad(body_start + line as usize, why));
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
/// in key order, their clauses checked against `standard` (the shipped table).
pub fn builtin(standard: &crate::catalog::StandardEdition) -> Result<Vec<Template>> {
    of_edition(&standard.code, &|c| standard.clause(c).is_some())
}

/// The templates of the edition `code` without checking their clauses (the
/// tests hold them to the shipped table): a project whose table was
/// corrected keeps the clauses its table still has.
pub fn for_edition(code: &str) -> Result<Vec<Template>> {
    of_edition(code, &|_| true)
}

/// `(key, title)` of every template of the edition `code`, read from the
/// front matter alone (cheap: what a reference to a missing document shows).
pub fn titles(code: &str) -> Vec<(String, String)> {
    let folder = format!("{code}/");
    let mut out = Vec::new();
    for (_, text) in TEMPLATE_FILES
        .iter()
        .filter(|(f, _)| f.starts_with(&folder))
    {
        let (mut key, mut title) = (None, None);
        for l in text.lines().skip(1).take_while(|l| l.trim() != "---") {
            match l.split_once(':') {
                Some((k, v)) if k.trim() == "key" => key = Some(v.trim().to_string()),
                Some((k, v)) if k.trim() == "title" => title = Some(v.trim().to_string()),
                _ => {}
            }
        }
        if let (Some(k), Some(t)) = (key, title) {
            out.push((k, t));
        }
    }
    out.sort();
    out
}

fn of_edition(code: &str, exists: &dyn Fn(&str) -> bool) -> Result<Vec<Template>> {
    let folder = format!("{code}/");
    let mut v: Vec<Template> = TEMPLATE_FILES
        .iter()
        .filter(|(f, _)| f.starts_with(&folder))
        .map(|(f, t)| parse(f, t, exists))
        .collect::<Result<_>>()?;
    v.sort_by(|a, b| a.key.cmp(&b.key));
    check_document_references(code, &v)?;
    Ok(v)
}

/// Every `{{文件:K}}` in a set names a template of the same set.
fn check_document_references(code: &str, set: &[Template]) -> Result<()> {
    for t in set {
        for (line, r) in crate::project_refs::scan(&t.body).0 {
            if let Some(k) = r.document_key() {
                if !set.iter().any(|x| x.key == k) {
                    return Err(CoreError::invalid(format!(
                        "模板 {code}/{}.gbt 正文第 {line} 行：引用的文件 {k} 不在本套模板中",
                        t.key
                    )));
                }
            }
        }
    }
    Ok(())
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
        let t13 = builtin(&s13).unwrap();
        assert_eq!(t13.len(), 94);
        check_set_is_coherent(&s13, &t13);
        let s23 = crate::catalog::standard::gbt29490_2023().unwrap();
        let t23 = builtin(&s23).unwrap();
        check_set_is_coherent(&s23, &t23);
        let literal: Vec<String> = t23
            .iter()
            .flat_map(|t| {
                literal_clause_numbers(&t.body, &s23)
                    .into_iter()
                    .map(move |(line, n)| format!("{} 第 {line} 行：{n}", t.key))
            })
            .collect();
        assert!(
            literal.is_empty(),
            "2023 模板中写死的暂定条款号（应写成 {{{{条款:键}}}}）：{literal:#?}"
        );
    }

    /// The raw `name: value` front-matter field of a shipped template file.
    fn front_field(edition: &str, key: &str, name: &str) -> Option<String> {
        let file = format!("{edition}/{key}.gbt");
        let (_, text) = TEMPLATE_FILES.iter().find(|(f, _)| *f == file)?;
        text.lines()
            .skip(1)
            .take_while(|l| l.trim() != "---")
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                (k.trim() == name).then(|| v.trim().to_string())
            })
    }

    /// Every `（KEY）` after a document title, e.g. `《文件控制程序》（P01）`,
    /// with the title, bare form keys `（R07）`, and the keys of `{{文件:K}}`
    /// references (without a title: they render the document's own).
    fn references(body: &str) -> Vec<(Option<String>, String)> {
        let mut out = Vec::new();
        let mut rest = body;
        while let Some(open) = rest.find('（') {
            let after = &rest[open + '（'.len_utf8()..];
            let Some(close) = after.find('）') else {
                break;
            };
            let key = &after[..close];
            let is_key = key.len() == 3
                && matches!(key.as_bytes()[0], b'F' | b'M' | b'P' | b'R')
                && key[1..].bytes().all(|b| b.is_ascii_digit());
            if is_key {
                let before = &rest[..open];
                let title = before
                    .strip_suffix('》')
                    .and_then(|b| b.rfind('《').map(|i| b[i + '《'.len_utf8()..].to_string()));
                out.push((title, key.to_string()));
            }
            rest = &after[close + '）'.len_utf8()..];
        }
        for (_, r) in crate::project_refs::scan(body).0 {
            if let Some(k) = r.document_key() {
                out.push((None, k.to_string()));
            }
        }
        out
    }

    /// The form keys in a procedure's “6 记录” table.
    fn record_table(body: &str) -> Vec<String> {
        body.split_once("# 6 记录")
            .map(|(_, rec)| {
                rec.lines()
                    .filter_map(|l| {
                        let c: Vec<&str> = l
                            .trim()
                            .trim_matches('|')
                            .split('|')
                            .map(str::trim)
                            .collect();
                        let key = c[0]
                            .strip_prefix("{{文件编号:")
                            .and_then(|k| k.strip_suffix("}}"))
                            .unwrap_or(c[0])
                            .trim();
                        (c.len() == 3
                            && key.starts_with('R')
                            && key[1..].bytes().all(|b| b.is_ascii_digit()))
                        .then(|| key.to_string())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A shipped set: F01 and M01 exist; every document a text names exists
    /// under that title; every form a procedure names is listed in its
    /// “6 记录” table, and a form's `used_by` is exactly the procedures that
    /// list it; every leaf clause is covered by some document's `clauses:`.
    fn check_set_is_coherent(s: &crate::catalog::StandardEdition, set: &[Template]) {
        let by_key = |k: &str| set.iter().find(|t| t.key == k);
        for k in ["F01", "M01"] {
            assert!(by_key(k).is_some(), "{}: 缺少 {k}", s.code);
        }
        let mut listed_by: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for t in set {
            for (title, k) in references(&t.body) {
                let Some(target) = by_key(&k) else {
                    panic!("{} {}：引用的文件 {k} 不存在", s.code, t.key)
                };
                if let Some(title) = title {
                    assert_eq!(title, target.title, "{} {}：引用 {k} 的名称", s.code, t.key);
                }
            }
            if t.doc_type != DocType::Procedure {
                continue;
            }
            let listed = record_table(&t.body);
            let (before, _) = t.body.split_once("# 6 记录").expect("程序文件缺少“6 记录”");
            for (_, k) in references(before) {
                if k.starts_with('R') {
                    assert!(
                        listed.contains(&k),
                        "{} {}：正文引用 {k}，未列入“6 记录”",
                        s.code,
                        t.key
                    );
                }
            }
            for k in listed {
                let form =
                    by_key(&k).unwrap_or_else(|| panic!("{} {}：记录 {k} 不存在", s.code, t.key));
                assert_eq!(
                    form.doc_type,
                    DocType::Form,
                    "{} {}：{k} 不是表单",
                    s.code,
                    t.key
                );
                listed_by.entry(k).or_default().push(t.key.clone());
            }
        }
        for f in set.iter().filter(|t| t.doc_type == DocType::Form) {
            assert!(
                !f.retention.is_empty(),
                "{} {}：缺少 retention",
                s.code,
                f.key
            );
            let used: Vec<String> = front_field(&s.code, &f.key, "used_by")
                .unwrap_or_default()
                .split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect();
            let expected = listed_by.get(&f.key).cloned().unwrap_or_default();
            assert_eq!(
                used, expected,
                "{} {}：used_by 应为列出它的程序文件",
                s.code, f.key
            );
        }
        let uncovered: Vec<&str> = s
            .leaves()
            .map(|c| c.key.as_str())
            .filter(|k| !set.iter().any(|t| t.clauses.iter().any(|c| c == k)))
            .collect();
        assert!(
            uncovered.is_empty(),
            "{}：未被任何文件覆盖的叶子条款 {uncovered:?}",
            s.code
        );
    }

    /// Clause numbers of a provisional table written literally (outside
    /// `{{…}}`), with their line: the leading number of a heading or a
    /// numbered item is the document's own section number and is skipped.
    fn literal_clause_numbers(
        body: &str,
        s: &crate::catalog::StandardEdition,
    ) -> Vec<(usize, String)> {
        let numbers: Vec<&str> = s
            .clauses
            .iter()
            .map(|c| c.number.as_str())
            .filter(|n| n.contains('.'))
            .collect();
        let mut out = Vec::new();
        for (i, line) in body.lines().enumerate() {
            let mut text = String::new();
            let mut rest = line.trim_start().trim_start_matches('#').trim_start();
            if line.trim_start().starts_with('#') {
                rest = rest
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                    .trim_start();
            }
            while let Some(open) = rest.find("{{") {
                text.push_str(&rest[..open]);
                text.push(' ');
                match rest[open..].find("}}") {
                    Some(close) => rest = &rest[open + close + 2..],
                    None => {
                        rest = "";
                    }
                }
            }
            text.push_str(rest);
            let chars: Vec<char> = text.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let starts = chars[j].is_ascii_digit()
                    || (chars[j].is_ascii_uppercase() && chars.get(j + 1) == Some(&'.'));
                let after_word = j > 0
                    && (chars[j - 1].is_ascii_alphanumeric()
                        || chars[j - 1] == '.'
                        || chars[j - 1] == '-'
                        || chars[j - 1] == '/');
                if !starts || after_word {
                    j += 1;
                    continue;
                }
                let mut k = j + 1;
                while k < chars.len()
                    && (chars[k].is_ascii_digit()
                        || (chars[k] == '.'
                            && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit())))
                {
                    k += 1;
                }
                let token: String = chars[j..k].iter().collect();
                let numbered_item = j == 0 && chars.get(k) == Some(&'.');
                if !numbered_item && numbers.contains(&token.as_str()) {
                    out.push((i + 1, token));
                }
                j = k;
            }
        }
        out
    }

    #[test]
    fn literal_clause_numbers_are_found_outside_references() {
        let s23 = crate::catalog::standard::gbt29490_2023().unwrap();
        let found = literal_clause_numbers(
            "## 4.5 合规性评价\n按4.5 要求，见{{条款:compliance_obligations}}。\n1. 第B.1项\n版本A/0，GB/T 29490-2023，1.5倍",
            &s23,
        );
        assert_eq!(found, vec![(2, "4.5".to_string()), (3, "B.1".to_string())]);
    }
}
