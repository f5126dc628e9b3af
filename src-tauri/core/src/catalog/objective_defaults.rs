//! Default annual 知识产权目标 in proportion to the enterprise, from
//! `assets/objectives/defaults.json`: staff bands with their numbers, the
//! rates that scale them, and the objective items. The app's own estimate:
//! offered to the user, never saved by itself.

use serde::Deserialize;

use crate::error::{CoreError, Result};
use crate::model::{IpHoldings, SuggestedObjectives};

const FILE: &str = "objectives/defaults.json";
const DEFAULTS: &str = include_str!("../../../../assets/objectives/defaults.json");
/// What an item's text may fill in.
const PLACEHOLDERS: [&str; 4] = [
    "applications",
    "inventions",
    "invention_percent",
    "disclosures",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveDefaults {
    pub note: String,
    pub rates: Rates,
    /// By `staff_up_to`, ascending; the last has none.
    pub bands: Vec<Band>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    pub applications_per_staff: f64,
    pub applications_per_rd_staff: f64,
    pub applications_per_patent_held: f64,
    pub disclosures_per_application: f64,
    /// The fewest applications that carry an invention-patent target.
    pub inventions_from_applications: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub name: String,
    /// The most staff in this band (inclusive); `None`: no limit.
    pub staff_up_to: Option<u32>,
    /// Annual patent applications: at least, at most.
    pub applications: (u32, u32),
    pub invention_share: f64,
    pub min_disclosures: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub when: When,
    pub text: String,
}

/// When an item is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Always,
    Inventions,
    NoInventions,
    PatentsHeld,
    NoPatentsHeld,
    TrademarksHeld,
    NoTrademarksHeld,
    SoftwareHeld,
    NoSoftwareHeld,
}

/// What the estimate is made from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnterpriseFacts {
    /// 职工人数 from the profile.
    pub staff_count: Option<u32>,
    /// People in the register (not archived).
    pub registered_staff: u32,
    /// Of them, in departments playing the R&D part.
    pub rd_staff: u32,
    pub holdings: IpHoldings,
}

/// The numbers of one estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets {
    pub applications: u32,
    pub inventions: u32,
    pub invention_percent: u32,
    pub disclosures: u32,
}

/// The shipped table, checked.
pub fn builtin() -> Result<ObjectiveDefaults> {
    parse(FILE, DEFAULTS)
}

/// Parses and checks a table; a problem names the file and the field.
pub fn parse(file: &str, text: &str) -> Result<ObjectiveDefaults> {
    let d: ObjectiveDefaults = serde_json::from_str(text)
        .map_err(|e| CoreError::invalid(format!("年度目标建议表 {file} 有误：{e}")))?;
    d.check()
        .map_err(|why| CoreError::invalid(format!("年度目标建议表 {file}：{why}")))?;
    Ok(d)
}

/// `x` rounded up, ignoring the float noise of `0.2 × 15`.
fn ceil(x: f64) -> u32 {
    (x - 1e-9).ceil().max(0.0) as u32
}

