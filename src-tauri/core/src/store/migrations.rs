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
