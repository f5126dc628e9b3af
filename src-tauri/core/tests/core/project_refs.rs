//! Project references over real project files: drafts follow the project,
//! issued documents keep the text they were issued with and are flagged
//! when it would now read differently, a part no department plays is left
//! out, and each edition's set resolves every reference in the demo.

use std::path::Path;

use guanbiao_core::catalog::templates::OwnerKind;
use guanbiao_core::catalog::{self, StandardEdition};
use guanbiao_core::demo::{self, DemoStage, DemoStory};
use guanbiao_core::export::{self, revision_text};
use guanbiao_core::model::*;
use guanbiao_core::Project;

use crate::pdf_tools::text_of;
use crate::support::d;

/// The demo up to `stage` and the clause table it uses.
fn demo_at(dir: &Path, stage: DemoStage, story: DemoStory) -> (Project, StandardEdition) {
    let (p, _) = demo::create_story(&dir.join("demo.gbproj"), 1, stage, story).unwrap();
    let catalog = catalog::load().unwrap();
    let standard = p.program_and_standard(&catalog).unwrap().1.into_owned();
    (p, standard)
}

fn by_key(p: &Project, key: &str) -> Document {
    p.documents()
        .unwrap()
        .into_iter()
        .find(|d| !d.archived && d.template_key.as_deref() == Some(key))
        .unwrap()
}

/// Takes a draft through review and approval to publication on `on`.
fn publish(p: &mut Project, rev: i64, on: &str) -> Revision {
    p.submit_revision(
        rev,
        &RevisionSubmitInput {
            reviewer_id: None,
            approver_id: None,
        },
    )
    .unwrap();
    p.review_revision(
        rev,
        &RevisionReviewInput {
            on: d(on),
            passed: true,
        },
    )
    .unwrap();
    p.approve_revision(rev, d(on)).unwrap();
    p.publish_revision(rev, d(on)).unwrap()
}

fn rule(p: &mut Project, standard: &StandardEdition, title: &str, content: &str) -> Document {
    p.create_document(
        standard,
        &DocumentInput {
            doc_type: Some(DocType::Rule),
            title: title.into(),
            ..Default::default()
        },
        content,
        None,
        None,
    )
    .unwrap()
}

/// The text a document prints now (its published revision, else its draft).
fn printed(p: &Project, standard: &StandardEdition, doc: &Document) -> String {
    let refs = p.reference_context(standard).unwrap();
    let rev = doc.published.as_ref().or(doc.working.as_ref()).unwrap();
    revision_text::revision_text(&refs, standard, doc, rev)
}

