//! What the 导出材料 screen receives from a package export: its progress
//! events and its result. camelCase on the wire (the shell sent these before
//! they were generated, and the screen reads these names). Built from the
//! export's own report by `From<PackageReport>` in `export::package` (the
//! model does not import the export).

use serde::Serialize;
use ts_rs::TS;

/// The payload of the `export-progress` event, sent before each step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    pub step: usize,
    pub total: usize,
    pub label: String,
}

/// One file inside the package, as the screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackageResultFile {
    pub path: String,
    pub size: u64,
}

/// What the 导出材料 screen lists after an export: the wire form of the
/// core's `export::PackageReport` (paths as text, files without checksums).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackageResult {
    pub zip_path: String,
    pub zip_size: u64,
    pub application_path: String,
    pub application_size: u64,
    pub application_pages: usize,
    pub files: Vec<PackageResultFile>,
    /// Evidence files that could not be read, left out.
    pub missing: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The screen reads these names; they must not change with the move.
    #[test]
    fn wire_names_are_camel_case() {
        let r = PackageResult {
            zip_path: "out/甲_申报材料.zip".into(),
            zip_size: 2,
            application_path: "out/甲_申报材料.pdf".into(),
            application_size: 1,
            application_pages: 3,
            files: vec![PackageResultFile {
                path: "01_申报材料.pdf".into(),
                size: 1,
            }],
            missing: vec!["缺失.pdf".into()],
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"zipPath":"out/甲_申报材料.zip","zipSize":2,"applicationPath":"out/甲_申报材料.pdf","applicationSize":1,"applicationPages":3,"files":[{"path":"01_申报材料.pdf","size":1}],"missing":["缺失.pdf"]}"#
        );
        let p = ExportProgress {
            step: 1,
            total: 6,
            label: "读取项目记录".into(),
        };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"step":1,"total":6,"label":"读取项目记录"}"#
        );
    }
}
