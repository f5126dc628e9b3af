use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 企业资质
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Qualification {
    /// 高新技术企业
    HighTech,
    /// 科技型中小企业
    TechSme,
    /// 专精特新
    Specialized,
    /// 知识产权优势企业
    IpAdvantage,
}

impl Qualification {
    pub const ALL: [Qualification; 4] = [
        Qualification::HighTech,
        Qualification::TechSme,
        Qualification::Specialized,
        Qualification::IpAdvantage,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Qualification::HighTech => "high_tech",
            Qualification::TechSme => "tech_sme",
            Qualification::Specialized => "specialized",
            Qualification::IpAdvantage => "ip_advantage",
        }
    }
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.code() == code)
    }
    pub fn label(self) -> &'static str {
        match self {
            Qualification::HighTech => "高新技术企业",
            Qualification::TechSme => "科技型中小企业",
            Qualification::Specialized => "专精特新",
            Qualification::IpAdvantage => "知识产权优势企业",
        }
    }
}

/// 知识产权拥有量
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IpHoldings {
    /// 发明专利
    pub invention_patents: u32,
    /// 实用新型专利
    pub utility_models: u32,
    /// 外观设计专利
    pub design_patents: u32,
    /// 注册商标
    pub trademarks: u32,
    /// 软件著作权
    pub software_copyrights: u32,
}

/// 企业基本信息 — one per project file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EnterpriseProfile {
    pub name: String,
    /// 统一社会信用代码 (GB 32100)
    pub credit_code: String,
    /// The user confirmed a code whose check digit fails (e.g. an early pilot code).
    pub credit_code_confirmed: bool,
    pub legal_representative: String,
    pub address: String,
    pub city: String,
    pub district: String,
    pub industry: String,
    pub staff_count: Option<u32>,
    pub contact_person: String,
    pub contact_phone: String,
    pub contact_email: String,
    pub qualifications: Vec<Qualification>,
    pub ip_holdings: IpHoldings,
    /// Program profile id, e.g. `shaanxi-2022`.
    pub program_id: String,
    /// Standard edition, e.g. `GB/T 29490-2013`.
    pub standard_edition: String,
    /// Last saved (RFC 3339), empty before the first save.
    pub updated_at: String,
}
