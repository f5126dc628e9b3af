//! Importing people from spreadsheets: the preview names each row's problem,
//! and the import is all or nothing.

use guanbiao_core::model::*;
use guanbiao_core::{roster, ErrorCode, Project};

fn setup() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("t.gbproj")).unwrap();
    p.create_department(&DepartmentInput {
        name: "研发中心".into(),
        ..Default::default()
    })
    .unwrap();
    p.create_person(&PersonInput {
        name: "王总".into(),
        roles: vec![Role::TopManager],
        ..Default::default()
    })
    .unwrap();
    (dir, p)
}

fn xlsx(path: &std::path::Path, rows: &[[&str; 7]]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in roster::COLUMNS.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if c == 3 && !v.is_empty() && v.chars().all(|x| x.is_ascii_digit()) {
                // Excel users often type phone numbers as numbers.
                ws.write_number(r as u32 + 1, c as u16, v.parse::<f64>().unwrap())
                    .unwrap();
            } else {
                ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

fn count(p: &Project) -> usize {
    p.people(&PersonQuery::default()).unwrap().len()
}

#[test]
fn preview_names_every_problem_and_import_writes_nothing() {
    let (dir, mut p) = setup();
    let file = dir.path().join("名单.xlsx");
    xlsx(
        &file,
        &[
            [
                "张三",
                "研发中心",
                "工程师",
                "13800000000",
                "",
                "A1",
                "研发人员",
            ],
            ["", "研发中心", "", "", "", "", ""],
            ["李四", "外星部", "", "", "", "", ""],
            ["张三", "研发中心", "", "", "", "", ""],
            ["赵六", "研发中心", "", "12345", "", "", ""],
            ["钱七", "研发中心", "", "", "", "", "最高管理者"],
            ["孙八", "研发中心", "", "", "", "", "老板"],
            ["周九", "研发中心", "", "", "", "A1", "内审员"],
        ],
    );
    let pre = p.preview_roster(&file, false).unwrap();
    let problems: Vec<(u32, String)> = pre
        .rows
        .iter()
        .map(|r| (r.line, r.problems.join("；")))
        .collect();
    assert_eq!(pre.rows[0].problems, Vec::<String>::new(), "{problems:?}");
    assert_eq!(pre.rows[0].phone, "13800000000");
    let has = |line: u32, needle: &str| {
        let row = pre.rows.iter().find(|r| r.line == line).unwrap();
        assert!(
            row.problems.iter().any(|x| x.contains(needle)),
            "row {line}: {:?} lacks {needle}",
            row.problems
        );
    };
    has(3, "缺少姓名");
    has(4, "部门“外星部”不存在");
    has(5, "重复");
    has(6, "电话“12345”格式不正确");
    has(7, "最高管理者已由 王总 担任");
    has(8, "未知角色“老板”");
    has(9, "工号 A1 重复");
    assert_eq!(pre.valid_count, 1);
    assert_eq!(pre.problem_count, 7);

    let before = count(&p);
    let e = p.import_roster(&file, false).unwrap_err();
    assert!(
        e.message.contains("有 7 行存在问题，未导入任何数据"),
        "{}",
        e.message
    );
    assert_eq!(count(&p), before);
}

#[test]
fn clean_file_imports_with_new_departments() {
    let (dir, mut p) = setup();
    let file = dir.path().join("ok.xlsx");
    xlsx(
        &file,
        &[
            [
                "张三",
                "研发中心",
                "工程师",
                "13800000000",
                "zs@example.com",
                "A1",
                "研发人员、内审员",
            ],
            [
                "李四",
                "质量部",
                "质量经理",
                "029-88888888",
                "",
                "A2",
                "部门负责人",
            ],
        ],
    );
    let pre = p.preview_roster(&file, false).unwrap();
    assert_eq!(pre.problem_count, 1);
    let pre = p.preview_roster(&file, true).unwrap();
    assert_eq!(pre.problem_count, 0);
    assert_eq!(pre.new_departments, vec!["质量部"]);
    p.import_roster(&file, true).unwrap();
    let li = p
        .people(&PersonQuery {
            search: "李四".into(),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    assert_eq!(li.department_name.as_deref(), Some("质量部"));
    assert_eq!(li.roles, vec![Role::DepartmentHead]);
    let zs = p
        .people(&PersonQuery {
            search: "张三".into(),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    assert_eq!(zs.roles, vec![Role::InternalAuditor, Role::RndStaff]);
    // Importing the same file again: every row is now a duplicate.
    assert_eq!(p.preview_roster(&file, true).unwrap().problem_count, 2);
}

#[test]
fn csv_in_utf8_and_gbk() {
    let (dir, mut p) = setup();
    let text = "姓名,部门,电话\n张三,研发中心,13800000000\n李四,研发中心,\n";
    let utf8 = dir.path().join("u.csv");
    std::fs::write(&utf8, format!("\u{feff}{text}")).unwrap();
    assert_eq!(p.preview_roster(&utf8, false).unwrap().valid_count, 2);
    let gbk = dir.path().join("g.csv");
    std::fs::write(&gbk, encoding_rs::GBK.encode(text).0).unwrap();
    let pre = p.preview_roster(&gbk, false).unwrap();
    assert_eq!(pre.rows[0].name, "张三");
    p.import_roster(&gbk, false).unwrap();
    assert_eq!(count(&p), 3);
}

#[test]
fn not_a_spreadsheet_or_wrong_columns() {
    let (dir, p) = setup();
    let fake = dir.path().join("fake.xlsx");
    std::fs::write(&fake, "just text").unwrap();
    let e = p.preview_roster(&fake, false).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(e.message.contains("不是有效的 Excel 文件"), "{}", e.message);

    let pdf = dir.path().join("x.pdf");
    std::fs::write(&pdf, "%PDF").unwrap();
    assert!(p
        .preview_roster(&pdf, false)
        .unwrap_err()
        .message
        .contains("不支持的文件类型"));

    let cols = dir.path().join("cols.csv");
    std::fs::write(&cols, "名字,手机\n张三,13800000000\n").unwrap();
    let e = p.preview_roster(&cols, false).unwrap_err();
    assert!(
        e.message.contains("表头缺少必需的列：部门"),
        "{}",
        e.message
    );

    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    assert!(p
        .preview_roster(&empty, false)
        .unwrap_err()
        .message
        .contains("空"));
}

#[test]
fn template_is_a_readable_spreadsheet_with_the_columns() {
    let (dir, p) = setup();
    let path = dir.path().join("模板.xlsx");
    roster::write_template(&path, &["最高管理者", "内审员"]).unwrap();
    let pre = p.preview_roster(&path, true).unwrap();
    assert_eq!(pre.rows.len(), 2, "two sample rows");
    assert_eq!(pre.problem_count, 0, "{:?}", pre.rows);
}
