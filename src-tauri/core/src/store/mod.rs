//! The project file: one enterprise per SQLite file (`.gbproj`).
//!
//! Opening checks the header first (ours, complete, not newer), then the
//! file's integrity, copies the file aside before migrating, and applies the
//! embedded migrations in one transaction. Every write is a transaction.

mod application;
mod attachments;
mod audit;
mod audit_evidence;
mod audit_package;
mod audit_plan;
mod audit_questions;
pub mod backup;
mod batch;
mod child_rows;
mod clause_table;
mod conversion;
mod conversion_documents;
mod cover_images;
mod department_parts;
mod departments;
mod diagnosis;
mod distribution;
mod document_import;
mod document_reads;
mod documents;
mod enterprise;
mod evidence;
mod generate;
pub mod header;
mod history;
mod history_labels;
mod history_triggers;
mod intent;
mod lock;
pub mod migrations;
mod nonconformity;
mod objective_suggestion;
mod objectives;
mod operation;
mod operation_evidence;
mod organisation;
mod overview;
pub(crate) mod people;
mod plan;
mod preconditions;
mod program;
mod reference_context;
mod review;
mod revisions;
mod roster;
pub mod sqlite_file;
mod subsidies;
mod summary_edits;
mod system;
mod todo;
mod training;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::catalog::StandardEdition;
use crate::error::{CoreError, ErrorCode, Result};
use crate::paths::file_label;
pub use generate::GenerationReport;
pub use history::{normalise_operator, MAX_OPERATOR_CHARS};
pub use migrations::{APPLICATION_ID, CURRENT_VERSION};
pub use operation::operation_status;
pub use plan::default_tasks;

pub struct Project {
    conn: Connection,
    path: PathBuf,
    /// Set when the file is an internal-audit work package: every write is
    /// recorded by the session extension (see `audit_package.rs`).
    package: Option<audit_package::PackageIdentity>,
    /// Held while the project is open: no second window or process opens it.
    _lock: lock::ProjectLock,
}

impl std::fmt::Debug for Project {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Project").field("path", &self.path).finish()
    }
}

pub(crate) fn now() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

fn read_only(path: &Path) -> CoreError {
    CoreError::new(
        ErrorCode::ReadOnly,
        format!(
            "“{}”是只读文件或位于不可写的文件夹中，无法编辑。请将其复制到可写的位置后再打开；文件未被修改。",
            file_label(path)
        ),
    )
}