fn pdf_text(dir: &Path, bytes: &[u8], name: &str) -> String {
    let f = dir.join(name);
    std::fs::write(&f, bytes).unwrap();
    text_of(&f)
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_changed_code_reaches_drafts_and_flags_issued_documents_never_rewriting_them() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, standard) = demo_at(dir.path(), DemoStage::System, DemoStory::Shaanxi2022);
    let p02 = by_key(&p, "P02");
    let old_code = p02.code.clone();
    let text = "# 1 记录\n记录按{{文件:P02}}保存。\n编号：{{文件编号:P02}}\n";
    let issued = rule(&mut p, &standard, "记录引用制度", text);
    let first = publish(&mut p, issued.working.unwrap().id, "2022-06-01");
    let draft = rule(&mut p, &standard, "记录引用细则", text);
    let issued = p.document(issued.id).unwrap();
    assert!(!issued.references_changed);
    assert_eq!(
        first.issued_text.as_deref(),
        Some(
            format!("# 1 记录\n记录按《外来文件与记录控制程序》（{old_code}）保存。\n编号：{old_code}\n")
                .as_str()
        )
    );

    // The coding of P02 changes.
    let new_code = "QC-CX-92";
    p.update_document(
        &standard,
        p02.id,
        &DocumentInput {
            doc_type: Some(p02.doc_type),
            code: new_code.into(),
            title: p02.title.clone(),
            owner_department_id: p02.owner_department_id,
            clauses: p02.clauses.clone(),
            secrecy: Some(p02.secrecy),
            retention: p02.retention.clone(),
        },
    )
    .unwrap();
    let draft = p.document(draft.id).unwrap();
    let issued = p.document(issued.id).unwrap();
    let draft_text = printed(&p, &standard, &draft);
    assert!(
        draft_text.contains(&format!("《外来文件与记录控制程序》（{new_code}）")),
        "{draft_text}"
    );
    let issued_text = printed(&p, &standard, &issued);
    assert!(issued_text.contains(&old_code) && !issued_text.contains(new_code));
    assert!(
        issued.references_changed,
        "its text would now read otherwise"
    );
    assert!(!draft.references_changed);
    assert!(
        p.documents()
            .unwrap()
            .iter()
            .filter(|d| d.references_changed)
            .all(|d| d
                .published
                .as_ref()
                .and_then(|r| r.issued_text.as_deref())
                .is_some_and(|t| t.contains(&old_code))),
        "only documents whose issued text cites P02 are flagged"
    );
    // Printed alike: the issued PDF keeps the old code, the draft's has the new.
    let pdf = pdf_text(
        dir.path(),
        &export::document_pdf(&p, &standard, issued.id).unwrap(),
        "issued.pdf",
    );
    assert!(pdf.contains(&old_code) && !pdf.contains(new_code), "{pdf}");
    let pdf = pdf_text(
        dir.path(),
        &export::document_pdf(&p, &standard, draft.id).unwrap(),
        "draft.pdf",
    );
    assert!(pdf.contains(new_code), "{pdf}");

    // A new revision issued: it reads the new code, and the flag is gone;
    // the superseded one still prints as it was issued.
    let next = p.new_revision(issued.id, None).unwrap();
    let second = publish(&mut p, next.id, "2022-07-01");
    assert!(second.issued_text.unwrap().contains(new_code));
    let issued = p.document(issued.id).unwrap();
    assert!(!issued.references_changed);
    let refs = p.reference_context(&standard).unwrap();
    let old = p.revision(first.id).unwrap();
    assert_eq!(old.status, RevisionStatus::Obsolete);
    assert!(revision_text::project_text(&refs, &issued, &old).contains(&old_code));
}

/// The enterprise has no production: the demo's 生产部 becomes 外协管理部,
/// playing no part.
fn without_production(p: &mut Project) {
    let production = p
        .departments(false)
        .unwrap()
        .into_iter()
        .find(|d| d.parts.contains(&OwnerKind::ProductionDepartment))
        .unwrap();
    p.update_department(
        production.id,
        &DepartmentInput {
            name: "外协管理部".into(),
            code: production.code,
            responsibilities: "外协加工的合同管理".into(),
            parts: Vec::new(),
        },
    )
    .unwrap();
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn a_part_no_department_plays_is_left_out_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, standard) = demo_at(dir.path(), DemoStage::System, DemoStory::Shaanxi2022);
    without_production(&mut p);
    let text = "# 3 职责\n- {{部门:ip_department}}负责归口管理；\n- {{部门:production_department}}负责工艺改进中的知识产权保护；\n- {{部门:rd_department}}负责研发记录。\n\n| 部门 | 事项 |\n| --- | --- |\n| {{部门:production_department}} | 工艺保密 |\n| {{部门:sales_department}} | 展会审查 |\n\n{{部门:production_department}}负责委托加工合同的知识产权条款。\n文件发放至{{各部门}}。\n\n{{表:组织机构}}\n";
    let doc = rule(&mut p, &standard, "职责分配细则", text);
    let label = format!("{} 职责分配细则", doc.code);
    let r = p.reference_context(&standard).unwrap().render(&label, text);
    assert_eq!(
        r.dropped,
        [format!("{label}：无部门承担“生产”职能，略去 3 处")]
    );
    assert!(r.unresolved.is_empty(), "{:?}", r.unresolved);
    for gone in ["工艺改进", "工艺保密", "委托加工合同", "生产"] {
        assert!(!r.text.contains(gone), "{gone}:\n{}", r.text);
    }
    assert!(r.text.contains("- 知识产权部负责归口管理；"), "{}", r.text);
    assert!(r.text.contains("| 市场销售部 | 展会审查 |"), "{}", r.text);
    assert!(
        r.text.contains("外协管理部、"),
        "all departments: {}",
        r.text
    );
    assert!(
        r.text.contains("| 外协管理部 | "),
        "the organisation table lists it with no part: {}",
        r.text
    );
    // The preview and the PDF say the same.
    assert_eq!(p.render_references(&standard, text).unwrap().text, r.text);
    let pdf = pdf_text(
        dir.path(),
        &export::document_pdf(&p, &standard, doc.id).unwrap(),
        "parts.pdf",
    );
    assert!(
        pdf.contains("外协管理部") && !pdf.contains("工艺保密"),
        "{pdf}"
    );
}

