//! `guanbiao-cli export FILE --out DIR`: the application package, headless.

use std::path::Path;
use std::time::Instant;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::model::CoverImageKind;
use guanbiao_core::{export, paths, CoreError, Project};

/// The attachment store of this user (`GUANBIAO_DATA_DIR` moves it).
pub fn store() -> Option<AttachmentStore> {
    paths::data_dir().ok().map(|d| AttachmentStore::new(&d))
}

/// `cover-image FILE logo|seal IMAGE` / `--clear`.
pub fn cover_image(
    file: &Path,
    kind: &str,
    image: Option<&Path>,
    clear: bool,
) -> Result<(), CoreError> {
    let kind = CoverImageKind::from_code(kind)
        .ok_or_else(|| CoreError::invalid("图片用途应为 logo 或 seal"))?;
    let mut project = Project::open(file)?;
    match image.filter(|_| !clear) {
        None => {
            project.clear_cover_image(kind)?;
            println!("已移除{}", kind.label());
        }
        Some(path) => {
            let store = store().ok_or_else(|| CoreError::storage("找不到应用数据目录"))?;
            let c = project.set_cover_image(&store, kind, path)?;
            println!(
                "{}：{}（{} × {} 像素）",
                kind.label(),
                c.attachment.file_name,
                c.width,
                c.height
            );
        }
    }
    project.close()
}

pub fn export_package(
    file: &Path,
    out: &Path,
    quiet: bool,
    options: export::PackageOptions,
) -> Result<(), CoreError> {
    let t = Instant::now();
    let project = Project::open(file)?;
    let store = store();
    let mut progress = |step: usize, total: usize, label: &str| {
        if !quiet {
            eprintln!("[{step}/{total}] {label}");
        }
    };
    let r = export::export_package(&project, store.as_ref(), out, options, &mut progress)?;
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "材料包：{}（{:.1} KB，{} 个文件）",
        r.zip_path.display(),
        r.zip_size as f64 / 1024.0,
        r.files.len()
    );
    println!(
        "申报材料：{}（{:.1} KB，{} 页）",
        r.application_path.display(),
        r.application_size as f64 / 1024.0,
        r.application_pages
    );
    let pdfs = r.files.iter().filter(|f| f.path.ends_with(".pdf")).count();
    let evidence = r.files.iter().filter(|f| f.path.starts_with("04_")).count();
    println!("其中 PDF {pdfs} 份，证明材料 {evidence} 份；用时 {ms:.0} ms");
    for m in &r.missing {
        eprintln!("未附入（文件缺失）：{m}");
    }
    Ok(())
}

/// `export --pdf-only`: the application PDF alone.
pub fn export_application(file: &Path, out: &Path) -> Result<(), CoreError> {
    let t = Instant::now();
    let project = Project::open(file)?;
    let bytes = export::application_pdf(&project, store().as_ref())?;
    std::fs::create_dir_all(out)?;
    let name = format!("{}_知识产权贯标申报材料", project.profile()?.name);
    let path = out.join(export::file_name("", &name));
    export::write_atomic(&path, &bytes)?;
    println!(
        "申报材料：{}（{:.1} KB），用时 {:.0} ms",
        path.display(),
        bytes.len() as f64 / 1024.0,
        t.elapsed().as_secs_f64() * 1000.0
    );
    Ok(())
}
