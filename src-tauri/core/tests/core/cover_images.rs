//! The optional cover logo and seal: chosen from PNG/JPEG files, drawn on
//! the application package's cover (logo above the title, seal stamped over
//! the date) and the 文件汇编's cover (logo), read back with pdfimages and
//! seen in a colour rendering; bad pictures refused in Chinese with nothing
//! stored; a picture whose file went missing reported while the export goes on.

use crate::pdf_tools;

use std::path::{Path, PathBuf};

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::model::CoverImageKind;
use guanbiao_core::{demo, export, ErrorCode, Project};
use pdf_tools::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn setup(dir: &Path) -> (Project, AttachmentStore) {
    std::env::set_var("SOURCE_DATE_EPOCH", "1661990400");
    let (p, _) = demo::create(&dir.join("demo.gbproj"), 1).unwrap();
    (p, AttachmentStore::new(&dir.join("data")))
}

/// `pdfimages -list` rows as (page, type, width, height).
fn images(file: &Path) -> Vec<(usize, String, u32, u32)> {
    tool("pdfimages", &["-list"], file)
        .lines()
        .skip(2)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (
                f[0].parse().unwrap(),
                f[2].to_string(),
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
            )
        })
        .collect()
}

/// Pixels of the page's top and bottom halves that `is` accepts.
fn count(page: &(usize, usize, Vec<u8>), is: impl Fn(u8, u8, u8) -> bool) -> (usize, usize) {
    let (w, h, px) = page;
    let mut halves = (0, 0);
    for (n, p) in px.chunks(3).enumerate() {
        if is(p[0], p[1], p[2]) {
            if n / w < h / 2 {
                halves.0 += 1;
            } else {
                halves.1 += 1;
            }
        }
    }
    halves
}

fn red(r: u8, g: u8, b: u8) -> bool {
    r > 170 && g < 110 && b < 110
}

fn blue(r: u8, g: u8, b: u8) -> bool {
    b > 120 && r < 80 && g < 120
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn the_logo_and_seal_are_drawn_on_the_covers() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, store) = setup(dir.path());
    let logo = p
        .set_cover_image(&store, CoverImageKind::Logo, &fixture("logo.jpg"))
        .unwrap();
    assert_eq!((logo.width, logo.height), (640, 200));
    assert_eq!(logo.attachment.media_type, "image/jpeg");
    let seal = p
        .set_cover_image(&store, CoverImageKind::Seal, &fixture("seal.png"))
        .unwrap();
    assert_eq!((seal.width, seal.height), (480, 480));
    // The screen's thumbnail: a small PNG as a data URL ("iVBORw0KGgo" is
    // the PNG signature in base64).
    let thumb = p
        .cover_image_preview(&store, CoverImageKind::Seal)
        .unwrap()
        .expect("a seal is set");
    assert!(thumb.starts_with("data:image/png;base64,iVBORw0KGgo"));
    assert!(thumb.len() < 120_000, "{} bytes", thumb.len());
    let kinds: Vec<_> = p.cover_images().unwrap().iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [CoverImageKind::Logo, CoverImageKind::Seal]);

    let app = dir.path().join("app.pdf");
    let bytes = export::application_pdf(&p, Some(&store)).unwrap();
    std::fs::write(&app, &bytes).unwrap();
    assert_valid(&app);
    // Logo (RGB, scaled to 600 px wide), seal (RGB with its alpha as a soft mask).
    let list = images(&app);
    assert_eq!(
        list,
        [
            (1, "image".into(), 600, 188),
            (1, "image".into(), 480, 480),
            (1, "smask".into(), 480, 480),
        ]
    );
    assert!(page_text(&app, 1).contains("申报单位（盖章）"));
    // Blue logo in the top half, red seal in the bottom half.
    let page = render_rgb(&app, 1, 50);
    let (blue_top, blue_bottom) = count(&page, blue);
    let (red_top, red_bottom) = count(&page, red);
    assert!(
        blue_top > 200 && blue_bottom == 0,
        "logo: {blue_top}/{blue_bottom}"
    );
    assert!(
        red_bottom > 300 && red_top == 0,
        "seal: {red_top}/{red_bottom}"
    );
    // The same project gives the same bytes.
    assert_eq!(export::application_pdf(&p, Some(&store)).unwrap(), bytes);

    // The volume carries the logo only.
    let vol = dir.path().join("vol.pdf");
    std::fs::write(
        &vol,
        export::compilation_pdf(&p, &edition(&p), Some(&store)).unwrap(),
    )
    .unwrap();
    assert_valid(&vol);
    assert_eq!(images(&vol), [(1, "image".into(), 600, 188)]);

    // Replacing and removing.
    let logo2 = p
        .set_cover_image(&store, CoverImageKind::Logo, &fixture("seal.png"))
        .unwrap();
    assert_eq!(logo2.attachment.file_name, "seal.png");
    assert_eq!(p.cover_images().unwrap().len(), 2);
    p.clear_cover_image(CoverImageKind::Logo).unwrap();
    p.clear_cover_image(CoverImageKind::Seal).unwrap();
    assert!(p.cover_images().unwrap().is_empty());
    assert_eq!(
        p.cover_image_preview(&store, CoverImageKind::Seal).unwrap(),
        None
    );
    std::fs::write(&app, export::application_pdf(&p, Some(&store)).unwrap()).unwrap();
    assert!(images(&app).is_empty());
    let text = page_text(&app, 1);
    assert!(
        text.contains("申报单位") && !text.contains("盖章"),
        "{text}"
    );
}

