//! 帮助 from every page: the header's button or F1 opens the glossary over
//! the page that is open, a search finds a word in its explanation, and
//! closing it leaves the page as it was.

use std::time::Duration;

use guanbiao_e2e::App;

const T: Duration = Duration::from_secs(15);

#[test]
fn the_glossary_opens_from_any_page_and_finds_a_word() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    app.set_window_size(1024, 640);

    s.click_css("[data-testid=nav-documents]").unwrap();
    s.wait("[data-testid=help-open]", T).unwrap();
    app.shot("help-00-header-1024");
    s.click_css("[data-testid=help-open]").unwrap();
    s.wait("[data-testid=help-drawer] [data-testid=help-term]", T)
        .unwrap();
    let all = s.find_all("[data-testid=help-term]").unwrap();
    assert!(all.len() >= 30, "the whole glossary: {}", all.len());
    let search = s.wait("[data-testid=help-drawer] input", T).unwrap();
    s.send_keys(&search, "防止").unwrap();
    let found = s
        .wait_text("[data-testid=help-drawer]", "纠正措施", T)
        .unwrap();
    assert!(found.contains("防止问题再次发生"), "{found}");
    let shown = s.find_all("[data-testid=help-term]").unwrap();
    assert!(
        !shown.is_empty() && shown.len() < all.len(),
        "the search narrows the list: {} of {}",
        shown.len(),
        all.len()
    );
    std::thread::sleep(Duration::from_millis(400));
    app.shot("help-01-glossary-1024");
    s.execute(
        "document.querySelector('[data-testid=help-drawer] .ant-drawer-close').click();",
        serde_json::json!([]),
    )
    .unwrap();
    s.wait_gone("[data-testid=help-drawer]", T).unwrap();
    s.wait("[data-testid=nav-documents]", T).unwrap();

    // F1 from another page.
    s.click_css("[data-testid=nav-people]").unwrap();
    s.execute(
        "document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'F1', bubbles: true}));",
        serde_json::json!([]),
    )
    .unwrap();
    s.wait_text("[data-testid=help-drawer]", "管理评审", T)
        .unwrap();
}
