//! Training: online credits per required person, offline sessions with
//! attendance, all-staff coverage and internal-auditor qualification.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::attachments;
use super::{now, Project};
use crate::catalog::ProgramProfile;
use crate::error::{CoreError, Result};
use crate::model::{
    AuditorOverview, AuditorQualificationInput, AuditorStatus, CreditOverview, CreditStatus,
    OnlineTrainingInput, PersonQuery, Role, SessionKind, StaffCoverage, TrainingSession,
    TrainingSessionInput,
};
use crate::validate;

/// More credits than any platform awards: surely a typing error.
pub const MAX_CREDITS: f64 = 1000.0;

impl Project {
    /// The credit threshold set for this project, else the program's (`None` = 未设定).
    pub fn credit_threshold(&self, program: &ProgramProfile) -> Result<Option<f64>> {
        let own: Option<f64> = self.conn().query_row(
            "SELECT credit_threshold FROM project_setting WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        Ok(own.or(program.credit_threshold))
    }

    pub fn set_credit_threshold(&mut self, threshold: Option<f64>) -> Result<()> {
        if let Some(t) = threshold {
            if !t.is_finite() || t <= 0.0 || t > MAX_CREDITS {
                return Err(CoreError::invalid(format!(
                    "学分要求 {t} 不合理：应大于 0 且不超过 {MAX_CREDITS}"
                )));
            }
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE project_setting SET credit_threshold = ?1 WHERE id = 1",
                [threshold],
            )?;
            Ok(())
        })
    }

    pub fn save_online_training(
        &mut self,
        person_id: i64,
        input: &OnlineTrainingInput,
    ) -> Result<()> {
        let person = self.person(person_id)?;
        if person.archived {
            return Err(CoreError::conflict(format!(
                "{} 已归档，不能再登记学分",
                person.name
            )));
        }
        if !input.credits.is_finite() || input.credits < 0.0 {
            return Err(CoreError::invalid(format!(
                "学分不能为负数：{}",
                input.credits
            )));
        }
        if input.credits > MAX_CREDITS {
            return Err(CoreError::invalid(format!(
                "学分 {} 不合理（超过 {MAX_CREDITS}），请核对学习平台的记录",
                input.credits
            )));
        }
        let account = validate::optional("平台账号", &input.platform_account, 60)?;
        let reached_on = validate::date("达标日期", input.reached_on)?;
        self.write(|tx| {
            attachments::check(tx, input.certificate_id)?;
            tx.execute(
                "INSERT INTO online_training (person_id, platform_account, credits, reached_on, certificate_id, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (person_id) DO UPDATE SET platform_account = ?2, credits = ?3,
                    reached_on = ?4, certificate_id = ?5, updated_at = ?6",
                params![person_id, account, input.credits, reached_on, input.certificate_id, now()],
            )?;
            Ok(())
        })
    }

    /// Everyone in a required role against the threshold; who is still missing.
    pub fn credit_overview(&self, program: &ProgramProfile) -> Result<CreditOverview> {
        let threshold = self.credit_threshold(program)?;
        let required: Vec<Role> = program.required_training_roles.clone();
        let people = self.people(&PersonQuery::default())?;
        let mut out = Vec::new();
        for p in people {
            let roles: Vec<Role> = p
                .roles
                .iter()
                .copied()
                .filter(|r| required.contains(r))
                .collect();
            if roles.is_empty() {
                continue;
            }
            let rec: Option<(String, f64, Option<NaiveDate>, Option<i64>)> = self
                .conn()
                .query_row(
                    "SELECT platform_account, credits, reached_on, certificate_id FROM online_training WHERE person_id = ?1",
                    [p.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let (account, credits, reached_on, cert) = rec.unwrap_or_default();
            out.push(CreditStatus {
                person_id: p.id,
                person_name: p.name.clone(),
                department_name: p.department_name.clone(),
                roles,
                platform_account: account,
                credits,
                reached_on,
                certificate: attachments::load(self.conn(), cert)?,
                reached: threshold.map(|t| credits >= t),
            });
        }
        let reached_count = out.iter().filter(|s| s.reached == Some(true)).count() as u32;
        let missing = out
            .iter()
            .filter(|s| s.reached != Some(true))
            .map(|s| s.person_name.clone())
            .collect();
        Ok(CreditOverview {
            threshold,
            required_roles: required,
            people: out,
            reached_count,
            missing,
        })
    }

    fn clean_session(
        &self,
        input: &TrainingSessionInput,
    ) -> Result<(NaiveDate, SessionKind, String, String)> {
        let held_on = validate::required_date("培训日期", input.held_on)?;
        let kind = input
            .kind
            .ok_or_else(|| CoreError::invalid("请选择培训类型"))?;
        let topic = validate::required("培训主题", &input.topic, 100)?;
        let trainer = validate::optional("培训讲师", &input.trainer, 50)?;
        if !input.hours.is_finite() || input.hours <= 0.0 || input.hours > 24.0 {
            return Err(CoreError::invalid(format!(
                "培训学时 {} 不合理：应大于 0 且一天不超过 24 小时",
                input.hours
            )));
        }
        validate::optional("备注", &input.notes, 2000)?;
        Ok((held_on, kind, topic, trainer))
    }

    fn check_attendees(tx: &rusqlite::Transaction, ids: &[i64]) -> Result<()> {
        for id in ids {
            let state: Option<(String, bool)> = tx
                .query_row(
                    "SELECT name, archived FROM person WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match state {
                None => {
                    return Err(CoreError::invalid(format!(
                        "参训人员（编号 {id}）不在人员名单中"
                    )))
                }
                Some((name, true)) => {
                    return Err(CoreError::conflict(format!(
                        "{name} 已归档，不能登记为参训人员"
                    )))
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    fn write_session(
        &mut self,
        id: Option<i64>,
        input: &TrainingSessionInput,
    ) -> Result<TrainingSession> {
        let (held_on, kind, topic, trainer) = self.clean_session(input)?;
        let attendees: BTreeSet<i64> = input.attendee_ids.iter().copied().collect();
        let notes = input.notes.trim().to_string();
        let id = self.write(|tx| {
            let dup: Option<i64> = tx
                .query_row(
                    "SELECT id FROM training_session WHERE held_on = ?1 AND kind = ?2 AND topic = ?3 AND id IS NOT ?4",
                    params![held_on, kind.code(), topic, id],
                    |r| r.get(0),
                )
                .optional()?;
            if dup.is_some() {
                return Err(CoreError::conflict(format!(
                    "{held_on} 已登记过同一主题的{}“{topic}”，请勿重复登记",
                    kind.label()
                )));
            }
            Self::check_attendees(tx, &attendees.iter().copied().collect::<Vec<_>>())?;
            attachments::check(tx, input.sign_in_id)?;
            let t = now();
            let id = match id {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE training_session SET held_on=?1, kind=?2, topic=?3, trainer=?4, hours=?5,
                            sign_in_id=?6, notes=?7, updated_at=?8 WHERE id=?9",
                        params![held_on, kind.code(), topic, trainer, input.hours, input.sign_in_id, notes, t, id],
                    )?;
                    if n == 0 {
                        return Err(CoreError::not_found(format!("培训记录（编号 {id}）不存在")));
                    }
                    // Only the attendees that changed: the change history shows each.
                    tx.execute(
                        "DELETE FROM training_attendance WHERE session_id = ?1 AND person_id NOT IN (SELECT value FROM json_each(?2))",
                        params![id, serde_json::to_string(&attendees).expect("ids serialise")],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO training_session (held_on, kind, topic, trainer, hours, sign_in_id, notes, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                        params![held_on, kind.code(), topic, trainer, input.hours, input.sign_in_id, notes, t],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let mut st = tx.prepare("INSERT INTO training_attendance (session_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
            for p in &attendees {
                st.execute([id, *p])?;
            }
            Ok(id)
        })?;
        self.training_session(id)
    }

    pub fn create_training_session(
        &mut self,
        input: &TrainingSessionInput,
    ) -> Result<TrainingSession> {
        self.write_session(None, input)
    }

    pub fn update_training_session(
        &mut self,
        id: i64,
        input: &TrainingSessionInput,
    ) -> Result<TrainingSession> {
        self.write_session(Some(id), input)
    }

    /// Deletes a session record and its attendance (a session is a record of
    /// an event, not something other records refer to).
    pub fn delete_training_session(&mut self, id: i64) -> Result<()> {
        self.training_session(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM training_session WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    pub fn training_session(&self, id: i64) -> Result<TrainingSession> {
        self.conn()
            .query_row(
                &format!("{SESSION_SELECT} WHERE id = ?1"),
                [id],
                session_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("培训记录（编号 {id}）不存在")))
            .and_then(|s| self.with_attendees(s))
    }

    pub fn training_sessions(&self) -> Result<Vec<TrainingSession>> {
        let mut st = self
            .conn()
            .prepare(&format!("{SESSION_SELECT} ORDER BY held_on DESC, id DESC"))?;
        let rows = st
            .query_map([], session_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(|s| self.with_attendees(s)).collect()
    }

    fn with_attendees(
        &self,
        (mut s, sign_in): (TrainingSession, Option<i64>),
    ) -> Result<TrainingSession> {
        let mut st = self.conn().prepare(
            "SELECT p.id, p.name FROM training_attendance a JOIN person p ON p.id = a.person_id
              WHERE a.session_id = ?1 ORDER BY p.id",
        )?;
        let rows = st.query_map([s.id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for r in rows {
            let (id, name) = r?;
            s.attendee_ids.push(id);
            s.attendee_names.push(name);
        }
        s.sign_in = attachments::load(self.conn(), sign_in)?;
        Ok(s)
    }

    /// Share of current staff who attended an all-staff session, and who has not.
    pub fn all_staff_coverage(&self) -> Result<StaffCoverage> {
        let mut st = self.conn().prepare(
            "SELECT p.name, EXISTS (SELECT 1 FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                                     WHERE a.person_id = p.id AND s.kind = 'all_staff')
               FROM person p WHERE p.archived = 0 ORDER BY p.department_id, p.id",
        )?;
        let rows: Vec<(String, bool)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let staff = rows.len() as u32;
        let attended = rows.iter().filter(|r| r.1).count() as u32;
        Ok(StaffCoverage {
            staff,
            attended,
            share: if staff == 0 {
                0.0
            } else {
                attended as f64 / staff as f64
            },
            not_attended: rows.into_iter().filter(|r| !r.1).map(|r| r.0).collect(),
        })
    }

    pub fn save_auditor_qualification(
        &mut self,
        person_id: i64,
        input: &AuditorQualificationInput,
    ) -> Result<()> {
        let p = self.person(person_id)?;
        if !p.roles.contains(&Role::InternalAuditor) {
            return Err(CoreError::conflict(format!(
                "{} 不是内审员：请先在人员中为其添加“内审员”角色",
                p.name
            )));
        }
        let qualified_on = Some(validate::required_date("取得资格日期", input.qualified_on)?);
        let cert_no = validate::optional("证书编号", &input.certificate_no, 60)?;
        let issuer = validate::optional("发证机构", &input.issuer, 100)?;
        self.write(|tx| {
            attachments::check(tx, input.certificate_id)?;
            tx.execute(
                "INSERT INTO auditor_qualification (person_id, certificate_no, issuer, qualified_on, certificate_id, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (person_id) DO UPDATE SET certificate_no = ?2, issuer = ?3,
                    qualified_on = ?4, certificate_id = ?5, updated_at = ?6",
                params![person_id, cert_no, issuer, qualified_on, input.certificate_id, now()],
            )?;
            Ok(())
        })
    }

    pub fn clear_auditor_qualification(&mut self, person_id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM auditor_qualification WHERE person_id = ?1",
                [person_id],
            )?;
            Ok(())
        })
    }

    /// Internal auditors (active people with the role) and their qualification.
    pub fn auditor_overview(&self) -> Result<AuditorOverview> {
        let people = self.people(&PersonQuery {
            role: Some(Role::InternalAuditor),
            ..Default::default()
        })?;
        let mut auditors = Vec::new();
        for p in people {
            let q: Option<(String, String, NaiveDate, Option<i64>)> = self
                .conn()
                .query_row(
                    "SELECT certificate_no, issuer, qualified_on, certificate_id FROM auditor_qualification WHERE person_id = ?1",
                    [p.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            auditors.push(AuditorStatus {
                person_id: p.id,
                person_name: p.name,
                department_id: p.department_id,
                department_name: p.department_name,
                qualified: q.is_some(),
                certificate_no: q.as_ref().map(|q| q.0.clone()).unwrap_or_default(),
                issuer: q.as_ref().map(|q| q.1.clone()).unwrap_or_default(),
                qualified_on: q.as_ref().map(|q| q.2),
                certificate: attachments::load(self.conn(), q.and_then(|q| q.3))?,
            });
        }
        let qualified_count = auditors.iter().filter(|a| a.qualified).count() as u32;
        Ok(AuditorOverview {
            auditors,
            qualified_count,
            can_plan_audit: qualified_count >= 2,
        })
    }
}

const SESSION_SELECT: &str =
    "SELECT id, held_on, kind, topic, trainer, hours, sign_in_id, notes FROM training_session";

fn session_row(r: &Row) -> rusqlite::Result<(TrainingSession, Option<i64>)> {
    let kind: String = r.get(2)?;
    Ok((
        TrainingSession {
            id: r.get(0)?,
            held_on: r.get(1)?,
            kind: SessionKind::from_code(&kind).unwrap_or(SessionKind::Special),
            topic: r.get(3)?,
            trainer: r.get(4)?,
            hours: r.get(5)?,
            attendee_ids: Vec::new(),
            attendee_names: Vec::new(),
            sign_in: None,
            notes: r.get(7)?,
        },
        r.get(6)?,
    ))
}
