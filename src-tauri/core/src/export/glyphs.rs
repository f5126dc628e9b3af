//! No character is ever drawn as a silent box: before drawing, every
//! character the font has no glyph for is collected and reported with the
//! record it came from.

use serde::Serialize;

use super::font::font;
use super::page::{Item, Page};

/// Characters of one record that the export font cannot draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportProblem {
    /// The record: a document code such as `IP-CX-01`.
    pub record: String,
    /// Each missing character once, in order of appearance.
    pub chars: String,
    /// The first line of text that contains one of them.
    pub context: String,
}

impl ExportProblem {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        let listed: Vec<String> = self
            .chars
            .chars()
            .map(|c| format!("“{c}”（U+{:04X}）", c as u32))
            .collect();
        format!(
            "{} 中有 {} 个字符无法在 PDF 中显示：{}，见“{}”。请改用常用字或文字说明后再导出。",
            self.record,
            listed.len(),
            listed.join("、"),
            self.context
        )
    }
}

impl std::fmt::Display for ExportProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl From<ExportProblem> for crate::CoreError {
    fn from(p: ExportProblem) -> Self {
        crate::CoreError::invalid(p.message())
    }
}

/// Every character on the pages without a glyph, reported against `record`.
pub(crate) fn check(record: &str, pages: &[Page]) -> Result<(), ExportProblem> {
    let f = font();
    let mut chars = String::new();
    let mut context = String::new();
    for text in pages
        .iter()
        .flat_map(|p| p.items.iter().filter_map(Item::text))
    {
        for c in text.chars() {
            if !f.has(c) && !chars.contains(c) {
                chars.push(c);
                if context.is_empty() {
                    context = text.to_string();
                }
            }
        }
    }
    if chars.is_empty() {
        Ok(())
    } else {
        Err(ExportProblem {
            record: record.to_string(),
            chars,
            context,
        })
    }
}

/// Text as it can be laid out: tabs and other control characters become
/// spaces (line feeds stay: they are hard breaks).
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}
