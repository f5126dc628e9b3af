//! Operation evidence per clause: records dated inside the operation period,
//! or a 本期未发生 statement for a clause with nothing to record (企业重组,
//! 合同纠纷 …). Read by the readiness rule `operation_evidence` and by the
//! 体系运行 page, so both list the same clauses.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use super::{now, Project};
use crate::catalog::standard::clause_order;
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{
    ClauseEvidence, DocType, OperationEvidence, OperationStatement, OperationStatementInput,
};
use crate::validate;

impl Project {
    pub fn operation_statements(&self) -> Result<Vec<OperationStatement>> {
        let mut st = self.conn().prepare(
            "SELECT s.id, s.clause, s.reason, s.stated_by, p.name, s.stated_on
               FROM operation_statement s JOIN person p ON p.id = s.stated_by",
        )?;
        let mut v: Vec<OperationStatement> = st
            .query_map([], |r| {
                Ok(OperationStatement {
                    id: r.get(0)?,
                    clause: r.get(1)?,
                    reason: r.get(2)?,
                    stated_by: r.get(3)?,
                    stated_by_name: r.get(4)?,
                    stated_on: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        v.sort_by_key(|s| clause_order(&s.clause));
        Ok(v)
    }

    /// Adds or replaces the statement for its clause (one per clause).
    pub fn save_operation_statement(
        &mut self,
        standard: &StandardEdition,
        input: &OperationStatementInput,
    ) -> Result<OperationStatement> {
        let clause = input.clause.trim().to_string();
        if clause.is_empty() {
            return Err(CoreError::invalid("请选择条款"));
        }
        if !standard.is_leaf(&clause) {
            return Err(CoreError::invalid(format!(
                "条款 {clause} 不是 {} 的末级条款",
                standard.id
            )));
        }
        if self.not_applicable_clauses()?.contains(&clause) {
            return Err(CoreError::conflict(format!(
                "条款 {clause} 已在诊断中判定为不适用，无需“本期未发生”说明"
            )));
        }
        let reason = validate::required("未发生的理由", &input.reason, 1000)?;
        let by = input
            .stated_by
            .ok_or_else(|| CoreError::invalid("请指定说明人"))?;
        let person = self.person(by)?;
        if person.archived {
            return Err(CoreError::conflict(format!(
                "“{}”已归档，不能作为说明人",
                person.name
            )));
        }
        let on = validate::required_date("说明日期", input.stated_on)?;
        self.write(|tx| {
            let t = now();
            tx.execute(
                "INSERT INTO operation_statement (clause, reason, stated_by, stated_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (clause) DO UPDATE SET reason = ?2, stated_by = ?3, stated_on = ?4, updated_at = ?5",
                params![clause, reason, by, on, t],
            )?;
            Ok(())
        })?;
        self.operation_statements()?
            .into_iter()
            .find(|s| s.clause == clause)
            .ok_or_else(|| CoreError::storage("本期未发生说明写入后未找到"))
    }

    pub fn delete_operation_statement(&mut self, id: i64) -> Result<()> {
        let n = self
            .write(|tx| Ok(tx.execute("DELETE FROM operation_statement WHERE id = ?1", [id])?))?;
        if n == 0 {
            return Err(CoreError::not_found(format!(
                "本期未发生说明（编号 {id}）不存在"
            )));
        }
        Ok(())
    }

    /// Every applicable clause a form (记录表单) covers, with the records
    /// dated inside the operation period (the implementation date to the
    /// planned application date, else `today`) and its statement. Clauses no
    /// form covers (总体要求, 方针, 管理者代表 …) are evidenced by the
    /// published documents themselves, which coverage checks.
    pub fn operation_evidence(
        &self,
        standard: &StandardEdition,
        today: NaiveDate,
    ) -> Result<OperationEvidence> {
        let to = self
            .application_settings()?
            .planned_application_on
            .unwrap_or(today);
        let from = self.implemented_on()?;
        let docs = self.documents_unchecked()?;
        let not_applicable = self.not_applicable_clauses()?;
        let inside: Vec<_> = self
            .operation_records()?
            .into_iter()
            .filter(|r| from.is_some_and(|s| r.produced_on >= s && r.produced_on <= to))
            .collect();
        let mut records: HashMap<&str, u32> = HashMap::new();
        for r in &inside {
            for d in docs.iter().filter(|d| d.id == r.document_id) {
                for c in &d.clauses {
                    *records.entry(c.as_str()).or_default() += 1;
                }
            }
        }
        let with_form = |c: &str| {
            docs.iter().any(|d| {
                d.doc_type == DocType::Form && !d.archived && d.clauses.iter().any(|x| x == c)
            })
        };
        let mut statements = self.operation_statements()?;
        let clauses = standard
            .leaves()
            .filter(|c| with_form(&c.key) && !not_applicable.contains(&c.key))
            .map(|c| ClauseEvidence {
                clause: c.key.clone(),
                title: c.title.clone(),
                records: records.get(c.key.as_str()).copied().unwrap_or(0),
                statement: statements
                    .iter()
                    .position(|s| s.clause == c.key)
                    .map(|i| statements.swap_remove(i)),
            })
            .collect();
        Ok(OperationEvidence {
            from,
            to,
            records_inside: inside.len() as u32,
            clauses,
        })
    }
}
