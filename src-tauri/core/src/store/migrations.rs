//! Plain `.sql` migrations embedded in the binary. Version N is the file
//! numbered N; the schema version is SQLite's `user_version`.

pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_init.sql",
        include_str!("../../migrations/0001_init.sql"),
    ),
    (
        "0002_training_organisation_plan.sql",
        include_str!("../../migrations/0002_training_organisation_plan.sql"),
    ),
    (
        "0003_diagnosis_documents.sql",
        include_str!("../../migrations/0003_diagnosis_documents.sql"),
    ),
    (
        "0004_operation_audit_review.sql",
        include_str!("../../migrations/0004_operation_audit_review.sql"),
    ),
    (
        "0005_application.sql",
        include_str!("../../migrations/0005_application.sql"),
    ),
    (
        "0006_change_log.sql",
        include_str!("../../migrations/0006_change_log.sql"),
    ),
    (
        "0007_cover_images.sql",
        include_str!("../../migrations/0007_cover_images.sql"),
    ),
    (
        "0008_preconditions.sql",
        include_str!("../../migrations/0008_preconditions.sql"),
    ),
    (
        "0009_program.sql",
        include_str!("../../migrations/0009_program.sql"),
    ),
    (
        "0010_subsidies.sql",
        include_str!("../../migrations/0010_subsidies.sql"),
    ),
    (
        "0011_operation_statements.sql",
        include_str!("../../migrations/0011_operation_statements.sql"),
    ),
    (
        "0012_clause_table.sql",
        include_str!("../../migrations/0012_clause_table.sql"),
    ),
    (
        "0013_edition_conversion.sql",
        include_str!("../../migrations/0013_edition_conversion.sql"),
    ),
    (
        "0014_department_parts.sql",
        include_str!("../../migrations/0014_department_parts.sql"),
    ),
    (
        "0015_summary_edits.sql",
        include_str!("../../migrations/0015_summary_edits.sql"),
    ),
    (
        "0016_audit_packages.sql",
        include_str!("../../migrations/0016_audit_packages.sql"),
    ),
    (
        "0017_audit_evidence.sql",
        include_str!("../../migrations/0017_audit_evidence.sql"),
    ),
];

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32;

/// Marks our files (`PRAGMA application_id`): "GBPJ".
pub const APPLICATION_ID: u32 = 0x4742_504A;

/// Applies every migration above `from` in one transaction and sets the version.
pub fn apply(conn: &mut rusqlite::Connection, from: u32) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    // The change-log triggers follow the schema: dropped here, regenerated on open.
    super::history_triggers::drop_all(&tx)?;
    for (name, sql) in MIGRATIONS.iter().skip(from as usize) {
        tx.execute_batch(sql).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
                Some(format!("{name}: {e}")),
            )
        })?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", CURRENT_VERSION)?;
    tx.commit()
}

#[cfg(test)]
mod tests {
    use crate::catalog::templates::OwnerKind;

    /// 0014 gave existing departments their parts by the words in their
    /// names: the same words as `OwnerKind::name_hints` (roster import's
    /// defaults), so both agree.
    #[test]
    fn migration_0014_uses_the_name_hints() {
        let sql = super::MIGRATIONS[13].1;
        let mut pairs: Vec<(String, String)> = sql
            .lines()
            .filter_map(|l| {
                let l = l.trim().trim_start_matches('(');
                let (code, rest) = l.strip_prefix('\'')?.split_once("', '%")?;
                let word = rest.split_once("%')")?.0;
                Some((code.to_string(), word.to_string()))
            })
            .collect();
        pairs.sort();
        let mut hints: Vec<(String, String)> = OwnerKind::ALL
            .iter()
            .flat_map(|k| {
                k.name_hints()
                    .iter()
                    .map(|w| (k.code().into(), w.to_string()))
            })
            .collect();
        hints.sort();
        assert_eq!(pairs, hints);
    }
}
