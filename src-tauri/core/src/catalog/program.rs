//! Program profiles (贯标计划): the provincial plan as data.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};
use crate::model::Role;

include!(concat!(env!("OUT_DIR"), "/programs.rs"));

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AcceptancePath {
    pub id: String,
    pub name: String,
    pub subsidy_yuan: u32,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub name: String,
    pub districts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProgramProfile {
    pub id: String,
    pub name: String,
    pub region: String,
    pub year: u16,
    pub authority: String,
    #[serde(default)]
    pub source: String,
    /// The edition the program's work is done to (a project's default).
    pub standard_edition: String,
    /// The editions whose certificates or acceptance the program accepts
    /// (default: its own `standard_edition`).
    #[serde(default)]
    pub accepted_editions: Vec<String>,
    #[serde(default)]
    pub training_platform: String,
    /// Empty for no program.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Final deadline (`deadline_note` says which date counts); `null`: no
    /// deadline (no program, certification only).
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    #[serde(default)]
    pub deadline_note: String,
    #[serde(default)]
    pub required_training_roles: Vec<Role>,
    /// Not stated in the 2022 Shaanxi plan: `null` means 未设定 until the user sets it.
    #[serde(default)]
    pub credit_threshold: Option<f64>,
    pub min_operation_months: u32,
    #[serde(default)]
    pub min_internal_audits: u32,
    #[serde(default)]
    pub min_management_reviews: u32,
    pub acceptance_paths: Vec<AcceptancePath>,
    /// Whether the subsidies of the paths may not be combined.
    #[serde(default)]
    pub paths_exclusive: bool,
    /// The program forbids 超额奖补、重复奖补: another subsidy received for
    /// the same 贯标 (a city's, a district's, an earlier year's) is warned about.
    #[serde(default)]
    pub forbids_other_subsidies: bool,
    /// The document that says so, e.g. 国知办发运字〔2019〕34号.
    #[serde(default)]
    pub subsidy_rule_basis: String,
    /// Years before the application without an IP infringement penalty
    /// (1 unless the program says otherwise; some say 3).
    #[serde(default = "one")]
    pub penalty_free_years: u32,
    /// The cities and districts an enterprise may be in (empty: any).
    #[serde(default)]
    pub cities: Vec<City>,
}

fn one() -> u32 {
    1
}

/// Where a project's program comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProgramKind {
    /// A profile shipped in `assets/programs/`, named by `enterprise.program_id`
    /// (files made before programs were the user's data).
    Catalog,
    /// Defined in the app or imported: stored in the project file.
    Defined,
    /// 不参加政府贯标计划，仅申请认证.
    None,
}

/// A project's program as resolved, and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProjectProgram {
    pub kind: ProgramKind,
    pub program: ProgramProfile,
}

/// One field of a program definition at fault, and why (Chinese).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldProblem {
    /// The field's path in the JSON, e.g. `stages[0].end`.
    pub field: String,
    /// Names the field in Chinese and says what is wrong.
    pub message: String,
}

/// The id of the “no program” choice (不参加政府贯标计划，仅申请认证).
pub const NO_PROGRAM_ID: &str = "none";

/// The stages a plan groups its tasks in when the program has none (the
/// readiness rules' stages have the same ids).
pub const GENERIC_STAGES: [(&str, &str); 3] = [
    ("training", "培训阶段"),
    ("implementation", "实施阶段"),
    ("acceptance", "认证阶段"),
];

/// The acceptance path ids the application knows (`AcceptancePathKind`).
const PATH_IDS: [&str; 2] = ["certification", "provincial_acceptance"];

impl ProgramProfile {
    pub fn city(&self, name: &str) -> Option<&City> {
        self.cities.iter().find(|c| c.name == name)
    }

    /// A stage's name: the program's, else (no program, whose plan still
    /// groups its tasks) the generic one, else the id.
    pub fn stage_name(&self, id: &str) -> String {
        self.stages
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .or_else(|| {
                GENERIC_STAGES
                    .iter()
                    .find(|(g, _)| *g == id)
                    .map(|(_, n)| n.to_string())
            })
            .unwrap_or_else(|| id.to_string())
    }

    /// Whether a plan task may be in stage `id`: one of the program's
    /// stages, or of the generic ones when the program has none.
    pub fn has_stage(&self, id: &str) -> bool {
        if self.stages.is_empty() {
            GENERIC_STAGES.iter().any(|(g, _)| *g == id)
        } else {
            self.stages.iter().any(|s| s.id == id)
        }
    }

