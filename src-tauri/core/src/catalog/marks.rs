//! How a provisional clause number is marked where it is printed: a ※
//! after the number, and one footnote saying what ※ means and where the
//! official text is.

use super::StandardEdition;

/// The mark after a provisional clause number (暂定编号).
pub const PROVISIONAL_MARK: &str = "※";

impl StandardEdition {
    /// Whether the number `key` renders as is provisional: the table is a
    /// reconstruction and this row is not checked against the official text.
    pub fn is_provisional(&self, key: &str) -> bool {
        self.provisional && self.clause(key).is_some_and(|c| c.grade.is_some())
    }

    /// The number with ※ when it is provisional, e.g. `4.5※`.
    pub fn marked_number(&self, key: &str) -> String {
        let number = self.number_of(key);
        if self.is_provisional(key) {
            format!("{number}{PROVISIONAL_MARK}")
        } else {
            number.to_string()
        }
    }

    /// “4.5※ 合规义务” for a key; the key itself when the table lacks it.
    pub fn marked_label(&self, key: &str) -> String {
        match self.clause(key) {
            Some(c) => format!("{} {}", self.marked_number(key), c.title),
            None => key.to_string(),
        }
    }

    /// The footnote under a table or text that shows marked numbers; `None`
    /// for an edition checked against the official text.
    pub fn provisional_footnote(&self) -> Option<String> {
        self.provisional.then(|| {
            format!(
                "注：标“{PROVISIONAL_MARK}”的条款号为暂定编号——{} 的条款号和标题由本软件据公开资料重建，尚未与标准正式文本核对，可能有误；正式文本见{}。",
                self.id, self.official_text
            )
        })
    }

    /// Renders `{{条款:key}}` and `{{条款全称:key}}` in a text from this table
    /// (plain numbers: the text's own notes say what is provisional).
    pub fn render_refs(&self, text: &str) -> String {
        crate::doctext::render_clause_refs(text, |k| {
            self.clause(k).map(|c| (c.number.clone(), c.title.clone()))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::standard::{gbt29490_2013, gbt29490_2023};

    #[test]
    fn only_a_provisional_tables_numbers_are_marked() {
        let old = gbt29490_2013().unwrap();
        assert_eq!(old.marked_number("4.2.2"), "4.2.2");
        assert!(old.provisional_footnote().is_none());
        let new = gbt29490_2023().unwrap();
        assert_eq!(new.marked_number("compliance_obligations"), "4.5※");
        assert!(new
            .marked_label("compliance_obligations")
            .starts_with("4.5※ "));
        assert_eq!(new.marked_number("nope"), "nope");
        let note = new.provisional_footnote().unwrap();
        assert!(
            note.contains("暂定编号") && note.contains("openstd.samr.gov.cn"),
            "{note}"
        );
        assert_eq!(
            new.render_refs("见{{条款:compliance_obligations}}。"),
            "见4.5。"
        );
    }
}
