//! What docx-rs 0.4 cannot write, added to the packed file: the
//! "repeat as header row" mark of table header rows (`w:tblHeader`), the
//! title, author and dates of the core properties (docx-rs writes
//! "unknown" and 1970), and the right header and footer part for each
//! relationship when there are ten or more (docx-rs numbers the part
//! files in the text order of the relationship ids, rIdHeader1,
//! rIdHeader10, rIdHeader11, …, rIdHeader2, but points rIdHeader2 at
//! header2.xml).
//!
//! Header rows are written with `w:cantSplit` and no other row is, so the
//! mark goes after each `w:cantSplit`.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;

use crate::error::{CoreError, Result};
use crate::export::Metadata;

const CANT_SPLIT: &str = "<w:cantSplit />";
const HEADER_ROW: &str = "<w:cantSplit /><w:tblHeader />";

fn broken(e: impl std::fmt::Display) -> CoreError {
    CoreError::storage(format!("生成 Word 文件失败：{e}"))
}

/// Escapes text for an XML element.
fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `2026-12-04T21:00:00Z` for seconds since 1970.
fn w3c_time(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn core_properties(xml: &str, meta: &Metadata, created: i64) -> String {
    let who = xml_text(&meta.author);
    let when = w3c_time(created);
    let mut out = xml
        .replace(
            "<dc:creator>unknown</dc:creator>",
            &format!("<dc:creator>{who}</dc:creator>"),
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{who}</cp:lastModifiedBy>"),
        )
        .replace("1970-01-01T00:00:00Z", &when);
    let extra = format!(
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><cp:keywords>{}</cp:keywords>",
        xml_text(&meta.title),
        xml_text(&meta.subject),
        xml_text(&meta.keywords.join(" "))
    );
    if let Some(end) = out.rfind("</cp:coreProperties>") {
        out.insert_str(end, &extra);
    }
    out
}

/// The relationships with each `rId{kind}{k}` pointing at the part file
/// docx-rs wrote its content into.
fn part_targets(rels: &str, kind: &str) -> String {
    let file = kind.to_lowercase();
    let id = |k: usize| format!("rId{kind}{k}");
    let count = (1..)
        .take_while(|k| rels.contains(&format!("Id=\"{}\"", id(*k))))
        .count();
    let mut order: Vec<String> = (1..=count).map(id).collect();
    order.sort();
    let mut out = rels.to_string();
    for k in 1..=count {
        let slot = order.iter().position(|x| *x == id(k)).expect("listed") + 1;
        let from = format!(
            "Id=\"{}\" Type=\"{REL_TYPE}{file}\" Target=\"{file}{k}.xml\"",
            id(k)
        );
        let to = format!(
            "Id=\"{}\" Type=\"{REL_TYPE}{file}\" Target=\"{file}{slot}.xml\"",
            id(k)
        );
        out = out.replace(&from, &to);
    }
    out
}

const REL_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The packed file with header rows marked and core properties filled.
pub(super) fn finish(packed: &[u8], meta: &Metadata, created: i64) -> Result<Vec<u8>> {
    rewrite_parts(packed, |name, text| match name {
        "word/document.xml" => Some(text.replace(CANT_SPLIT, HEADER_ROW)),
        "word/_rels/document.xml.rels" => {
            Some(part_targets(&part_targets(text, "Header"), "Footer"))
        }
        "docProps/core.xml" => Some(core_properties(text, meta, created)),
        _ => None,
    })
}

/// A .docx (any zip of XML parts) with the parts `edit` returns new text
/// for rewritten, the others copied as they are. `edit` is given each
/// part's name and its text (read as UTF-8).
pub fn rewrite_parts(
    packed: &[u8],
    mut edit: impl FnMut(&str, &str) -> Option<String>,
) -> Result<Vec<u8>> {
    let mut zin = zip::ZipArchive::new(Cursor::new(packed)).map_err(broken)?;
    let mut zout = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut entry = zin.by_index(i).map_err(broken)?;
        let name = entry.name().map_err(broken)?.to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(broken)?;
        let bytes = match edit(&name, &String::from_utf8_lossy(&bytes)) {
            Some(text) => text.into_bytes(),
            None => bytes,
        };
        zout.start_file(name, options).map_err(broken)?;
        zout.write_all(&bytes).map_err(broken)?;
    }
    Ok(zout.finish().map_err(broken)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tenth_header_and_after_point_at_their_parts() {
        let rel = |k: usize, target: usize| {
            format!("<Relationship Id=\"rIdHeader{k}\" Type=\"{REL_TYPE}header\" Target=\"header{target}.xml\" />")
        };
        let rels: String = (1..=11).map(|k| rel(k, k)).collect();
        // Parts in text order of the ids: 1, 10, 11, 2, 3, …, 9.
        let expected: String = [
            (1, 1),
            (2, 4),
            (3, 5),
            (4, 6),
            (5, 7),
            (6, 8),
            (7, 9),
            (8, 10),
            (9, 11),
            (10, 2),
            (11, 3),
        ]
        .iter()
        .map(|(k, t)| rel(*k, *t))
        .collect();
        assert_eq!(part_targets(&rels, "Header"), expected);
        let few: String = (1..=3).map(|k| rel(k, k)).collect();
        assert_eq!(part_targets(&few, "Header"), few);
    }

    #[test]
    fn core_properties_name_the_document_and_its_author() {
        let xml = "<cp:coreProperties><dcterms:created>1970-01-01T00:00:00Z</dcterms:created><dc:creator>unknown</dc:creator><cp:lastModifiedBy>unknown</cp:lastModifiedBy></cp:coreProperties>";
        let meta = Metadata {
            title: "文件控制程序（IP-CX-01）".into(),
            author: "甲 & 乙".into(),
            subject: "程序文件".into(),
            keywords: vec!["IP-CX-01".into()],
        };
        let out = core_properties(xml, &meta, 86_400);
        assert!(
            out.contains("<dc:creator>甲 &amp; 乙</dc:creator>"),
            "{out}"
        );
        assert!(out.contains("1970-01-02T00:00:00Z"), "{out}");
        assert!(
            out.contains("<dc:title>文件控制程序（IP-CX-01）</dc:title>"),
            "{out}"
        );
        assert!(out.ends_with("</cp:coreProperties>"), "{out}");
    }
}