    /// Whether this is the “no program” choice.
    pub fn is_none(&self) -> bool {
        self.id == NO_PROGRAM_ID
    }

    /// No government program: certification only, no stages, deadline,
    /// subsidy, required roles or credit threshold. The certification
    /// bodies' own minimum operation period (3 months) still applies.
    pub fn none(standard_edition: &str) -> ProgramProfile {
        ProgramProfile {
            id: NO_PROGRAM_ID.into(),
            name: "不参加政府贯标计划（仅申请认证）".into(),
            region: String::new(),
            year: 0,
            authority: String::new(),
            source: String::new(),
            standard_edition: standard_edition.into(),
            accepted_editions: vec![standard_edition.into()],
            training_platform: String::new(),
            stages: Vec::new(),
            deadline: None,
            deadline_note: String::new(),
            required_training_roles: Vec::new(),
            credit_threshold: None,
            min_operation_months: 3,
            min_internal_audits: 1,
            min_management_reviews: 1,
            acceptance_paths: vec![AcceptancePath {
                id: "certification".into(),
                name: "第三方认证".into(),
                subsidy_yuan: 0,
                note: String::new(),
            }],
            paths_exclusive: false,
            forbids_other_subsidies: false,
            subsidy_rule_basis: String::new(),
            penalty_free_years: 1,
            cities: Vec::new(),
        }
    }

    /// Fills the defaults that depend on other fields and trims texts.
    pub fn normalise(&mut self) {
        for t in [
            &mut self.id,
            &mut self.name,
            &mut self.region,
            &mut self.authority,
            &mut self.source,
            &mut self.standard_edition,
            &mut self.training_platform,
            &mut self.deadline_note,
            &mut self.subsidy_rule_basis,
        ] {
            *t = t.trim().to_string();
        }
        if self.accepted_editions.is_empty() && !self.standard_edition.is_empty() {
            self.accepted_editions.push(self.standard_edition.clone());
        }
    }

