use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The numbers the 概览 dashboard shows: what needs attention and how far
/// the training, diagnosis and document coverage have come.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OverviewCounts {
    pub today: NaiveDate,
    /// Nonconformities not yet closed.
    pub open_nonconformities: u32,
    pub open_major_nonconformities: u32,
    /// Plan tasks past their planned end and not done.
    pub overdue_tasks: u32,
    /// Corrective actions past their due date and not done.
    pub overdue_corrective_actions: u32,
    /// Management-review outputs past their due date and not done.
    pub overdue_review_outputs: u32,
    /// Documents whose working revision is in review (审核中).
    pub documents_in_review: u32,
    /// Documents whose working revision is approved but not yet published.
    pub documents_awaiting_publication: u32,
    /// Documents with a published (controlled) revision.
    pub documents_published: u32,
    pub documents_total: u32,
    /// People who must take the online training.
    pub people_requiring_credits: u32,
    /// Of those, the ones below the threshold (all of them while it is 未设定).
    pub people_missing_credits: u32,
    pub credit_threshold_set: bool,
    /// Leaf clauses of the standard and those diagnosed.
    pub clauses_total: u32,
    pub clauses_diagnosed: u32,
    /// Applicable leaf clauses and those covered by a published document.
    pub clauses_applicable: u32,
    pub clauses_covered: u32,
    pub qualified_auditors: u32,
}
