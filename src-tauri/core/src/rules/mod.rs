//! Rules over the project's records: what still stands between the
//! enterprise and its application (`readiness`), and the program's deadline
//! arithmetic (`deadline`). No SQL here: rules read through the store.

pub mod deadline;
pub mod readiness;

pub use deadline::deadline_plan;
