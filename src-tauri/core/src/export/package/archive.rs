//! The application package as one ZIP: the application PDF, the registers,
//! the 体系文件汇编 (and, when asked, every published document as its own
//! PDF: each embeds its own font subset, ~50 KB apiece), the evidence files
//! grouped by section under safe names, a `目录.txt` index and a
//! `manifest.json` with every file's SHA-256 and size. Written to a
//! temporary file beside the target and renamed: never a partial package.
//! With `SOURCE_DATE_EPOCH` set, entry times and the manifest's generation
//! time are fixed, so the same project gives byte-identical packages.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Timelike};
use serde::Serialize;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use super::data::{export_day, Data};
use super::registers::registers;
use super::{application_bytes, problems_error, PACKAGE_TITLE};
use crate::attachments::{safe_name, sha256_hex, AttachmentStore};
use crate::error::{CoreError, Result};
use crate::export::batch::file_name;
use crate::export::compilation::{compilation_checked, VOLUME_TITLE};
use crate::export::document_pdf::revision_pdf_from;
use crate::export::metadata::creation_time;
use crate::export::source::DocSource;
use crate::export::write::write_atomic;
use crate::export::OutputText;
use crate::model::{PackageResult, PackageResultFile};
use crate::Project;

/// What goes into the package beyond the fixed contents.
#[derive(Debug, Clone, Copy, Default)]
pub struct PackageOptions {
    /// Every published document also as its own PDF. Off by default: the
    /// 体系文件汇编 already holds every document, and the separate files
    /// (each with its own font subset) would multiply the package's size.
    pub separate_documents: bool,
}

/// Progress: (step, total, label), called before each step.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize, &str);

const APPLICATION: &str = "01_申报材料.pdf";
const REGISTERS: &str = "02_登记表";
const DOCUMENTS: &str = "03_体系文件";
const EVIDENCE: &str = "04_证明材料";
const INDEX: &str = "目录.txt";
const MANIFEST: &str = "manifest.json";

/// One file in the package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackageFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
    /// What it is.
    #[serde(skip)]
    pub label: String,
}

/// What an export produced.
#[derive(Debug, Clone)]
pub struct PackageReport {
    pub zip_path: PathBuf,
    pub zip_size: u64,
    /// The application PDF, also written beside the ZIP.
    pub application_path: PathBuf,
    pub application_size: u64,
    pub application_pages: usize,
    pub files: Vec<PackageFile>,
    /// Evidence files that could not be read (left out, named here).
    pub missing: Vec<String>,
}

/// The screen's view of a package file: without the checksum and label.
impl From<&PackageFile> for PackageResultFile {
    fn from(f: &PackageFile) -> Self {
        PackageResultFile {
            path: f.path.clone(),
            size: f.size,
        }
    }
}

/// What the 导出材料 screen receives: paths as text.
impl From<PackageReport> for PackageResult {
    fn from(r: PackageReport) -> Self {
        PackageResult {
            zip_path: r.zip_path.display().to_string(),
            zip_size: r.zip_size,
            application_path: r.application_path.display().to_string(),
            application_size: r.application_size,
            application_pages: r.application_pages,
            files: r.files.iter().map(PackageResultFile::from).collect(),
            missing: r.missing,
        }
    }
}

#[derive(Serialize)]
struct Manifest<'a> {
    app: &'a str,
    version: &'a str,
    generated_at: String,
    enterprise: &'a str,
    acceptance_path: String,
    files: &'a [PackageFile],
}

/// A name that is one path component, whatever the stored name says
/// (no `/`, `\`, `..`, drive letters or control characters).
pub(crate) fn entry_name(raw: &str) -> String {
    let s = safe_name(raw).replace(['/', '\\', ':'], "_");
    let s = s.trim_start_matches('.').to_string();
    if s.is_empty() || s.chars().all(|c| c == '.' || c == '_') {
        "附件".into()
    } else {
        s
    }
}

/// An evidence file's path in the package.
fn evidence_path(section: &str, n: usize, name: &str) -> String {
    format!("{EVIDENCE}/{section}/{n:02}_{}", entry_name(name))
}

/// What the package will hold, in order, as (path, label): for the
/// attachment list of the application PDF.
pub(crate) fn planned_listing(
    _project: &Project,
    d: &Data,
    options: PackageOptions,
) -> Result<Vec<(String, String)>> {
    let mut v = vec![(APPLICATION.to_string(), "申报材料（本文件）".to_string())];
    for (t, _) in super::registers::REGISTER_TITLES.iter().zip(0..) {
        v.push((format!("{REGISTERS}/{t}.pdf"), (*t).to_string()));
    }
    let published: Vec<_> = d.published().collect();
    if !published.is_empty() {
        v.push((
            format!("{DOCUMENTS}/{VOLUME_TITLE}.pdf"),
            VOLUME_TITLE.into(),
        ));
    }
    for doc in published.into_iter().filter(|_| options.separate_documents) {
        v.push((
            format!("{DOCUMENTS}/{}", file_name(&doc.code, &doc.title)),
            format!("{}（{}）", doc.doc_type.label(), doc.code),
        ));
    }
    let mut counts = std::collections::HashMap::new();
    for e in &d.evidence {
        let n = counts.entry(e.section).or_insert(0);
        *n += 1;
        v.push((
            evidence_path(e.section, *n, &e.attachment.file_name),
            e.label.clone(),
        ));
    }
    Ok(v)
}

