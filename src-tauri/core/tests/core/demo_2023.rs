//! The current demo on GB/T 29490-2023: ready today with no blocker, and
//! its application package names the 2023 edition and never 2013.

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::demo::{self, DemoStage, DemoStory};
use guanbiao_core::model::Severity;
use guanbiao_core::{catalog, dates, export};

use crate::package_export::unzip;
use crate::pdf_tools::text_of;

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_2023_demo_is_ready_today_and_its_package_names_only_2023() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo23.gbproj");
    let (p, _) =
        demo::create_story(&path, 1, DemoStage::Operation, DemoStory::Current2023).unwrap();
    let store = AttachmentStore::new(&dir.path().join("data"));
    demo::store_files(&store).unwrap();
    let catalog = catalog::load().unwrap();
    let (program, standard) = p.program_and_standard(&catalog).unwrap();
    assert_eq!(standard.code, "gbt29490-2023");
    let r = p.readiness(&program, &standard, dates::today()).unwrap();
    let blockers: Vec<_> = r
        .rules
        .iter()
        .filter(|x| !x.passed && x.severity == Severity::Blocker)
        .map(|x| format!("{}：{}", x.id, x.explanation))
        .collect();
    assert!(r.ready, "{blockers:?}");
    assert_eq!(r.blockers, 0);
    // The 2023 set, generated and published.
    let docs = p.documents().unwrap();
    assert_eq!(docs.len(), 105);
    assert!(docs.iter().all(|d| d.published.is_some()));

    let out = dir.path().join("out");
    let report = export::export_package(
        &p,
        Some(&store),
        &out,
        export::PackageOptions::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    let files = unzip(&report.zip_path);
    let mut pdfs = 0;
    for (name, bytes) in &files {
        let text = if name.ends_with(".pdf") {
            let f = dir.path().join(format!("{pdfs}.pdf"));
            std::fs::write(&f, bytes).unwrap();
            pdfs += 1;
            text_of(&f)
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        };
        assert!(!text.contains("2013"), "{name} names 2013");
        assert!(
            !text.contains("管理规范") && !text.contains("《规范》"),
            "{name} cites the 2013 standard's title"
        );
        if name == "01_申报材料.pdf" || name.contains("汇编") {
            assert!(
                text.contains("GB/T 29490-2023"),
                "{name} does not name 2023"
            );
        }
    }
    assert!(pdfs >= 2, "{:?}", files.keys().collect::<Vec<_>>());
}
