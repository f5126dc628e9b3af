//! Errors that cross every boundary (Tauri commands, CLI) as `{code, message}`.
//! `message` is Chinese and shown to the user as it is.

use serde::Serialize;
use ts_rs::TS;

/// A small set of codes the UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Bad input: a field is missing, too long, malformed.
    InvalidInput,
    /// The record referred to does not exist.
    NotFound,
    /// The input is well-formed but clashes with existing data (duplicates, role conflicts).
    Conflict,
    /// The input is suspicious but may be confirmed by the user (e.g. a credit code whose check digit fails).
    NeedsConfirmation,
    /// The file is not a project file of ours (not a SQLite database at all).
    NotAProject,
    /// A SQLite database of another application.
    ForeignDatabase,
    /// One of our files, damaged: truncated, or a page fails the integrity check.
    Corrupted,
    /// The file was written by a newer version of the app.
    NewerVersion,
    /// The file or its folder cannot be written.
    ReadOnly,
    /// The file is already open in another window or another copy of the app.
    AlreadyOpen,
    /// No project is open.
    NoProject,
    /// Disk or database failure.
    Storage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CoreError {
    pub code: ErrorCode,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, CoreError>;

impl CoreError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidInput, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, message)
    }
    pub fn storage(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Storage, message)
    }
}

impl std::fmt::Display for CoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CoreError {}

impl From<rusqlite::Error> for CoreError {
    fn from(e: rusqlite::Error) -> Self {
        CoreError::storage(format!("数据库操作失败：{e}"))
    }
}

impl From<std::io::Error> for CoreError {
    fn from(e: std::io::Error) -> Self {
        CoreError::storage(format!("文件读写失败：{e}"))
    }
}
