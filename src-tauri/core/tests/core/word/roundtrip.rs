//! A document out to Word and back: one paragraph changed in the .docx
//! gives a new draft changing exactly that paragraph, its clause
//! references kept as markers everywhere else; a draft is replaced only by
//! a file exported from it; a file rewritten by LibreOffice reads back the
//! same.

use guanbiao_core::export;
use guanbiao_core::model::{
    DiffLine, RevisionEditInput, RevisionReviewInput, RevisionStatus, RevisionSubmitInput,
};
use guanbiao_core::text_diff::diff;

use super::{edit_part, fx, office, Fx};
use crate::support::d;

/// The paragraph as stored (a project reference to P02) and as printed.
const STORED: &str = "外来文件和记录的控制按{{文件:P02}}执行。";
const OLD: &str = "外来文件和记录的控制按《外来文件与记录控制程序》（IP-CX-02）执行。";
const NEW: &str =
    "外来文件和记录的控制按《外来文件与记录控制程序》（IP-CX-02）执行，每年评审一次。";

/// IP-CX-01 with clause references in a paragraph, a list item and a table
/// cell, published as A/1.
fn with_references(f: &mut Fx) -> i64 {
    let doc = f.doc("IP-CX-01");
    let draft = f.p.new_revision(doc.id, None).unwrap();
    let content = draft
        .content
        .replace(
            "# 2 适用范围\n",
            "# 2 适用范围\n本程序落实{{条款全称:4.2.2}}的要求。\n\n",
        )
        .replace(
            "批准部门管理制度和记录表单格式。",
            "批准部门管理制度和记录表单格式（{{条款:4.2.2}}）。",
        )
        .replace(
            "| 记录表单格式 | 主责部门 |",
            "| 记录表单格式（{{条款:4.2.4}}） | 主责部门 |",
        );
    assert_eq!(content.matches("{{条款").count(), 3);
    f.p.edit_revision(
        draft.id,
        &RevisionEditInput {
            content,
            change_note: "引用条款".into(),
        },
    )
    .unwrap();
    f.p.submit_revision(
        draft.id,
        &RevisionSubmitInput {
            reviewer_id: None,
            approver_id: None,
        },
    )
    .unwrap();
    f.p.review_revision(
        draft.id,
        &RevisionReviewInput {
            on: d("2022-06-01"),
            passed: true,
        },
    )
    .unwrap();
    f.p.approve_revision(draft.id, d("2022-06-02")).unwrap();
    f.p.publish_revision(draft.id, d("2022-06-03")).unwrap();
    doc.id
}

fn changes(old: &str, new: &str) -> Vec<DiffLine> {
    diff(old, new)
        .into_iter()
        .filter(|l| !matches!(l, DiffLine::Same(_)))
        .collect()
}

