//! Rendering project references (see [`crate::project_refs`]) from a
//! [`RefContext`]: a pure function of the text and the project's data.
//! Placeholders and clause references are left for their own renderers.

use super::context::{RefContext, RefDepartment, Rendered};
use super::{parse, ProjectRef};
use crate::catalog::templates::OwnerKind;

/// A piece of a line: plain text, or one `{{…}}` with its name.
enum Seg<'a> {
    Text(&'a str),
    Markup { whole: &'a str, name: &'a str },
}

fn segments(line: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open + 2..].find("}}") else {
            break;
        };
        out.push(Seg::Text(&rest[..open]));
        let end = open + 2 + close + 2;
        out.push(Seg::Markup {
            whole: &rest[open..end],
            name: &rest[open + 2..open + 2 + close],
        });
        rest = &rest[end..];
    }
    out.push(Seg::Text(rest));
    out
}

fn refs<'a>(segs: &'a [Seg<'a>]) -> impl Iterator<Item = ProjectRef<'a>> + 'a {
    segs.iter().filter_map(|s| match s {
        Seg::Markup { name, .. } => parse(name).and_then(Result::ok),
        Seg::Text(_) => None,
    })
}

pub(super) fn is_row(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.ends_with('|') && t.len() > 1
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    is_row(t)
        && t.trim_matches('|').split('|').all(|c| {
            let c = c.trim();
            !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))
        })
}

/// A value put into a table cell: one line, no cell separator.
pub(super) fn cell(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("；")
        .replace('|', "｜")
}

/// The collected result while rendering one text.
struct Out<'c> {
    ctx: &'c RefContext,
    prefix: String,
    lines: Vec<String>,
    dropped: Vec<(OwnerKind, u32)>,
    unresolved: Vec<String>,
}

impl Out<'_> {
    fn unresolved(&mut self, why: String) {
        let m = format!("{}{why}", self.prefix);
        if !self.unresolved.contains(&m) {
            self.unresolved.push(m);
        }
    }

    /// The title a reference to a missing document still shows.
    fn missing_document(&mut self, key: &str) -> String {
        let title = self.ctx.template_title(key).unwrap_or(key).to_string();
        self.unresolved(format!("引用的文件《{title}》（{key}）不在本项目中"));
        title
    }

    /// Renders one source line (a per-department copy when `each`); a line
    /// naming a part no department plays is left out, unless it is a table's
    /// header (then the names are simply empty).
    fn line(&mut self, line: &str, each: Option<&RefDepartment>, header: bool) {
        let segs = segments(line);
        let mut missing: Vec<OwnerKind> = Vec::new();
        for r in refs(&segs) {
            if let ProjectRef::Department(k) = r {
                if self.ctx.playing(k).next().is_none() && !missing.contains(&k) {
                    missing.push(k);
                }
            }
        }
        if !missing.is_empty() && !header {
            for k in missing {
                match self.dropped.iter_mut().find(|(p, _)| *p == k) {
                    Some((_, n)) => *n += 1,
                    None => self.dropped.push((k, 1)),
                }
            }
            return;
        }
        let in_table = is_row(line);
        let mut out = String::with_capacity(line.len());
        for s in &segs {
            match s {
                Seg::Text(t) => out.push_str(t),
                Seg::Markup { whole, name } => {
                    let v = self.value(whole, name, each);
                    out.push_str(&if in_table { cell(&v) } else { v });
                }
            }
        }
        self.lines.push(out);
    }

    fn value(&mut self, whole: &str, name: &str, each: Option<&RefDepartment>) -> String {
        let ctx = self.ctx;
        let r = match parse(name) {
            None => return whole.to_string(),
            Some(Err(why)) => {
                self.unresolved(why);
                return whole.to_string();
            }
            Some(Ok(r)) => r,
        };
        match r {
            ProjectRef::Document(k) => match ctx.document(k) {
                Some(d) => format!("《{}》（{}）", d.title, d.code),
                None => format!("《{}》", self.missing_document(k)),
            },
            ProjectRef::DocumentCode(k) => match ctx.document(k) {
                Some(d) => d.code.clone(),
                None => {
                    self.missing_document(k);
                    "—".into()
                }
            },
            ProjectRef::DocumentTitle(k) => match ctx.document(k) {
                Some(d) => d.title.clone(),
                None => self.missing_document(k),
            },
            ProjectRef::Department(k) => names(ctx.playing(k)),
            ProjectRef::AllDepartments if ctx.departments.is_empty() => "各部门".into(),
            ProjectRef::AllDepartments => names(ctx.departments.iter()),
            ProjectRef::EachDepartment => each.map_or("各部门".into(), |d| d.name.clone()),
            ProjectRef::Standard => format!("{}《{}》", ctx.standard_code, ctx.standard_name),
            ProjectRef::StandardCode => ctx.standard_code.clone(),
            ProjectRef::Exclusions => exclusions(ctx),
            ProjectRef::Table(t) => {
                self.unresolved(format!("“{{{{表:{}}}}}”须单独成行", t.name()));
                whole.to_string()
            }
        }
    }
}