#[test]
fn owners_are_assigned_by_part_not_by_name() {
    let (_dir, mut p) = crate::support::new_project();
    let mk = |p: &mut Project, name: &str, parts: &[OwnerKind]| {
        p.create_department(&DepartmentInput {
            name: name.into(),
            parts: parts.to_vec(),
            ..Default::default()
        })
        .unwrap()
        .id
    };
    let works = mk(&mut p, "一车间", &[OwnerKind::ProductionDepartment]);
    mk(&mut p, "生产部（筹）", &[]);
    let catalog = catalog::load().unwrap();
    let (program, standard) = p.program_and_standard(&catalog).unwrap();
    let report = p.generate_documents(&standard, &program).unwrap();
    assert_eq!(report.created, 94);
    let p22 = by_key(&p, "P22");
    assert_eq!(p22.owner_department_id, Some(works));
    // No department plays R&D: its procedure has no owner.
    assert_eq!(by_key(&p, "P20").owner_department_id, None);
}

/// A file as version 13 wrote it: departments without parts, an IP
/// department, and a revision published before issued texts were kept.
fn version_13_file(path: &Path) {
    let c = crate::support::file_at_version(path, 13);
    for name in [
        "知识产权部",
        "研发技术中心",
        "市场销售部",
        "行政中心",
        "总经理办公室",
    ] {
        c.execute(
            "INSERT INTO department (name, created_at, updated_at) VALUES (?1, '', '')",
            [name],
        )
        .unwrap();
    }
    c.execute(
        "UPDATE organisation SET lead_department_id = (SELECT id FROM department WHERE name = '行政中心')",
        [],
    )
    .unwrap();
    c.execute_batch(
        "INSERT INTO document (code, doc_type, title, secrecy, retention, created_at, updated_at)
           VALUES ('IP-ZD-01', 'rule', '旧制度', 'internal', '', '', '');
         INSERT INTO revision (document_id, version, status, content, published_on, created_at, updated_at)
           VALUES (1, 'A/0', 'published', '见{{各部门}}', '2022-05-18', '', '');",
    )
    .unwrap();
}

