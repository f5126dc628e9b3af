//! What project references render from: the project's documents,
//! departments, coding rule, 职能分配表, 不适用 clauses and edition, read once
//! ([`crate::Project::reference_context`]) and reused for a whole batch.

use serde::Serialize;
use ts_rs::TS;

use crate::catalog::templates::OwnerKind;
use crate::model::AllocationCell;

/// A current (non-archived) document made from a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefDocument {
    pub key: String,
    pub code: String,
    pub title: String,
}

/// An active department, as the text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefDepartment {
    pub id: i64,
    pub name: String,
    pub head: Option<String>,
    pub responsibilities: String,
    /// Including `ip_department` for the IP department.
    pub parts: Vec<OwnerKind>,
}

/// The project's data references render from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefContext {
    /// Current documents by template key.
    pub documents: Vec<RefDocument>,
    /// The edition's template titles by key: what a reference to a document
    /// the project lacks still shows.
    pub template_titles: Vec<(String, String)>,
    /// Active departments, in the order the department list shows them.
    pub departments: Vec<RefDepartment>,
    /// The document code prefix (`IP`).
    pub code_prefix: String,
    /// The edition's leaf clauses by key, in the standard's order.
    pub clauses: Vec<String>,
    /// The 职能分配表 (active departments only).
    pub allocation: Vec<AllocationCell>,
    /// Clauses the diagnosis marks 不适用, with the reason, in clause order.
    pub exclusions: Vec<(String, String)>,
    /// `GB/T 29490-2013`.
    pub standard_code: String,
    /// `企业知识产权管理规范`.
    pub standard_name: String,
}

/// A text with its project references rendered, and what the renderer had
/// to leave out or could not resolve (each `“label：…”`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Rendered {
    pub text: String,
    /// Units left out because no department plays a part they name.
    pub dropped: Vec<String>,
    /// References to documents the project does not have (or bad references).
    pub unresolved: Vec<String>,
}

impl RefContext {
    pub fn document(&self, key: &str) -> Option<&RefDocument> {
        self.documents.iter().find(|d| d.key == key)
    }

    pub fn template_title(&self, key: &str) -> Option<&str> {
        self.template_titles
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| t.as_str())
    }

    /// The departments playing `part`.
    pub fn playing(&self, part: OwnerKind) -> impl Iterator<Item = &RefDepartment> {
        self.departments
            .iter()
            .filter(move |d| d.parts.contains(&part))
    }
}
