//! Document metadata, and the creation time: `SOURCE_DATE_EPOCH` when set
//! (reproducible builds), so the same project gives byte-identical files.

use std::time::{SystemTime, UNIX_EPOCH};

/// What a PDF viewer shows under "document properties".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    /// The enterprise.
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
}

/// Seconds since 1970 for the creation date: `SOURCE_DATE_EPOCH` if it is
/// set to a number, else now.
pub fn creation_time() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        })
}

/// The producer recorded in every file.
pub(crate) fn producer() -> String {
    format!("贯标助手 {}", env!("CARGO_PKG_VERSION"))
}
