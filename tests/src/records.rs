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
