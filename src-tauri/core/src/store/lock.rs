//! One writer per project file: an OS advisory lock on a companion
//! `<file>-lock` (named like SQLite's `-wal`/`-shm`). The OS drops the lock
//! when the process ends, however it ends, so a crash never leaves a stale
//! lock. The companion file itself is left in place (empty): deleting it
//! would let two processes lock different inodes of the same name.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{CoreError, ErrorCode, Result};

#[derive(Debug)]
pub(crate) struct ProjectLock {
    _file: File,
}

pub(crate) fn lock_path(project: &Path) -> PathBuf {
    let mut name = project.file_name().unwrap_or_default().to_os_string();
    name.push("-lock");
    project.with_file_name(name)
}

/// Takes the lock for `project`, or says it is open elsewhere.
pub(crate) fn acquire(project: &Path) -> Result<ProjectLock> {
    let path = lock_path(project);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(ProjectLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(CoreError::new(
            ErrorCode::AlreadyOpen,
            format!(
                "“{}”已在另一个贯标助手窗口中打开。同一项目文件同时只能在一处编辑，请切换到那个窗口，或先在那里关闭它；文件未被修改。",
                project.file_name().unwrap_or_default().to_string_lossy()
            ),
        )),
        Err(TryLockError::Error(e)) => Err(CoreError::storage(format!(
            "无法锁定项目文件：{e}"
        ))),
    }
}
