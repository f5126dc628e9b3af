//! Records written through the commands themselves (not through a screen),
//! for tests whose subject is elsewhere: what the window shows of them.

use serde_json::json;

use crate::demo::ok;
use crate::Session;

/// A department named `name`; returns its id.
pub fn department(s: &Session, name: &str) -> i64 {
    let d = ok(s
        .invoke(
            "department_create",
            json!({"input": {"name": name, "code": "", "responsibilities": ""}}),
        )
        .unwrap());
    d["id"].as_i64().expect("department created")
}

/// A person without roles in `department_id`; returns their id.
pub fn person(s: &Session, name: &str, department_id: i64, position: &str, phone: &str) -> i64 {
    let p = ok(s
        .invoke(
            "person_create",
            json!({"input": {
                "name": name, "department_id": department_id, "position": position,
                "phone": phone, "email": "", "employee_no": "", "roles": []
            }}),
        )
        .unwrap());
    p["id"].as_i64().expect("person created")
}

/// Makes the open project follow the 2022 Shaanxi program (the shipped
/// template, as the project's own) and so the 2013 edition it accepts: the
/// story the tests of its deadline, subsidies and credits are told in. A new
/// project starts on today's edition with no program.
pub fn follow_shaanxi_2022(s: &Session) {
    let catalog = ok(s.invoke("catalog_get", json!({})).unwrap());
    let shaanxi = catalog["programs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "shaanxi-2022")
        .cloned()
        .expect("the shipped 2022 Shaanxi profile");
    ok(s.invoke("program_set", json!({"definition": shaanxi}))
        .unwrap());
    let profile = ok(s.invoke("profile_get", json!({})).unwrap());
    assert_eq!(profile["standard_edition"], "GB/T 29490-2013", "{profile}");
}