#[test]
fn an_older_file_gets_parts_from_its_department_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v13.gbproj");
    version_13_file(&path);
    let p = Project::open(&path).unwrap();
    let parts: Vec<(String, Vec<OwnerKind>)> = p
        .departments(false)
        .unwrap()
        .into_iter()
        .map(|d| (d.name, d.parts))
        .collect();
    use OwnerKind::*;
    let expect = |n: &str, k: &[OwnerKind]| (n.to_string(), k.to_vec());
    for want in [
        expect("知识产权部", &[IpDepartment]),
        expect("研发技术中心", &[RdDepartment]),
        expect("市场销售部", &[SalesDepartment]),
        // The IP department plays its part whatever its name.
        expect("行政中心", &[IpDepartment]),
        expect("总经理办公室", &[Office]),
    ] {
        assert!(parts.contains(&want), "{want:?} in {parts:?}");
    }
    let ip: Vec<String> = p
        .departments(false)
        .unwrap()
        .into_iter()
        .filter(|d| d.is_ip_department)
        .map(|d| d.name)
        .collect();
    assert_eq!(ip, ["行政中心"]);
    // Published before issued texts were kept: printed as it renders now, not flagged.
    let doc = p.document(1).unwrap();
    let rev = doc.published.clone().unwrap();
    assert_eq!(rev.issued_text, None);
    assert!(!doc.references_changed);
    let standard = p.own_standard().unwrap();
    let refs = p.reference_context(&standard).unwrap();
    assert!(revision_text::project_text(&refs, &doc, &rev).starts_with("见知识产权部、"));
    // The issued text, like the content, cannot be changed once published.
    drop(p);
    let c = rusqlite::Connection::open(&path).unwrap();
    let e = c
        .execute("UPDATE revision SET issued_text = 'x' WHERE id = 1", [])
        .unwrap_err();
    assert!(e.to_string().contains("已发布的版本不可修改"), "{e}");
}

#[test]
fn the_demo_issues_its_documents_as_they_read() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let docs = p.documents().unwrap();
    let published: Vec<_> = docs.iter().filter(|d| d.published.is_some()).collect();
    assert_eq!(published.len(), 94);
    for d in published {
        assert!(d.published.as_ref().unwrap().issued_text.is_some());
        assert!(!d.references_changed, "{} {}", d.code, d.title);
    }
}

/// Every document of an edition's set, generated for the demo: each
/// reference resolves and, the demo's departments playing every part,
/// nothing is left out; issued texts read as they render.
fn the_set_resolves_in_the_demo(story: DemoStory, count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let (p, standard) = demo_at(dir.path(), DemoStage::System, story);
    let refs = p.reference_context(&standard).unwrap();
    let docs: Vec<_> = p
        .documents()
        .unwrap()
        .into_iter()
        .filter(|d| !d.archived)
        .collect();
    assert_eq!(docs.len(), count);
    let mut problems = Vec::new();
    for d in &docs {
        let rev = d.published.as_ref().or(d.working.as_ref()).unwrap();
        let r = refs.render(&revision_text::document_label(d), &rev.content);
        problems.extend(r.unresolved);
        problems.extend(r.dropped);
        if d.references_changed {
            problems.push(format!("{} {}：引用已变更", d.code, d.title));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The set generated for the demo [`without_production`]: the generator reports what it left out, and no document
/// names a production department.
fn the_set_fits_a_demo_without_production(story: DemoStory) {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, standard) = demo_at(dir.path(), DemoStage::Organisation, story);
    without_production(&mut p);
    let catalog = catalog::load().unwrap();
    let program = p.program(&catalog).unwrap();
    let report = p.generate_documents(&standard, &program).unwrap();
    assert!(report.unresolved.is_empty(), "{:?}", report.unresolved);
    assert!(
        !report.dropped.is_empty() && report.dropped.iter().all(|m| m.contains("“生产”")),
        "{:?}",
        report.dropped
    );
    for d in p.documents().unwrap().iter().filter(|d| !d.archived) {
        let text = printed(&p, &standard, d);
        for word in ["生产部", "制造部", "{{部门:"] {
            assert!(
                !text.contains(word),
                "{} {} names “{word}”",
                d.code,
                d.title
            );
        }
    }
}

#[test]
fn the_2013_set_resolves_in_the_demo() {
    the_set_resolves_in_the_demo(DemoStory::Shaanxi2022, 94);
}

#[test]
fn the_2023_set_resolves_in_the_demo() {
    the_set_resolves_in_the_demo(DemoStory::Current2023, 105);
}

#[test]
fn the_2013_set_fits_a_demo_without_production() {
    the_set_fits_a_demo_without_production(DemoStory::Shaanxi2022);
}

#[test]
fn the_2023_set_fits_a_demo_without_production() {
    the_set_fits_a_demo_without_production(DemoStory::Current2023);
}
