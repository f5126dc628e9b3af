//! The PDF export against the demo enterprise, checked with the tools a
//! reader's machine would use (poppler-utils and qpdf, installed by
//! `scripts/setup.sh`): the file is valid, the font is embedded as a subset
//! with a Unicode map, the Chinese text comes back, pages are not blank,
//! drafts carry their watermark, and a character the font lacks is refused.

use crate::pdf_tools;

use std::path::Path;

use guanbiao_core::doctext::{self, Block};
use guanbiao_core::export::{self, linebreak};
use guanbiao_core::model::{Document, RevisionEditInput};
use pdf_tools::*;

use crate::word::fx;

const ENTERPRISE: &str = "陕西秦创智能装备股份有限公司";

fn first_heading(doc_content: &str) -> String {
    doctext::parse(doc_content)
        .0
        .into_iter()
        .find_map(|b| match b {
            Block::Heading { text, .. } => Some(text),
            _ => None,
        })
        .expect("the document has a heading")
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn procedure_and_manual_are_valid_subset_readable_and_drawn() {
    let f = fx();
    for (code, max_kb) in [("IP-CX-01", 300), ("IP-SC-01", 600)] {
        let doc = f.doc(code);
        let bytes = export::document_pdf(&f.p, &f.std, doc.id).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(
            bytes.len() < max_kb * 1024,
            "{code}: {} bytes — is the whole font embedded?",
            bytes.len()
        );
        let file = f.write(&format!("{code}.pdf"), &bytes);

        let check = tool("qpdf", &["--check"], &file);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
        assert_fonts_subset(&file);

        let text = text_of(&file);
        assert!(text.contains(ENTERPRISE), "{code}: {text}");
        assert!(text.contains(&doc.title), "{code}: title {}", doc.title);
        let content = &doc.published.as_ref().unwrap().content;
        let heading = first_heading(content);
        assert!(text.contains(&heading), "{code}: heading {heading}");
        assert!(text.contains(code));
        assert!(text.contains("受控"));
        let pages = page_count(&file);
        assert!(pages >= 2, "{code}: {pages} pages");
        // pdftotext drops the narrow spaces around the numbers.
        let squeezed = squeeze(&text);
        assert!(
            squeezed.contains(&format!("第1页共{pages}页"))
                && squeezed.contains(&format!("第{pages}页共{pages}页")),
            "{code}: footer"
        );
        assert!(!text.contains("草稿"), "{code}: published, no watermark");
        assert!(!text.contains('\u{FFFD}'), "{code}: undecodable text");

        for page in [1, 2] {
            let g = render(&file, page, 50);
            assert!(
                g.dark() > 2_000,
                "{code} page {page} looks blank: {} dark pixels",
                g.dark()
            );
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn bookmarks_nest_the_headings_and_point_at_their_pages() {
    let f = fx();
    let doc = f.doc("IP-SC-01");
    let file = f.write(
        "manual.pdf",
        &export::document_pdf(&f.p, &f.std, doc.id).unwrap(),
    );
    let marks = outline(&file);
    let content = &doc.published.as_ref().unwrap().content;
    let headings: Vec<(u8, String)> = doctext::parse(content)
        .0
        .into_iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some((level, text)),
            _ => None,
        })
        .collect();
    assert_eq!(marks.len(), 1 + headings.len(), "{marks:?}");
    assert_eq!(marks[0], (0, "封面与修订记录".to_string(), 1));
    let mut last_page = 1;
    for ((depth, title, page), (level, text)) in marks[1..].iter().zip(&headings) {
        assert_eq!(title, text);
        assert_eq!(*depth + 1, usize::from(*level), "{title} at depth {depth}");
        assert!(*page >= last_page, "{title}: pages go backwards");
        last_page = *page;
        assert!(
            squeeze(&page_text(&file, *page)).contains(&squeeze(title)),
            "{title} is not on page {page}"
        );
    }
    assert!(marks.iter().any(|m| m.0 == 1), "nested entries");
    assert!(marks.iter().any(|m| m.0 == 2), "three levels");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_compilation_has_contents_and_bookmarks_that_match_its_pages() {
    let f = fx();
    let bytes = export::compilation_pdf(&f.p, &f.std, None).unwrap();
    assert!(bytes.len() < 3 * 1024 * 1024, "{} bytes", bytes.len());
    let file = f.write("volume.pdf", &bytes);
    let check = tool("qpdf", &["--check"], &file);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert_fonts_subset(&file);
    let pages = page_count(&file);

    // Bookmarks: the cover, the contents, then every published document
    // with its headings nested under it.
    let marks = outline(&file);
    let top: Vec<&(usize, String, usize)> = marks.iter().filter(|m| m.0 == 0).collect();
    let docs: Vec<Document> = f.p.documents().unwrap();
    assert_eq!(top.len(), 2 + docs.len());
    assert_eq!((top[0].1.as_str(), top[0].2), ("封面", 1));
    assert_eq!((top[1].1.as_str(), top[1].2), ("目录", 2));
    assert!(marks.iter().any(|m| m.0 == 1) && marks.iter().any(|m| m.0 == 2));
    let first_doc_page = top[2].2;
    let toc_pages = first_doc_page - 2;
    assert!(toc_pages >= 2, "94 entries need more than one page");

    // The contents: one line per document, its page number where the
    // document really starts (its bookmark, and its title block there).
    let mut listed = 0;
    for p in 2..first_doc_page {
        for line in pages_text(&file, p, p, true).lines() {
            let line = line.trim();
            let Some(doc) = docs
                .iter()
                .find(|d| line.starts_with(&format!("{} ", d.code)))
            else {
                continue;
            };
            let number: usize = line.rsplit(' ').next().unwrap().parse().unwrap();
            let mark = top
                .iter()
                .find(|m| m.1 == format!("{} {}", doc.code, doc.title))
                .unwrap_or_else(|| panic!("no bookmark for {}", doc.code));
            assert_eq!(
                mark.2, number,
                "{}: contents and bookmark disagree",
                doc.code
            );
            let there = squeeze(&page_text(&file, number));
            assert!(
                there.contains(&format!("文件编号{}", doc.code))
                    && there.contains(&squeeze(&doc.title)),
                "{} does not start on page {number}",
                doc.code
            );
            listed += 1;
        }
    }
    assert_eq!(listed, docs.len(), "every document is in the contents");
    let last = squeeze(&page_text(&file, pages));
    assert!(last.contains(&format!("第{pages}页共{pages}页")));
    let text = text_of(&file);
    assert!(text.contains(ENTERPRISE) && text.contains("知识产权管理体系文件汇编"));
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn metadata_names_the_document_and_the_enterprise() {
    let f = fx();
    let doc = f.doc("IP-CX-01");
    let file = f.write(
        "m.pdf",
        &export::document_pdf(&f.p, &f.std, doc.id).unwrap(),
    );
    let info = tool("pdfinfo", &[], &file);
    assert!(
        info.contains(&format!("Title:           {}（IP-CX-01）", doc.title)),
        "{info}"
    );
    assert!(
        info.contains(&format!("Author:          {ENTERPRISE}")),
        "{info}"
    );
    assert!(
        info.contains("Page size:       595.276 x 841.89 pts (A4)"),
        "{info}"
    );
}

#[test]
fn the_same_document_exported_twice_gives_the_same_bytes() {
    let f = fx();
    let doc = f.doc("IP-CX-04");
    // Nothing random in the file: only the creation date (seconds) may
    // differ, so two exports within one second are identical.
    let same = (0..6).any(|_| {
        let a = export::document_pdf(&f.p, &f.std, doc.id).unwrap();
        let b = export::document_pdf(&f.p, &f.std, doc.id).unwrap();
        a == b
    });
    assert!(same, "two exports in one process always differ");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_draft_carries_the_watermark_and_the_published_revision_does_not() {
    let mut f = fx();
    let doc = f.doc("IP-CX-02");
    let published = export::document_pdf(&f.p, &f.std, doc.id).unwrap();
    let draft = f.p.new_revision(doc.id, None).unwrap();
    let draft_pdf = export::revision_pdf(&f.p, &f.std, draft.id).unwrap();
    // The document's own PDF is still the controlled (published) revision.
    assert_eq!(
        export::document_pdf(&f.p, &f.std, doc.id).unwrap().len(),
        published.len()
    );
    let pub_file = f.write("pub.pdf", &published);
    let draft_file = f.write("draft.pdf", &draft_pdf);

    assert!(!text_of(&pub_file).contains("草稿"));
    let pages = page_count(&draft_file);
    for page in 1..=pages {
        assert!(
            page_text(&draft_file, page).contains("草稿"),
            "page {page} of the draft has no 草稿"
        );
    }
    assert!(text_of(&draft_file).contains(&draft.version));
    // The watermark is drawn: light grey across the middle of a content page.
    // (Grey 0.86 is 219 of 255; antialiased text edges give a few such pixels too.)
    let light = |file: &Path| render(file, 2, 50).count_central(214, 224);
    let (in_draft, in_published) = (light(&draft_file), light(&pub_file));
    assert!(
        in_draft > 2_000 && in_draft > 5 * in_published.max(1),
        "watermark pixels: draft {in_draft}, published {in_published}"
    );
}

#[test]
fn a_character_the_font_lacks_is_reported_with_the_document_code() {
    let mut f = fx();
    let doc = f.doc("IP-CX-03");
    let draft = f.p.new_revision(doc.id, None).unwrap();
    let content = format!(
        "{}\n\n本段含有生僻字\u{20000}和私用区字符\u{E000}。\n",
        draft.content
    );
    f.p.edit_revision(
        draft.id,
        &RevisionEditInput {
            content: content.to_string(),
            change_note: "测试".into(),
        },
    )
    .unwrap();
    let err = export::revision_pdf(&f.p, &f.std, draft.id).unwrap_err();
    assert!(err.message.contains("IP-CX-03"), "{}", err.message);
    assert!(err.message.contains('\u{20000}'), "{}", err.message);
    assert!(err.message.contains("U+20000"), "{}", err.message);
    assert!(err.message.contains("U+E000"), "{}", err.message);
    assert!(err.message.contains("本段含有生僻字"), "{}", err.message);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_long_table_wraps_its_cells_and_repeats_the_header_on_every_page() {
    let mut f = fx();
    let doc = f.doc("IP-JL-29");
    let draft = f.p.new_revision(doc.id, None).unwrap();
    let mut content = String::from("# 长表格\n\n| 序号 | 专利名称 | 说明 |\n| --- | --- | --- |\n");
    for i in 1..=90 {
        content += &format!(
            "| {i} | 控制方法{i} | 本行的说明文字较长，需要在单元格内折行显示，用于检查表格跨页时表头是否重复以及单元格折行是否正确。 |\n"
        );
    }
    f.p.edit_revision(
        draft.id,
        &RevisionEditInput {
            content: content.to_string(),
            change_note: "长表格".into(),
        },
    )
    .unwrap();
    let file = f.write(
        "table.pdf",
        &export::revision_pdf(&f.p, &f.std, draft.id).unwrap(),
    );
    let pages = page_count(&file);
    assert!(pages >= 4, "{pages} pages");
    // The table starts on page 1 (a form has no separate cover page) and
    // runs on; every later page starts again with the header row.
    for page in 2..=pages {
        let t = page_text(&file, page);
        assert!(t.contains("专利名称"), "page {page}: {t}");
    }
    let all = text_of(&file);
    for i in [1, 45, 90] {
        assert!(all.contains(&format!("控制方法{i}")), "row {i}");
    }
    // Wrapped: the long cell text is not on one line.
    assert!(!all.contains("本行的说明文字较长，需要在单元格内折行显示，用于检查表格跨页时表头是否重复以及单元格折行是否正确。"));
}

#[test]
fn every_published_demo_document_exports() {
    let f = fx();
    let out = f.dir.path().join("pdf");
    let report = export::published_documents_to_dir(&f.p, &f.std, &out).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.files.len(), 94);
    for file in &report.files {
        let bytes = std::fs::read(&file.path).unwrap();
        assert_eq!(bytes.len() as u64, file.bytes);
        assert!(
            bytes.starts_with(b"%PDF-") && bytes.ends_with(b"%%EOF\n") || bytes.ends_with(b"%%EOF")
        );
    }
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 94);
    assert!(names
        .iter()
        .all(|n| n.ends_with(".pdf") && !n.starts_with('.')));
    assert!(
        report.total_bytes() < 12 * 1024 * 1024,
        "{}",
        report.total_bytes()
    );
}

// ---- line breaking, through the public API with the real font ----

fn lines(text: &str, width: f32) -> Vec<String> {
    linebreak::break_lines(text, width, width, 10.0)
        .into_iter()
        .map(|l| l.text)
        .collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn no_line_starts_with_a_comma_or_a_full_stop() {
    let text =
        "知识产权是企业的重要资产，应当依法取得、维护和运用。管理体系应当持续改进，确保有效。"
            .repeat(5);
    for width in [30.0, 40.0, 50.0, 70.0, 110.0, 200.0] {
        let ls = lines(&text, width);
        for l in ls.iter().skip(1) {
            assert!(
                !l.starts_with('，') && !l.starts_with('。') && !l.starts_with('、'),
                "width {width}: {ls:?}"
            );
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn latin_words_are_not_split() {
    let text = "企业应依据GB/T 29490-2013 Enterprise intellectual property management标准建立体系";
    // Wider than the longest word ("intellectual" is about 55 pt at 10 pt).
    for width in [70.0, 90.0, 120.0, 160.0] {
        let ls = lines(text, width);
        let joined = ls.join("\n");
        for word in [
            "GB/T",
            "29490-2013",
            "Enterprise",
            "intellectual",
            "property",
            "management",
        ] {
            assert!(
                joined.contains(word),
                "width {width}: {word} split in {ls:?}"
            );
        }
    }
}

/// A tiny deterministic generator (no external crate).
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn layout_never_panics_and_loses_no_text() {
    let alphabet: Vec<char> =
        "知识产权管理体系文件的编制审核批准，。、；：？！（）「」《》“”‘’……——·abcXYZ019-/. \t"
            .chars()
            .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..400 {
        let len = rng.next(120);
        let text: String = (0..len)
            .map(|_| alphabet[rng.next(alphabet.len())])
            .collect();
        let width = 8.0 + rng.next(300) as f32;
        let first = width - rng.next(30) as f32;
        let ls = linebreak::break_lines(&text, first.max(5.0), width, 10.0);
        // Every character comes back in order; only whitespace where lines
        // break may go.
        let mut rest = text.as_str();
        for l in &ls {
            rest = rest.trim_start();
            assert!(
                rest.starts_with(&l.text),
                "round {round}: {text:?} → {ls:?}"
            );
            rest = &rest[l.text.len()..];
            assert!(!l.text.is_empty() && !l.text.starts_with(char::is_whitespace));
            assert!(!l.text.ends_with(char::is_whitespace));
        }
        assert!(
            rest.trim().is_empty(),
            "round {round}: lost {rest:?} of {text:?}"
        );
        // No line but the first starts with closing punctuation; a line is
        // wider than its measure only where closing punctuation hangs past
        // the edge, or where a single character is wider than the measure.
        for (i, l) in ls.iter().enumerate() {
            let c = l.text.chars().next().unwrap();
            assert!(
                i == 0 || !"，。、；：？！）」》”’…—·.,;:?!)".contains(c),
                "round {round}: {:?} starts with {c}: {ls:?}",
                l.text
            );
            let avail = if i == 0 { first.max(5.0) } else { width };
            let last = l.text.chars().next_back().unwrap();
            assert!(
                l.width <= avail + 0.01
                    || "，。、；：？！）」》”’…—·.,;:?!)".contains(last)
                    || l.text.chars().count() == 1,
                "round {round}: {:?} is {} wide, measure {avail}",
                l.text,
                l.width
            );
        }
    }
}
