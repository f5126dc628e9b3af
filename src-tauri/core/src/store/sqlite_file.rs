//! Opening SQLite files and copying into them, for every path a user can
//! choose: on Windows through SQLite's `win32-longpath` file layer, which
//! takes paths past the 260 characters of MAX_PATH (up to 32,767 UTF-16
//! units; the default layer stops at 1,040 bytes of UTF-8, about 346
//! Chinese characters). On other systems SQLite's limit of 512 bytes
//! (about 170 Chinese characters) cannot be raised without patching it: a
//! longer path is refused up front with a message that says so, instead of
//! SQLite's “unable to open database file”.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

#[cfg(windows)]
const VFS: &str = "win32-longpath";

/// The longest absolute path, in bytes, SQLite's unix layer opens.
#[cfg(not(windows))]
pub const UNIX_MAX_PATH_BYTES: usize = 511;

/// Opens `path` with `flags` (see [`Connection::open_with_flags`]).
pub fn open(path: &Path, flags: OpenFlags) -> rusqlite::Result<Connection> {
    #[cfg(windows)]
    {
        Connection::open_with_flags_and_vfs(path, flags, VFS)
    }
    #[cfg(not(windows))]
    {
        check_length(path)?;
        Connection::open_with_flags(path, flags)
    }
}

/// Opens (or creates) `path` for reading and writing.
pub fn open_rw(path: &Path) -> rusqlite::Result<Connection> {
    open(path, OpenFlags::default())
}

/// Copies the main database of `src` into a new file `dst` through SQLite's
/// backup API (a consistent copy while `src` stays open).
pub fn copy_to(src: &Connection, dst: &Path) -> rusqlite::Result<()> {
    let mut out = open_rw(dst)?;
    let backup = rusqlite::backup::Backup::new(src, &mut out)?;
    backup.run_to_completion(256, Duration::from_millis(5), None)
}

#[cfg(not(windows))]
fn check_length(path: &Path) -> rusqlite::Result<()> {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let bytes = full.as_os_str().len();
    if bytes <= UNIX_MAX_PATH_BYTES {
        return Ok(());
    }
    Err(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
        Some(format!(
            "路径太长（{bytes} 字节，约 {} 个字符）：本系统上项目文件的完整路径最多 {UNIX_MAX_PATH_BYTES} 字节（约 170 个汉字）。请把项目放到层级较浅或名称较短的文件夹中",
            full.to_string_lossy().chars().count()
        )),
    ))
}
