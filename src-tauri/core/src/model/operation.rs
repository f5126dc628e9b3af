use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Attachment;

/// Where the operation period stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationStatus {
    /// `None` until the system is issued.
    pub implemented_on: Option<NaiveDate>,
    pub min_months: u32,
    /// Days run so far (0 before the implementation date).
    pub days_run: i64,
    /// The date the minimum period is complete (calendar months, end-of-month safe).
    pub min_complete_on: Option<NaiveDate>,
    pub complete: bool,
    /// `None` without a program.
    pub deadline: Option<NaiveDate>,
    /// Days between the end of the minimum period and the deadline (negative: too late).
    pub margin_days: Option<i64>,
    /// A plain-Chinese sentence for the screen.
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Checkin {
    pub id: i64,
    /// `YYYY-MM`
    pub month: String,
    pub checked_on: NaiveDate,
    pub summary: String,
    /// Dated before the implementation date: does not count toward operation.
    pub before_operation: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckinInput {
    pub month: String,
    pub checked_on: Option<NaiveDate>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationRecord {
    pub id: i64,
    pub document_id: i64,
    pub document_code: String,
    pub document_title: String,
    pub produced_on: NaiveDate,
    pub attachment: Option<Attachment>,
    pub note: String,
    pub before_operation: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationRecordInput {
    pub document_id: i64,
    pub produced_on: Option<NaiveDate>,
    pub attachment_id: Option<i64>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationProblem {
    pub id: i64,
    pub found_on: NaiveDate,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
    pub clause: Option<String>,
    pub description: String,
    pub resolution: String,
    pub resolved_on: Option<NaiveDate>,
    pub before_operation: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationProblemInput {
    pub found_on: Option<NaiveDate>,
    pub department_id: Option<i64>,
    pub clause: Option<String>,
    pub description: String,
    pub resolution: String,
    pub resolved_on: Option<NaiveDate>,
}

/// 本期未发生: an applicable clause with nothing to record this operation
/// period (e.g. 企业重组), stated with its reason, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationStatement {
    pub id: i64,
    pub clause: String,
    pub reason: String,
    pub stated_by: i64,
    pub stated_by_name: String,
    pub stated_on: NaiveDate,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationStatementInput {
    pub clause: String,
    pub reason: String,
    pub stated_by: Option<i64>,
    pub stated_on: Option<NaiveDate>,
}

/// One applicable clause a form covers, and how the operation period
/// evidences it: records dated inside it, else a 本期未发生 statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ClauseEvidence {
    pub clause: String,
    pub title: String,
    /// Records dated inside the period whose document covers the clause.
    pub records: u32,
    pub statement: Option<OperationStatement>,
}

impl ClauseEvidence {
    /// Records first; a statement counts only where there are none.
    pub fn evidenced(&self) -> bool {
        self.records > 0 || self.statement.is_some()
    }
}

/// The operation evidence per clause, judged from the implementation date to
/// the planned application date (or the day judged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OperationEvidence {
    /// `None` until the system is implemented: nothing is evidenced yet.
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    /// Records dated inside the period (any document).
    pub records_inside: u32,
    pub clauses: Vec<ClauseEvidence>,
}
