//! The project's clause table: the shipped one for its edition, or that
//! table corrected against the official text (table `clause_table`), which
//! every view, rule and export then reads.

use std::borrow::Cow;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::corrections::{self, ChangeKind, ClauseChange, OfficialRow, TableCorrection};
use crate::catalog::standard::{Clause, TableCheck};
use crate::catalog::{Catalog, StandardEdition};
use crate::error::{CoreError, Result};

impl Project {
    /// The clause table this project uses: its edition's, with the stored
    /// correction applied when there is one for that edition.
    pub fn standard<'c>(&self, catalog: &'c Catalog) -> Result<Cow<'c, StandardEdition>> {
        self.corrected(catalog.standard(&self.profile()?.standard_edition)?)
    }

    /// [`Project::standard`] without a catalog at hand (the shipped tables
    /// are read once per process): for the core's own reads, such as
    /// whether an issued document's references changed.
    pub fn own_standard(&self) -> Result<StandardEdition> {
        static SHIPPED: std::sync::OnceLock<std::result::Result<Vec<StandardEdition>, CoreError>> =
            std::sync::OnceLock::new();
        let shipped = SHIPPED
            .get_or_init(|| {
                Ok(vec![
                    crate::catalog::standard::gbt29490_2013()?,
                    crate::catalog::standard::gbt29490_2023()?,
                ])
            })
            .as_ref()
            .map_err(Clone::clone)?;
        let id = self.profile()?.standard_edition;
        let base = shipped
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| CoreError::invalid(format!("本程序不含标准“{id}”的条款库")))?;
        Ok(self.corrected(base)?.into_owned())
    }

    /// `base` with the stored correction applied when there is one for it.
    fn corrected<'c>(&self, base: &'c StandardEdition) -> Result<Cow<'c, StandardEdition>> {
        let row: Option<(String, String, NaiveDate)> = self
            .conn()
            .query_row(
                "SELECT clauses, source, checked_on FROM clause_table WHERE id = 1 AND edition = ?1",
                [&base.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((json, source, checked_on)) = row else {
            return Ok(Cow::Borrowed(base));
        };
        let clauses: Vec<Clause> = serde_json::from_str(&json)
            .map_err(|e| CoreError::invalid(format!("项目文件中保存的更正条款表有误：{e}")))?;
        Ok(Cow::Owned(StandardEdition {
            clauses,
            provisional: false,
            checked: Some(TableCheck { checked_on, source }),
            ..base.clone()
        }))
    }

    /// What applying the official table `rows` would change in this
    /// project's table.
    pub fn preview_clause_correction(
        &self,
        catalog: &Catalog,
        rows: &[OfficialRow],
    ) -> Result<TableCorrection> {
        Ok(corrections::correct(&*self.standard(catalog)?, rows))
    }

    /// Applies the official table `rows` (read from `source`) in one
    /// transaction: the corrected table replaces the project's, every
    /// clause keeping its key, and the plan tasks titled after a clause
    /// (diagnosis actions: “6.3 标题：措施”) take its new number and title.
    /// Returns the changes.
    pub fn apply_clause_correction(
        &mut self,
        catalog: &Catalog,
        rows: &[OfficialRow],
        source: &str,
        today: NaiveDate,
    ) -> Result<Vec<ClauseChange>> {
        let standard = self.standard(catalog)?;
        let fix = corrections::correct(&standard, rows);
        let json = serde_json::to_string(&fix.clauses)
            .map_err(|e| CoreError::invalid(format!("条款表无法保存：{e}")))?;
        let edition = standard.id.clone();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO clause_table (id, edition, clauses, source, checked_on, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET edition = excluded.edition,
                    clauses = excluded.clauses, source = excluded.source,
                    checked_on = excluded.checked_on, updated_at = excluded.updated_at",
                params![edition, json, source, today, now()],
            )?;
            for c in fix.changes.iter().filter(|c| {
                matches!(
                    c.kind,
                    ChangeKind::Renumbered
                        | ChangeKind::Retitled
                        | ChangeKind::RenumberedAndRetitled
                )
            }) {
                let old = format!("{} {}：", c.from_number, c.from_title);
                let new = format!("{} {}：", c.to_number, c.to_title);
                tx.execute(
                    "UPDATE plan_task SET title = ?3 || substr(title, length(?2) + 1)
                      WHERE clause = ?1 AND substr(title, 1, length(?2)) = ?2",
                    params![c.key, old, new],
                )?;
            }
            Ok(())
        })?;
        Ok(fix.changes)
    }
}
