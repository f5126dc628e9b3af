//! The enterprise profile, departments and people against a real project file.

use crate::support::{new_project as project, program};
use guanbiao_core::catalog;
use guanbiao_core::catalog::templates::OwnerKind;
use guanbiao_core::model::{DepartmentInput, PersonInput, PersonQuery, Qualification, Role};
use guanbiao_core::{ErrorCode, Project};

type Mutation = Box<dyn Fn(&mut guanbiao_core::model::EnterpriseProfile)>;

fn dep(p: &mut Project, name: &str) -> i64 {
    p.create_department(&DepartmentInput {
        name: name.into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn person(name: &str, dep: Option<i64>, roles: &[Role]) -> PersonInput {
    PersonInput {
        name: name.into(),
        department_id: dep,
        roles: roles.to_vec(),
        ..Default::default()
    }
}

#[test]
fn profile_with_bad_then_confirmed_credit_code() {
    let (_d, mut p) = project();
    let prog = program();
    let mut prof = guanbiao_core::demo::profile(&prog);
    prof.credit_code = "91350100M0001TGQXM".into();
    let e = p.save_profile(&prof, false, &prog).unwrap_err();
    assert_eq!(e.code, ErrorCode::NeedsConfirmation);
    assert!(e.message.contains("校验位不符"), "{}", e.message);
    assert_eq!(
        p.profile().unwrap().name,
        "",
        "nothing saved before confirmation"
    );

    let saved = p.save_profile(&prof, true, &prog).unwrap();
    assert!(saved.credit_code_confirmed);
    // Saving again with the same code keeps the confirmation without asking.
    let again = p.save_profile(&saved, false, &prog).unwrap();
    assert!(again.credit_code_confirmed);
    // A different failing code must be confirmed again.
    let mut other = again.clone();
    other.credit_code = "91310110666007217A".into();
    assert_eq!(
        p.save_profile(&other, false, &prog).unwrap_err().code,
        ErrorCode::NeedsConfirmation
    );
    // A valid code clears the flag.
    other.credit_code = "91310110666007217t".into();
    let valid = p.save_profile(&other, false, &prog).unwrap();
    assert_eq!(valid.credit_code, "91310110666007217T");
    assert!(!valid.credit_code_confirmed);
}

#[test]
fn profile_rejects_bad_fields_with_chinese_messages() {
    let (_d, mut p) = project();
    let prog = program();
    let good = guanbiao_core::demo::profile(&prog);
    let cases: Vec<(Mutation, &str)> = vec![
        (Box::new(|x| x.name = "  ".into()), "请填写企业名称"),
        (Box::new(|x| x.credit_code = "1234".into()), "18 位"),
        (
            Box::new(|x| x.contact_phone = "12345".into()),
            "联系电话格式不正确",
        ),
        (
            Box::new(|x| x.contact_email = "ip@".into()),
            "电子邮箱格式不正确",
        ),
        (
            Box::new(|x| x.city = "北京市".into()),
            "不在陕西省的城市列表中",
        ),
        (
            Box::new(|x| x.district = "雁塔区X".into()),
            "不是西安市下属的区县",
        ),
        (Box::new(|x| x.staff_count = Some(0)), "职工人数"),
        (Box::new(|x| x.name = "甲".repeat(101)), "企业名称过长"),
        (
            Box::new(|x| x.program_id = "mars-2099".into()),
            "未知的贯标计划",
        ),
    ];
    for (mutate, needle) in cases {
        let mut x = good.clone();
        mutate(&mut x);
        let e = p.save_profile(&x, true, &prog).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{needle}");
        assert!(
            e.message.contains(needle),
            "expected {needle:?} in {:?}",
            e.message
        );
    }
    let saved = p.save_profile(&good, false, &prog).unwrap();
    assert_eq!(saved.qualifications.len(), 3);
    assert!(saved.qualifications.contains(&Qualification::HighTech));
    assert_eq!(saved.ip_holdings.invention_patents, 18);
    assert!(!saved.updated_at.is_empty());
}

#[test]
fn departments_unique_names_edit_and_archive() {
    let (_d, mut p) = project();
    let rd = dep(&mut p, "研发部");
    let e = p
        .create_department(&DepartmentInput {
            name: " 研发部 ".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("已存在"));
    let e = p
        .create_department(&DepartmentInput::default())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);

    let rd_playing = |parts: &[OwnerKind]| DepartmentInput {
        name: "研发中心".into(),
        code: "YF".into(),
        responsibilities: "研发".into(),
        parts: parts.to_vec(),
    };
    let d = p
        .update_department(rd, &rd_playing(&[OwnerKind::RdDepartment]))
        .unwrap();
    assert_eq!((d.name.as_str(), d.code.as_str()), ("研发中心", "YF"));
    assert_eq!(d.parts, vec![OwnerKind::RdDepartment]);
    // Parts are kept once each, in the one order; removing one removes it.
    let d = p
        .update_department(
            rd,
            &rd_playing(&[
                OwnerKind::SalesDepartment,
                OwnerKind::RdDepartment,
                OwnerKind::SalesDepartment,
            ]),
        )
        .unwrap();
    assert_eq!(
        d.parts,
        vec![OwnerKind::RdDepartment, OwnerKind::SalesDepartment]
    );
    let d = p
        .update_department(rd, &rd_playing(&[OwnerKind::RdDepartment]))
        .unwrap();
    assert_eq!(d.parts, vec![OwnerKind::RdDepartment]);

    p.create_person(&person("张三", Some(rd), &[Role::DepartmentHead]))
        .unwrap();
    let e = p.archive_department(rd).unwrap_err();
    assert!(e.message.contains("还有 1 名在职人员"), "{}", e.message);

    let empty = dep(&mut p, "临时部");
    let archived = p.archive_department(empty).unwrap();
    assert!(archived.archived);
    assert_eq!(p.departments(false).unwrap().len(), 1);
    assert_eq!(p.departments(true).unwrap().len(), 2);
    // The archived name can be reused; restoring the old one then clashes.
    let again = dep(&mut p, "临时部");
    assert_eq!(
        p.restore_department(empty).unwrap_err().code,
        ErrorCode::Conflict
    );
    p.archive_department(again).unwrap();
    assert!(!p.restore_department(empty).unwrap().archived);
}

#[test]
fn unique_and_conflicting_roles() {
    let (_d, mut p) = project();
    let office = dep(&mut p, "总经办");
    let rd = dep(&mut p, "研发部");
    let boss = p
        .create_person(&person("王总", Some(office), &[Role::TopManager]))
        .unwrap();

    let e = p
        .create_person(&person("李总", Some(office), &[Role::TopManager]))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(
        e.message.contains("最高管理者已由 王总 担任"),
        "{}",
        e.message
    );

    let e = p
        .create_person(&person(
            "赵总",
            Some(office),
            &[Role::TopManager, Role::ManagementRepresentative],
        ))
        .unwrap_err();
    assert!(
        e.message.contains("不能同时担任管理者代表"),
        "{}",
        e.message
    );

    let rep = p
        .create_person(&person(
            "赵总",
            Some(office),
            &[Role::ManagementRepresentative],
        ))
        .unwrap();
    let e = p
        .create_person(&person("钱", Some(rd), &[Role::ManagementRepresentative]))
        .unwrap_err();
    assert!(
        e.message.contains("管理者代表已由 赵总 担任"),
        "{}",
        e.message
    );

    // Editing the holder itself is fine.
    let mut input = person(
        "王总经理",
        Some(office),
        &[Role::TopManager, Role::SeniorManager],
    );
    input.phone = "13800000000".into();
    assert_eq!(
        p.update_person(boss.id, &input).unwrap().roles,
        vec![Role::TopManager, Role::SeniorManager]
    );

    // One head per department; a head needs a department.
    p.create_person(&person("孙", Some(rd), &[Role::DepartmentHead]))
        .unwrap();
    let e = p
        .create_person(&person("周", Some(rd), &[Role::DepartmentHead]))
        .unwrap_err();
    assert!(e.message.contains("部门负责人已是 孙"), "{}", e.message);
    assert!(p
        .create_person(&person("吴", Some(office), &[Role::DepartmentHead]))
        .is_ok());
    let e = p
        .create_person(&person("郑", None, &[Role::DepartmentHead]))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);

    // Archiving frees the unique role; the archived holder is kept, and restoring clashes.
    p.archive_person(rep.id).unwrap();
    let new_rep = p
        .create_person(&person(
            "冯",
            Some(office),
            &[Role::ManagementRepresentative],
        ))
        .unwrap();
    assert_eq!(p.person(rep.id).unwrap().name, "赵总");
    let e = p.restore_person(rep.id).unwrap_err();
    assert!(
        e.message.contains("管理者代表已由 冯 担任"),
        "{}",
        e.message
    );
    assert_eq!(new_rep.roles, vec![Role::ManagementRepresentative]);
}

#[test]
fn people_validation_and_search() {
    let (_d, mut p) = project();
    let rd = dep(&mut p, "研发部");
    let mut bad = person("张三", Some(rd), &[]);
    bad.phone = "abc".into();
    assert!(p
        .create_person(&bad)
        .unwrap_err()
        .message
        .contains("电话格式不正确"));
    bad.phone = String::new();
    bad.email = "x@y".into();
    assert!(p
        .create_person(&bad)
        .unwrap_err()
        .message
        .contains("邮箱格式不正确"));
    let e = p
        .create_person(&person("李四", Some(424242), &[]))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let e = p.create_person(&person("", Some(rd), &[])).unwrap_err();
    assert!(e.message.contains("请填写姓名"));

    let mut a = person("张三", Some(rd), &[Role::RndStaff]);
    a.position = "高级工程师".into();
    let a = p.create_person(&a).unwrap();
    let b = p
        .create_person(&person("李四", None, &[Role::InternalAuditor]))
        .unwrap();
    assert_eq!(a.department_name.as_deref(), Some("研发部"));

    let find = |p: &Project, q: PersonQuery| {
        p.people(&q)
            .unwrap()
            .into_iter()
            .map(|x| x.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        find(
            &p,
            PersonQuery {
                search: "工程师".into(),
                ..Default::default()
            }
        ),
        ["张三"]
    );
    assert_eq!(
        find(
            &p,
            PersonQuery {
                search: "研发".into(),
                ..Default::default()
            }
        ),
        ["张三"]
    );
    assert_eq!(
        find(
            &p,
            PersonQuery {
                role: Some(Role::InternalAuditor),
                ..Default::default()
            }
        ),
        ["李四"]
    );
    assert_eq!(
        find(
            &p,
            PersonQuery {
                department_id: Some(rd),
                ..Default::default()
            }
        ),
        ["张三"]
    );
    assert_eq!(
        find(
            &p,
            PersonQuery {
                search: "%".into(),
                ..Default::default()
            }
        )
        .len(),
        2
    );

    p.archive_person(b.id).unwrap();
    assert_eq!(find(&p, PersonQuery::default()), ["张三"]);
    assert_eq!(
        find(
            &p,
            PersonQuery {
                include_archived: true,
                ..Default::default()
            }
        )
        .len(),
        2
    );
    let e = p
        .update_person(b.id, &person("李四", None, &[]))
        .unwrap_err();
    assert!(e.message.contains("已归档"));
}

#[test]
fn demo_enterprise_is_realistic_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let (p, counts) = guanbiao_core::demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    assert_eq!(counts.departments, 8);
    assert!((70..=90).contains(&counts.people), "{}", counts.people);
    let prof = p.profile().unwrap();
    assert_eq!(prof.name, guanbiao_core::demo::ENTERPRISE_NAME);
    assert_eq!(
        guanbiao_core::credit_code::check(&prof.credit_code),
        guanbiao_core::credit_code::CreditCodeCheck::Valid
    );
    for role in Role::ALL {
        let holders = p
            .people(&PersonQuery {
                role: Some(role),
                ..Default::default()
            })
            .unwrap();
        assert!(!holders.is_empty(), "{} is filled", role.label());
        if role.is_unique() {
            assert_eq!(holders.len(), 1, "{}", role.label());
        }
    }
    for d in p.departments(false).unwrap() {
        assert!(d.head_name.is_some(), "{} has a head", d.name);
    }
    let auditors = p
        .people(&PersonQuery {
            role: Some(Role::InternalAuditor),
            ..Default::default()
        })
        .unwrap();
    let mut deps: Vec<_> = auditors.iter().map(|a| a.department_id).collect();
    deps.dedup();
    assert!(deps.len() >= 2, "auditors come from several departments");

    // Stage one: training complete, organisation in place, a plan.
    let program = catalog::load().unwrap().programs.remove(0);
    let credits = p.credit_overview(&program).unwrap();
    assert_eq!(
        credits.threshold,
        Some(guanbiao_core::demo::DEMO_CREDIT_THRESHOLD)
    );
    assert!(credits.people.len() >= 15, "{}", credits.people.len());
    assert!(credits.missing.is_empty(), "{:?}", credits.missing);
    let cov = p.all_staff_coverage().unwrap();
    assert_eq!(cov.attended, cov.staff);
    assert!(p.training_sessions().unwrap().len() >= 4);
    assert!(p.auditor_overview().unwrap().can_plan_audit);
    let org = p.organisation().unwrap();
    assert!(org.warnings.is_empty(), "{:?}", org.warnings);
    assert!(org.members.len() >= 8);
    let plan = p.plan(&program, "2022-10-01".parse().unwrap()).unwrap();
    assert_eq!(plan.tasks.len(), 10);
    assert_eq!(
        plan.tasks
            .iter()
            .filter(|t| t.status != guanbiao_core::model::TaskStatus::Done)
            .count(),
        1
    );

    let (_, scaled) = guanbiao_core::demo::create(&dir.path().join("big.gbproj"), 3).unwrap();
    assert_eq!(scaled.departments, 24);
    assert_eq!(scaled.people, counts.people * 3);
}
