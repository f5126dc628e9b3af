//! LibreOffice headless as the real reader of the Word files: converts a
//! .docx to PDF or text with a private profile (parallel tests do not
//! share one). Absent LibreOffice, the tests that need it say so and pass,
//! except under CI, which installs it (`libreoffice-writer-nogui` in
//! scripts/setup.sh).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const SOFFICE: &str = "soffice";

/// Whether LibreOffice is installed; prints why a test skips otherwise.
pub fn available(test: &str) -> bool {
    let ok = Command::new(SOFFICE)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    // CI installs it: there, a missing reader is a failure, not a skip.
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "{test}: LibreOffice (soffice) is not installed (scripts/setup.sh installs it)"
    );
    if !ok {
        eprintln!("{test}: skipped, LibreOffice (soffice) is not installed");
    }
    ok
}

/// Converts `file` with `--convert-to <to>` into a new folder beside it
/// and gives the converted file's path (`ext` is its extension).
pub fn convert(file: &Path, to: &str, ext: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let parent = file.parent().unwrap();
    let profile = parent.join(format!("lo-profile-{}-{n}", std::process::id()));
    let dir = parent.join(format!("lo-out-{}-{n}", std::process::id()));
    let out = Command::new(SOFFICE)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(&dir)
        .arg(file)
        .output()
        .expect("soffice runs");
    let converted = dir.join(file.file_name().unwrap()).with_extension(ext);
    assert!(
        out.status.success() && converted.exists(),
        "soffice --convert-to {to} {}: {}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(profile);
    converted
}

/// The text LibreOffice reads from a .docx.
pub fn text(file: &Path) -> String {
    let txt = convert(file, "txt:Text", "txt");
    let s = std::fs::read_to_string(&txt).unwrap();
    s.trim_start_matches('\u{feff}').to_string()
}

/// The PDF LibreOffice prints from a .docx.
pub fn pdf(file: &Path) -> PathBuf {
    convert(file, "pdf", "pdf")
}