    /// Every field at fault, each with its path and a Chinese reason; empty
    /// when the definition is valid.
    pub fn validate(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let mut bad = |field: String, message: String| out.push(FieldProblem { field, message });
        let text = |v: &str, max: usize| -> Option<String> {
            let n = v.trim().chars().count();
            if n > max {
                Some(format!("过长：最多 {max} 个字符，当前 {n} 个"))
            } else if v.chars().any(|c| c.is_control()) {
                Some("含有不可见的控制字符".into())
            } else {
                None
            }
        };
        for (field, label, v, required, max) in [
            ("id", "计划编号", &self.id, true, 40),
            ("name", "计划名称", &self.name, true, 100),
            ("region", "地区", &self.region, true, 50),
            ("authority", "发布机关", &self.authority, true, 100),
            ("source", "依据文件", &self.source, false, 200),
            (
                "standard_edition",
                "标准版本",
                &self.standard_edition,
                true,
                40,
            ),
            (
                "training_platform",
                "培训平台",
                &self.training_platform,
                false,
                100,
            ),
            (
                "deadline_note",
                "截止日期说明",
                &self.deadline_note,
                false,
                200,
            ),
            (
                "subsidy_rule_basis",
                "禁止重复奖补的依据",
                &self.subsidy_rule_basis,
                false,
                200,
            ),
        ] {
            if required && v.trim().is_empty() {
                bad(field.into(), format!("{label}（{field}）不能为空"));
            } else if let Some(why) = text(v, max) {
                bad(field.into(), format!("{label}（{field}）{why}"));
            }
        }
        if self.id.trim() == NO_PROGRAM_ID {
            bad(
                "id".into(),
                format!("计划编号（id）“{NO_PROGRAM_ID}”留给“不参加政府贯标计划”，请换一个"),
            );
        } else if !self
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            bad(
                "id".into(),
                format!("计划编号（id）“{}”只能由字母、数字、“-”和“_”组成", self.id),
            );
        }
        if !(2000..=2100).contains(&self.year) {
            bad("year".into(), format!("年度（year）{} 不合理", self.year));
        }
        if self.accepted_editions.is_empty() {
            bad(
                "accepted_editions".into(),
                "受理的标准版本（accepted_editions）至少需要一个".into(),
            );
        } else if !self.standard_edition.is_empty()
            && !self.accepted_editions.contains(&self.standard_edition)
        {
            bad(
                "accepted_editions".into(),
                format!(
                    "受理的标准版本（accepted_editions）应包含计划的标准版本“{}”",
                    self.standard_edition
                ),
            );
        }
        let mut seen = Vec::new();
        for (i, s) in self.stages.iter().enumerate() {
            let f = |k: &str| format!("stages[{i}].{k}");
            if s.id.trim().is_empty() {
                bad(
                    f("id"),
                    format!("第 {} 个阶段的编号（{}）不能为空", i + 1, f("id")),
                );
            } else if seen.contains(&s.id) {
                bad(f("id"), format!("阶段编号（{}）“{}”重复", f("id"), s.id));
            }
            seen.push(s.id.clone());
            if s.name.trim().is_empty() {
                bad(
                    f("name"),
                    format!("第 {} 个阶段的名称（{}）不能为空", i + 1, f("name")),
                );
            }
            if s.end < s.start {
                bad(
                    f("end"),
                    format!(
                        "阶段“{}”的结束日期（{}）{} 早于开始日期 {}",
                        s.name,
                        f("end"),
                        s.end,
                        s.start
                    ),
                );
            }
            if let Some(d) = self.deadline.filter(|d| s.end > *d) {
                bad(
                    f("end"),
                    format!(
                        "阶段“{}”的结束日期（{}）{} 晚于截止日期 {d}",
                        s.name,
                        f("end"),
                        s.end
                    ),
                );
            }
        }
        if !self.stages.is_empty() && self.deadline.is_none() {
            bad(
                "deadline".into(),
                "有阶段安排的计划需要截止日期（deadline）".into(),
            );
        }
        if let Some(t) = self.credit_threshold {
            if !(0.0..=10_000.0).contains(&t) || t.is_nan() {
                bad(
                    "credit_threshold".into(),
                    format!("学分要求（credit_threshold）{t} 不在 0 至 10000 之间"),
                );
            }
        }
        if self.min_operation_months == 0 || self.min_operation_months > 36 {
            bad(
                "min_operation_months".into(),
                format!(
                    "最短运行期（min_operation_months）{} 个月不合理，应为 1 至 36 个月",
                    self.min_operation_months
                ),
            );
        }
        for (field, label, v) in [
            (
                "min_internal_audits",
                "最少内部审核次数",
                self.min_internal_audits,
            ),
            (
                "min_management_reviews",
                "最少管理评审次数",
                self.min_management_reviews,
            ),
        ] {
            if v > 12 {
                bad(
                    field.into(),
                    format!("{label}（{field}）{v} 不合理，应为 0 至 12 次"),
                );
            }
        }
        if !(1..=10).contains(&self.penalty_free_years) {
            bad(
                "penalty_free_years".into(),
                format!(
                    "无侵权处罚年限（penalty_free_years）{} 年不合理，应为 1 至 10 年",
                    self.penalty_free_years
                ),
            );
        }
        if self.acceptance_paths.is_empty() {
            bad(
                "acceptance_paths".into(),
                "验收方式（acceptance_paths）至少需要一种".into(),
            );
        }
        let mut seen = Vec::new();
        for (i, a) in self.acceptance_paths.iter().enumerate() {
            let f = |k: &str| format!("acceptance_paths[{i}].{k}");
            if !PATH_IDS.contains(&a.id.as_str()) {
                bad(
                    f("id"),
                    format!(
                        "验收方式编号（{}）“{}”无效：只能是 certification（第三方认证）或 provincial_acceptance（省验收）",
                        f("id"),
                        a.id
                    ),
                );
            } else if seen.contains(&a.id) {
                bad(f("id"), format!("验收方式（{}）“{}”重复", f("id"), a.id));
            }
            seen.push(a.id.clone());
            if a.name.trim().is_empty() {
                bad(
                    f("name"),
                    format!("验收方式的名称（{}）不能为空", f("name")),
                );
            }
            if a.subsidy_yuan > 100_000_000 {
                bad(
                    f("subsidy_yuan"),
                    format!(
                        "补助金额（{}）{} 元不合理",
                        f("subsidy_yuan"),
                        a.subsidy_yuan
                    ),
                );
            }
        }
        for (i, c) in self.cities.iter().enumerate() {
            if c.name.trim().is_empty() {
                bad(
                    format!("cities[{i}].name"),
                    format!("城市名称（cities[{i}].name）不能为空"),
                );
            }
        }
        out
    }

    /// The definition as the JSON file a consultant hands out.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a program serialises")
    }
}

/// Reads a program definition from JSON: the first field that cannot be
/// read, or every field that does not validate, each with why.
pub fn from_json(text: &str) -> std::result::Result<ProgramProfile, Vec<FieldProblem>> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let mut p: ProgramProfile = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let field = if path == "." { String::new() } else { path };
        vec![FieldProblem {
            message: format!(
                "{}（第 {} 行第 {} 列）：{}",
                if field.is_empty() {
                    "文件不是有效的计划定义".to_string()
                } else {
                    format!("字段 {field} 有误")
                },
                inner.line(),
                inner.column(),
                json_reason(&inner)
            ),
            field,
        }]
    })?;
    p.normalise();
    let problems = p.validate();
    if problems.is_empty() {
        Ok(p)
    } else {
        Err(problems)
    }
}

