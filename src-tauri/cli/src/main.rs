//! `guanbiao-cli`: the same core as the desktop app, without a window.
//!
//! Read it as a table of contents: the arguments are in `args.rs`, each
//! command's work in `commands/<command>.rs`, the way answers and errors
//! are printed (human lines, or JSON with `--json`) in `output.rs`.
//!
//! Exit codes: 0 done (for `readiness`: nothing blocks), 1 `readiness`
//! found a blocker, 2 the command failed (and clap's own usage errors; and
//! `program check` found a bad field).

use std::process::ExitCode;

use clap::Parser;

mod args;
mod commands;
mod output;

use args::{Cli, Command};
use commands::{Outcome, Status};
use output::Out;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out::new(cli.json);
    match run(cli.command, out) {
        Ok(Status::Done) => ExitCode::SUCCESS,
        Ok(Status::Blocked) => ExitCode::from(1),
        Ok(Status::Refused) => ExitCode::from(2),
        Err(e) => {
            out.error(&e);
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, out: Out) -> Outcome {
    match command {
        Command::New(a) => commands::new::handle(a, out),
        Command::Demo(a) => commands::demo::handle(a, out),
        Command::Documents(a) => commands::documents::handle(a, out),
        Command::Readiness(a) => commands::readiness::handle(a, out),
        Command::Info(a) => commands::info::handle(a, out),
        Command::ExportDocument(a) => commands::export_document::handle(a, out),
        Command::ExportCompilation(a) => commands::export_compilation::handle(a, out),
        Command::ImportDocument(a) => commands::import_document::handle(a, out),
        Command::CoverImage(a) => commands::cover_image::handle(a, out),
        Command::Export(a) => commands::export::handle(a, out),
        Command::Program(a) => commands::program::handle(a, out),
        Command::Clauses(a) => commands::clauses::handle(a, out),
        Command::ConvertEdition(a) => commands::convert_edition::handle(a, out),
        Command::AuditPackage(a) => commands::audit_package::create(a, out),
        Command::AuditResults(a) => commands::audit_package::results(a, out),
        Command::AuditMerge(a) => commands::audit_package::merge(a, out),
    }
}
