//! Running the CLI binary from the tests: the binary, a run that must
//! succeed, and the demo project built with it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The CLI binary this test run built.
pub fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_guanbiao-cli"))
}

/// The standard output of a run that succeeded; fails the test with both
/// outputs otherwise.
pub fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `demo ARGS --out FILE` and fails the test unless it succeeded;
/// returns what it printed.
pub fn demo_at(file: &Path, args: &[&str]) -> String {
    ok(cli()
        .arg("demo")
        .args(args)
        .arg("--out")
        .arg(file)
        .output()
        .unwrap())
}

/// A demo project built by the CLI in `dir`.
pub fn demo(dir: &Path) -> PathBuf {
    let file = dir.join("demo.gbproj");
    demo_at(&file, &[]);
    file
}
