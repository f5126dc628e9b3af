//! The Word export read back by LibreOffice: every heading, paragraph, list
//! item and table cell of the document's text, the cover block and
//! revision record, the running head and the page numbers are there; the
//! file uses real styles, lists and repeating table headers.

use std::path::Path;

use guanbiao_core::doctext::{self, Block};
use guanbiao_core::export;
use guanbiao_core::model::PersonQuery;

use super::{fx, office, part, Fx};
use crate::pdf_tools::{dark_pixels, page_count, page_text, pages_text, squeeze, text_of};

const ENTERPRISE: &str = "陕西秦创智能装备股份有限公司";

/// Every piece of text the blocks show.
fn pieces(blocks: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Heading { text, .. } | Block::Paragraph { text } => out.push(text.clone()),
            Block::Bullets { items } | Block::Numbered { items } => out.extend(items.clone()),
            Block::Table { header, rows } => {
                out.extend(header.clone());
                out.extend(rows.iter().flatten().cloned());
            }
        }
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

/// The squeezed lines of a page, top to bottom (running head first, footer
/// last).
fn lines(pdf: &Path, n: usize) -> Vec<String> {
    pages_text(pdf, n, n, true)
        .lines()
        .map(squeeze)
        .filter(|l| !l.is_empty())
        .collect()
}

fn head_line(pdf: &Path, n: usize) -> String {
    lines(pdf, n).remove(0)
}

