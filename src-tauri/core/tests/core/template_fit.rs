//! The shipped sets fit any enterprise: documents are named by template key
//! and departments by the part they play, so the text follows the project;
//! nothing in a template names a concrete department or a code of its own.

use guanbiao_core::catalog::templates;
use guanbiao_core::project_refs;

/// Names of concrete departments (any one a kit might use).
const DEPARTMENT_NAMES: [&str; 18] = [
    "总经理办公室",
    "总经办",
    "办公室",
    "研发中心",
    "研发部",
    "技术部",
    "技术中心",
    "生产部",
    "制造部",
    "采购部",
    "供应部",
    "市场销售部",
    "销售部",
    "市场部",
    "人力资源部",
    "人事部",
    "财务部",
    "行政部",
];

/// Problems of one set, each as `KEY 第 n 行：…`.
fn misfits(code: &str) -> Vec<String> {
    let set = templates::for_edition(code).unwrap();
    // "gbt29490-2013" → "29490-2013", as the text writes it after "GB/T ".
    let own_code = code.trim_start_matches("gbt");
    let mut out = Vec::new();
    for t in &set {
        for (i, line) in t.body.lines().enumerate() {
            let at = |why: String| format!("{} 第 {} 行：{why}", t.key, i + 1);
            let plain = outside_markup(line);
            for name in DEPARTMENT_NAMES {
                if plain.contains(name) {
                    out.push(at(format!("写死的部门名称“{name}”")));
                }
            }
            if let Some(k) = literal_key(&plain) {
                out.push(at(format!("写死的文件键“{k}”，应写 {{{{文件:{k}}}}}")));
            }
            if plain.contains(own_code) {
                out.push(at("写死的标准编号，应写 {{标准}} 或 {{标准编号}}".into()));
            }
            if plain.contains("无删减") {
                out.push(at("写死的“无删减”，应写 {{删减说明}}".into()));
            }
        }
        let (_, problems) = project_refs::scan(&t.body);
        out.extend(
            problems
                .into_iter()
                .map(|(l, p)| format!("{} 第 {l} 行：{p}", t.key)),
        );
    }
    let f01 = set.iter().find(|t| t.key == "F01").unwrap();
    for p in ["{{知识产权方针}}", "{{知识产权目标}}"] {
        if !f01.body.contains(p) {
            out.push(format!("F01 不取项目的方针和目标：缺少 {p}"));
        }
    }
    if f01.body.contains("不少于") {
        out.push("F01 写死了数量目标（“不少于…”）".into());
    }
    let m01 = set.iter().find(|t| t.key == "M01").unwrap();
    for p in ["{{删减说明}}", "{{表:组织机构}}", "{{表:职能分配表}}"] {
        if !m01.body.contains(p) {
            out.push(format!("M01 缺少 {p}"));
        }
    }
    let p01 = set.iter().find(|t| t.key == "P01").unwrap();
    if !p01.body.contains("{{表:文件编号规则}}") {
        out.push("P01 的编号规则表应为 {{表:文件编号规则}}".into());
    }
    out
}

/// The line with every `{{…}}` taken out.
fn outside_markup(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        out.push(' ');
        match rest[open..].find("}}") {
            Some(close) => rest = &rest[open + close + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// A template key written as text: `（P02）` or a table cell `| R01 |`.
fn literal_key(plain: &str) -> Option<String> {
    let chars: Vec<char> = plain.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if !matches!(c, 'F' | 'M' | 'P' | 'R') {
            continue;
        }
        let digits: String = chars[i + 1..]
            .iter()
            .take_while(|d| d.is_ascii_digit())
            .collect();
        if digits.len() != 2 {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 3).copied();
        let wrapped =
            matches!(before, Some('（') | Some('(')) && matches!(after, Some('）') | Some(')'));
        let cell = plain.trim_start().starts_with('|')
            && before.is_some_and(|b| b == ' ' || b == '|')
            && after.is_none_or(|a| a == ' ' || a == '|');
        let word = before.is_some_and(|b| b.is_ascii_alphanumeric());
        if (wrapped || cell) && !word {
            return Some(format!("{c}{digits}"));
        }
    }
    None
}

fn assert_fits(code: &str) {
    let found = misfits(code);
    assert!(
        found.is_empty(),
        "{code}：{} 处\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_2013_set_fits_any_enterprise() {
    assert_fits("gbt29490-2013");
}

#[test]
fn the_2023_set_fits_any_enterprise() {
    assert_fits("gbt29490-2023");
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(literal_key("见《文件控制程序》（P01）"), Some("P01".into()));
    assert_eq!(
        literal_key("| R01 | 受控文件清单 | 长期 |"),
        Some("R01".into())
    );
    assert_eq!(literal_key("版本 A/0，ISO 9001，GB/T 29490-2013"), None);
    assert_eq!(literal_key("| 程序文件 | P加两位顺序号 | AP01 |"), None);
    assert_eq!(
        outside_markup("{{部门:rd_department}}与研发部"),
        " 与研发部"
    );
}
