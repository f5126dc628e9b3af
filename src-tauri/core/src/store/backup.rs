//! Backups: automatic (on open, at most daily), before every migration,
//! manual, and before a restore; kept per project in the app's data
//! directory, the last [`KEEP`] of each project. Every copy goes through
//! SQLite's backup API into a temporary name and is renamed, so no backup
//! (and no restored project) is ever a partial file.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::{header, pragma_u32, sqlite_file, tmp_sibling, Project};
use crate::error::{CoreError, ErrorCode, Result};
use crate::paths::file_label;

/// Backups kept per project; older ones are deleted.
pub const KEEP: usize = 10;

/// An automatic backup is made on open when the last one is older than this.
pub const AUTO_INTERVAL_HOURS: i64 = 24;

const STAMP: &str = "%Y%m%d-%H%M%S";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// On open, when the last backup is older than a day.
    Auto,
    /// Before the file was upgraded to a newer schema.
    Migration,
    /// Asked for by the user.
    Manual,
    /// The file as it was before a backup was restored over it.
    BeforeRestore,
    /// The file as it was before it was converted to a new edition (换版).
    BeforeConversion,
}

impl BackupReason {
    fn slug(self) -> &'static str {
        match self {
            BackupReason::Auto => "auto",
            BackupReason::Migration => "migration",
            BackupReason::Manual => "manual",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeConversion => "before-conversion",
        }
    }

    fn from_slug(s: &str) -> Option<BackupReason> {
        [
            BackupReason::Auto,
            BackupReason::Migration,
            BackupReason::Manual,
            BackupReason::BeforeRestore,
            BackupReason::BeforeConversion,
        ]
        .into_iter()
        .find(|r| r.slug() == s)
    }
}

/// One backup of the open project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupEntry {
    pub path: String,
    pub file_name: String,
    /// Local time, `YYYY-MM-DD HH:MM:SS`.
    pub created_at: String,
    pub size: u64,
    pub reason: BackupReason,
}

/// What a file offered for restore holds (it passed every check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupSummary {
    pub path: String,
    pub enterprise_name: String,
    pub schema_version: u32,
    pub size: u64,
}

/// The backups folder under the app's data directory.
#[derive(Debug, Clone)]
pub struct BackupStore {
    root: PathBuf,
}

impl BackupStore {
    pub fn new(data_dir: &Path) -> BackupStore {
        BackupStore {
            root: crate::paths::backups_dir(data_dir),
        }
    }

