//! Reading a table from a spreadsheet (`.xlsx`/`.xls`/`.ods`), a CSV or a
//! tab-separated text file: the roster import and the official clause table
//! both come in these shapes. Cells are strings; the callers map columns.

use std::path::Path;

use calamine::{open_workbook_auto, Reader};

use crate::error::{CoreError, Result};

/// The rows of the first sheet (or of the text file). A file too large, of
/// another type, or not readable as what its name says is an error in
/// Chinese; `hint` ends the unsupported-type message (e.g. where a template is).
pub fn read(path: &Path, max_bytes: u64, hint: &str) -> Result<Vec<Vec<String>>> {
    let meta = std::fs::metadata(path)
        .map_err(|e| CoreError::not_found(format!("无法读取文件 {}：{e}", path.display())))?;
    if meta.len() > max_bytes {
        return Err(CoreError::invalid(format!(
            "文件过大（上限 {} MB）",
            max_bytes / 1048576
        )));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => read_text(path, b','),
        "tsv" | "tab" => read_text(path, b'\t'),
        "xlsx" | "xlsm" | "xls" | "ods" => read_sheet(path),
        _ => Err(CoreError::invalid(format!(
            "不支持的文件类型“.{ext}”：请使用 Excel（.xlsx / .xls）、CSV 或制表符分隔的文本文件，{hint}"
        ))),
    }
}

fn read_sheet(path: &Path) -> Result<Vec<Vec<String>>> {
    // The reader's own (English) detail goes to the log, not to the user.
    let not_sheet = |e: String| {
        eprintln!("tabular: {}: {e}", path.display());
        CoreError::invalid(
            "无法读取表格：文件不是有效的 Excel 文件，可能已损坏，或实际是其他格式（可另存为 .xlsx 后再导入）",
        )
    };
    let mut wb = open_workbook_auto(path).map_err(|e| not_sheet(e.to_string()))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| CoreError::invalid("表格中没有工作表"))?
        .map_err(|e| not_sheet(e.to_string()))?;
    Ok(range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect())
}

fn read_text(path: &Path, delimiter: u8) -> Result<Vec<Vec<String>>> {
    let bytes = std::fs::read(path)?;
    if bytes.contains(&0) {
        return Err(CoreError::invalid(
            "文件不是文本格式的表格（含有二进制内容）",
        ));
    }
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)) {
        Ok(t) => t.to_string(),
        // Excel on Chinese Windows saves CSV as GBK/GB18030.
        Err(_) => encoding_rs::GB18030.decode(&bytes).0.into_owned(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| CoreError::invalid(format!("文本表格格式错误：{e}")))?;
        out.push(rec.iter().map(|s| s.to_string()).collect());
    }
    Ok(out)
}
