//! 批量操作 on the document register through the real window (#18): every
//! document of the demo selected across the list's pages, approved in one
//! go, and the one the core refuses reported with the single step's reason.

use std::time::Duration;

use chrono::{Days, Local};
use guanbiao_core::model::{RevisionReviewInput, RevisionSubmitInput};
use guanbiao_e2e::{ok, open_demo, App};
use serde_json::json;

const T: Duration = Duration::from_secs(20);

#[test]
fn a_batch_approval_reports_the_one_refused_and_why() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    app.set_window_size(1280, 720);
    let today = Local::now().date_naive();
    let late = today.checked_add_days(Days::new(30)).unwrap();
    // Every issued document revised and reviewed yesterday, but one reviewed
    // a month from now: approving it today is refused.
    let mut refused = None;
    let mut count = 0;
    open_demo(&app, files.path(), |p| {
        let docs: Vec<_> = p
            .documents()
            .unwrap()
            .into_iter()
            .filter(|d| !d.archived && d.published.is_some() && d.working.is_none())
            .collect();
        for (i, d) in docs.iter().enumerate() {
            let rev = p.new_revision(d.id, None).unwrap();
            p.submit_revision(rev.id, &RevisionSubmitInput::default())
                .unwrap();
            let on = if i == 5 {
                refused = Some((d.id, d.code.clone(), d.title.clone(), rev.id));
                late
            } else {
                today.pred_opt().unwrap()
            };
            p.review_revision(
                rev.id,
                &RevisionReviewInput {
                    on: Some(on),
                    passed: true,
                },
            )
            .unwrap();
        }
        count = docs.len();
    });
    let (refused_id, code, title, refused_rev) = refused.expect("the demo has documents");
    assert!(count > 20, "more documents than a page: {count}");
    let s = &app.session;

    s.click_css("[data-testid=nav-documents]").unwrap();
    s.wait_text("[data-testid=document-table]", &code, T).unwrap();
    // One row ticked, then every document of the list (all pages).
    s.click_css(&format!(
        "[data-testid=document-table] tr[data-row-key=\"{refused_id}\"] .ant-checkbox-wrapper"
    ))
    .unwrap();
    s.wait_text("[data-testid=batch-selected]", "已选 1 份", T)
        .unwrap();
    s.click_css("[data-testid=batch-select-all]").unwrap();
    s.wait_text(
        "[data-testid=batch-selected]",
        &format!("已选 {count} 份"),
        T,
    )
    .unwrap();
    s.wait_text("[data-testid=batch-approve]", &format!("批准 ({count})"), T)
        .unwrap();
    let submit = s.find("[data-testid=batch-submit]").unwrap();
    assert_eq!(s.property(&submit, "disabled").unwrap(), json!(true));
    // The rows' checkmarks animate in.
    std::thread::sleep(Duration::from_millis(500));
    app.shot("60-batch-bar");

    s.click_css("[data-testid=batch-approve]").unwrap();
    s.wait("[data-testid=batch-confirm]", T).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    app.shot("61-batch-approve-modal");
    s.click_css("[data-testid=batch-confirm]").unwrap();
    s.wait("[data-testid=batch-result]", Duration::from_secs(180))
        .unwrap();
    s.wait_text(
        "[data-testid=batch-result-summary]",
        &format!("{} 份已批准；1 份未通过", count - 1),
        T,
    )
    .unwrap();
    // The refusal is the one the single step gives, named by code and title.
    let single = s
        .invoke(
            "revision_approve",
            json!({"id": refused_rev, "on": today.to_string()}),
        )
        .unwrap();
    let reason = single["err"]["message"].as_str().expect("refused").to_string();
    assert_eq!(reason, format!("批准日期 {today} 早于审核日期 {late}"));
    let line = s
        .wait_text(
            &format!("[data-testid=batch-refused-{refused_id}]"),
            &reason,
            T,
        )
        .unwrap();
    assert!(line.contains(&code) && line.contains(&title), "{line}");
    let ms = s
        .execute("return document.body.dataset.lastBatchMs;", json!([]))
        .unwrap();
    eprintln!("batch approval of {count} documents: {ms} ms in the window");
    app.shot("62-batch-result");

    // The selection stays; the counts follow the new states.
    s.click_css("[data-testid=batch-close]").unwrap();
    s.wait_gone("[data-testid=batch-modal]", T).unwrap();
    s.wait_text("[data-testid=batch-approve]", "批准 (1)", T)
        .unwrap();
    s.wait_text(
        "[data-testid=batch-publish]",
        &format!("发布 ({})", count - 1),
        T,
    )
    .unwrap();
    let docs = ok(s.invoke("document_list", json!({})).unwrap());
    let approved = docs
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["working"]["status"] == "approved")
        .count();
    assert_eq!(approved, count - 1);
}