/// Refuses a file (or its folder) that cannot be written: WAL needs both.
fn check_writable(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.permissions().readonly() {
        return Err(read_only(path));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if std::fs::metadata(dir)?.permissions().readonly() {
        return Err(read_only(path));
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(CoreError::storage(format!(
            "无法启用 WAL 日志模式（当前 {mode}）"
        )));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

fn pragma_u32(conn: &Connection, name: &str) -> Result<u32> {
    Ok(conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0))? as u32)
}

impl Project {
    /// Creates a new, empty project at `path` (which must not exist). The file
    /// is built under a temporary name and renamed, so no half-made project is left.
    /// Its edition is the schema's default; a new project made for a user
    /// goes through [`Project::create_on`].
    pub fn create(path: &Path) -> Result<Project> {
        Project::create_inner(path, None)
    }

    /// Creates a new project working to `standard` (see
    /// `Catalog::default_standard` for the edition a user starts on) and
    /// following no government program until the user chooses or defines
    /// one on the 贯标计划 page: the shipped profile (2022 Shaanxi) ended
    /// years ago and is only a template.
    pub fn create_on(path: &Path, standard: &StandardEdition) -> Result<Project> {
        Project::create_inner(path, Some(standard))
    }

    fn create_inner(path: &Path, standard: Option<&StandardEdition>) -> Result<Project> {
        if path.exists() {
            return Err(CoreError::conflict(format!(
                "文件“{}”已存在。请换一个文件名，或使用“打开”。",
                file_label(path)
            )));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = tmp_sibling(path);
        let _ = std::fs::remove_file(&tmp);
        {
            let mut conn = sqlite_file::open_rw(&tmp)?;
            migrations::apply(&mut conn, 0)?;
            // Before the change-log triggers exist (made on open): the
            // edition is where the project starts, not a change.
            if let Some(s) = standard {
                conn.execute(
                    "UPDATE enterprise SET standard_edition = ?1 WHERE id = 1",
                    [&s.id],
                )?;
                program::record_no_program(&conn)?;
            }
        }
        std::fs::rename(&tmp, path)?;
        Project::open(path)
    }

    /// Opens an existing project file, migrating it if it is older (the
    /// file is first copied beside itself as `<name>.v<N>-<time>.bak.gbproj`).
    pub fn open(path: &Path) -> Result<Project> {
        Project::open_inner(path, None)
    }

    /// Checks, locks and opens `path`; before a migration the file is copied
    /// into `backups` (or beside itself when there is none).
    pub(crate) fn open_inner(
        path: &Path,
        backups: Option<&backup::BackupStore>,
    ) -> Result<Project> {
        header::inspect(path)?;
        check_writable(path)?;
        let lock = lock::acquire(path)?;
        Project::open_locked(path, lock, backups)
    }

    fn open_locked(
        path: &Path,
        lock: lock::ProjectLock,
        backups: Option<&backup::BackupStore>,
    ) -> Result<Project> {
        let conn = connect(path, backups)?;
        let package = audit_package::load_identity(&conn)?;
        if let Some(p) = &package {
            // In a package, every change is the auditor's.
            conn.execute(
                "UPDATE change_log_operator SET name = ?1 WHERE id = 1 AND name IS NOT ?1",
                [p.auditor_name()],
            )?;
        }
        Ok(Project {
            conn,
            path: path.to_path_buf(),
            package,
            _lock: lock,
        })
    }

    /// Copies the project to `target` through SQLite's backup API (consistent
    /// even while open) and returns the copy opened; this project is left as it was.
    pub fn save_as(&self, target: &Path) -> Result<Project> {
        self.copy_to(target, "另存为")?;
        Project::open(target)
    }

    /// Writes a consistent copy to `target`: built under a temporary name
    /// and renamed, so `target` is never a partial file.
    pub(crate) fn copy_to(&self, target: &Path, what: &str) -> Result<()> {
        let same =
            target == self.path || same_file::is_same_file(target, &self.path).unwrap_or(false);
        if same {
            return Err(CoreError::conflict(format!(
                "{what}的目标就是当前项目文件，请选择其他位置。"
            )));
        }
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = tmp_sibling(target);
        let _ = std::fs::remove_file(&tmp);
        sqlite_file::copy_to(&self.conn, &tmp)
            .map_err(|e| CoreError::storage(format!("{what}失败：{e}")))?;
        std::fs::rename(&tmp, target)?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<u32> {
        pragma_u32(&self.conn, "user_version")
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one transaction: all of it lands, or none.
    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let Some(package) = &self.package else {
            let out = f(&tx)?;
            tx.commit()?;
            return Ok(out);
        };
        let session = audit_package::start_session(&tx)?;
        let out = f(&tx)?;
        audit_package::finish_session(&tx, session, package)?;
        tx.commit()?;
        Ok(out)
    }

    /// Checkpoints the WAL into the main file and closes.
    pub fn close(self) -> Result<()> {
        // Writes made later with other tools are not this operator's.
        let _ = self.clear_operator();
        let _ = self.conn.pragma_update(None, "wal_checkpoint", "TRUNCATE");
        self.conn.close().map_err(|(_, e)| CoreError::from(e))
    }
}

/// Opens the (locked) file: integrity, identity and version checks, then the
/// migrations (after a copy), then the pragmas every connection uses.
fn connect(path: &Path, backups: Option<&backup::BackupStore>) -> Result<Connection> {
    let mut conn = sqlite_file::open(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| {
        CoreError::new(
            ErrorCode::NotAProject,
            format!("无法打开“{}”：{e}", file_label(path)),
        )
    })?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .unwrap_or_else(|e| e.to_string());
    if check != "ok" {
        return Err(CoreError::new(
            ErrorCode::Corrupted,
            format!(
                "“{}”已损坏（完整性检查未通过：{}）。文件未被修改，请从备份恢复。",
                file_label(path),
                check.lines().next().unwrap_or_default()
            ),
        ));
    }
    // The header may lag behind a WAL left by a crash: check what SQLite sees.
    let version = pragma_u32(&conn, "user_version")?;
    header::check_ids(
        path,
        header::Header {
            application_id: pragma_u32(&conn, "application_id")?,
            user_version: version,
        },
    )?;
    if version < CURRENT_VERSION {
        match backups {
            Some(store) => {
                store
                    .write(&conn, path, backup::BackupReason::Migration)
                    .map_err(|e| {
                        CoreError::storage(format!("升级前备份失败，未升级：{}", e.message))
                    })?;
            }
            None => backup_before_migration(&conn, path, version)?,
        }
        migrations::apply(&mut conn, version)
            .map_err(|e| CoreError::storage(format!("升级项目文件失败，文件保持原样：{e}")))?;
    }
    configure(&conn)?;
    history_triggers::install(&mut conn)?;
    Ok(conn)
}

fn tmp_sibling(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

fn backup_before_migration(conn: &Connection, path: &Path, from: u32) -> Result<()> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let target = path.with_file_name(format!("{stem}.v{from}-{stamp}.bak.gbproj"));
    let tmp = tmp_sibling(&target);
    let _ = std::fs::remove_file(&tmp);
    sqlite_file::copy_to(conn, &tmp)
        .map_err(|e| CoreError::storage(format!("升级前备份失败，未升级：{e}")))?;
    std::fs::rename(&tmp, &target)?;
    Ok(())
}

impl Project {
    pub fn info(&self) -> Result<crate::model::ProjectInfo> {
        Ok(crate::model::ProjectInfo {
            path: self.path.to_string_lossy().to_string(),
            file_name: file_label(&self.path),
            enterprise_name: self.profile()?.name,
            schema_version: self.schema_version()?,
            package: self.audit_package()?,
        })
    }
}

#[cfg(feature = "test-support")]
#[doc(hidden)]
impl Project {
    /// Test hook: tries a write that only foreign keys stop.
    pub fn try_orphan_person_for_test(&self) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO person (name, department_id, created_at, updated_at) VALUES ('x', 987654, '', '')",
                [],
            )
            .map(|_| ())
            .map_err(CoreError::from)
    }
}
