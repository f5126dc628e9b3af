//! `guanbiao-cli export FILE --out DIR`: the application package headless,
//! with its paths and figures printed; `--pdf-only` writes the PDF alone.

use crate::common::{cli, demo, ok};

#[test]
fn export_writes_the_package_and_the_application_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = dir.path().join("材料");
    let text = ok(cli()
        .arg("export")
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .env("GUANBIAO_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap());
    assert!(
        // The application PDF, 3 registers, the 汇编, 目录.txt, manifest.json.
        text.contains("材料包：") && text.contains("6 个文件"),
        "{text}"
    );
    assert!(
        text.contains("申报材料：") && text.contains(" 页）"),
        "{text}"
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "陕西秦创智能装备股份有限公司_知识产权贯标申报材料.pdf",
            "陕西秦创智能装备股份有限公司_知识产权贯标申报材料.zip"
        ],
        "no temporary files are left"
    );
    // Asked for, every one of the 94 published documents comes as its own PDF too.
    let text = ok(cli()
        .arg("export")
        .arg(&file)
        .args(["--separate-documents", "--quiet", "--out"])
        .arg(dir.path().join("separate"))
        .env("GUANBIAO_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap());
    assert!(text.contains("100 个文件"), "{text}");

    let pdf_only = dir.path().join("pdf");
    let text = ok(cli()
        .arg("export")
        .arg(&file)
        .args(["--pdf-only", "--out"])
        .arg(&pdf_only)
        .output()
        .unwrap());
    assert!(text.contains("申报材料："), "{text}");
    let pdf = std::fs::read(pdf_only.join("陕西秦创智能装备股份有限公司_知识产权贯标申报材料.pdf"))
        .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}