fn zip_time(secs: i64) -> zip::DateTime {
    let t = chrono::DateTime::from_timestamp(secs.max(315_532_800), 0).unwrap_or_default();
    zip::DateTime::from_date_and_time(
        t.year().clamp(1980, 2107) as u16,
        t.month() as u8,
        t.day() as u8,
        t.hour() as u8,
        t.minute() as u8,
        t.second() as u8,
    )
    .unwrap_or_default()
}

/// Exports the package into `out_dir`: the ZIP and, beside it, the
/// application PDF. `attachments` is where evidence files are read from
/// (`None`: the package holds no evidence files, they are reported
/// missing).
pub fn export_package(
    project: &Project,
    attachments: Option<&AttachmentStore>,
    out_dir: &Path,
    options: PackageOptions,
    progress: Progress,
) -> Result<PackageReport> {
    std::fs::create_dir_all(out_dir)?;
    let today = export_day();
    let d = Data::load(project, today)?.with_art(project, attachments)?;
    let published: Vec<_> = d.published().cloned().collect();
    let separate: Vec<_> = published
        .iter()
        .filter(|_| options.separate_documents)
        .collect();
    let total = 6 + separate.len();
    let mut step = 0;
    let mut tick = |label: &str| {
        step += 1;
        progress(step, total, label);
    };
    tick("读取项目记录");
    let listed = planned_listing(project, &d, options)?;
    let mut entries: Vec<(String, String, Vec<u8>)> = Vec::new();

    tick("生成申报材料 PDF");
    let (app, pages) = application_bytes(&d, &listed).map_err(|e| match e {
        Ok(err) => err,
        Err(p) => problems_error(&p),
    })?;
    entries.push((APPLICATION.into(), "申报材料".into(), app.clone()));

    tick("生成登记表");
    for r in registers(&d)?.map_err(|p| problems_error(&p))? {
        entries.push((format!("{REGISTERS}/{}.pdf", r.title), r.title, r.bytes));
    }

    // The documents' PDFs are laid out and rendered on worker threads
    // (font subsetting dominates); the volume is made meanwhile.
    let mut inputs = Vec::new();
    let out = OutputText::new(project, &d.standard)?;
    for doc in separate {
        let rev = doc.published.clone().expect("published");
        inputs.push(DocSource::load(project, &out, doc, &rev)?);
    }
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::channel();
    let mut docs: Vec<Option<std::result::Result<Vec<u8>, _>>> = vec![None; inputs.len()];
    let volume = std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (inputs, next, standard) = (&inputs, &next, &d.standard);
            s.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(src) = inputs.get(i) else {
                    break;
                };
                if tx.send((i, revision_pdf_from(standard, src))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        tick("生成体系文件汇编");
        let volume = if published.is_empty() {
            None
        } else {
            Some(compilation_checked(project, &d.standard, &d.art))
        };
        for (i, result) in rx {
            tick(&format!(
                "生成 {} {}",
                inputs[i].doc.code, inputs[i].doc.title
            ));
            docs[i] = Some(result);
        }
        volume
    });
    if let Some(vol) = volume {
        let vol = vol?.map_err(|p| problems_error(&p))?;
        entries.push((
            format!("{DOCUMENTS}/{VOLUME_TITLE}.pdf"),
            VOLUME_TITLE.into(),
            vol,
        ));
    }
    let mut problems = Vec::new();
    for (DocSource { doc, .. }, result) in inputs.iter().zip(docs) {
        match result.expect("every document is rendered") {
            Ok(bytes) => entries.push((
                format!("{DOCUMENTS}/{}", file_name(&doc.code, &doc.title)),
                format!("{}（{}）", doc.doc_type.label(), doc.code),
                bytes,
            )),
            Err(p) => problems.push(p),
        }
    }
    if !problems.is_empty() {
        return Err(problems_error(&problems));
    }

    tick("收集证明材料");
    let mut missing: Vec<String> = d
        .art
        .missing
        .iter()
        .map(|m| format!("封面图片·{m}"))
        .collect();
    let mut counts = std::collections::HashMap::new();
    for e in &d.evidence {
        let n = counts.entry(e.section).or_insert(0);
        *n += 1;
        let path = evidence_path(e.section, *n, &e.attachment.file_name);
        match attachments.and_then(|s| s.read(&e.attachment.sha256)) {
            Some(b) => entries.push((path, e.label.clone(), b)),
            None => missing.push(format!("{}（{}）", e.label, e.attachment.file_name)),
        }
    }

    let created = creation_time();
    let mut files: Vec<PackageFile> = entries
        .iter()
        .map(|(path, label, bytes)| PackageFile {
            path: path.clone(),
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            label: label.clone(),
        })
        .collect();
    let index = index_text(&d, &files, &missing, created);
    files.push(PackageFile {
        path: INDEX.into(),
        size: index.len() as u64,
        sha256: sha256_hex(index.as_bytes()),
        label: "目录".into(),
    });
    let manifest = serde_json::to_string_pretty(&Manifest {
        app: "贯标助手",
        version: env!("CARGO_PKG_VERSION"),
        generated_at: generated_at(created),
        enterprise: &d.profile.name,
        acceptance_path: d.path_name(),
        files: &files,
    })
    .map_err(|e| CoreError::storage(format!("无法生成清单：{e}")))?;

    tick("写入材料包");
    let base = entry_name(&format!("{}_{}", d.profile.name, PACKAGE_TITLE));
    let zip_path = out_dir.join(format!("{base}.zip"));
    let mut all: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(p, _, b)| (p.as_str(), b.as_slice()))
        .collect();
    all.push((INDEX, index.as_bytes()));
    all.push((MANIFEST, manifest.as_bytes()));
    let zip_bytes = write_zip(&all, zip_time(created))?;
    write_atomic(&zip_path, &zip_bytes)?;
    let application_path = out_dir.join(format!("{base}.pdf"));
    write_atomic(&application_path, &app)?;
    Ok(PackageReport {
        zip_path,
        zip_size: zip_bytes.len() as u64,
        application_path,
        application_size: app.len() as u64,
        application_pages: pages,
        files,
        missing,
    })
}

