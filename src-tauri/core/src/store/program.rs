//! The project's program (贯标计划) — the user's data: a definition stored
//! in the file (so the file carries it to another computer), “no program”,
//! or, for files that never chose, the catalog profile `program_id` names.
//! The one place that resolves a project's program and standard.

use std::borrow::Cow;

use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::{
    program::problems_text, Catalog, FieldProblem, ProgramKind, ProgramProfile, ProjectProgram,
    StandardEdition, NO_PROGRAM_ID,
};
use crate::error::{CoreError, Result};

impl Project {
    /// This project's program and where it comes from: the stored definition
    /// if any, else “no program” if chosen, else the catalog profile named by
    /// the enterprise's `program_id`.
    pub fn project_program(&self, catalog: &Catalog) -> Result<ProjectProgram> {
        let row: Option<(String, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT kind, definition FROM program WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let profile = self.profile()?;
        Ok(match row {
            Some((kind, Some(json))) if kind == "defined" => {
                let program = crate::catalog::program::from_json(&json).map_err(|p| {
                    CoreError::invalid(format!(
                        "项目文件中保存的贯标计划有误：\n{}",
                        problems_text(&p)
                    ))
                })?;
                ProjectProgram {
                    kind: ProgramKind::Defined,
                    program,
                }
            }
            Some(_) => ProjectProgram {
                kind: ProgramKind::None,
                program: ProgramProfile::none(&profile.standard_edition),
            },
            None => ProjectProgram {
                kind: ProgramKind::Catalog,
                program: catalog.program(&profile.program_id)?.clone(),
            },
        })
    }

    /// This project's program (see [`Project::project_program`]).
    pub fn program(&self, catalog: &Catalog) -> Result<ProgramProfile> {
        Ok(self.project_program(catalog)?.program)
    }

    /// This project's program and the clause table it uses (its edition's,
    /// corrected if the project corrected it: [`Project::standard`]): what
    /// the CLI, the export, the demo and the shell all go through.
    pub fn program_and_standard<'c>(
        &self,
        catalog: &'c Catalog,
    ) -> Result<(ProgramProfile, Cow<'c, StandardEdition>)> {
        let program = self.program(catalog)?;
        let standard = self.standard(catalog)?;
        Ok((program, standard))
    }

    /// Makes `definition` this project's program, after checking it field by
    /// field; a bad definition is refused with every field and why, and
    /// nothing changes. The project's edition follows the program when the
    /// program does not accept it.
    pub fn set_program(
        &mut self,
        catalog: &Catalog,
        definition: &ProgramProfile,
    ) -> Result<ProgramProfile> {
        let mut p = definition.clone();
        p.normalise();
        refuse(catalog.check_program(&p))?;
        let json = p.to_json();
        let edition = self.profile()?.standard_edition;
        let edition = if p.accepted_editions.contains(&edition) {
            edition
        } else {
            p.standard_edition.clone()
        };
        self.write(|tx| {
            tx.execute(
                "INSERT INTO program (id, kind, definition, updated_at) VALUES (1, 'defined', ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,
                    definition = excluded.definition, updated_at = excluded.updated_at",
                params![json, now()],
            )?;
            tx.execute(
                "UPDATE enterprise SET program_id = ?1, standard_edition = ?2 WHERE id = 1
                   AND (program_id IS NOT ?1 OR standard_edition IS NOT ?2)",
                params![p.id, edition],
            )?;
            Ok(())
        })?;
        Ok(p)
    }

    /// Reads a program file's JSON and makes it this project's program; a
    /// bad file is refused with each field and why, and nothing changes.
    pub fn import_program(&mut self, catalog: &Catalog, json: &str) -> Result<ProgramProfile> {
        let p = catalog.read_program(json).map_err(|p| refusal(&p))?;
        self.set_program(catalog, &p)
    }

    /// This project's program as the JSON file to hand to another project;
    /// “no program” has none to export.
    pub fn export_program(&self, catalog: &Catalog) -> Result<String> {
        let p = self.project_program(catalog)?;
        if p.kind == ProgramKind::None {
            return Err(CoreError::invalid(
                "本项目不参加政府贯标计划，没有可导出的计划",
            ));
        }
        Ok(p.program.to_json())
    }

    /// Follows a shipped profile as it is (what files made before programs
    /// were the user's data do): the stored choice is removed.
    pub fn use_catalog_program(&mut self, catalog: &Catalog, id: &str) -> Result<ProgramProfile> {
        let p = catalog.program(id)?.clone();
        self.write(|tx| {
            tx.execute("DELETE FROM program", [])?;
            tx.execute(
                "UPDATE enterprise SET program_id = ?1 WHERE id = 1 AND program_id IS NOT ?1",
                [id],
            )?;
            Ok(())
        })?;
        Ok(p)
    }

    /// The program a profile being saved names: this project's own, or a
    /// shipped profile chosen in its place (see [`Project::use_catalog_program`]).
    pub fn program_for_profile(
        &mut self,
        catalog: &Catalog,
        profile: &crate::model::EnterpriseProfile,
    ) -> Result<ProgramProfile> {
        let current = self.program(catalog)?;
        if profile.program_id == current.id || catalog.program(&profile.program_id).is_err() {
            // An unknown id is refused by the profile's own check.
            return Ok(current);
        }
        self.use_catalog_program(catalog, &profile.program_id)
    }

    /// 不参加政府贯标计划，仅申请认证: no stages, deadline or subsidy.
    pub fn set_no_program(&mut self) -> Result<()> {
        self.write(|tx| Ok(record_no_program(tx)?))
    }
}

/// Writes “no program” (also for a new file, before its change log exists).
pub(super) fn record_no_program(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO program (id, kind, definition, updated_at) VALUES (1, 'none', NULL, ?1)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,
            definition = NULL, updated_at = excluded.updated_at
         WHERE program.kind IS NOT 'none'",
        [now()],
    )?;
    conn.execute(
        "UPDATE enterprise SET program_id = ?1 WHERE id = 1 AND program_id IS NOT ?1",
        [NO_PROGRAM_ID],
    )?;
    Ok(())
}

fn refusal(problems: &[FieldProblem]) -> CoreError {
    CoreError::invalid(format!("贯标计划有误：\n{}", problems_text(problems)))
}

fn refuse(problems: Vec<FieldProblem>) -> Result<()> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(refusal(&problems))
    }
}
