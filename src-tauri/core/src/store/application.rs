//! The acceptance stage: the chosen path (not combined), certification
//! bodies (only qualifying ones can be chosen), and the application records.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::ProgramProfile;
use crate::error::{CoreError, Result};
use crate::model::{
    AcceptancePathKind, ApplicationRecord, ApplicationRecordInput, ApplicationResult,
    ApplicationSettings, CertificationBody, CertificationBodyInput,
};
use crate::validate;

impl Project {
    pub fn application_settings(&self) -> Result<ApplicationSettings> {
        Ok(self.conn().query_row(
            "SELECT path, body_id, planned_application_on, lead_time_days FROM application_setting WHERE id = 1",
            [],
            |r| {
                let path: Option<String> = r.get(0)?;
                Ok(ApplicationSettings {
                    path: path.and_then(|p| AcceptancePathKind::from_code(&p)),
                    body_id: r.get(1)?,
                    planned_application_on: r.get(2)?,
                    lead_time_days: r.get(3)?,
                })
            },
        )?)
    }

    /// Chooses the path (one path: the subsidies are not combined), the body and the dates.
    pub fn save_application_settings(
        &mut self,
        s: &ApplicationSettings,
    ) -> Result<ApplicationSettings> {
        if s.lead_time_days > 365 {
            return Err(CoreError::invalid(format!(
                "验收所需时间 {} 天不合理",
                s.lead_time_days
            )));
        }
        let planned = validate::date("计划申请日期", s.planned_application_on)?;
        let body = match (s.path, s.body_id) {
            (Some(AcceptancePathKind::Certification), Some(id)) => {
                let b = self.certification_body(id)?;
                if !b.qualifies {
                    return Err(CoreError::conflict(format!(
                        "“{}”不符合要求：第三方认证限于学习平台所列达到服务标准且无失信行为的认证机构",
                        b.name
                    )));
                }
                Some(id)
            }
            (Some(AcceptancePathKind::ProvincialAcceptance), Some(_)) => None,
            (_, _) => None,
        };
        self.write(|tx| {
            tx.execute(
                "UPDATE application_setting SET path = ?1, body_id = ?2, planned_application_on = ?3, lead_time_days = ?4, updated_at = ?5 WHERE id = 1",
                params![s.path.map(|p| p.code()), body, planned, s.lead_time_days, now()],
            )?;
            Ok(())
        })?;
        self.application_settings()
    }

    pub fn certification_bodies(&self, include_archived: bool) -> Result<Vec<CertificationBody>> {
        let mut st = self.conn().prepare(
            "SELECT id, name, meets_standard, no_dishonesty, note, archived FROM certification_body
              WHERE archived = 0 OR ?1 ORDER BY archived, name",
        )?;
        let v = st
            .query_map([include_archived], |r| {
                let meets: bool = r.get(2)?;
                let clean: bool = r.get(3)?;
                let archived: bool = r.get(5)?;
                Ok(CertificationBody {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    meets_standard: meets,
                    no_dishonesty: clean,
                    note: r.get(4)?,
                    archived,
                    qualifies: meets && clean && !archived,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    pub fn certification_body(&self, id: i64) -> Result<CertificationBody> {
        self.certification_bodies(true)?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or_else(|| CoreError::not_found(format!("认证机构（编号 {id}）不存在")))
    }

    pub fn save_certification_body(
        &mut self,
        id: Option<i64>,
        input: &CertificationBodyInput,
    ) -> Result<CertificationBody> {
        let name = validate::required("认证机构名称", &input.name, 100)?;
        let note = validate::optional("备注", &input.note, 500)?;
        let id = self.write(|tx| {
            let clash: Option<i64> = tx
                .query_row("SELECT id FROM certification_body WHERE name = ?1 AND archived = 0 AND id IS NOT ?2", params![name, id], |r| r.get(0))
                .optional()?;
            if clash.is_some() {
                return Err(CoreError::conflict(format!("认证机构“{name}”已在列表中")));
            }
            match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE certification_body SET name = ?1, meets_standard = ?2, no_dishonesty = ?3, note = ?4 WHERE id = ?5",
                        params![name, input.meets_standard, input.no_dishonesty, note, id],
                    )?;
                    Ok(id)
                }
                None => {
                    tx.execute(
                        "INSERT INTO certification_body (name, meets_standard, no_dishonesty, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![name, input.meets_standard, input.no_dishonesty, note, now()],
                    )?;
                    Ok(tx.last_insert_rowid())
                }
            }
        })?;
        self.certification_body(id)
    }

    pub fn archive_certification_body(&mut self, id: i64) -> Result<()> {
        self.certification_body(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE certification_body SET archived = 1 WHERE id = ?1",
                [id],
            )?;
            Ok(())
        })
    }

