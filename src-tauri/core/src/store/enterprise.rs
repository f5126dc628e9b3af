//! The enterprise profile (one row).

use rusqlite::params;

use super::{now, Project};
use crate::catalog::ProgramProfile;
use crate::credit_code::{self, CreditCodeCheck};
use crate::error::{CoreError, ErrorCode, Result};
use crate::model::{EnterpriseProfile, IpHoldings, Qualification};
use crate::validate;

const MAX_HOLDING: u32 = 1_000_000;

impl Project {
    pub fn profile(&self) -> Result<EnterpriseProfile> {
        let p = self.conn().query_row(
            "SELECT name, credit_code, credit_code_confirmed, legal_representative, address, city,
                    district, industry, staff_count, contact_person, contact_phone, contact_email,
                    qualifications, invention_patents, utility_models, design_patents, trademarks,
                    software_copyrights, program_id, standard_edition, updated_at
             FROM enterprise WHERE id = 1",
            [],
            |r| {
                let quals: String = r.get(12)?;
                Ok(EnterpriseProfile {
                    name: r.get(0)?,
                    credit_code: r.get(1)?,
                    credit_code_confirmed: r.get(2)?,
                    legal_representative: r.get(3)?,
                    address: r.get(4)?,
                    city: r.get(5)?,
                    district: r.get(6)?,
                    industry: r.get(7)?,
                    staff_count: r.get(8)?,
                    contact_person: r.get(9)?,
                    contact_phone: r.get(10)?,
                    contact_email: r.get(11)?,
                    qualifications: serde_json::from_str::<Vec<String>>(&quals)
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|q| Qualification::from_code(q))
                        .collect(),
                    ip_holdings: IpHoldings {
                        invention_patents: r.get(13)?,
                        utility_models: r.get(14)?,
                        design_patents: r.get(15)?,
                        trademarks: r.get(16)?,
                        software_copyrights: r.get(17)?,
                    },
                    program_id: r.get(18)?,
                    standard_edition: r.get(19)?,
                    updated_at: r.get(20)?,
                })
            },
        )?;
        Ok(p)
    }

    /// Validates and saves the profile. A credit code whose check digit fails
    /// is refused with `needs_confirmation` unless `confirm_credit_code` is set;
    /// the confirmation is stored with the code.
    pub fn save_profile(
        &mut self,
        input: &EnterpriseProfile,
        confirm_credit_code: bool,
        program: &ProgramProfile,
    ) -> Result<EnterpriseProfile> {
        let current = self.profile()?;
        let already_confirmed = current.credit_code_confirmed
            && current.credit_code == credit_code::normalize(&input.credit_code);
        let p = clean_profile(input, confirm_credit_code || already_confirmed, program)?;
        if p.standard_edition != current.standard_edition && self.has_clause_records()? {
            return Err(CoreError::conflict(format!(
                "本项目已有按 {} 条款记录的诊断、文件或审核等数据，不能直接改标准版本：请用“换版”转换（先备份，记录按新旧条款对应关系转换）",
                current.standard_edition
            )));
        }
        let quals: Vec<&str> = p.qualifications.iter().map(|q| q.code()).collect();
        let quals = serde_json::to_string(&quals).expect("codes serialise");
        self.write(|tx| {
            tx.execute(
                "UPDATE enterprise SET name=?1, credit_code=?2, credit_code_confirmed=?3,
                    legal_representative=?4, address=?5, city=?6, district=?7, industry=?8,
                    staff_count=?9, contact_person=?10, contact_phone=?11, contact_email=?12,
                    qualifications=?13, invention_patents=?14, utility_models=?15,
                    design_patents=?16, trademarks=?17, software_copyrights=?18,
                    program_id=?19, standard_edition=?20, updated_at=?21
                 WHERE id = 1",
                params![
                    p.name,
                    p.credit_code,
                    p.credit_code_confirmed,
                    p.legal_representative,
                    p.address,
                    p.city,
                    p.district,
                    p.industry,
                    p.staff_count,
                    p.contact_person,
                    p.contact_phone,
                    p.contact_email,
                    quals,
                    p.ip_holdings.invention_patents,
                    p.ip_holdings.utility_models,
                    p.ip_holdings.design_patents,
                    p.ip_holdings.trademarks,
                    p.ip_holdings.software_copyrights,
                    p.program_id,
                    p.standard_edition,
                    now(),
                ],
            )?;
            Ok(())
        })?;
        self.profile()
    }

    /// Whether any record refers to a clause of the project's edition (then
    /// the edition changes only by conversion, which maps the keys).
    pub fn has_clause_records(&self) -> Result<bool> {
        let any: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM diagnosis) OR EXISTS (SELECT 1 FROM document_clause)
                 OR EXISTS (SELECT 1 FROM function_allocation) OR EXISTS (SELECT 1 FROM audit_scope)
                 OR EXISTS (SELECT 1 FROM operation_statement)
                 OR EXISTS (SELECT 1 FROM plan_task WHERE clause IS NOT NULL)",
            [],
            |r| r.get(0),
        )?;
        Ok(any)
    }
}

