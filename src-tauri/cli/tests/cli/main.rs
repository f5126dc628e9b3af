//! The CLI's integration tests, one binary: each runs the built
//! `guanbiao-cli` (or the crash-test writer) as a child process against real
//! project files; `common` holds the shared helpers.

mod common;

mod already_open;
mod audit_package;
mod clauses;
mod commands;
mod convert_edition;
mod crash_safety;
mod demo_2023;
mod export;
mod package;
mod program;
#[cfg(windows)]
mod version_resource;
mod word;