fn check_document(f: &Fx, code: &str) {
    let doc = f.doc(code);
    let rev = doc.published.clone().unwrap();
    let bytes = export::document_docx(&f.p, &f.std, doc.id).unwrap();
    let path = f.write(&format!("{code}.docx"), &bytes);

    // What LibreOffice reads: the whole text, the cover block, the record.
    let text = squeeze(&office::text(&path));
    let output = export::output_text(&f.p, &f.std, &doc, &rev).unwrap();
    let blocks = doctext::parse(&output).0;
    assert!(!blocks.is_empty());
    for piece in pieces(&blocks) {
        assert!(
            text.contains(&squeeze(&piece)),
            "{code}: LibreOffice does not read “{piece}”"
        );
    }
    for s in [
        &doc.title,
        code,
        "文件编号",
        "编制",
        "审核",
        "批准",
        "修订记录",
        "首次发布",
    ] {
        assert!(text.contains(&squeeze(s)), "{code}: cover lacks {s}");
    }

    // What it prints: running head and page numbers on every page.
    let pdf = office::pdf(&path);
    let pages = page_count(&pdf);
    for n in [1, pages] {
        // The running head is the page's first line, the footer its last.
        let lines = lines(&pdf, n);
        let head = lines.first().unwrap();
        assert_eq!(
            head,
            &format!("{ENTERPRISE}{code}版本{}受控", rev.version),
            "{code} p{n}"
        );
        assert_eq!(
            lines.last().unwrap(),
            &format!("第{n}页共{pages}页"),
            "{code} p{n}"
        );
        assert!(dark_pixels(&pdf, n, 40) > 500, "{code} p{n} looks blank");
    }
    assert!(!text_of(&pdf).contains('\u{FFFD}'));

    // Real Word structure.
    let document = part(&bytes, "word/document.xml");
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains(r#"<w:name w:val="heading 1" />"#));
    if blocks
        .iter()
        .any(|b| matches!(b, Block::Heading { level: 1, .. }))
    {
        assert!(
            document.contains(r#"<w:pStyle w:val="Heading1" />"#),
            "{code}"
        );
    }
    if blocks.iter().any(|b| matches!(b, Block::Table { .. })) {
        assert!(
            document.contains("<w:tblHeader />"),
            "{code}: header rows repeat"
        );
    }
    let numbering = part(&bytes, "word/numbering.xml");
    if blocks.iter().any(|b| matches!(b, Block::Bullets { .. })) {
        assert!(numbering.contains(r#"<w:numFmt w:val="bullet" />"#));
    }
    if blocks.iter().any(|b| matches!(b, Block::Numbered { .. })) {
        assert!(numbering.contains(r#"<w:startOverride w:val="1" />"#));
        assert!(
            document.contains("<w:numPr>"),
            "{code}: lists are Word lists"
        );
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn manual_procedure_and_form_read_back_whole() {
    if !office::available("manual_procedure_and_form_read_back_whole") {
        return;
    }
    let f = fx();
    // The manual, a procedure with tables and numbered and bulleted lists,
    // a form (a table to fill in).
    for code in ["IP-SC-01", "IP-CX-01", "IP-JL-03"] {
        check_document(&f, code);
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_draft_says_so_in_its_running_head() {
    if !office::available("a_draft_says_so_in_its_running_head") {
        return;
    }
    let mut f = fx();
    let doc = f.doc("IP-CX-02");
    let draft = f.p.new_revision(doc.id, None).unwrap();
    let bytes = export::revision_docx(&f.p, &f.std, draft.id).unwrap();
    let pdf = office::pdf(&f.write("draft.docx", &bytes));
    let head = head_line(&pdf, 1);
    assert!(head.ends_with("IP-CX-02版本A/1草稿（非受控）"), "{head}");
    // The document itself still exports its controlled revision.
    let bytes = export::document_docx(&f.p, &f.std, doc.id).unwrap();
    assert!(part(&bytes, "word/header1.xml").contains("A/0"));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_volume_has_contents_with_pages_and_each_document_its_head() {
    if !office::available("the_volume_has_contents_with_pages_and_each_document_its_head") {
        return;
    }
    let f = fx();
    let bytes = export::compilation_docx(&f.p, &f.std).unwrap();
    let path = f.write("汇编.docx", &bytes);
    let pdf = office::pdf(&path);
    let published: Vec<_> =
        f.p.documents()
            .unwrap()
            .into_iter()
            .filter(|d| d.published.is_some() && !d.archived)
            .collect();
    let pages = page_count(&pdf);
    assert!(pages > published.len(), "{pages} pages");
    let cover = squeeze(&page_text(&pdf, 1));
    assert!(cover.contains("知识产权管理体系文件汇编") && cover.contains(ENTERPRISE));
    assert!(cover.contains(&format!("{}份", published.len())), "{cover}");

    // The contents give each document's page, and that page is its start.
    let contents = pages_text(&pdf, 2, 4, true);
    for code in ["IP-FZ-01", "IP-CX-01", "IP-CX-26", "IP-JL-59"] {
        let d = published.iter().find(|d| d.code == code).unwrap();
        let line = contents
            .lines()
            .find(|l| l.contains(code))
            .unwrap_or_else(|| panic!("{code} not in the contents"));
        let page: usize = line
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no page number: {line}"));
        let there = squeeze(&page_text(&pdf, page));
        assert!(
            there.contains(&squeeze(&d.title)),
            "{code} listed on page {page}: {there}"
        );
        assert!(
            head_line(&pdf, page).ends_with(&format!("{code}版本A/0受控")),
            "{code} listed on page {page}: {}",
            head_line(&pdf, page)
        );
    }
    // One page count through the volume.
    let last = squeeze(&page_text(&pdf, pages));
    assert!(last.contains(&format!("第{pages}页共{pages}页")), "{last}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn registers_are_tables_with_every_record() {
    if !office::available("registers_are_tables_with_every_record") {
        return;
    }
    let f = fx();
    let registers = export::register_docxs(&f.p).unwrap();
    let titles: Vec<&str> = registers.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        ["人员及角色登记表", "培训登记表", "不符合项及纠正措施登记表"]
    );
    let texts: Vec<String> = registers
        .iter()
        .map(|r| {
            assert!(part(&r.bytes, "word/document.xml").contains("<w:tblHeader />"));
            squeeze(&office::text(
                &f.write(&format!("{}.docx", r.title), &r.bytes),
            ))
        })
        .collect();
    for p in f.p.people(&PersonQuery::default()).unwrap() {
        assert!(texts[0].contains(&p.name), "{} missing", p.name);
    }
    for s in f.p.training_sessions().unwrap() {
        assert!(texts[1].contains(&squeeze(&s.topic)), "{} missing", s.topic);
    }
    let today = guanbiao_core::dates::today();
    let ncs = f.p.nonconformities(None, today).unwrap();
    assert!(!ncs.is_empty());
    for n in ncs {
        assert!(texts[2].contains(&n.number), "{} missing", n.number);
        assert!(texts[2].contains(&squeeze(&n.fact)), "{} missing", n.fact);
    }
    let pdf = office::pdf(&f.dir.path().join("不符合项及纠正措施登记表.docx"));
    assert!(squeeze(&page_text(&pdf, 1)).contains("第1页共1页"));
}