fn write_zip(files: &[(&str, &[u8])], time: zip::DateTime) -> Result<Vec<u8>> {
    let err = |e: zip::result::ZipError| CoreError::storage(format!("无法生成材料包：{e}"));
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    for (path, bytes) in files {
        w.start_file(*path, opts).map_err(err)?;
        w.write_all(bytes)?;
    }
    Ok(w.finish().map_err(err)?.into_inner())
}

fn generated_at(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

pub(crate) fn size_label(size: u64) -> String {
    if size >= 1024 * 1024 {
        format!("{:.1} MB", size as f64 / 1048576.0)
    } else {
        format!("{:.0} KB", (size as f64 / 1024.0).max(1.0))
    }
}

/// The human-readable index, for Notepad on a Chinese Windows: UTF-8 with
/// a byte-order mark (Notepad before Windows 10 1903, still in LTSC
/// installations, reads a file without one as GBK) and CRLF line endings.
fn index_text(d: &Data, files: &[PackageFile], missing: &[String], created: i64) -> String {
    let mut s = format!(
        "{}\n{}（{}）\n生成时间：{}（贯标助手 {}）\n\n",
        d.profile.name,
        PACKAGE_TITLE,
        d.path_name(),
        generated_at(created),
        env!("CARGO_PKG_VERSION")
    );
    let mut last_dir = None;
    for f in files {
        let dir = f.path.rsplit_once('/').map(|(d, _)| d.to_string());
        if dir != last_dir {
            if let Some(dir) = &dir {
                s += &format!("\n[{dir}]\n");
            }
            last_dir = dir;
        }
        let name = f.path.rsplit('/').next().unwrap_or(&f.path);
        s += &format!("  {name}    {}    {}\n", f.label, size_label(f.size));
    }
    if !missing.is_empty() {
        s += "\n未能附入的材料（附件文件缺失或已损坏）：\n";
        for m in missing {
            s += &format!("  {m}\n");
        }
    }
    s += &format!("\n校验：每个文件的 SHA-256 与大小见 {MANIFEST}。\n");
    format!("\u{feff}{}", s.replace('\n', "\r\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_gets_the_report_without_checksums() {
        let r = PackageResult::from(PackageReport {
            zip_path: PathBuf::from("out").join("甲_申报材料.zip"),
            zip_size: 2,
            application_path: PathBuf::from("out").join("甲_申报材料.pdf"),
            application_size: 1,
            application_pages: 3,
            files: vec![PackageFile {
                path: APPLICATION.into(),
                size: 1,
                sha256: "00".into(),
                label: "申报材料".into(),
            }],
            missing: vec!["缺失.pdf".into()],
        });
        assert_eq!(
            r,
            PackageResult {
                zip_path: PathBuf::from("out")
                    .join("甲_申报材料.zip")
                    .display()
                    .to_string(),
                zip_size: 2,
                application_path: PathBuf::from("out")
                    .join("甲_申报材料.pdf")
                    .display()
                    .to_string(),
                application_size: 1,
                application_pages: 3,
                files: vec![PackageResultFile {
                    path: APPLICATION.into(),
                    size: 1,
                }],
                missing: vec!["缺失.pdf".into()],
            }
        );
    }
}
