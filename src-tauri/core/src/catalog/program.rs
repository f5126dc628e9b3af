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
    pub source: String,
    pub standard_edition: String,
    pub training_platform: String,
    pub stages: Vec<Stage>,
    /// Final deadline: the certificate's date counts.
    pub deadline: NaiveDate,
    #[serde(default)]
    pub deadline_note: String,
    pub required_training_roles: Vec<Role>,
    /// Not stated in the 2022 Shaanxi plan: `null` means 未设定 until the user sets it.
    pub credit_threshold: Option<f64>,
    pub min_operation_months: u32,
    pub min_internal_audits: u32,
    pub min_management_reviews: u32,
    pub acceptance_paths: Vec<AcceptancePath>,
    /// Whether the subsidies of the paths may not be combined.
    pub paths_exclusive: bool,
    pub cities: Vec<City>,
}

impl ProgramProfile {
    pub fn city(&self, name: &str) -> Option<&City> {
        self.cities.iter().find(|c| c.name == name)
    }
}

/// Parses and checks one profile file; errors name the file and the field.
pub fn parse(file: &str, text: &str) -> Result<ProgramProfile> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let p: ProgramProfile = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        CoreError::invalid(format!(
            "计划配置文件 {file} 有误：字段 {path}（第 {} 行第 {} 列）：{inner}",
            inner.line(),
            inner.column()
        ))
    })?;
    check(file, &p)?;
    Ok(p)
}

fn check(file: &str, p: &ProgramProfile) -> Result<()> {
    let fail = |field: &str, why: String| {
        Err(CoreError::invalid(format!(
            "计划配置文件 {file} 有误：字段 {field}：{why}"
        )))
    };
    if p.id.trim().is_empty() {
        return fail("id", "不能为空".into());
    }
    if p.stages.is_empty() {
        return fail("stages", "至少需要一个阶段".into());
    }
    for (i, s) in p.stages.iter().enumerate() {
        if s.end < s.start {
            return fail(
                &format!("stages[{i}].end"),
                format!("结束日期 {} 早于开始日期 {}", s.end, s.start),
            );
        }
        if s.end > p.deadline {
            return fail(
                &format!("stages[{i}].end"),
                format!("阶段结束日期 {} 晚于截止日期 {}", s.end, p.deadline),
            );
        }
    }
    if let Some(t) = p.credit_threshold {
        if !(0.0..=10_000.0).contains(&t) {
            return fail("credit_threshold", format!("学分要求 {t} 不在合理范围内"));
        }
    }
    if p.min_operation_months == 0 || p.min_operation_months > 36 {
        return fail(
            "min_operation_months",
            format!("最短运行期 {} 个月不合理", p.min_operation_months),
        );
    }
    if p.acceptance_paths.is_empty() {
        return fail("acceptance_paths", "至少需要一种验收方式".into());
    }
    if p.cities.is_empty() {
        return fail("cities", "城市列表不能为空".into());
    }
    Ok(())
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
        assert_eq!(p.deadline, NaiveDate::from_ymd_opt(2022, 10, 31).unwrap());
        assert_eq!(p.min_operation_months, 3);
        assert_eq!(
            p.credit_threshold, None,
            "the plan does not state a threshold"
        );
        assert!(p.paths_exclusive);
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