    pub fn save_application_record(
        &mut self,
        program: &ProgramProfile,
        id: Option<i64>,
        input: &ApplicationRecordInput,
    ) -> Result<ApplicationRecord> {
        let path = input
            .path
            .ok_or_else(|| CoreError::invalid("请选择验收方式"))?;
        let submitted_on = validate::required_date("申请日期", input.submitted_on)?;
        let stage1 = validate::date("第一阶段审核日期", input.stage1_on)?;
        let stage2 = validate::date("第二阶段审核日期", input.stage2_on)?;
        let cert_on = validate::date("证书日期", input.certificate_on)?;
        for (label, d) in [
            ("第一阶段审核日期", stage1),
            ("第二阶段审核日期", stage2),
            ("证书日期", cert_on),
        ] {
            if let Some(d) = d.filter(|d| *d < submitted_on) {
                return Err(CoreError::invalid(format!(
                    "{label} {d} 早于申请日期 {submitted_on}"
                )));
            }
        }
        if path == AcceptancePathKind::Certification {
            let body = input
                .body_id
                .ok_or_else(|| CoreError::invalid("第三方认证请选择认证机构"))?;
            let b = self.certification_body(body)?;
            if !b.qualifies {
                return Err(CoreError::conflict(format!(
                    "“{}”不是符合要求的认证机构",
                    b.name
                )));
            }
        }
        let other_path: Option<String> = self
            .conn()
            .query_row(
                "SELECT path FROM application_record WHERE path <> ?1 AND result = 'passed' AND id IS NOT ?2 LIMIT 1",
                params![path.code(), id],
                |r| r.get(0),
            )
            .optional()?;
        if other_path.is_some() && input.result == Some(ApplicationResult::Passed) {
            return Err(CoreError::conflict(
                "认证补助和验收补助不兼得：已有另一种方式通过的记录",
            ));
        }
        let cert_no = validate::optional("证书编号", &input.certificate_no, 60)?;
        let note = validate::optional("备注", &input.note, 1000)?;
        let result = input.result.unwrap_or(ApplicationResult::Pending);
        let body = if path == AcceptancePathKind::Certification {
            input.body_id
        } else {
            None
        };
        let id = self.write(|tx| {
            let t = now();
            match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE application_record SET path=?1, body_id=?2, submitted_on=?3, stage1_on=?4, stage2_on=?5, result=?6,
                            certificate_no=?7, certificate_on=?8, note=?9, updated_at=?10 WHERE id=?11",
                        params![path.code(), body, submitted_on, stage1, stage2, result.code(), cert_no, cert_on, note, t, id],
                    )?;
                    Ok(id)
                }
                None => {
                    tx.execute(
                        "INSERT INTO application_record (path, body_id, submitted_on, stage1_on, stage2_on, result, certificate_no, certificate_on, note, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                        params![path.code(), body, submitted_on, stage1, stage2, result.code(), cert_no, cert_on, note, t],
                    )?;
                    Ok(tx.last_insert_rowid())
                }
            }
        })?;
        self.application_records(program)?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| CoreError::storage("申请记录写入后未找到"))
    }

    pub fn application_records(&self, program: &ProgramProfile) -> Result<Vec<ApplicationRecord>> {
        let mut st = self.conn().prepare(
            "SELECT a.id, a.path, b.name, a.submitted_on, a.stage1_on, a.stage2_on, a.result, a.certificate_no, a.certificate_on, a.note, a.body_id
               FROM application_record a LEFT JOIN certification_body b ON b.id = a.body_id ORDER BY a.submitted_on, a.id",
        )?;
        let v = st
            .query_map([], |r| {
                let path: String = r.get(1)?;
                let result: String = r.get(6)?;
                let cert_on: Option<NaiveDate> = r.get(8)?;
                let path = AcceptancePathKind::from_code(&path)
                    .unwrap_or(AcceptancePathKind::Certification);
                let result =
                    ApplicationResult::from_code(&result).unwrap_or(ApplicationResult::Pending);
                let misses = cert_on.zip(program.deadline).is_some_and(|(c, d)| c > d);
                let subsidy = program
                    .acceptance_paths
                    .iter()
                    .find(|p| p.id == path.code())
                    .map(|p| p.subsidy_yuan)
                    .unwrap_or(0);
                Ok(ApplicationRecord {
                    id: r.get(0)?,
                    path,
                    body_id: r.get(10)?,
                    body_name: r.get(2)?,
                    submitted_on: r.get(3)?,
                    stage1_on: r.get(4)?,
                    stage2_on: r.get(5)?,
                    result,
                    certificate_no: r.get(7)?,
                    certificate_on: cert_on,
                    note: r.get(9)?,
                    misses_subsidy: misses,
                    subsidy_yuan: if misses || result != ApplicationResult::Passed {
                        0
                    } else {
                        subsidy
                    },
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }
}
