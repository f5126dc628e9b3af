//! Embeds the data files under `assets/` (program profiles, document
//! templates, audit questions) so a new plan, template or question table is
//! a new data file, never new code.
use std::{env, fs, path::Path};

fn main() {
    embed("programs", "json", "PROGRAM_FILES", "programs.rs");
    embed("templates", "gbt", "TEMPLATE_FILES", "templates.rs");
    embed("audit", "tsv", "AUDIT_QUESTION_FILES", "audit_questions.rs");
}

/// The `*.ext` files in `dir` and its folders (one level: a folder per
/// standard edition), named by their path below `dir`.
fn files_in(dir: &Path, ext: &str) -> Vec<(String, std::path::PathBuf)> {
    let entries = |d: &Path| -> Vec<std::path::PathBuf> {
        fs::read_dir(d)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for p in entries(dir) {
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            let folder = p.file_name().unwrap().to_string_lossy().to_string();
            for f in entries(&p) {
                if f.extension().is_some_and(|x| x == ext) {
                    let name = f.file_name().unwrap().to_string_lossy().to_string();
                    out.push((format!("{folder}/{name}"), f));
                }
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push((p.file_name().unwrap().to_string_lossy().to_string(), p));
        }
    }
    out.sort();
    out
}

/// Writes `OUT_DIR/out_file` with `static NAME: &[(file name, contents)]`
/// for every `*.ext` under `assets/dir` (and its folders), sorted by name.
fn embed(dir: &str, ext: &str, name: &str, out_file: &str) {
    // Read when the script runs, not baked in when it is compiled: cargo
    // reuses one compiled script for checkouts at other paths (worktrees
    // sharing a target directory), which then embedded another checkout's
    // files, or none once it was removed.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../assets").join(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut out = format!("pub(crate) static {name}: &[(&str, &str)] = &[\n");
    for (file, f) in files_in(&dir, ext) {
        println!("cargo:rerun-if-changed={}", f.display());
        let abs = fs::canonicalize(&f).unwrap();
        out.push_str(&format!(
            "    ({file:?}, include_str!({:?})),\n",
            abs.to_string_lossy()
        ));
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(out_file), out).unwrap();
}