impl ObjectiveDefaults {
    fn check(&self) -> std::result::Result<(), String> {
        let r = &self.rates;
        for (name, v) in [
            ("applications_per_staff", r.applications_per_staff),
            ("applications_per_rd_staff", r.applications_per_rd_staff),
            (
                "applications_per_patent_held",
                r.applications_per_patent_held,
            ),
            ("disclosures_per_application", r.disclosures_per_application),
        ] {
            if !(v.is_finite() && v > 0.0) {
                return Err(format!("rates.{name} 应为正数，实为 {v}"));
            }
        }
        if r.inventions_from_applications == 0 {
            return Err("rates.inventions_from_applications 应至少为 1".into());
        }
        if self.bands.is_empty() {
            return Err("bands 为空".into());
        }
        let last = self.bands.len() - 1;
        let mut below = 0;
        for (i, b) in self.bands.iter().enumerate() {
            let at = format!("bands[{i}]（{}）", b.name);
            match (b.staff_up_to, i == last) {
                (None, false) => return Err(format!("{at}：只有最后一档的 staff_up_to 为 null")),
                (Some(n), true) => {
                    return Err(format!(
                        "{at}：最后一档的 staff_up_to 应为 null（不设上限），实为 {n}"
                    ))
                }
                (Some(n), false) if n <= below => {
                    return Err(format!("{at}：staff_up_to {n} 应大于上一档的 {below}"))
                }
                (Some(n), false) => below = n,
                (None, true) => {}
            }
            let (min, max) = b.applications;
            if min == 0 || min > max {
                return Err(format!(
                    "{at}：applications 应为 [至少, 至多] 且至少为 1，实为 [{min}, {max}]"
                ));
            }
            if !(b.invention_share > 0.0 && b.invention_share <= 1.0) {
                return Err(format!(
                    "{at}：invention_share 应在 0 到 1 之间，实为 {}",
                    b.invention_share
                ));
            }
            if b.min_disclosures == 0 {
                return Err(format!("{at}：min_disclosures 应至少为 1"));
            }
        }
        if self.items.is_empty() {
            return Err("items 为空".into());
        }
        for (i, item) in self.items.iter().enumerate() {
            let at = format!("items[{i}]");
            if item.text.trim().is_empty() {
                return Err(format!("{at}：text 为空"));
            }
            if item.text.contains(['；', '。']) {
                return Err(format!(
                    "{at}：text 不能含“；”或“。”（各条目以“；”连接）：{}",
                    item.text
                ));
            }
            let mut rest = item.text.as_str();
            while let Some(open) = rest.find('{') {
                let Some(close) = rest[open..].find('}') else {
                    return Err(format!("{at}：“{{”没有对应的“}}”：{}", item.text));
                };
                let name = &rest[open + 1..open + close];
                if !PLACEHOLDERS.contains(&name) {
                    return Err(format!(
                        "{at}：未知的占位符 {{{name}}}（可用：{}）",
                        PLACEHOLDERS.map(|p| format!("{{{p}}}")).join("、")
                    ));
                }
                rest = &rest[open + close + 1..];
            }
            if rest.contains('}') {
                return Err(format!("{at}：多余的“}}”：{}", item.text));
            }
        }
        Ok(())
    }

    /// The band of an enterprise with `staff` people (the first for 0).
    pub fn band(&self, staff: u32) -> &Band {
        self.bands
            .iter()
            .find(|b| b.staff_up_to.is_none_or(|n| staff <= n))
            .unwrap_or(&self.bands[self.bands.len() - 1])
    }

    /// The numbers for `staff` people, `rd_staff` of them in R&D, and
    /// `patents` in force.
    pub fn targets(&self, staff: u32, rd_staff: u32, patents: u32) -> Targets {
        let r = &self.rates;
        let b = self.band(staff);
        let wanted = [
            staff as f64 * r.applications_per_staff,
            rd_staff as f64 * r.applications_per_rd_staff,
            patents as f64 * r.applications_per_patent_held,
        ]
        .into_iter()
        .fold(0.0, f64::max);
        let applications = ceil(wanted).clamp(b.applications.0, b.applications.1);
        let inventions = if applications >= r.inventions_from_applications {
            ceil(applications as f64 * b.invention_share)
        } else {
            0
        };
        Targets {
            applications,
            inventions,
            invention_percent: (b.invention_share * 100.0).round() as u32,
            disclosures: ceil(applications as f64 * r.disclosures_per_application)
                .max(b.min_disclosures),
        }
    }