#[test]
fn one_paragraph_changed_in_word_is_one_paragraph_changed_in_the_new_draft() {
    let mut f = fx();
    let id = with_references(&mut f);
    let published = f.p.document(id).unwrap().published.unwrap();
    assert_eq!(published.version, "A/1");
    let bytes = export::document_docx(&f.p, &f.std, id).unwrap();

    // Untouched, the file says what the document says, markers and all.
    let same = f.p.preview_document_import(&f.std, id, &bytes).unwrap();
    assert!(
        same.unchanged,
        "{:?}",
        changes(&published.content, &same.text)
    );
    assert_eq!(same.text, published.content);
    assert!(same.unsupported.is_empty(), "{:?}", same.unsupported);

    // One paragraph edited in the file's XML, as Word would save it.
    let edited = edit_part(&bytes, "word/document.xml", |xml| {
        assert_eq!(xml.matches(OLD).count(), 1);
        xml.replace(OLD, NEW)
    });
    let preview = f.p.preview_document_import(&f.std, id, &edited).unwrap();
    assert!(!preview.unchanged);
    assert_eq!(preview.action, "保存为新草稿 A/2");
    assert_eq!(preview.refused, None);
    assert!(preview.warnings.is_empty(), "{:?}", preview.warnings);
    // The edited paragraph comes back as written; the rest keeps its markers.
    let expected = vec![
        DiffLine::Removed(STORED.into()),
        DiffLine::Added(NEW.into()),
    ];
    let shown: Vec<DiffLine> = preview
        .diff
        .iter()
        .filter(|l| !matches!(l, DiffLine::Same(_)))
        .cloned()
        .collect();
    assert_eq!(shown, expected);

    let draft = f.p.import_document_revision(&f.std, id, &edited).unwrap();
    assert_eq!(draft.version, "A/2");
    assert_eq!(draft.status, RevisionStatus::Draft);
    assert_eq!(changes(&published.content, &draft.content), expected);
    assert!(draft
        .content
        .contains("本程序落实{{条款全称:4.2.2}}的要求。"));
    assert!(draft.content.contains("（{{条款:4.2.2}}）"));
    assert!(draft.content.contains("| 记录表单格式（{{条款:4.2.4}}） |"));

    // The same file again would overwrite the new draft: refused.
    let again = f.p.preview_document_import(&f.std, id, &edited).unwrap();
    assert!(again
        .refused
        .as_deref()
        .unwrap_or("")
        .contains("已有草稿 A/2"));
    let e =
        f.p.import_document_revision(&f.std, id, &bytes)
            .unwrap_err();
    assert!(e.message.contains("已有草稿 A/2"), "{}", e.message);

    // The draft exported and edited replaces the draft's text.
    let draft_file = export::revision_docx(&f.p, &f.std, draft.id).unwrap();
    let edited = edit_part(&draft_file, "word/document.xml", |xml| {
        xml.replace(
            "体系文件每年结合管理评审至少评审一次",
            "体系文件每半年评审一次",
        )
    });
    let replaced = f.p.import_document_revision(&f.std, id, &edited).unwrap();
    assert_eq!(replaced.id, draft.id);
    assert_eq!(
        changes(&draft.content, &replaced.content),
        vec![
            DiffLine::Removed(
                "1. 体系文件每年结合管理评审至少评审一次，评价其适宜性和有效性。".into()
            ),
            DiffLine::Added("1. 体系文件每半年评审一次，评价其适宜性和有效性。".into()),
        ]
    );
    let e =
        f.p.import_document_revision(&f.std, id, &edited)
            .unwrap_err();
    assert!(e.message.contains("没有需要保存的修改"), "{}", e.message);
}

#[test]
fn a_file_from_another_document_is_flagged_before_saving() {
    let f = fx();
    let other = f.doc("IP-CX-02");
    let bytes = export::document_docx(&f.p, &f.std, other.id).unwrap();
    let target = f.doc("IP-CX-03");
    let preview =
        f.p.preview_document_import(&f.std, target.id, &bytes)
            .unwrap();
    assert_eq!(
        preview.warnings,
        vec!["这份 Word 文件导出自 IP-CX-02，不是 IP-CX-03（法律法规和其他要求控制程序）"]
    );
    assert!(!preview.unchanged);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_file_saved_again_by_libreoffice_reads_back_unchanged() {
    if !office::available("a_file_saved_again_by_libreoffice_reads_back_unchanged") {
        return;
    }
    let mut f = fx();
    let id = with_references(&mut f);
    let published = f.p.document(id).unwrap().published.unwrap();
    let bytes = export::document_docx(&f.p, &f.std, id).unwrap();
    // LibreOffice rewrites every part as an editor does on saving.
    let src = f.write("out.docx", &bytes);
    let resaved = office::convert(&src, "docx:MS Word 2007 XML", "docx");
    let resaved = std::fs::read(resaved).unwrap();
    assert_ne!(resaved, bytes);
    let preview = f.p.preview_document_import(&f.std, id, &resaved).unwrap();
    assert!(
        preview.unchanged,
        "{:?}\n{}",
        changes(&published.content, &preview.text),
        preview.text
    );
}