fn names<'a>(deps: impl Iterator<Item = &'a RefDepartment>) -> String {
    deps.map(|d| d.name.as_str()).collect::<Vec<_>>().join("、")
}

/// `{{删减说明}}`: 无删减, or each clause marked 不适用 with its reason
/// (clause references, rendered after).
fn exclusions(ctx: &RefContext) -> String {
    if ctx.exclusions.is_empty() {
        return "无删减。".into();
    }
    let items: Vec<String> = ctx
        .exclusions
        .iter()
        .map(|(k, why)| {
            let why = why.trim().trim_end_matches(['。', '；', ';']);
            format!("{{{{条款全称:{k}}}}}（理由：{why}）")
        })
        .collect();
    format!("以下条款不适用：{}。", items.join("；"))
}

/// The table a line holding only `{{表:…}}` names.
fn table_alone(line: &str) -> Option<super::TableRef> {
    let name = line.trim().strip_prefix("{{")?.strip_suffix("}}")?;
    match parse(name) {
        Some(Ok(ProjectRef::Table(t))) => Some(t),
        _ => None,
    }
}

impl RefContext {
    /// Renders the project references in `text`; `label` (e.g. the
    /// document's code and title) starts each message.
    pub fn render(&self, label: &str, text: &str) -> Rendered {
        let mut out = Out {
            ctx: self,
            prefix: if label.is_empty() {
                String::new()
            } else {
                format!("{label}：")
            },
            lines: Vec::new(),
            dropped: Vec::new(),
            unresolved: Vec::new(),
        };
        let src: Vec<&str> = text.lines().collect();
        for (i, line) in src.iter().enumerate() {
            if let Some(t) = table_alone(line) {
                out.lines.extend(self.table(t));
                continue;
            }
            let header = is_row(line) && src.get(i + 1).is_some_and(|n| is_separator(n));
            let per_department =
                is_row(line) && refs(&segments(line)).any(|r| r == ProjectRef::EachDepartment);
            if per_department && !header {
                for d in &self.departments {
                    out.line(line, Some(d), false);
                }
            } else {
                out.line(line, None, header);
            }
        }
        let mut text_out = out.lines.join("\n");
        if text.ends_with('\n') && !text_out.is_empty() {
            text_out.push('\n');
        }
        Rendered {
            text: text_out,
            dropped: out
                .dropped
                .iter()
                .map(|(k, n)| format!("{}无部门承担“{}”职能，略去 {n} 处", out.prefix, k.label()))
                .collect(),
            unresolved: out.unresolved,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{AllocationCell, AllocationRole};
    use crate::project_refs::context::RefDocument;

    fn dep(id: i64, name: &str, parts: &[OwnerKind]) -> RefDepartment {
        RefDepartment {
            id,
            name: name.into(),
            head: Some(format!("{name}负责人")),
            responsibilities: format!("{name}的职责"),
            parts: parts.to_vec(),
        }
    }

    pub(crate) fn ctx() -> RefContext {
        RefContext {
            documents: vec![RefDocument {
                key: "P02".into(),
                code: "IP-CX-02".into(),
                title: "外来文件与记录控制程序".into(),
            }],
            template_titles: vec![
                ("P02".into(), "外来文件与记录控制程序".into()),
                ("R12".into(), "知识产权评价表".into()),
            ],
            departments: vec![
                dep(1, "知识产权部", &[OwnerKind::IpDepartment]),
                dep(2, "技术中心", &[OwnerKind::RdDepartment]),
                dep(3, "综合部", &[OwnerKind::HrDepartment, OwnerKind::Office]),
                dep(4, "研究院", &[OwnerKind::RdDepartment]),
            ],
            code_prefix: "QC".into(),
            clauses: vec!["4.2.2".into(), "5.2".into()],
            allocation: vec![
                AllocationCell {
                    department_id: 1,
                    clause: "4.2.2".into(),
                    role: AllocationRole::Lead,
                },
                AllocationCell {
                    department_id: 3,
                    clause: "4.2.2".into(),
                    role: AllocationRole::Support,
                },
            ],
            exclusions: vec![],
            standard_code: "GB/T 29490-2013".into(),
            standard_name: "企业知识产权管理规范".into(),
        }
    }

    #[test]
    fn documents_render_title_and_code_and_missing_ones_are_reported() {
        let r = ctx().render(
            "P01 文件控制程序",
            "见{{文件:P02}}。\n| {{文件编号:P02}} | {{文件名称:P02}} |\n另见{{文件:R12}}，{{文件编号:R12}}。",
        );
        assert_eq!(
            r.text,
            "见《外来文件与记录控制程序》（IP-CX-02）。\n| IP-CX-02 | 外来文件与记录控制程序 |\n另见《知识产权评价表》，—。"
        );
        assert_eq!(
            r.unresolved,
            ["P01 文件控制程序：引用的文件《知识产权评价表》（R12）不在本项目中"]
        );
        assert!(r.dropped.is_empty());
    }

    #[test]
    fn departments_render_by_part_joined() {
        let r = ctx().render(
            "",
            "由{{部门:rd_department}}负责，{{部门:ip_department}}配合；{{各部门}}执行。\n",
        );
        assert_eq!(
            r.text,
            "由技术中心、研究院负责，知识产权部配合；知识产权部、技术中心、综合部、研究院执行。\n"
        );
    }

    #[test]
    fn a_part_nobody_plays_drops_its_row_item_or_line_and_says_so() {
        let text = "# 3 职责\n- {{部门:ip_department}}：归口管理；\n- {{部门:production_department}}：生产中的知识产权管理；\n1. {{部门:procurement_department}}负责采购合同。\n2. 其他。\n| 部门 | 职责 |\n| --- | --- |\n| {{部门:production_department}} | 生产 |\n| {{部门:office}} | 综合 |\n{{部门:production_department}}负责工艺保密。\n各部门执行。";
        let r = ctx().render("P22 生产控制程序", text);
        assert_eq!(
            r.text,
            "# 3 职责\n- 知识产权部：归口管理；\n2. 其他。\n| 部门 | 职责 |\n| --- | --- |\n| 综合部 | 综合 |\n各部门执行。"
        );
        assert_eq!(
            r.dropped,
            [
                "P22 生产控制程序：无部门承担“生产”职能，略去 3 处",
                "P22 生产控制程序：无部门承担“采购”职能，略去 1 处"
            ]
        );
        assert!(!r.text.contains("生产中的"));
    }

    #[test]
    fn a_header_row_is_never_dropped() {
        let r = ctx().render(
            "",
            "| 项目 | {{部门:sales_department}} |\n| --- | --- |\n| a | b |",
        );
        assert_eq!(r.text, "| 项目 |  |\n| --- | --- |\n| a | b |");
    }

    #[test]
    fn per_department_rows_repeat_and_cells_stay_cells() {
        let mut c = ctx();
        c.departments[2].name = "综合|部".into();
        let r = c.render(
            "",
            "| 部门 | 份数 |\n| --- | --- |\n| {{每个部门}} | 1 |\n| 合计 | |",
        );
        assert_eq!(
            r.text,
            "| 部门 | 份数 |\n| --- | --- |\n| 知识产权部 | 1 |\n| 技术中心 | 1 |\n| 综合｜部 | 1 |\n| 研究院 | 1 |\n| 合计 | |"
        );
    }

    #[test]
    fn the_standard_and_its_code() {
        let r = ctx().render("", "依据{{标准}}（{{标准编号}}）");
        assert_eq!(
            r.text,
            "依据GB/T 29490-2013《企业知识产权管理规范》（GB/T 29490-2013）"
        );
    }

    #[test]
    fn exclusions_list_clause_refs_with_reasons_or_say_none() {
        let mut c = ctx();
        assert_eq!(c.render("", "范围：{{删减说明}}").text, "范围：无删减。");
        c.exclusions = vec![
            ("8.4".into(), "本公司无生产活动。".into()),
            ("8.5".into(), "不涉及销售".into()),
        ];
        assert_eq!(
            c.render("", "范围：{{删减说明}}").text,
            "范围：以下条款不适用：{{条款全称:8.4}}（理由：本公司无生产活动）；{{条款全称:8.5}}（理由：不涉及销售）。"
        );
    }

    #[test]
    fn other_markup_is_left_for_its_own_renderer_and_bad_refs_are_reported() {
        let r = ctx().render(
            "M01",
            "{{企业名称}}按{{条款:4.2.2}}；{{知识产权部门}}；{{部门:生产部}}；{{未闭合",
        );
        assert_eq!(
            r.text,
            "{{企业名称}}按{{条款:4.2.2}}；{{知识产权部门}}；{{部门:生产部}}；{{未闭合"
        );
        assert_eq!(r.unresolved.len(), 1);
        assert!(r.unresolved[0].starts_with("M01：未知的部门职能“生产部”"));
    }

    #[test]
    fn a_table_must_stand_alone() {
        let r = ctx().render("", "见{{表:组织机构}}");
        assert_eq!(r.text, "见{{表:组织机构}}");
        assert_eq!(r.unresolved, ["“{{表:组织机构}}”须单独成行"]);
    }
}
