use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An action a button offers. The window asks the core whether it would be
/// refused (`Project::refusal`) and, if so, disables the button with the
/// reason, instead of confirming first and refusing afterwards. The rules
/// are the ones the action itself applies: one place for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Intent {
    /// 完成审核
    AuditComplete { id: i64 },
    /// 删除审核
    AuditDelete { id: i64 },
    /// 完成管理评审
    ReviewComplete { id: i64 },
    /// 发布体系
    SystemIssue,
}
