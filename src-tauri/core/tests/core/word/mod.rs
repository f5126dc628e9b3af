//! Word export and import against the demo enterprise, with a real reader:
//! LibreOffice converts each exported file to text and PDF.

mod export;
mod import;
mod office;
mod roundtrip;

use std::io::{Cursor, Read};
use std::path::PathBuf;

use guanbiao_core::catalog::{self, StandardEdition};
use guanbiao_core::export::rewrite_parts;
use guanbiao_core::model::Document;
use guanbiao_core::{demo, Project};

pub struct Fx {
    pub dir: tempfile::TempDir,
    pub p: Project,
    /// The project's edition, which clause references render from.
    pub std: StandardEdition,
}

pub fn fx() -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let std = p
        .program_and_standard(&catalog::load().unwrap())
        .unwrap()
        .1
        .into_owned();
    Fx { dir, p, std }
}

impl Fx {
    pub fn doc(&self, code: &str) -> Document {
        self.p
            .documents()
            .unwrap()
            .into_iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("no document {code}"))
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

/// One part of a .docx (a ZIP) as text.
pub fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The .docx with one part's text changed by `edit`.
pub fn edit_part(docx: &[u8], name: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    rewrite_parts(docx, |entry, text| (entry == name).then(|| edit(text))).unwrap()
}
