//! The core's integration tests, one binary (each binary linked the whole
//! PDF and spreadsheet stack again): one module per area, against real
//! project files, plus the shared helpers in `support`.

mod pdf_tools;
mod reliability;
mod support;

mod application;
mod attachment_names;
mod attachment_viewing;
mod audit_package;
mod audit_papers;
mod audit_questions;
mod audit_review;
mod backups;
mod bad_files;
mod batch;
mod bindings;
mod clause_correction;
mod conversion;
mod cover_images;
mod demo_2023;
mod doctext_fixtures;
mod documents;
mod edition_2023;
mod history;
mod long_paths;
mod objective_suggestion;
mod objectives;
mod operation_statements;
mod organisation_plan;
mod overview;
mod package_export;
mod pdf_export;
mod programs;
mod project_file;
mod project_refs;
mod properties;
mod readiness;
mod reads;
mod records;
mod roster;
mod subsidies;
mod template_fit;
mod templates;
mod todo;
mod training;
mod word;
mod work_summary;
mod xlsx_registers;
