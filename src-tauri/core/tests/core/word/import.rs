//! Word files not written by us (built here with docx-rs, as Word writes
//! them): headings by style, lists by numbering, tables, and what cannot
//! be imported (pictures, comments, tracked changes) listed in Chinese.

use docx_rs::{
    AbstractNumbering, Comment, Delete, Docx, IndentLevel, Insert, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Pic, Run, Start, Style, StyleType, Table,
    TableCell, TableRow,
};
use guanbiao_core::import_docx;
use guanbiao_core::model::{DocType, DocumentInput};

use super::fx;

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn text(t: &str) -> Run {
    Run::new().add_text(t)
}

fn pack(docx: Docx) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).unwrap();
    out.into_inner()
}

/// What an earlier consultant's document looks like: Word's heading
/// styles, a numbered and a bulleted list, a table with a merged cell.
fn consultant_docx() -> Vec<u8> {
    let level = |format: &str, text: &str| {
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
    };
    let cell = |t: &str| TableCell::new().add_paragraph(Paragraph::new().add_run(text(t)));
    let table = Table::new(vec![
        TableRow::new(vec![cell("部门"), cell("职责"), cell("备注")]),
        TableRow::new(vec![cell("研发"), cell("专利挖掘").grid_span(2)]),
    ]);
    pack(
        Docx::new()
            .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
            .add_style(Style::new("2", StyleType::Paragraph).name("标题 2"))
            .add_abstract_numbering(AbstractNumbering::new(7).add_level(level("decimal", "%1、")))
            .add_abstract_numbering(AbstractNumbering::new(8).add_level(level("bullet", "●")))
            .add_numbering(Numbering::new(7, 7))
            .add_numbering(Numbering::new(8, 8))
            .add_paragraph(Paragraph::new().style("Heading1").add_run(text("1 目的")))
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("为规范"))
                    .add_run(text("专利管理。")),
            )
            .add_paragraph(Paragraph::new())
            .add_paragraph(Paragraph::new().style("2").add_run(text("1.1 职责")))
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("申请"))
                    .numbering(NumberingId::new(7), IndentLevel::new(0)),
            )
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("答复"))
                    .numbering(NumberingId::new(7), IndentLevel::new(0)),
            )
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("年费"))
                    .numbering(NumberingId::new(8), IndentLevel::new(0)),
            )
            .add_table(table)
            .add_paragraph(Paragraph::new().outline_lvl(2).add_run(text("附则"))),
    )
}

#[test]
fn an_outside_document_reads_as_headings_lists_and_tables() {
    let read = import_docx::read(&consultant_docx()).unwrap();
    assert_eq!(
        read.text,
        "# 1 目的\n\n为规范专利管理。\n\n## 1.1 职责\n\n1. 申请\n2. 答复\n\n- 年费\n\n| 部门 | 职责 | 备注 |\n| --- | --- | --- |\n| 研发 | 专利挖掘 |  |\n\n### 附则\n"
    );
    assert_eq!(
        read.unsupported,
        vec!["合并单元格 1 处：已拆为普通单元格，文字在合并区域的第一格"]
    );
    assert_eq!(read.source, None);
}

#[test]
fn pictures_comments_and_tracked_changes_are_listed_never_dropped_silently() {
    let comment = Comment::new(1)
        .author("审核人")
        .date("2026-12-01T00:00:00Z")
        .add_paragraph(Paragraph::new().add_run(text("请补充期限")));
    let bytes = pack(
        Docx::new()
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("专利申请前"))
                    .add_insert(
                        Insert::new(text("应当"))
                            .author("甲")
                            .date("2026-12-01T00:00:00Z"),
                    )
                    .add_delete(
                        Delete::new()
                            .author("甲")
                            .date("2026-12-01T00:00:00Z")
                            .add_run(Run::new().add_delete_text("可以")),
                    )
                    .add_run(text("进行检索。")),
            )
            .add_paragraph(
                Paragraph::new()
                    .add_comment_start(comment)
                    .add_run(text("检索报告存档。"))
                    .add_comment_end(1),
            )
            .add_paragraph(
                Paragraph::new().add_run(Run::new().add_image(Pic::new_with_dimensions(
                    PNG.to_vec(),
                    1,
                    1,
                ))),
            )
            .add_paragraph(
                Paragraph::new()
                    .add_run(text("流程图如上。"))
                    .add_run(Run::new().add_image(Pic::new_with_dimensions(PNG.to_vec(), 1, 1))),
            ),
    );
    let read = import_docx::read(&bytes).unwrap();
    // Tracked changes read as accepted: the insertion in, the deletion out.
    assert_eq!(
        read.text,
        "专利申请前应当进行检索。\n\n检索报告存档。\n\n流程图如上。\n"
    );
    assert_eq!(
        read.unsupported,
        vec![
            "图片 2 张（未导入）",
            "批注 1 条（未导入）",
            "修订痕迹（插入 1 处、删除 1 处）：按接受全部修订后的文本导入",
        ]
    );
}

#[test]
fn an_enterprise_document_comes_in_as_a_new_document_of_the_set() {
    let mut f = fx();
    let before = f.p.documents().unwrap().len();
    let input = DocumentInput {
        doc_type: Some(DocType::Procedure),
        title: "专利挖掘控制程序".into(),
        clauses: vec!["7.2".into()],
        ..Default::default()
    };
    let doc =
        f.p.import_new_document(&f.std, &input, &consultant_docx())
            .unwrap();
    assert_eq!(f.p.documents().unwrap().len(), before + 1);
    assert_eq!(doc.code, "IP-CX-27");
    assert_eq!(doc.title, "专利挖掘控制程序");
    let draft = doc.working.unwrap();
    assert_eq!(draft.version, "A/0");
    assert!(draft.content.starts_with("# 1 目的\n\n为规范专利管理。"));

    // Not a Word file: refused, nothing registered.
    let e =
        f.p.import_new_document(&f.std, &input, b"not a docx")
            .unwrap_err();
    assert!(e.message.contains("不是 .docx 文件"), "{}", e.message);
    let empty = pack(Docx::new().add_paragraph(Paragraph::new()));
    let e = f.p.import_new_document(&f.std, &input, &empty).unwrap_err();
    assert!(e.message.contains("没有可导入的文字"), "{}", e.message);
    assert_eq!(f.p.documents().unwrap().len(), before + 1);
}
