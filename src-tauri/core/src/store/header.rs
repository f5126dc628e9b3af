//! Reads a file's SQLite header without opening it, so a file that is not
//! ours (or is newer, or truncated) is refused before anything can touch it.

use std::io::Read;
use std::path::Path;

use super::migrations::{APPLICATION_ID, CURRENT_VERSION};
use crate::error::{CoreError, ErrorCode, Result};

const MAGIC: &[u8; 16] = b"SQLite format 3\0";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub application_id: u32,
    pub user_version: u32,
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn not_ours(path: &Path, why: &str) -> CoreError {
    refused(ErrorCode::NotAProject, path, why)
}

fn damaged(path: &Path, why: &str) -> CoreError {
    refused(ErrorCode::Corrupted, path, why)
}

fn refused(code: ErrorCode, path: &Path, why: &str) -> CoreError {
    CoreError::new(
        code,
        format!(
            "无法打开“{}”：{why}。文件未被修改。",
            path.file_name().unwrap_or_default().to_string_lossy()
        ),
    )
}

/// Checks the header: SQLite, complete, ours, not newer than this build.
pub fn inspect(path: &Path) -> Result<Header> {
    let mut f = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            CoreError::not_found(format!("找不到文件：{}", path.display()))
        }
        std::io::ErrorKind::PermissionDenied => CoreError::new(
            ErrorCode::ReadOnly,
            format!("没有权限读取文件：{}", path.display()),
        ),
        _ => CoreError::storage(format!("无法读取文件 {}：{e}", path.display())),
    })?;
    if f.metadata()?.is_dir() {
        return Err(not_ours(path, "这是一个文件夹"));
    }
    let len = f.metadata()?.len();
    let mut head = [0u8; 100];
    let n = f.read(&mut head)?;
    if n < 16 || &head[..16] != MAGIC {
        return Err(not_ours(
            path,
            "它不是贯标助手项目文件（不是 SQLite 数据库）",
        ));
    }
    if n < 100 {
        return Err(damaged(path, "文件不完整，可能已被截断"));
    }
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65_536u64,
        p => p as u64,
    };
    let change_counter = be32(&head, 24);
    let pages = be32(&head, 28) as u64;
    let valid_for = be32(&head, 92);
    if page_size < 512 || !page_size.is_power_of_two() || len % page_size != 0 {
        return Err(damaged(path, "文件不完整或已损坏，可能已被截断"));
    }
    if valid_for == change_counter && pages > 0 && len < pages * page_size {
        return Err(damaged(path, "文件不完整，可能已被截断"));
    }
    let header = Header {
        application_id: be32(&head, 68),
        user_version: be32(&head, 60),
    };
    check_ids(path, header)?;
    Ok(header)
}

/// Refuses other applications' databases and files from newer versions.
pub fn check_ids(path: &Path, h: Header) -> Result<()> {
    if h.application_id != APPLICATION_ID {
        return Err(refused(
            ErrorCode::ForeignDatabase,
            path,
            "这是一个 SQLite 数据库，但不是贯标助手的项目文件",
        ));
    }
    if h.user_version > CURRENT_VERSION {
        return Err(CoreError::new(
            ErrorCode::NewerVersion,
            format!(
                "“{}”由更新版本的贯标助手创建（数据版本 {}，本程序支持到 {}）。请升级贯标助手后再打开；文件未被修改。",
                path.file_name().unwrap_or_default().to_string_lossy(),
                h.user_version,
                CURRENT_VERSION
            ),
        ));
    }
    Ok(())
}
