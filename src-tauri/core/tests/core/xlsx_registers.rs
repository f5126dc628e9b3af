//! The registers as Excel workbooks, read back with calamine (the reader
//! the roster import uses): one sheet named for the register, its title on
//! top, and every person and nonconformity of the demo in its rows.

use guanbiao_core::model::PersonQuery;
use guanbiao_core::{demo, export, tabular};

#[test]
fn the_three_registers_open_in_a_spreadsheet_with_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let out = dir.path().join("登记表 Excel");
    let written = export::registers_xlsx_to_dir(&p, &out).unwrap();
    assert_eq!(written.len(), 3, "{written:?}");

    let read = |title: &str| {
        let path = out.join(format!("{title}.xlsx"));
        assert!(written.contains(&path.display().to_string()), "{written:?}");
        tabular::read(&path, 10 << 20, "").unwrap()
    };
    let text = |rows: &[Vec<String>]| {
        rows.iter()
            .map(|r| r.join("\t"))
            .collect::<Vec<_>>()
            .join("\n")
    };

    let people = read("人员及角色登记表");
    assert_eq!(people[0][0], "人员及角色登记表");
    let all = text(&people);
    for person in p.people(&PersonQuery::default()).unwrap() {
        assert!(all.contains(&person.name), "{} is listed", person.name);
    }

    let training = read("培训登记表");
    assert_eq!(training[0][0], "培训登记表");
    assert!(training.len() > 5, "{}", text(&training));

    let ncs = read("不符合项及纠正措施登记表");
    let all = text(&ncs);
    let listed = p
        .nonconformities(None, p.audits().unwrap()[0].ends_on)
        .unwrap();
    assert!(!listed.is_empty());
    for n in listed {
        assert!(all.contains(&n.number), "{} is listed", n.number);
    }
}
