//! 贯标工作总结 as the user rewrote it: the package prints the text written
//! from the records, section by section, unless the user changed a section;
//! then their text, kept with the generated text it started from.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::error::{CoreError, Result};
use crate::export::package::generated_summary;
use crate::model::SummarySection;

/// Longest section text accepted (a section is a few paragraphs).
const MAX_CHARS: usize = 20_000;

impl Project {
    /// The summary's sections as the package will print them on `today`.
    pub fn work_summary(&self, today: NaiveDate) -> Result<Vec<SummarySection>> {
        let mut edits: HashMap<String, Edit> = HashMap::new();
        let mut stmt = self
            .conn()
            .prepare("SELECT section, text, based_on, as_of, updated_at FROM summary_edit")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Edit {
                    text: r.get(1)?,
                    based_on: r.get(2)?,
                    as_of: r.get(3)?,
                    updated_at: r.get(4)?,
                },
            ))
        })?;
        for row in rows {
            let (section, edit) = row?;
            edits.insert(section, edit);
        }
        // The text as of the day each edit was made, to tell whether the records changed since.
        let mut then: HashMap<NaiveDate, Vec<(&'static str, String)>> = HashMap::new();
        for e in edits.values() {
            if e.as_of != today && !then.contains_key(&e.as_of) {
                then.insert(e.as_of, generated_summary(self, e.as_of)?);
            }
        }
        let now_text = generated_summary(self, today)?;
        Ok(now_text
            .iter()
            .map(|(title, generated)| {
                let edit = edits.remove(*title);
                let records_changed = edit.as_ref().is_some_and(|e| {
                    let at = then.get(&e.as_of).unwrap_or(&now_text);
                    at.iter()
                        .find(|(t, _)| t == title)
                        .is_none_or(|(_, g)| *g != e.based_on)
                });
                SummarySection {
                    title: title.to_string(),
                    records_changed,
                    updated_at: edit.as_ref().map(|e| e.updated_at.clone()),
                    edited: edit.map(|e| e.text),
                    generated: generated.clone(),
                }
            })
            .collect())
    }

    /// Keeps the user's text for the section `title`. Text equal to what the
    /// records write is no edit: the section follows the records again.
    pub fn save_summary_section(
        &mut self,
        title: &str,
        text: &str,
        today: NaiveDate,
    ) -> Result<Vec<SummarySection>> {
        let text = normalise(text);
        if text.is_empty() {
            return Err(CoreError::invalid(
                "总结内容不能为空；要改回按记录自动生成的内容，请点“恢复自动生成”",
            ));
        }
        if text.chars().count() > MAX_CHARS {
            return Err(CoreError::invalid(format!(
                "这一部分太长：{} 字，上限 {MAX_CHARS} 字",
                text.chars().count()
            )));
        }
        let generated = generated_summary(self, today)?
            .into_iter()
            .find(|(t, _)| *t == title)
            .map(|(_, g)| g)
            .ok_or_else(|| CoreError::not_found(format!("贯标工作总结中没有“{title}”这一部分")))?;
        self.write(|tx| {
            if text == generated {
                tx.execute("DELETE FROM summary_edit WHERE section = ?1", [title])?;
                return Ok(());
            }
            let same: Option<String> = tx
                .query_row(
                    "SELECT text FROM summary_edit WHERE section = ?1",
                    [title],
                    |r| r.get(0),
                )
                .optional()?;
            if same.as_deref() == Some(text.as_str()) {
                return Ok(());
            }
            tx.execute(
                "INSERT INTO summary_edit (section, text, based_on, as_of, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (section) DO UPDATE SET text = excluded.text,
                     based_on = excluded.based_on, as_of = excluded.as_of,
                     updated_at = excluded.updated_at",
                params![title, text, generated, today, now()],
            )?;
            Ok(())
        })?;
        self.work_summary(today)
    }

    /// The section `title` follows the records again (the user's text is
    /// dropped; the change history keeps it).
    pub fn reset_summary_section(
        &mut self,
        title: &str,
        today: NaiveDate,
    ) -> Result<Vec<SummarySection>> {
        self.write(|tx| {
            tx.execute("DELETE FROM summary_edit WHERE section = ?1", [title])?;
            Ok(())
        })?;
        self.work_summary(today)
    }

    /// The rewritten sections' texts, by sub-heading (what the export prints).
    pub(crate) fn summary_edit_texts(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT section, text FROM summary_edit")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

struct Edit {
    text: String,
    based_on: String,
    as_of: NaiveDate,
    updated_at: String,
}

/// Line breaks as `\n`, each line trimmed, no blank lines at either end.
fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_matches('\n')
        .to_string()
}
