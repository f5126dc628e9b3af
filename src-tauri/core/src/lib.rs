//! 贯标助手核心：领域模型、项目文件存储、规则与数据目录。
//!
//! This crate must never depend on Tauri: the desktop shell and the CLI are
//! thin layers over it, and everything here is tested headless.
#![forbid(unsafe_code)]

pub mod attachments;
pub mod bindings;
pub mod catalog;
pub mod credit_code;
pub mod dates;
pub mod demo;
pub mod doctext;
pub mod error;
pub mod export;
pub mod import_docx;
pub mod model;
pub mod paths;
pub mod picture;
pub mod project_refs;
pub mod roster;
pub mod rules;
pub mod settings;
pub mod startup;
pub mod store;
pub mod tabular;
pub mod text_diff;
pub mod validate;

pub use error::{CoreError, ErrorCode, Result};
pub use store::Project;