fn clean_profile(
    input: &EnterpriseProfile,
    confirm: bool,
    program: &ProgramProfile,
) -> Result<EnterpriseProfile> {
    let mut p = input.clone();
    p.name = validate::required("企业名称", &p.name, 100)?;
    p.legal_representative = validate::optional("法定代表人", &p.legal_representative, 50)?;
    p.address = validate::optional("地址", &p.address, 200)?;
    p.industry = validate::optional("所属行业", &p.industry, 50)?;
    p.contact_person = validate::optional("联系人", &p.contact_person, 50)?;
    p.contact_phone = validate::phone("联系电话", &p.contact_phone)?;
    p.contact_email = validate::email("电子邮箱", &p.contact_email)?;
    p.city = validate::optional("所在城市", &p.city, 30)?;
    p.district = validate::optional("区县", &p.district, 30)?;
    if !p.city.is_empty() && !program.cities.is_empty() {
        let city = program.city(&p.city).ok_or_else(|| {
            CoreError::invalid(format!("“{}”不在{}的城市列表中", p.city, program.region))
        })?;
        if !p.district.is_empty() && !city.districts.contains(&p.district) {
            return Err(CoreError::invalid(format!(
                "“{}”不是{}下属的区县",
                p.district, p.city
            )));
        }
    } else if p.city.is_empty() && !p.district.is_empty() {
        return Err(CoreError::invalid("请先选择所在城市，再选择区县"));
    }
    if let Some(n) = p.staff_count {
        if n == 0 || n > 1_000_000 {
            return Err(CoreError::invalid(format!("职工人数 {n} 不合理")));
        }
    }
    let h = &p.ip_holdings;
    for (label, v) in [
        ("发明专利数", h.invention_patents),
        ("实用新型专利数", h.utility_models),
        ("外观设计专利数", h.design_patents),
        ("注册商标数", h.trademarks),
        ("软件著作权数", h.software_copyrights),
    ] {
        if v > MAX_HOLDING {
            return Err(CoreError::invalid(format!("{label} {v} 不合理")));
        }
    }
    p.qualifications.sort_by_key(|q| q.code());
    p.qualifications.dedup();
    if p.program_id != program.id {
        return Err(CoreError::invalid(format!(
            "未知的贯标计划：{}",
            p.program_id
        )));
    }
    p.standard_edition = validate::required("标准版本", &p.standard_edition, 40)?;

    p.credit_code = credit_code::normalize(&p.credit_code);
    p.credit_code_confirmed = false;
    if !p.credit_code.is_empty() {
        match credit_code::check(&p.credit_code) {
            CreditCodeCheck::Valid => {}
            CreditCodeCheck::Malformed(why) => return Err(CoreError::invalid(why)),
            CreditCodeCheck::CheckDigitMismatch { expected } => {
                if !confirm {
                    return Err(CoreError::new(
                        ErrorCode::NeedsConfirmation,
                        format!(
                            "统一社会信用代码 {} 的校验位不符（按 GB 32100 计算，第 18 位应为 {expected}）。请核对营业执照；如确认无误（例如早期试点代码），可确认后保存。",
                            p.credit_code
                        ),
                    ));
                }
                p.credit_code_confirmed = true;
            }
        }
    }
    Ok(p)
}
