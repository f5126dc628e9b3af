//! The 帮助 glossary: the domain's words in plain language, from
//! `assets/help/glossary.json` (data, not code), shown from every page.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};

const FILE: &str = "help/glossary.json";
const GLOSSARY: &str = include_str!("../../../../assets/help/glossary.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub term: String,
    /// The heading it is listed under (总体, 组织, 文件, …).
    pub group: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub title: String,
    pub note: String,
    pub terms: Vec<GlossaryTerm>,
}

/// The shipped glossary; a malformed file names itself and the field.
pub fn glossary() -> Result<Glossary> {
    parse(GLOSSARY)
}

fn parse(text: &str) -> Result<Glossary> {
    let g: Glossary = serde_json::from_str(text)
        .map_err(|e| CoreError::invalid(format!("{FILE} 格式有误：{e}")))?;
    let mut seen = std::collections::BTreeSet::new();
    for t in &g.terms {
        if t.term.trim().is_empty() || t.text.trim().is_empty() || t.group.trim().is_empty() {
            return Err(CoreError::invalid(format!(
                "{FILE}：词条“{}”缺少名称、分组或解释",
                t.term
            )));
        }
        if !seen.insert(t.term.as_str()) {
            return Err(CoreError::invalid(format!("{FILE}：词条“{}”重复", t.term)));
        }
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glossary_explains_the_words_users_meet() {
        let g = glossary().unwrap();
        let has = |w: &str| g.terms.iter().any(|t| t.term.contains(w));
        for w in [
            "贯标",
            "内部审核",
            "管理评审",
            "不符合项",
            "纠正措施",
            "纠正",
            "职能分配表",
            "占位符",
            "管理者代表",
            "体系文件",
            "受控文件",
            "诊断分析",
        ] {
            assert!(has(w), "{w} is explained");
        }
    }

    #[test]
    fn a_broken_glossary_names_the_file_and_the_term() {
        let e = parse("{\"title\":\"t\",\"note\":\"\",\"terms\":[{\"term\":\"贯标\",\"group\":\"总体\",\"text\":\"\"}]}")
            .unwrap_err();
        assert!(e.message.contains("help/glossary.json"), "{}", e.message);
        assert!(e.message.contains("贯标"), "{}", e.message);
        let dup = r#"{"title":"t","note":"","terms":[{"term":"a","group":"g","text":"x"},{"term":"a","group":"g","text":"y"}]}"#;
        assert!(parse(dup).unwrap_err().message.contains("重复"));
        assert!(parse("{").unwrap_err().message.contains("格式有误"));
    }
}