#[test]
fn a_bad_picture_is_refused_in_chinese_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, store) = setup(dir.path());
    let seal = std::fs::read(fixture("seal.png")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "notes.png",
            "这不是图片".as_bytes().to_vec(),
            "只支持 PNG 或 JPEG",
        ),
        (
            "anim.gif",
            b"GIF89a\x01\x00\x01\x00".to_vec(),
            "只支持 PNG 或 JPEG",
        ),
        ("cut.png", seal[..seal.len() / 2].to_vec(), "图片无法读取"),
        (
            "broken.jpg",
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J'],
            "图片无法读取",
        ),
        ("empty.png", Vec::new(), "只支持 PNG 或 JPEG"),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let e = p
            .set_cover_image(&store, CoverImageKind::Seal, &path)
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{name}: {}", e.message);
        assert!(e.message.contains(expected), "{name}: {}", e.message);
    }
    let e = p
        .set_cover_image(
            &store,
            CoverImageKind::Logo,
            &dir.path().join("nowhere.png"),
        )
        .unwrap_err();
    assert!(e.message.contains("无法读取图片"), "{}", e.message);
    assert!(p.cover_images().unwrap().is_empty());
    assert!(
        !dir.path().join("data/attachments").exists(),
        "nothing reached the store"
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_picture_whose_file_is_missing_is_reported_and_the_export_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, store) = setup(dir.path());
    let logo = p
        .set_cover_image(&store, CoverImageKind::Logo, &fixture("logo.jpg"))
        .unwrap();
    std::fs::remove_file(store.path_of(&logo.attachment.sha256).unwrap()).unwrap();
    let out = dir.path().join("out");
    let r = export::export_package(
        &p,
        Some(&store),
        &out,
        Default::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    assert!(
        r.missing
            .iter()
            .any(|m| m == "封面图片·企业标志（logo.jpg）"),
        "{:?}",
        r.missing
    );
    assert!(images(&r.application_path).is_empty());
    // Another computer without the data directory: the same.
    let bytes = export::application_pdf(&p, None).unwrap();
    let app = dir.path().join("app.pdf");
    std::fs::write(&app, bytes).unwrap();
    assert!(images(&app).is_empty());
}

/// The project's edition (what the volume's clause references render from).
fn edition(p: &Project) -> guanbiao_core::catalog::StandardEdition {
    let catalog = guanbiao_core::catalog::load().unwrap();
    p.program_and_standard(&catalog).unwrap().1.into_owned()
}
