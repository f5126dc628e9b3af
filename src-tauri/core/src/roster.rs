//! Reading a roster (people and departments) from `.xlsx`/`.xls`/`.csv`, and
//! writing the template users fill in.

use std::path::Path;

use crate::error::{CoreError, Result};
use crate::tabular;

/// Largest roster file accepted.
pub const MAX_FILE: u64 = 10 * 1024 * 1024;
pub const MAX_ROWS: usize = 20_000;

/// Template columns, in order. `姓名` and `部门` are required.
pub const COLUMNS: [&str; 7] = ["姓名", "部门", "职务", "电话", "邮箱", "工号", "角色"];

/// One data row as read, by template column; `line` is the spreadsheet row number.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawRow {
    pub line: u32,
    pub cells: [String; 7],
}

fn column_of(header: &str) -> Option<usize> {
    let h: String = header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '*' && *c != '＊')
        .collect();
    let h = h.to_lowercase();
    let idx = match h.as_str() {
        "姓名" | "名字" | "员工姓名" => 0,
        "部门" | "所在部门" | "部门名称" => 1,
        "职务" | "岗位" | "职位" => 2,
        "电话" | "手机" | "手机号" | "联系电话" | "手机号码" => 3,
        "邮箱" | "电子邮箱" | "email" | "e-mail" => 4,
        "工号" | "员工编号" | "编号" => 5,
        "角色" | "贯标角色" => 6,
        _ => return None,
    };
    Some(idx)
}

/// Reads the rows of the first sheet (or the CSV). A file that is not a
/// spreadsheet, or lacks the required columns, is an error naming the problem.
pub fn read(path: &Path) -> Result<Vec<RawRow>> {
    let table = tabular::read(path, MAX_FILE, "可先下载导入模板")?;
    let mut rows = table
        .into_iter()
        .enumerate()
        .skip_while(|(_, r)| r.iter().all(|c| c.trim().is_empty()));
    let Some((_, header)) = rows.next() else {
        return Err(CoreError::invalid("文件是空的：没有表头，也没有数据"));
    };
    let map: Vec<Option<usize>> = header.iter().map(|h| column_of(h)).collect();
    let missing: Vec<&str> = [0usize, 1]
        .iter()
        .filter(|i| !map.contains(&Some(**i)))
        .map(|i| COLUMNS[*i])
        .collect();
    if !missing.is_empty() {
        return Err(CoreError::invalid(format!(
            "表头缺少必需的列：{}。第一行应为：{}（可下载导入模板）",
            missing.join("、"),
            COLUMNS.join("、")
        )));
    }
    let mut out = Vec::new();
    for (i, r) in rows {
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut row = RawRow {
            line: i as u32 + 1,
            ..Default::default()
        };
        for (j, cell) in r.into_iter().enumerate() {
            if let Some(Some(col)) = map.get(j) {
                row.cells[*col] = cell.trim().to_string();
            }
        }
        out.push(row);
        if out.len() > MAX_ROWS {
            return Err(CoreError::invalid(format!(
                "行数过多（上限 {MAX_ROWS} 行）"
            )));
        }
    }
    Ok(out)
}

/// Writes the import template (`.xlsx`): the columns, two sample rows and a sheet of notes.
pub fn write_template(path: &Path, role_labels: &[&str]) -> Result<()> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| CoreError::storage(format!("无法生成模板：{e}"));
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#DDEBF7");
    let ws = wb.add_worksheet().set_name("人员名单").map_err(err)?;
    for (i, c) in COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, *c, &bold)
            .map_err(err)?;
        ws.set_column_width(i as u16, if i == 6 { 28 } else { 16 })
            .map_err(err)?;
    }
    let samples = [
        [
            "张三",
            "研发中心",
            "研发工程师",
            "13800000000",
            "zhangsan@example.com",
            "A0001",
            "研发人员",
        ],
        [
            "李四",
            "知识产权部",
            "知识产权专员",
            "029-88888888",
            "",
            "A0002",
            "知识产权工作人员、内审员",
        ],
    ];
    for (r, row) in samples.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).map_err(err)?;
        }
    }
    let notes = wb.add_worksheet().set_name("填写说明").map_err(err)?;
    let lines = [
        "“姓名”“部门”为必填；请勿修改第一行表头。".to_string(),
        "部门须与系统中的部门名称一致；导入时可选择自动新建不存在的部门。".to_string(),
        "电话填写 11 位手机号或带区号的固定电话。".to_string(),
        format!(
            "角色可填多个，用顿号或逗号分隔，可选：{}。",
            role_labels.join("、")
        ),
        "导入前会逐行检查，有问题的行会列出原因；全部无误后一次性导入。".to_string(),
    ];
    notes.set_column_width(0, 90).map_err(err)?;
    for (i, l) in lines.iter().enumerate() {
        notes.write_string(i as u32, 0, l).map_err(err)?;
    }
    let tmp = path.with_extension("xlsx.partial");
    wb.save(&tmp).map_err(err)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}
