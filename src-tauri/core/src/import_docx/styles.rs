//! What a paragraph is, from its own properties and its style chain: a
//! heading (Word's "heading N", WPS's "标题 N", "Title", or an outline
//! level), an item of a bulleted or numbered list (its numbering, through
//! numbering.xml), a contents line, or our own front matter.

use std::collections::HashMap;

use docx_rs::{Docx, NumberingProperty, Paragraph, ParagraphProperty, Style};
use serde::Serialize;

use crate::export::docx::marks::{FRONT_STYLE, FRONT_STYLE_NAME};

/// A list item's list: bulleted, or numbered (with the list's id, so that
/// two numbered lists in a row stay two lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ListKind {
    Bullet,
    Numbered(usize),
}

pub(super) struct Styles<'a> {
    by_id: HashMap<&'a str, &'a Style>,
    docx: &'a Docx,
}

/// A docx-rs value whose field is private but serialises as a string.
fn text_of<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The heading level a style name stands for.
fn level_of_name(name: &str) -> Option<u8> {
    let lower = name.trim().to_lowercase();
    if lower == "title" || lower == "标题" {
        return Some(1);
    }
    let n = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?
        .trim()
        .parse::<u8>()
        .ok()?;
    (1..=9).contains(&n).then_some(n.min(3))
}

fn level_of_outline(p: &ParagraphProperty) -> Option<u8> {
    let v = p.outline_lvl.as_ref()?.v;
    (v < 9).then(|| (v as u8 + 1).min(3))
}

impl<'a> Styles<'a> {
    pub(super) fn new(docx: &'a Docx) -> Self {
        let by_id = docx
            .styles
            .styles
            .iter()
            .map(|s| (s.style_id.as_str(), s))
            .collect();
        Styles { by_id, docx }
    }

    /// The paragraph's style and the styles it is based on, nearest first.
    fn chain(&self, p: &Paragraph) -> Vec<&'a Style> {
        let mut out = Vec::new();
        let mut next = p.property.style.as_ref().map(|s| s.val.clone());
        while let Some(id) = next.take() {
            let Some(style) = self.by_id.get(id.as_str()) else {
                break;
            };
            if out.len() > 10 || out.iter().any(|s: &&Style| s.style_id == style.style_id) {
                break;
            }
            out.push(*style);
            next = style
                .based_on
                .as_ref()
                .map(text_of)
                .filter(|s| !s.is_empty());
        }
        out
    }

    /// The heading level (1-3; deeper levels count as 3), if a heading.
    pub(super) fn heading(&self, p: &Paragraph) -> Option<u8> {
        if let Some(l) = level_of_outline(&p.property) {
            return Some(l);
        }
        self.chain(p).iter().find_map(|s| {
            level_of_name(&text_of(&s.name))
                .or_else(|| level_of_name(&s.style_id))
                .or_else(|| level_of_outline(&s.paragraph_property))
        })
    }

    /// A line of a table of contents (styles "toc N").
    pub(super) fn is_contents(&self, p: &Paragraph) -> bool {
        self.chain(p).iter().any(|s| {
            let name = text_of(&s.name).to_lowercase();
            name.starts_with("toc ") || s.style_id.to_lowercase().starts_with("toc")
        })
    }

    /// Our own front matter's style (by id, or by name when an editor
    /// renamed the id).
    pub(super) fn is_front(&self, p: &Paragraph) -> bool {
        p.property
            .style
            .as_ref()
            .is_some_and(|s| s.val == FRONT_STYLE)
            || self
                .chain(p)
                .first()
                .is_some_and(|s| text_of(&s.name) == FRONT_STYLE_NAME)
    }

    /// The list the paragraph is an item of, from its numbering or its
    /// style's.
    pub(super) fn list(&self, p: &Paragraph) -> Option<ListKind> {
        let numbering = p.property.numbering_property.as_ref().or_else(|| {
            self.chain(p)
                .into_iter()
                .find_map(|s| s.paragraph_property.numbering_property.as_ref())
        })?;
        self.kind(numbering)
    }

    fn kind(&self, n: &NumberingProperty) -> Option<ListKind> {
        let id = n.id.as_ref()?.id;
        if id == 0 {
            return None;
        }
        let level = n.level.as_ref().map_or(0, |l| l.val);
        let nums = &self.docx.numberings;
        let num = nums.numberings.iter().find(|x| x.id == id)?;
        let overridden = num
            .level_overrides
            .iter()
            .find(|o| o.level == level)
            .and_then(|o| o.override_level.as_ref())
            .map(|l| l.format.val.clone());
        let format = overridden.or_else(|| {
            nums.abstract_nums
                .iter()
                .find(|a| a.id == num.abstract_num_id)?
                .levels
                .iter()
                .find(|l| l.level == level)
                .map(|l| l.format.val.clone())
        })?;
        match format.as_str() {
            "none" => None,
            "bullet" => Some(ListKind::Bullet),
            _ => Some(ListKind::Numbered(id)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_levels_from_names() {
        assert_eq!(level_of_name("heading 1"), Some(1));
        assert_eq!(level_of_name("Heading 2"), Some(2));
        assert_eq!(level_of_name("标题 3"), Some(3));
        assert_eq!(level_of_name("heading 5"), Some(3));
        assert_eq!(level_of_name("Title"), Some(1));
        assert_eq!(level_of_name("Heading1"), Some(1));
        assert_eq!(level_of_name("Body Text"), None);
        assert_eq!(level_of_name("heading"), None);
    }
}
