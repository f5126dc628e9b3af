//! Opening an attachment in the system's viewer: the viewer gets a copy under
//! the file's own name (its extension picks the program), read-only, inside the
//! data directory; the same copy serves the next opening, a copy changed in
//! the meantime is replaced, and content altered in the store is refused.

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::ErrorCode;

#[test]
fn the_viewer_gets_a_read_only_copy_under_the_files_own_name() {
    let data = tempfile::tempdir().unwrap();
    let src = data.path().join("签到表 3月.pdf");
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    std::fs::write(&src, &pdf).unwrap();
    let store = AttachmentStore::new(data.path());
    let stored = store.put(&src).unwrap();

    let copy = store
        .viewing_copy(&stored.sha256, &stored.file_name)
        .unwrap();
    assert_eq!(copy.file_name().unwrap(), "签到表 3月.pdf");
    assert!(copy.starts_with(data.path()), "{}", copy.display());
    assert_eq!(std::fs::read(&copy).unwrap(), pdf);
    assert!(std::fs::metadata(&copy).unwrap().permissions().readonly());

    // Opened again: the same file.
    assert_eq!(
        store
            .viewing_copy(&stored.sha256, &stored.file_name)
            .unwrap(),
        copy
    );

    // Changed in its viewer (made writable and saved): the next opening shows the project's content.
    let mut perms = std::fs::metadata(&copy).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&copy, perms).unwrap();
    std::fs::write(&copy, b"changed in the viewer").unwrap();
    let again = store
        .viewing_copy(&stored.sha256, &stored.file_name)
        .unwrap();
    assert_eq!(std::fs::read(&again).unwrap(), pdf);
    assert!(std::fs::metadata(&again).unwrap().permissions().readonly());

    // A hostile recorded name stays inside the data directory.
    let odd = store
        .viewing_copy(&stored.sha256, "..\\..\\evil.pdf")
        .unwrap();
    assert!(odd.starts_with(data.path()), "{}", odd.display());

    // The stored content altered on disk: refused, with what to do.
    let stored_path = store.path_of(&stored.sha256).unwrap();
    std::fs::write(&stored_path, b"tampered").unwrap();
    let e = store
        .viewing_copy(&stored.sha256, &stored.file_name)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    assert!(e.message.contains("更换"), "{}", e.message);
}
