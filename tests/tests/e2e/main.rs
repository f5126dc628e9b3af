//! The end-to-end tests, one binary: each module drives the real app window
//! through tauri-driver and WebKitWebDriver under Xvfb (run them with
//! `--test-threads=1`; see `scripts/setup.sh test`).

mod attachments;
mod audit_flow;
mod audit_package;
mod audit_scope;
mod backups;
mod batch;
mod checklist;
mod documents;
mod edition;
mod export;
mod foundation;
mod help;
mod history;
mod history_audit;
mod objectives_evidence;
mod operation_records;
mod overview;
mod page_memory;
mod programs;
mod refresh;
mod save_shortcut;
mod startup;
mod subsidies;
mod training_import;
mod window_sizes;
mod word;
mod work_summary;