/// serde_json's reason, in Chinese where it is one of the common ones.
fn json_reason(e: &serde_json::Error) -> String {
    let m = e.to_string();
    let m = m.split(" at line ").next().unwrap_or(&m).to_string();
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("缺少字段 {rest}");
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        return format!("不认识的字段 {}", rest.split(',').next().unwrap_or(rest));
    }
    if m.starts_with("invalid type") {
        return format!("类型不对（{m}）");
    }
    if m.starts_with("unknown variant") {
        return format!("取值无效（{m}）");
    }
    if m.contains("premature end of input") || m.contains("EOF") {
        return "文件不完整".into();
    }
    format!("格式不对（{m}）")
}

/// The text of a program file (JSON, at most 1 MB), or why it cannot be read.
pub fn read_file(path: &std::path::Path) -> Result<String> {
    let name = path.display();
    let meta = std::fs::metadata(path)
        .map_err(|e| CoreError::invalid(format!("无法读取计划文件 {name}：{e}")))?;
    if meta.len() > 1_000_000 {
        return Err(CoreError::invalid(format!(
            "计划文件 {name} 过大（{} 字节），不是贯标计划文件",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| CoreError::invalid(format!("无法读取计划文件 {name}：{e}")))?;
    String::from_utf8(bytes)
        .map_err(|_| CoreError::invalid(format!("计划文件 {name} 不是 UTF-8 编码的 JSON 文本")))
}

/// One problem per line, for refusals: “字段：原因”.
pub fn problems_text(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| p.message.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parses and checks one shipped profile file; errors name the file and the field.
pub fn parse(file: &str, text: &str) -> Result<ProgramProfile> {
    from_json(text).map_err(|problems| {
        CoreError::invalid(format!(
            "计划配置文件 {file} 有误：{}",
            problems
                .iter()
                .map(|p| format!("字段 {}：{}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("；")
        ))
    })
}

/// Every profile shipped in `assets/programs/`.
pub fn builtin() -> Result<Vec<ProgramProfile>> {
    PROGRAM_FILES
        .iter()
        .map(|(name, text)| parse(name, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shaanxi_2022_loads_with_plan_facts() {
        let all = builtin().unwrap();
        let p = all.iter().find(|p| p.id == "shaanxi-2022").unwrap();
        assert_eq!(p.deadline, NaiveDate::from_ymd_opt(2022, 10, 31));
        assert_eq!(p.penalty_free_years, 1, "the default");
        assert_eq!(p.accepted_editions, vec!["GB/T 29490-2013".to_string()]);
        assert_eq!(p.min_operation_months, 3);
        assert_eq!(
            p.credit_threshold, None,
            "the plan does not state a threshold"
        );
        assert!(p.paths_exclusive);
        assert!(p.forbids_other_subsidies);
        assert_eq!(p.subsidy_rule_basis, "国知办发运字〔2019〕34号");
        let subsidy: Vec<_> = p.acceptance_paths.iter().map(|a| a.subsidy_yuan).collect();
        assert_eq!(subsidy, vec![50_000, 30_000]);
        assert_eq!(p.required_training_roles.len(), 5);
        assert!(p
            .city("西安市")
            .unwrap()
            .districts
            .contains(&"雁塔区".into()));
        assert_eq!(p.stages.len(), 3);
    }

    #[test]
    fn malformed_profile_names_file_and_field() {
        let good = PROGRAM_FILES[0].1;
        let bad = good.replace(
            "\"min_operation_months\": 3",
            "\"min_operation_months\": \"三\"",
        );
        let e = parse("bad.json", &bad).unwrap_err();
        assert!(e.message.contains("bad.json"), "{}", e.message);
        assert!(e.message.contains("min_operation_months"), "{}", e.message);

        let bad = good.replace("\"2022-04-30\"", "\"2022-03-01\"");
        let e = parse("bad.json", &bad).unwrap_err();
        assert!(e.message.contains("stages[0].end"), "{}", e.message);

        let bad = good.replace("\"top_manager\"", "\"boss\"");
        let e = parse("bad.json", &bad).unwrap_err();
        assert!(
            e.message.contains("required_training_roles[0]"),
            "{}",
            e.message
        );
    }
}
