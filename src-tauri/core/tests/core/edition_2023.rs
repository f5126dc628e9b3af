//! A project on GB/T 29490-2023, as a user starts one today: the edition
//! certifiable today is the default, its document set is the 2023 one and
//! covers every clause, its PDFs render clause references as numbers, and
//! the package marks the provisional numbers (暂定编号).

use crate::pdf_tools;

use guanbiao_core::catalog::{self, templates, StandardEdition};
use guanbiao_core::{doctext, export, Project};
use pdf_tools::*;

use crate::support::ymd;

/// A new project on the edition certifiable on 2026-12-04.
fn project_2023(dir: &std::path::Path) -> (Project, catalog::Catalog) {
    let catalog = catalog::load().unwrap();
    let standard = catalog.default_standard(ymd("2026-12-04"));
    assert_eq!(standard.code, "gbt29490-2023");
    let p = Project::create_on(&dir.join("2023.gbproj"), standard).unwrap();
    (p, catalog)
}

#[test]
fn the_default_edition_is_the_one_certifiable_that_day() {
    let catalog = catalog::load().unwrap();
    let codes: Vec<_> = catalog.standards.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["gbt29490-2013", "gbt29490-2023"]);
    assert_eq!(
        catalog.default_standard(ymd("2022-08-25")).code,
        "gbt29490-2013"
    );
    assert_eq!(
        catalog.default_standard(ymd("2025-01-01")).code,
        "gbt29490-2023"
    );
    assert!(catalog.standard_by_code("gbt29490-2099").is_err());
    let dir = tempfile::tempdir().unwrap();
    let (p, catalog) = project_2023(dir.path());
    let (_, standard) = p.program_and_standard(&catalog).unwrap();
    assert!(standard.provisional);
    // The edition is where the project starts, not a change in its history.
    assert!(p.history_recent(10).unwrap().is_empty());
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_2023_project_generates_the_2023_set_covering_every_clause() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, catalog) = project_2023(dir.path());
    let (program, standard) = p.program_and_standard(&catalog).unwrap();
    let standard: StandardEdition = standard.into_owned();
    let report = p.generate_documents(&standard, &program).unwrap();
    let set = templates::builtin(&standard).unwrap();
    assert_eq!(report.created as usize, set.len());
    let docs = p.documents().unwrap();
    let mut keys: Vec<_> = docs.iter().filter_map(|d| d.template_key.clone()).collect();
    let mut expected: Vec<_> = set.iter().map(|t| t.key.clone()).collect();
    keys.sort();
    expected.sort();
    assert_eq!(keys, expected, "the 2023 set, nothing of 2013's");
    // Every document names clauses of the 2023 table, and together they
    // cover every leaf (drafts: pending until published).
    for d in &docs {
        for k in &d.clauses {
            assert!(standard.is_leaf(k), "{} names {k}", d.code);
        }
    }
    let coverage = p.coverage(&standard).unwrap();
    assert_eq!(coverage.rows.len(), standard.leaves().count());
    let uncovered: Vec<_> = coverage
        .rows
        .iter()
        .filter(|r| r.published.is_empty() && r.pending.is_empty())
        .map(|r| r.clause.as_str())
        .collect();
    assert!(uncovered.is_empty(), "not covered: {uncovered:?}");

    // A document PDF renders every clause reference from the table: the
    // number, never the key or the braces.
    let doc = docs
        .iter()
        .find(|d| {
            d.working
                .as_ref()
                .is_some_and(|r| !doctext::clause_refs(&r.content).is_empty())
        })
        .expect("a draft refers to clauses");
    let content = &doc.working.as_ref().unwrap().content;
    let refs = doctext::clause_refs(content);
    let pdf = dir.path().join("doc.pdf");
    export::write_atomic(&pdf, &export::document_pdf(&p, &standard, doc.id).unwrap()).unwrap();
    assert_valid(&pdf);
    let text = squeeze(&text_of(&pdf));
    assert!(!text.contains("{{条款"), "a reference left in the PDF");
    for (_, key) in &refs {
        assert!(!text.contains(key.as_str()), "key {key} printed");
        let number = standard.number_of(key);
        assert!(text.contains(number), "{key} as {number}");
    }
    // The cover's 对应条款 marks the provisional numbers and says where the
    // official text is.
    let first = standard.marked_number(&doc.clauses[0]);
    assert!(first.ends_with('※'), "{first}");
    assert!(text.contains(&first), "cover shows {first}");
    assert!(text.contains("暂定编号") && text.contains("openstd.samr.gov.cn"));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_package_of_a_2023_project_marks_provisional_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, catalog) = project_2023(dir.path());
    let (program, standard) = p.program_and_standard(&catalog).unwrap();
    let standard = standard.into_owned();
    p.generate_documents(&standard, &program).unwrap();
    let pdf = dir.path().join("申报材料.pdf");
    std::fs::write(&pdf, export::application_pdf(&p, None).unwrap()).unwrap();
    assert_valid(&pdf);
    let text = squeeze(&text_of(&pdf));
    assert!(text.contains("GB/T29490-2023"), "names its edition");
    assert!(!text.contains("GB/T29490-2013"), "and not 2013");
    // The coverage table shows numbers marked ※, never keys, and the note.
    let leaf = standard.leaves().next().unwrap();
    assert!(
        text.contains(&standard.marked_number(&leaf.key)),
        "{}",
        leaf.key
    );
    for c in &standard.clauses {
        assert!(!text.contains(&c.key), "key {} printed: {text}", c.key);
    }
    assert!(text.contains("暂定编号") && text.contains("openstd.samr.gov.cn"));
}