    /// The folder of one project: its file name plus a hash of its full
    /// path, so two projects with the same name never share backups.
    pub fn folder_for(&self, project: &Path) -> PathBuf {
        let full = std::fs::canonicalize(project).unwrap_or_else(|_| project.to_path_buf());
        let hash = Sha256::digest(full.to_string_lossy().as_bytes());
        let hex: String = hash[..6].iter().map(|b| format!("{b:02x}")).collect();
        let stem: String = project
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .chars()
            .filter(|c| !c.is_control() && !r#"/\:*?"<>|"#.contains(*c))
            .take(40)
            .collect();
        self.root.join(format!("{stem}-{hex}"))
    }

    /// Backups of `project`, newest first.
    pub fn list(&self, project: &Path) -> Result<Vec<BackupEntry>> {
        let dir = self.folder_for(project);
        let mut out = Vec::new();
        let read = match std::fs::read_dir(&dir) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e.into()),
        };
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let Some((created_at, reason, _)) = parse_name(&name) else {
                continue;
            };
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            out.push(BackupEntry {
                path: entry.path().to_string_lossy().to_string(),
                file_name: name,
                created_at,
                size,
                reason,
            });
        }
        // Newest first; within one second, the higher `-N` is the later.
        out.sort_by_cached_key(|b| {
            let n = parse_name(&b.file_name).map(|p| p.2).unwrap_or(0);
            std::cmp::Reverse((b.created_at.clone(), n))
        });
        Ok(out)
    }

    /// Copies the database behind `conn` (the project at `project`) into the
    /// store and drops the oldest beyond [`KEEP`].
    pub(crate) fn write(
        &self,
        conn: &Connection,
        project: &Path,
        reason: BackupReason,
    ) -> Result<BackupEntry> {
        let dir = self.folder_for(project);
        std::fs::create_dir_all(&dir)?;
        let stamp = chrono::Local::now().format(STAMP).to_string();
        // Within one second the sequence runs across every reason and past
        // every number still present, so a newer backup always sorts after
        // an older one and a pruned name is never reused.
        let taken = std::fs::read_dir(&dir)?
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                name.starts_with(&stamp)
                    .then(|| parse_name(&name).map(|p| p.2))
                    .flatten()
            })
            .max();
        let name = match taken {
            None => format!("{stamp}-{}.gbproj", reason.slug()),
            Some(n) => format!("{stamp}-{}-{}.gbproj", reason.slug(), n + 1),
        };
        let target = dir.join(&name);
        let tmp = dir.join(format!(".{name}.partial"));
        let _ = std::fs::remove_file(&tmp);
        sqlite_file::copy_to(conn, &tmp)
            .map_err(|e| CoreError::storage(format!("备份失败：{e}")))?;
        std::fs::rename(&tmp, &target)?;
        let size = std::fs::metadata(&target)?.len();
        self.prune(project)?;
        let (created_at, _, _) = parse_name(&name).expect("own name parses");
        Ok(BackupEntry {
            path: target.to_string_lossy().to_string(),
            file_name: name,
            created_at,
            size,
            reason,
        })
    }

    fn prune(&self, project: &Path) -> Result<()> {
        for old in self.list(project)?.into_iter().skip(KEEP) {
            std::fs::remove_file(&old.path)?;
        }
        Ok(())
    }

    /// True when the newest backup of `project` is older than a day (or there is none).
    pub fn due(&self, project: &Path) -> Result<bool> {
        let newest = self.list(project)?.into_iter().next();
        Ok(match newest {
            None => true,
            Some(b) => {
                match chrono::NaiveDateTime::parse_from_str(&b.created_at, "%Y-%m-%d %H:%M:%S") {
                    Ok(t) => {
                        chrono::Local::now().naive_local() - t
                            >= chrono::Duration::hours(AUTO_INTERVAL_HOURS)
                    }
                    Err(_) => true,
                }
            }
        })
    }
}

