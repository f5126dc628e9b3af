//! Batch steps over a selection of documents (批量提交审核、审核通过、批准、发布、发放).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;

/// A workflow step taken for many documents at once; 审核 is always 审核通过
/// (a document sent back is looked at one by one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BatchStep {
    Submit,
    Review,
    Approve,
    Publish,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchStepInput {
    pub step: BatchStep,
    pub document_ids: Vec<i64>,
    /// 审核日期, 批准日期 or 发布日期 (not used by 提交审核).
    pub on: Option<NaiveDate>,
    /// 提交审核: the reviewer for every draft; none keeps each draft's own
    /// (the 管理者代表 by default).
    pub reviewer_id: Option<i64>,
    /// 提交审核: the approver; none keeps each draft's own (the 最高管理者).
    pub approver_id: Option<i64>,
}

/// 批量发放: one controlled copy of each document's published revision to
/// each department, numbered on from the document's last copy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchDistributeInput {
    pub document_ids: Vec<i64>,
    pub department_ids: Vec<i64>,
    pub issued_on: Option<NaiveDate>,
}

/// A document the step was taken for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BatchDone {
    pub document_id: i64,
    pub code: String,
    pub title: String,
    /// The revision stepped (or distributed).
    pub version: String,
    /// Done, but worth a look (e.g. the author approving their own draft).
    pub warnings: Vec<String>,
}

/// A document the step was refused for, with the refusal the single step gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BatchRefused {
    pub document_id: i64,
    pub code: String,
    pub title: String,
    pub error: CoreError,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct BatchOutcome {
    pub done: Vec<BatchDone>,
    pub refused: Vec<BatchRefused>,
    /// Nothing to do for these (e.g. every department already holds the
    /// revision): the reason is in their warnings.
    pub unchanged: Vec<BatchDone>,
}