    /// The suggested objectives text (items joined by “；”, as the document
    /// settings hold it) and how it was derived.
    pub fn suggest(&self, facts: &EnterpriseFacts) -> SuggestedObjectives {
        let h = &facts.holdings;
        let patents = h.invention_patents + h.utility_models + h.design_patents;
        let (staff, staff_note) = match facts.staff_count.filter(|n| *n > 0) {
            Some(n) => (n, None),
            None if facts.registered_staff > 0 => (
                facts.registered_staff,
                Some(format!(
                    "企业信息中未填写职工人数，暂按人员名册在册 {} 人估算，填写职工人数后估算更准确。",
                    facts.registered_staff
                )),
            ),
            None => (
                0,
                Some(format!(
                    "企业信息中未填写职工人数，人员名册也为空，暂按{}档估算：请先在“企业信息”中填写职工人数。",
                    self.bands[0].name
                )),
            ),
        };
        let t = self.targets(staff, facts.rd_staff, patents);
        let held = |w: When| match w {
            When::Always => true,
            When::Inventions => t.inventions > 0,
            When::NoInventions => t.inventions == 0,
            When::PatentsHeld => patents > 0,
            When::NoPatentsHeld => patents == 0,
            When::TrademarksHeld => h.trademarks > 0,
            When::NoTrademarksHeld => h.trademarks == 0,
            When::SoftwareHeld => h.software_copyrights > 0,
            When::NoSoftwareHeld => h.software_copyrights == 0,
        };
        let items: Vec<String> = self
            .items
            .iter()
            .filter(|i| held(i.when))
            .map(|i| {
                i.text
                    .replace("{applications}", &t.applications.to_string())
                    .replace("{inventions}", &t.inventions.to_string())
                    .replace("{invention_percent}", &t.invention_percent.to_string())
                    .replace("{disclosures}", &t.disclosures.to_string())
            })
            .collect();
        let b = self.band(staff);
        let r = &self.rates;
        let mut facts_used = vec![if staff > 0 {
            format!("职工人数 {staff} 人")
        } else {
            "职工人数未知".to_string()
        }];
        if facts.rd_staff > 0 {
            facts_used.push(format!("研发人员 {} 人", facts.rd_staff));
        }
        facts_used.push(if patents > 0 {
            format!(
                "有效专利 {patents} 件（发明 {} 件、实用新型 {} 件、外观设计 {} 件）",
                h.invention_patents, h.utility_models, h.design_patents
            )
        } else {
            "尚无有效专利".to_string()
        });
        facts_used.push(format!(
            "注册商标 {} 件、软件著作权 {} 件",
            h.trademarks, h.software_copyrights
        ));
        let basis = format!(
            "{}按{}估算，属{}档（年度专利申请 {}–{} 件）：专利申请取职工人数×{}、研发人员×{}、有效专利×{} 中的最大值并限于本档范围，技术交底书为专利申请的 {} 倍且不少于 {} 份。建议值仅供参考，请结合经营计划修改，保存设置后生效。",
            staff_note.unwrap_or_default(),
            facts_used.join("、"),
            b.name,
            b.applications.0,
            b.applications.1,
            r.applications_per_staff,
            r.applications_per_rd_staff,
            r.applications_per_patent_held,
            r.disclosures_per_application,
            b.min_disclosures,
        );
        SuggestedObjectives {
            text: format!("{}。", items.join("；")),
            basis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holdings(i: u32, u: u32, d: u32, t: u32, s: u32) -> IpHoldings {
        IpHoldings {
            invention_patents: i,
            utility_models: u,
            design_patents: d,
            trademarks: t,
            software_copyrights: s,
        }
    }

    #[test]
    fn the_shipped_table_scales_with_the_enterprise() {
        let d = builtin().unwrap();
        // An 8-person start-up with nothing yet: one application, two disclosures.
        let small = d.targets(8, 0, 0);
        assert_eq!(
            (small.applications, small.inventions, small.disclosures),
            (1, 0, 2)
        );
        // A 2,000-person manufacturer: dozens, 40 % inventions.
        let big = d.targets(2000, 0, 0);
        assert_eq!(
            (big.applications, big.inventions, big.disclosures),
            (60, 24, 90)
        );
        // Holdings and R&D staff raise a band's estimate, within the band.
        assert_eq!(d.targets(50, 0, 15).applications, 3);
        assert_eq!(d.targets(50, 20, 0).applications, 5);
        assert_eq!(d.targets(50, 0, 500).applications, 12);
        // Bands are monotonic: more staff never means fewer applications.
        let mut last = 0;
        for staff in (0..5000).step_by(7) {
            let a = d.targets(staff, 0, 0).applications;
            assert!(a >= last, "{staff} 人：{a} < {last}");
            last = a;
        }
    }

    #[test]
    fn the_text_follows_the_holdings() {
        let d = builtin().unwrap();
        let none = d.suggest(&EnterpriseFacts {
            staff_count: Some(8),
            ..Default::default()
        });
        assert!(
            none.text.contains("年度新增专利申请不少于1件；"),
            "{}",
            none.text
        );
        assert!(!none.text.contains("发明专利申请"), "{}", none.text);
        assert!(none.text.contains("完成主营产品（服务）商标注册申请"));
        assert!(!none.text.contains("年费") && !none.text.contains("续展"));
        assert!(none.text.ends_with("。") && !none.text.contains('{'));
        assert!(
            none.basis.starts_with("按职工人数 8 人、尚无有效专利"),
            "{}",
            none.basis
        );
        let held = d.suggest(&EnterpriseFacts {
            staff_count: Some(300),
            holdings: holdings(10, 30, 2, 4, 6),
            ..Default::default()
        });
        assert!(
            held.text
                .contains("其中发明专利申请不少于4件（发明占比不低于35%）"),
            "{}",
            held.text
        );
        assert!(held.text.contains("年费按期缴纳率100%") && held.text.contains("续展及时率100%"));
        assert!(held.text.contains("软件产品著作权登记率100%"));
        assert!(
            held.basis.contains("属中型企业档（年度专利申请 4–25 件）"),
            "{}",
            held.basis
        );
    }

    #[test]
    fn a_missing_staff_count_is_said_first() {
        let d = builtin().unwrap();
        let register = d.suggest(&EnterpriseFacts {
            registered_staff: 80,
            rd_staff: 20,
            ..Default::default()
        });
        assert!(
            register
                .basis
                .starts_with("企业信息中未填写职工人数，暂按人员名册在册 80 人估算"),
            "{}",
            register.basis
        );
        assert!(register.basis.contains("研发人员 20 人"));
        let nothing = d.suggest(&EnterpriseFacts::default());
        assert!(
            nothing.basis.starts_with(
                "企业信息中未填写职工人数，人员名册也为空，暂按微型企业档估算：请先在“企业信息”中填写职工人数。"
            ),
            "{}",
            nothing.basis
        );
        assert!(nothing.text.contains("不少于1件"));
    }

    #[test]
    fn broken_tables_are_reported_by_field() {
        for (from, to, said) in [
            (
                "\"staff_up_to\": null",
                "\"staff_up_to\": 5000",
                "d.json：bands[4]（大型企业）：最后一档的 staff_up_to 应为 null",
            ),
            (
                "\"staff_up_to\": 100",
                "\"staff_up_to\": 10",
                "bands[1]（小型企业）：staff_up_to 10 应大于上一档的 20",
            ),
            ("[1, 3]", "[3, 1]", "bands[0]（微型企业）：applications"),
            (
                "{disclosures}",
                "{disclosure}",
                "items[3]：未知的占位符 {disclosure}",
            ),
            (
                "\"when\": \"always\"",
                "\"when\": \"sometimes\"",
                "d.json 有误：unknown variant `sometimes`",
            ),
            ("0.03", "0", "rates.applications_per_staff 应为正数"),
            ("持续改进", "持续改进；完善", "items[0]：text 不能含"),
        ] {
            assert!(DEFAULTS.contains(from), "{from}");
            let e = parse("d.json", &DEFAULTS.replacen(from, to, 1))
                .unwrap_err()
                .message;
            assert!(e.contains(said), "{from} → {to}: {e}");
        }
    }
}
