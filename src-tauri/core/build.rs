//! Embeds the data files under `assets/` (program profiles, document
//! templates) so a new plan or template is a new data file, never new code.
use std::{env, fs, path::Path};

fn main() {
    embed("programs", "json", "PROGRAM_FILES", "programs.rs");
    embed("templates", "gbt", "TEMPLATE_FILES", "templates.rs");
}

/// Writes `OUT_DIR/out_file` with `static NAME: &[(file name, contents)]`
/// for every `*.ext` under `assets/dir`, sorted by name.
fn embed(dir: &str, ext: &str, name: &str, out_file: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets")
        .join(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == ext));
    files.sort();
    let mut out = format!("pub(crate) static {name}: &[(&str, &str)] = &[\n");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let file = f.file_name().unwrap().to_string_lossy().to_string();
        let abs = fs::canonicalize(&f).unwrap();
        out.push_str(&format!(
            "    ({file:?}, include_str!({:?})),\n",
            abs.to_string_lossy()
        ));
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(out_file), out).unwrap();
}
