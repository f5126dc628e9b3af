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
    let mut first = 0;
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
        first = docs[0].id;
    });
    let (refused_id, code, title, refused_rev) = refused.expect("the demo has documents");
    assert!(count > 20, "more documents than a page: {count}");
    let s = &app.session;

    s.click_css("[data-testid=nav-documents]").unwrap();
    s.wait_text("[data-testid=document-table]", &code, T)
        .unwrap();
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
    let reason = single["err"]["message"]
        .as_str()
        .expect("refused")
        .to_string();
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
    std::thread::sleep(Duration::from_millis(800));
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

    // The same selection published (the one still in review is not at that
    // step, and left alone), then one copy each to 知识产权部.
    s.click_css("[data-testid=batch-publish]").unwrap();
    s.wait_text(
        "[data-testid=batch-modal]",
        "所选的另外 1 份不在这一步，不处理",
        T,
    )
    .unwrap();
    s.click_css("[data-testid=batch-confirm]").unwrap();
    s.wait_text(
        "[data-testid=batch-result-summary]",
        &format!("{} 份已发布", count - 1),
        Duration::from_secs(180),
    )
    .unwrap();
    let ms = s
        .execute("return document.body.dataset.lastBatchMs;", json!([]))
        .unwrap();
    eprintln!(
        "batch publication of {} documents: {ms} ms in the window",
        count - 1
    );
    s.click_css("[data-testid=batch-close]").unwrap();
    s.wait_gone("[data-testid=batch-modal]", T).unwrap();
    s.wait_text(
        "[data-testid=batch-distribute]",
        &format!("发放 ({count})"),
        T,
    )
    .unwrap();
    s.click_css("[data-testid=batch-distribute]").unwrap();
    app.pick_option("#batch_departments", "知识产权部");
    app.escape("#batch_departments");
    app.dropdowns_closed();
    std::thread::sleep(Duration::from_millis(300));
    app.shot("63-batch-distribute-modal");
    s.click_css("[data-testid=batch-confirm]").unwrap();
    s.wait_text(
        "[data-testid=batch-result-summary]",
        &format!("{} 份已发放；1 份无需发放", count - 1),
        Duration::from_secs(180),
    )
    .unwrap();
    let ms = s
        .execute("return document.body.dataset.lastBatchMs;", json!([]))
        .unwrap();
    eprintln!("batch distribution of {count} documents: {ms} ms in the window");
    s.wait_text(
        "[data-testid=batch-result-unchanged]",
        &format!("{code} {title} — 知识产权部 已持有该版本，未重复发放"),
        T,
    )
    .unwrap();
    // The list repaints after the batch: the screenshot waits for it.
    std::thread::sleep(Duration::from_millis(800));
    app.shot("64-batch-distribute-result");
    // A document published today has its copy; the one still at A/0 keeps
    // the copies it had (a department holding A/0 gets no second one).
    let copies = ok(s
        .invoke("distribution_list", json!({"documentId": first}))
        .unwrap());
    let last = copies.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["recipient"], "知识产权部", "{copies}");
    assert_eq!(last["issued_on"], today.to_string());
}