/// `20261125-141031-manual-2.gbproj` → ("2026-11-25 14:10:31", Manual, 2).
fn parse_name(name: &str) -> Option<(String, BackupReason, u32)> {
    let rest = name.strip_suffix(".gbproj")?;
    if rest.len() < 17 || !rest.is_char_boundary(15) {
        return None;
    }
    let t = chrono::NaiveDateTime::parse_from_str(&rest[..15], STAMP).ok()?;
    let tail = rest[15..].strip_prefix('-')?;
    let (slug, n) = match tail.rsplit_once('-') {
        Some((s, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (s, n.parse().ok()?)
        }
        _ => (tail, 1),
    };
    Some((
        t.format("%Y-%m-%d %H:%M:%S").to_string(),
        BackupReason::from_slug(slug)?,
        n,
    ))
}

/// Checks a file offered for restore without changing it: ours (header and
/// application id), not newer than this build, and `PRAGMA integrity_check` ok.
pub fn validate(path: &Path) -> Result<BackupSummary> {
    header::inspect(path)?;
    let conn = sqlite_file::open(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| {
        CoreError::new(
            ErrorCode::NotAProject,
            format!("无法打开“{}”：{e}", file_label(path)),
        )
    })?;
    let summary = check_connection(&conn, path)?;
    Ok(BackupSummary {
        size: std::fs::metadata(path)?.len(),
        ..summary
    })
}

fn check_connection(conn: &Connection, path: &Path) -> Result<BackupSummary> {
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap_or_else(|e| e.to_string());
    if check != "ok" {
        return Err(CoreError::new(
            ErrorCode::Corrupted,
            format!(
                "“{}”已损坏（完整性检查未通过：{}），不能用于恢复。",
                file_label(path),
                check.lines().next().unwrap_or_default()
            ),
        ));
    }
    let version = pragma_u32(conn, "user_version")?;
    header::check_ids(
        path,
        header::Header {
            application_id: pragma_u32(conn, "application_id")?,
            user_version: version,
        },
    )?;
    let enterprise_name: String = conn
        .query_row("SELECT name FROM enterprise LIMIT 1", [], |r| r.get(0))
        .unwrap_or_default();
    Ok(BackupSummary {
        path: path.to_string_lossy().to_string(),
        enterprise_name,
        schema_version: version,
        size: 0,
    })
}

impl Project {
    /// Opens `path` as the app does: backups before a migration go into
    /// `store`, and a fresh backup is made when the last is older than a day.
    pub fn open_with_backups(path: &Path, store: &BackupStore) -> Result<Project> {
        let project = Project::open_inner(path, Some(store))?;
        if store.due(path)? {
            store.write(&project.conn, path, BackupReason::Auto)?;
        }
        Ok(project)
    }

    /// A backup into the store now.
    pub fn backup_now(&self, store: &BackupStore) -> Result<BackupEntry> {
        store.write(&self.conn, &self.path, BackupReason::Manual)
    }

    /// A backup to a file the user chose (never a partial file).
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        self.copy_to(target, "备份")
    }

    /// Replaces this project's content with the file at `source`, after
    /// checking it; the current content is first kept as a backup. The
    /// project file is swapped by a rename, so a crash leaves either the old
    /// or the restored file, whole.
    pub fn restore_from(&mut self, source: &Path, store: &BackupStore) -> Result<BackupSummary> {
        let summary = validate(source)?;
        let same = same_file::is_same_file(source, &self.path).unwrap_or(false);
        if same {
            return Err(CoreError::conflict(
                "要恢复的文件就是当前项目文件，请选择一个备份。",
            ));
        }
        let tmp = tmp_sibling(&self.path);
        let _ = std::fs::remove_file(&tmp);
        {
            let src = sqlite_file::open(
                source,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            sqlite_file::copy_to(&src, &tmp)
                .map_err(|e| CoreError::storage(format!("恢复失败，项目未改变：{e}")))?;
            let copy = sqlite_file::open_rw(&tmp)?;
            if let Err(e) = check_connection(&copy, source) {
                drop(copy);
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        }
        store.write(&self.conn, &self.path, BackupReason::BeforeRestore)?;
        // Close the current file fully (its WAL checkpointed and gone) before the swap.
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        let _ = old.pragma_update(None, "wal_checkpoint", "TRUNCATE");
        old.close().map_err(|(_, e)| CoreError::from(e))?;
        for suffix in ["-wal", "-shm"] {
            let mut name = self.path.file_name().unwrap_or_default().to_os_string();
            name.push(suffix);
            let side = self.path.with_file_name(name);
            if suffix == "-wal" && std::fs::metadata(&side).map(|m| m.len()).unwrap_or(0) > 0 {
                self.conn = super::connect(&self.path, Some(store))?;
                return Err(CoreError::storage(
                    "当前项目的日志未能写回，恢复已取消，项目未改变。",
                ));
            }
            let _ = std::fs::remove_file(side);
        }
        if let Err(e) = std::fs::rename(&tmp, &self.path) {
            self.conn = super::connect(&self.path, Some(store))?;
            return Err(CoreError::storage(format!("恢复失败，项目未改变：{e}")));
        }
        self.conn = super::connect(&self.path, Some(store))?;
        Ok(summary)
    }
}
