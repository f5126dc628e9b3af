//! The application package against the demo enterprise: the 申报材料 PDF
//! is valid, subset-embedded, readable as Chinese, its contents and
//! bookmarks agree with its pages, pages are not blank; the ZIP's manifest
//! matches every file; SOURCE_DATE_EPOCH makes the package byte-identical;
//! evidence files with hostile stored names stay inside their folder.

use crate::pdf_tools;

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::{demo, export, Project};
use pdf_tools::*;
use sha2::{Digest, Sha256};

const ENTERPRISE: &str = "陕西秦创智能装备股份有限公司";

/// Stored names an attacker (or an odd file system) might leave behind.
const HOSTILE: [&str; 6] = [
    "../../../etc/passwd",
    "..\\..\\Windows\\system32\\evil.exe",
    "C:\\Users\\a\\签到表.png",
    "/abs/签到.pdf",
    "..",
    "D:..\\x.jpg",
];

/// The demo project with its licence scan, six evidence files whose stored
/// names are hostile, and one whose content is missing from the store.
fn demo_with_evidence(dir: &Path) -> (PathBuf, AttachmentStore) {
    let path = dir.join("demo.gbproj");
    let (mut p, _) = demo::create(&path, 1).unwrap();
    let store = AttachmentStore::new(&dir.join("data"));
    demo::store_files(&store).unwrap();
    let mut ids = Vec::new();
    for i in 0..=HOSTILE.len() {
        let src = dir.join(format!("evidence{i}.pdf"));
        std::fs::write(&src, format!("%PDF-1.4\n% evidence {i}\n%%EOF\n")).unwrap();
        ids.push(p.attach_file(&store, &src).unwrap().id);
    }
    let sessions = p.training_sessions().unwrap();
    p.close().unwrap();
    // Rename and link with SQL: the app's own attach path already cleans
    // names, the export must not rely on that.
    let conn = rusqlite::Connection::open(&path).unwrap();
    for (id, name) in ids.iter().zip(HOSTILE) {
        conn.execute(
            "UPDATE attachment SET file_name = ?1 WHERE id = ?2",
            rusqlite::params![name, id],
        )
        .unwrap();
    }
    for (s, id) in sessions.iter().zip(&ids[..3]) {
        conn.execute(
            "UPDATE training_session SET sign_in_id = ?1 WHERE id = ?2",
            [id, &s.id],
        )
        .unwrap();
    }
    let records: Vec<i64> = conn
        .prepare("SELECT id FROM operation_record ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (r, id) in records.iter().zip(&ids[3..]) {
        conn.execute(
            "UPDATE operation_record SET attachment_id = ?1 WHERE id = ?2",
            [id, r],
        )
        .unwrap();
    }
    // The last one's content goes missing.
    let last = ids.last().unwrap();
    let sha: String = conn
        .query_row("SELECT sha256 FROM attachment WHERE id = ?1", [last], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(records.len() > 3, "the demo has operation records");
    conn.close().unwrap();
    std::fs::remove_file(store.path_of(&sha).unwrap()).unwrap();
    (path, store)
}

pub(crate) fn unzip(file: &Path) -> HashMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut out = HashMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        assert!(
            f.enclosed_name().is_some_and(|p| p.is_relative()),
            "{name} escapes the package"
        );
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(name, bytes);
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_package_is_complete_verifiable_reproducible_and_safe() {
    // Fixed time: both runs below must give the same bytes.
    std::env::set_var("SOURCE_DATE_EPOCH", "1661990400"); // 2022-09-01
    let dir = tempfile::tempdir().unwrap();
    let (path, store) = demo_with_evidence(dir.path());
    let p = Project::open(&path).unwrap();
    let mut steps = Vec::new();
    let out1 = dir.path().join("out1");
    let all = export::PackageOptions {
        separate_documents: true,
    };
    let r = export::export_package(&p, Some(&store), &out1, all, &mut |s, t, l: &str| {
        steps.push((s, t, l.to_string()))
    })
    .unwrap();
    let total = steps[0].1;
    assert_eq!(steps.last().unwrap().0, total, "{steps:?}");
    assert!(steps.windows(2).all(|w| w[0].0 < w[1].0));

    // Manifest: every file with its hash and size; nothing unlisted.
    let files = unzip(&r.zip_path);
    let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(manifest["app"], "贯标助手");
    assert_eq!(manifest["generated_at"], "2022-09-01T00:00:00Z");
    let listed = manifest["files"].as_array().unwrap();
    assert_eq!(listed.len() + 1, files.len());
    for f in listed {
        let bytes = &files[f["path"].as_str().unwrap()];
        assert_eq!(f["size"].as_u64().unwrap(), bytes.len() as u64);
        assert_eq!(f["sha256"].as_str().unwrap(), hex(bytes));
    }
    let index = String::from_utf8(files["目录.txt"].clone()).unwrap();
    assert!(index.contains(ENTERPRISE) && index.contains("IP-CX-01"));
    // Notepad on a Chinese Windows: a byte-order mark, CRLF only.
    assert!(index.starts_with('\u{feff}'));
    assert_eq!(index.matches('\n').count(), index.matches("\r\n").count());
    let docs = p.documents().unwrap();
    let pdfs = files.keys().filter(|k| k.ends_with(".pdf")).count();
    assert!(pdfs >= docs.len() + 5, "{pdfs} PDFs");

    // The licence scan, then hostile names: six files, all inside their
    // section folder, one path component each; the seventh is reported missing.
    let evidence: Vec<&String> = files.keys().filter(|k| k.starts_with("04_")).collect();
    assert_eq!(evidence.len(), HOSTILE.len() + 1, "{evidence:?}");
    assert!(
        evidence.contains(&&"04_证明材料/申请前提/01_营业执照（演示）.png".to_string()),
        "{evidence:?}"
    );
    for name in &evidence {
        let parts: Vec<&str> = name.split('/').collect();
        assert_eq!(parts.len(), 3, "{name}");
        assert!(
            ["申请前提", "培训", "体系运行"].contains(&parts[1]),
            "{name}"
        );
        assert!(!name.contains("..") && !name.contains('\\') && !name.contains(':'));
    }
    assert_eq!(r.missing.len(), 1, "{:?}", r.missing);
    assert!(index.contains("未能附入"));

    // The application PDF, also beside the ZIP.
    assert_eq!(
        std::fs::read(&r.application_path).unwrap(),
        files["01_申报材料.pdf"]
    );
    for (name, bytes) in files.iter().filter(|(k, _)| k.starts_with("02_")) {
        let f = dir.path().join(name.replace('/', "_"));
        std::fs::write(&f, bytes).unwrap();
        assert_valid(&f);
        assert!(text_of(&f).contains(ENTERPRISE), "{name}");
    }

    // Same project, same time: byte-identical package.
    let r2 = export::export_package(
        &p,
        Some(&store),
        &dir.path().join("out2"),
        all,
        &mut |_, _, _| {},
    )
    .unwrap();
    assert_eq!(
        std::fs::read(&r.zip_path).unwrap(),
        std::fs::read(&r2.zip_path).unwrap(),
        "two exports differ"
    );

    // By default the documents travel in the 汇编 only: the application
    // PDF, the registers and the volume, a fraction of the size.
    let r3 = export::export_package(
        &p,
        Some(&store),
        &dir.path().join("out3"),
        export::PackageOptions::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    let small = unzip(&r3.zip_path);
    let mut pdfs: Vec<&String> = small.keys().filter(|k| k.ends_with(".pdf")).collect();
    pdfs.retain(|k| !k.starts_with("04_"));
    assert_eq!(pdfs.len(), 5, "{pdfs:?}");
    assert!(
        small.contains_key("03_体系文件/知识产权管理体系文件汇编.pdf"),
        "{pdfs:?}"
    );
    assert!(
        r3.zip_size * 2 < r.zip_size,
        "{} vs {}",
        r3.zip_size,
        r.zip_size
    );
    std::env::remove_var("SOURCE_DATE_EPOCH");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_application_pdf_reads_back_and_its_contents_match_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let bytes = export::application_pdf(&p, None).unwrap();
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    let file = dir.path().join("app.pdf");
    export::write_atomic(&file, &bytes).unwrap();
    assert_valid(&file);
    assert_fonts_subset(&file);

    let text = text_of(&file);
    let flat = squeeze(&text);
    let ncs = p
        .nonconformities(None, guanbiao_core::dates::today())
        .unwrap();
    assert!(!ncs.is_empty());
    for needle in [
        ENTERPRISE,
        "知识产权贯标申报材料",
        "企业基本情况",
        "贯标工作总结",
        "领导小组成立文件",
        "培训情况",
        "职能分配表",
        "内部审核报告",
        "管理评审报告",
        "申报条件自查",
        "附件清单",
        &ncs[0].fact,
    ] {
        assert!(flat.contains(&squeeze(needle)), "missing {needle}");
    }
    // The summary is written from the records: names and counts.
    let org = p.organisation().unwrap();
    let leader = &org.members[0].person_name;
    assert!(flat.contains(&format!("由{leader}任组长")), "{leader}");
    let sessions = p.training_sessions().unwrap();
    assert!(flat.contains(&format!("组织线下培训{}场", sessions.len())));

    // Bookmarks: cover, contents, then the eleven sections, with
    // sub-sections nested; the contents give the same page numbers.
    let marks = outline(&file);
    let top: Vec<&(usize, String, usize)> = marks.iter().filter(|m| m.0 == 0).collect();
    assert_eq!((top[0].1.as_str(), top[0].2), ("封面", 1));
    assert_eq!((top[1].1.as_str(), top[1].2), ("目录", 2));
    assert_eq!(top.len(), 2 + 11, "{top:?}");
    assert!(marks.iter().any(|m| m.0 == 1));
    let first_body = top[2].2;
    let toc = pages_text(&file, 2, first_body - 1, true);
    let mut checked = 0;
    for line in toc.lines() {
        let line = line.trim();
        let Some(mark) = marks
            .iter()
            .filter(|m| m.0 <= 1)
            .find(|m| line.starts_with(&format!("{} ", m.1)))
        else {
            continue;
        };
        let number: usize = line.rsplit(' ').next().unwrap().parse().unwrap();
        assert_eq!(number, mark.2, "{}: contents and bookmark disagree", mark.1);
        let there = squeeze(&pages_text(&file, number, number, false));
        assert!(
            there.contains(&squeeze(&mark.1)),
            "{} not on page {number}",
            mark.1
        );
        checked += 1;
    }
    assert!(checked >= 11 + 5, "only {checked} contents lines matched");

    // Cover, contents, summary, a table page and the audit are drawn.
    let pages = page_count(&file);
    let audit = top.iter().find(|m| m.1.contains("内部审核报告")).unwrap().2;
    for page in [1, 2, first_body + 1, audit, pages] {
        assert!(
            dark_pixels(&file, page, 40) > 1500,
            "page {page} looks blank"
        );
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn registers_are_tables_of_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let regs = export::register_pdfs(&p).unwrap();
    let titles: Vec<&str> = regs.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        ["人员及角色登记表", "培训登记表", "不符合项及纠正措施登记表"]
    );
    let people = p.people(&Default::default()).unwrap();
    let file = dir.path().join("people.pdf");
    export::write_atomic(&file, &regs[0].bytes).unwrap();
    assert_valid(&file);
    let text = squeeze(&text_of(&file));
    assert!(people.iter().all(|x| text.contains(&squeeze(&x.name))));
    assert!(text.contains("管理者代表"));
}

#[test]
fn a_character_the_font_lacks_is_reported_with_its_section_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.gbproj");
    demo::create(&path, 1).unwrap().0.close().unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE training_session SET topic = topic || '\u{20000}' WHERE id = (SELECT min(id) FROM training_session)",
        [],
    )
    .unwrap();
    conn.close().unwrap();
    let p = Project::open(&path).unwrap();
    let err = export::application_pdf(&p, None).unwrap_err();
    assert!(err.message.contains("培训情况"), "{}", err.message);
    assert!(err.message.contains("U+20000"), "{}", err.message);
    let out = dir.path().join("out");
    let options = export::PackageOptions::default();
    assert!(export::export_package(&p, None, &out, options, &mut |_, _, _| {}).is_err());
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().flatten().collect();
    assert!(left.is_empty(), "a failed export leaves {left:?}");
}
