//! Default annual targets in proportion to the enterprise: a start-up and a
//! large manufacturer get different, sensible numbers; a missing staff
//! count is said; nothing is saved by suggesting.

use guanbiao_core::model::{IpHoldings, SuggestedObjectives};
use guanbiao_core::{catalog, demo, Project};

use crate::support::new_project;

/// The targets suggested for a project whose profile has `staff` and `holdings`.
fn suggested(p: &mut Project, staff: Option<u32>, holdings: IpHoldings) -> SuggestedObjectives {
    let catalog = catalog::load().unwrap();
    let program = &catalog.programs[0];
    let mut prof = demo::profile(program);
    prof.staff_count = staff;
    prof.ip_holdings = holdings;
    p.save_profile(&prof, true, program).unwrap();
    p.suggested_objectives().unwrap()
}

#[test]
fn a_start_up_and_a_manufacturer_get_targets_of_their_size() {
    let (_d, mut p) = new_project();
    let before = p.document_settings().unwrap();
    let small = suggested(&mut p, Some(8), IpHoldings::default());
    assert!(
        small
            .text
            .contains("年度新增专利申请不少于1件；年度提交技术交底书不少于2份"),
        "{}",
        small.text
    );
    assert!(small.text.contains("完成主营产品（服务）商标注册申请"));
    assert!(small.text.contains("合同审查率100%") && small.text.contains("纠纷0起"));
    assert!(
        small.basis.contains("按职工人数 8 人、尚无有效专利") && small.basis.contains("微型企业档"),
        "{}",
        small.basis
    );

    let big = suggested(
        &mut p,
        Some(2000),
        IpHoldings {
            invention_patents: 40,
            utility_models: 150,
            design_patents: 20,
            trademarks: 15,
            software_copyrights: 5,
        },
    );
    assert!(
        big.text.contains(
            "年度新增专利申请不少于60件，其中发明专利申请不少于24件（发明占比不低于40%）"
        ),
        "{}",
        big.text
    );
    assert!(big.text.contains("技术交底书不少于90份"), "{}", big.text);
    assert!(big.text.contains("注册商标续展及时率100%") && big.text.contains("年费按期缴纳率100%"));
    assert!(
        big.basis.contains("职工人数 2000 人")
            && big
                .basis
                .contains("有效专利 210 件（发明 40 件、实用新型 150 件、外观设计 20 件）")
            && big.basis.contains("大型企业档"),
        "{}",
        big.basis
    );
    // Only suggested: the settings are as they were.
    assert_eq!(p.document_settings().unwrap(), before);
    // The text is what the settings take.
    let mut settings = before;
    settings.objectives = big.text.clone();
    assert_eq!(
        p.save_document_settings(&settings).unwrap().objectives,
        big.text
    );
}

#[test]
fn without_a_staff_count_the_register_is_used_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, counts) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let with_count = p.suggested_objectives().unwrap();
    assert!(
        with_count.basis.starts_with("按职工人数 80 人、研发人员 "),
        "{}",
        with_count.basis
    );
    // The demo without its staff count.
    let holdings = p.profile().unwrap().ip_holdings;
    let s = suggested(&mut p, None, holdings);
    let register = format!(
        "企业信息中未填写职工人数，暂按人员名册在册 {} 人估算",
        counts.people
    );
    assert!(s.basis.starts_with(&register), "{}", s.basis);
    // The demo's R&D centre counts as R&D staff; its 91 patents raise the estimate.
    assert!(s.basis.contains("研发人员 "), "{}", s.basis);
    assert!(s.basis.contains("有效专利 91 件"), "{}", s.basis);

    let (_d, mut empty) = new_project();
    let s = suggested(&mut empty, None, IpHoldings::default());
    assert!(
        s.basis
            .starts_with("企业信息中未填写职工人数，人员名册也为空，暂按微型企业档估算"),
        "{}",
        s.basis
    );
}
