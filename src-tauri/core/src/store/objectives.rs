//! 知识产权目标 and their 目标考核 (measurements). Read by the readiness
//! rule `objectives_measured` and by the management review's inputs.

use rusqlite::params;

use super::{now, Project};
use crate::error::{CoreError, Result};
use crate::model::{Objective, ObjectiveInput, ObjectiveMeasurement, ObjectiveMeasurementInput};
use crate::validate;

impl Project {
    /// Every objective with its measurements, oldest first.
    pub fn objectives(&self) -> Result<Vec<Objective>> {
        let mut st = self.conn().prepare(
            "SELECT m.id, m.objective_id, m.measured_on, m.actual, m.achieved, m.measured_by, p.name, m.note
               FROM objective_measurement m LEFT JOIN person p ON p.id = m.measured_by
              ORDER BY m.measured_on, m.id",
        )?;
        let measurements: Vec<ObjectiveMeasurement> = st
            .query_map([], |r| {
                Ok(ObjectiveMeasurement {
                    id: r.get(0)?,
                    objective_id: r.get(1)?,
                    measured_on: r.get(2)?,
                    actual: r.get(3)?,
                    achieved: r.get(4)?,
                    measured_by: r.get(5)?,
                    measured_by_name: r.get(6)?,
                    note: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn().prepare(
            "SELECT o.id, o.description, o.target, o.department_id, d.name, o.period
               FROM objective o LEFT JOIN department d ON d.id = o.department_id ORDER BY o.id",
        )?;
        let v = st
            .query_map([], |r| {
                let id: i64 = r.get(0)?;
                Ok(Objective {
                    id,
                    description: r.get(1)?,
                    target: r.get(2)?,
                    department_id: r.get(3)?,
                    department_name: r.get(4)?,
                    period: r.get(5)?,
                    measurements: measurements
                        .iter()
                        .filter(|m| m.objective_id == id)
                        .cloned()
                        .collect(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    fn objective(&self, id: i64) -> Result<Objective> {
        self.objectives()?
            .into_iter()
            .find(|o| o.id == id)
            .ok_or_else(|| CoreError::not_found(format!("知识产权目标（编号 {id}）不存在")))
    }

    pub fn save_objective(&mut self, id: Option<i64>, input: &ObjectiveInput) -> Result<Objective> {
        let description = validate::required("目标", &input.description, 500)?;
        let target = validate::required("目标值", &input.target, 200)?;
        let period = validate::optional("期间", &input.period, 50)?;
        if let Some(d) = input.department_id {
            let dep = self.department(d)?;
            if dep.archived && id.is_none() {
                return Err(CoreError::conflict(format!("部门“{}”已归档", dep.name)));
            }
        }
        if let Some(id) = id {
            self.objective(id)?;
        }
        let id = self.write(|tx| {
            let t = now();
            Ok(match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE objective SET description = ?1, target = ?2, department_id = ?3, period = ?4, updated_at = ?5 WHERE id = ?6",
                        params![description, target, input.department_id, period, t, id],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO objective (description, target, department_id, period, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                        params![description, target, input.department_id, period, t],
                    )?;
                    tx.last_insert_rowid()
                }
            })
        })?;
        self.objective(id)
    }

    /// Deletes an objective and its measurements; the change log keeps them.
    pub fn delete_objective(&mut self, id: i64) -> Result<()> {
        let n = self.write(|tx| Ok(tx.execute("DELETE FROM objective WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(CoreError::not_found(format!(
                "知识产权目标（编号 {id}）不存在"
            )));
        }
        Ok(())
    }

    /// Adds a measurement (`id` None) or corrects one.
    pub fn save_objective_measurement(
        &mut self,
        objective_id: i64,
        id: Option<i64>,
        input: &ObjectiveMeasurementInput,
    ) -> Result<Objective> {
        let objective = self.objective(objective_id)?;
        if let Some(id) = id {
            if !objective.measurements.iter().any(|m| m.id == id) {
                return Err(CoreError::not_found(format!(
                    "目标“{}”没有编号为 {id} 的考核记录",
                    objective.description
                )));
            }
        }
        let on = validate::required_date("考核日期", input.measured_on)?;
        let actual = validate::required("实际完成情况", &input.actual, 500)?;
        let note = validate::optional("备注", &input.note, 1000)?;
        if let Some(p) = input.measured_by {
            let person = self.person(p)?;
            if person.archived && id.is_none() {
                return Err(CoreError::conflict(format!(
                    "“{}”已归档，不能作为考核人",
                    person.name
                )));
            }
        }
        self.write(|tx| {
            match id {
                Some(id) => tx.execute(
                    "UPDATE objective_measurement SET measured_on = ?1, actual = ?2, achieved = ?3, measured_by = ?4, note = ?5 WHERE id = ?6",
                    params![on, actual, input.achieved, input.measured_by, note, id],
                )?,
                None => tx.execute(
                    "INSERT INTO objective_measurement (objective_id, measured_on, actual, achieved, measured_by, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![objective_id, on, actual, input.achieved, input.measured_by, note, now()],
                )?,
            };
            Ok(())
        })?;
        self.objective(objective_id)
    }

    pub fn delete_objective_measurement(&mut self, id: i64) -> Result<()> {
        let n = self
            .write(|tx| Ok(tx.execute("DELETE FROM objective_measurement WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(CoreError::not_found(format!("考核记录（编号 {id}）不存在")));
        }
        Ok(())
    }
}
