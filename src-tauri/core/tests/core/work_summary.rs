//! 贯标工作总结 as the user rewrote it: a section they change is printed in
//! the package instead of the text written from the records, kept in the
//! change history, and flagged when the records move on (not merely when the
//! day does: the text counts days); the section follows the records again
//! when reset, or when the user's text is the generated one.

use crate::pdf_tools;

use chrono::Duration;
use guanbiao_core::model::OperationProblemInput;
use guanbiao_core::{demo, export, ErrorCode};

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the PDF with poppler-utils, which wine cannot hand output back from"
)]
fn an_edited_section_is_printed_kept_and_flagged_when_the_records_change() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let today = guanbiao_core::dates::today();

    let sections = p.work_summary(today).unwrap();
    assert_eq!(sections.len(), 5);
    assert!(sections
        .iter()
        .all(|s| s.edited.is_none() && !s.records_changed));
    // (四) counts the days run up to today: the section to test day-proofing on.
    let operation = sections[3].clone();
    assert!(operation.title.contains("体系运行"), "{}", operation.title);
    assert!(
        operation.generated.contains("已运行"),
        "{}",
        operation.generated
    );

    // The generated text saved as it is: no edit.
    let same = p
        .save_summary_section(&operation.title, &operation.generated, today)
        .unwrap();
    assert_eq!(same[3].edited, None);

    let mine = "  体系自发布之日起运行良好，各部门按程序文件开展工作。\r\n\r\n运行中发现的问题均已整改。  ";
    let saved = p
        .save_summary_section(&operation.title, mine, today)
        .unwrap();
    assert_eq!(
        saved[3].edited.as_deref(),
        Some("体系自发布之日起运行良好，各部门按程序文件开展工作。\n\n运行中发现的问题均已整改。")
    );
    assert!(!saved[3].records_changed);
    assert!(saved[3].updated_at.is_some());
    assert!(saved[..3].iter().all(|s| s.edited.is_none()));

    // A month later with the same records: the generated text counts more
    // days, but nothing the user wrote about has changed.
    let later = p.work_summary(today + Duration::days(30)).unwrap();
    assert_ne!(
        later[3].generated, operation.generated,
        "the day count moved"
    );
    assert!(!later[3].records_changed);

    // The package prints the user's text, not the generated sentence.
    let pdf = dir.path().join("申报材料.pdf");
    std::fs::write(&pdf, export::application_pdf(&p, None).unwrap()).unwrap();
    let text = pdf_tools::squeeze(&pdf_tools::text_of(&pdf));
    assert!(
        text.contains("运行中发现的问题均已整改。"),
        "the user's text is printed"
    );
    assert!(text.contains("体系自发布之日起运行良好"));
    assert!(
        !text.contains("运行期间按月检查"),
        "the generated sentence of the edited section is not"
    );
    assert!(
        text.contains(&pdf_tools::squeeze(
            &sections[0].generated.chars().take(20).collect::<String>()
        )),
        "the other sections still follow the records"
    );

    // A new problem recorded: the records moved on, the user is told.
    p.save_operation_problem(
        None,
        &OperationProblemInput {
            found_on: Some(today),
            department_id: None,
            clause: None,
            description: "专利年费缴纳提醒未及时发出".into(),
            resolution: String::new(),
            resolved_on: None,
        },
    )
    .unwrap();
    let changed = p.work_summary(today).unwrap();
    assert!(changed[3].records_changed);
    assert!(
        changed[3].edited.is_some(),
        "the user's text stays until they act"
    );

    // Kept in the change history, with what was written.
    let history = p.history_for("summary_edit", &operation.title).unwrap();
    assert!(!history.is_empty(), "the edit is in the change history");
    assert_eq!(history[0].entity_label, "贯标工作总结修改");

    // Empty text and an unknown section are refused; reset follows the records again.
    let e = p
        .save_summary_section(&operation.title, " \n ", today)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(e.message.contains("恢复自动生成"), "{}", e.message);
    let e = p
        .save_summary_section("（九）不存在", "内容", today)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let reset = p.reset_summary_section(&operation.title, today).unwrap();
    assert_eq!(reset[3].edited, None);
    assert!(!reset[3].records_changed);
}
