//! Whether an action would be refused, asked before it is offered.

use super::Project;
use crate::error::Result;
use crate::model::Intent;

impl Project {
    /// Why the core would refuse `intent` now, in the words the action itself
    /// would use; `None` when it would be accepted (input the user still has
    /// to give, such as dates or a summary, is checked when acting).
    pub fn refusal(&self, intent: Intent) -> Result<Option<String>> {
        match intent {
            Intent::AuditComplete { id } => self.audit_complete_refusal(id),
            Intent::AuditDelete { id } => self.audit_delete_refusal(id),
            Intent::ReviewComplete { id } => self.review_complete_refusal(id),
            Intent::SystemIssue => self.system_issue_refusal(None),
        }
    }
}
