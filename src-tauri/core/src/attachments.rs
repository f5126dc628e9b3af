//! Files the user attaches, stored by content hash under the app's data
//! directory: size-limited, type sniffed from the content, names made safe,
//! and never placed outside the store whatever the name says.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{CoreError, Result};

/// Largest file accepted.
pub const MAX_SIZE: u64 = 50 * 1024 * 1024;

pub struct AttachmentStore {
    root: PathBuf,
}

/// What a stored file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub sha256: String,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
}

impl AttachmentStore {
    pub fn new(data_dir: &Path) -> AttachmentStore {
        AttachmentStore {
            root: data_dir.join("attachments"),
        }
    }

    /// Where the content with this hash lives (the hash is checked to be hex).
    pub fn path_of(&self, sha256: &str) -> Result<PathBuf> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CoreError::invalid("附件标识无效"));
        }
        Ok(self.root.join(&sha256[..2]).join(sha256))
    }

    /// The stored content with this hash, if it is here and unaltered.
    pub fn read(&self, sha256: &str) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.path_of(sha256).ok()?).ok()?;
        (sha256_hex(&bytes) == sha256).then_some(bytes)
    }

    /// A copy of a stored file under its own name, for the system's viewer (the
    /// store names files by hash, and a viewer goes by the name's extension):
    /// `查看副本/<hash prefix>/<name>` beside the store, read-only, because
    /// changes made in the viewer do not go back into the project.
    pub fn viewing_copy(&self, sha256: &str, file_name: &str) -> Result<PathBuf> {
        let bytes = self.read(sha256).ok_or_else(|| {
            CoreError::not_found(format!(
                "附件“{file_name}”的文件不在本机或已被改动：请用“更换…”重新选择文件"
            ))
        })?;
        let base = self.root.with_file_name("查看副本");
        let dir = base.join(&sha256[..16]);
        let dest = dir.join(safe_name(file_name));
        if std::fs::read(&dest).is_ok_and(|b| b == bytes) {
            return Ok(dest);
        }
        std::fs::create_dir_all(&dir)?;
        if dest.exists() {
            // An older copy, changed in its viewer: replaced by the stored content.
            let mut perms = std::fs::metadata(&dest)?.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            std::fs::set_permissions(&dest, perms)?;
        }
        let tmp = dir.join(format!(".incoming-{}", std::process::id()));
        std::fs::write(&tmp, &bytes)?;
        let mut perms = std::fs::metadata(&tmp)?.permissions();
        perms.set_readonly(true);
        std::fs::set_permissions(&tmp, perms)?;
        std::fs::rename(&tmp, &dest)?;
        Ok(dest)
    }

    /// Copies `src` into the store; identical content is stored once.
    pub fn put(&self, src: &Path) -> Result<StoredFile> {
        let meta = std::fs::metadata(src).map_err(|e| {
            CoreError::not_found(format!("无法读取要附加的文件 {}：{e}", src.display()))
        })?;
        if !meta.is_file() {
            return Err(CoreError::invalid("只能附加文件，不能附加文件夹"));
        }
        if meta.len() > MAX_SIZE {
            return Err(CoreError::invalid(format!(
                "附件过大：{:.1} MB，上限 {} MB",
                meta.len() as f64 / 1048576.0,
                MAX_SIZE / 1048576
            )));
        }
        if meta.len() == 0 {
            return Err(CoreError::invalid("附件是空文件"));
        }
        let name = safe_name(&src.file_name().unwrap_or_default().to_string_lossy());
        self.put_from(name, std::fs::File::open(src)?)
    }

    /// Stores `bytes` under the name `name` (made safe): what the app makes
    /// itself, such as the demo's pictures.
    pub fn put_bytes(&self, name: &str, bytes: &[u8]) -> Result<StoredFile> {
        if bytes.is_empty() {
            return Err(CoreError::invalid("附件是空文件"));
        }
        self.put_from(safe_name(name), bytes)
    }

    fn put_from(&self, name: String, mut input: impl Read) -> Result<StoredFile> {
        std::fs::create_dir_all(&self.root)?;
        let tmp = self.root.join(format!(".incoming-{}", std::process::id()));
        let mut hasher = Sha256::new();
        let mut head = Vec::new();
        let mut size = 0u64;
        {
            let mut out = std::fs::File::create(&tmp)?;
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = input.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                size += n as u64;
                if size > MAX_SIZE {
                    drop(out);
                    let _ = std::fs::remove_file(&tmp);
                    return Err(CoreError::invalid(format!(
                        "附件过大：上限 {} MB",
                        MAX_SIZE / 1048576
                    )));
                }
                if head.len() < 8192 {
                    head.extend_from_slice(&buf[..n.min(8192 - head.len())]);
                }
                hasher.update(&buf[..n]);
                out.write_all(&buf[..n])?;
            }
            out.sync_all()?;
        }
        let media_type = match sniff(&head, &name) {
            Some(t) => t.to_string(),
            None => {
                let _ = std::fs::remove_file(&tmp);
                return Err(CoreError::invalid(format!(
                    "不支持的附件类型：“{name}”。可附加 PDF、图片（PNG/JPEG/GIF/WebP）、Word/Excel 文档或文本文件"
                )));
            }
        };
        let sha256 = hex(&hasher.finalize());
        let dest = self.path_of(&sha256)?;
        std::fs::create_dir_all(dest.parent().expect("hash dir"))?;
        if dest.exists() {
            std::fs::remove_file(&tmp)?;
        } else {
            std::fs::rename(&tmp, &dest)?;
        }
        Ok(StoredFile {
            sha256,
            file_name: name,
            media_type,
            size,
        })
    }
}

impl StoredFile {
    /// What `bytes` are stored as, without storing them (`None`: a type the
    /// store refuses). The same content put later gets the same row.
    pub fn describe(name: &str, bytes: &[u8]) -> Option<StoredFile> {
        let name = safe_name(name);
        let media_type = sniff(&bytes[..bytes.len().min(8192)], &name)?.to_string();
        Some(StoredFile {
            sha256: sha256_hex(bytes),
            file_name: name,
            media_type,
            size: bytes.len() as u64,
        })
    }
}

/// Bytes in lower-case hex (hashes as the store and the packages name them).
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of `bytes` in lower-case hex, as files are named in the store.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The last path component, without characters Windows or Linux reject, never `..`.
pub fn safe_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    let trimmed = cleaned
        .trim()
        .trim_start_matches('.')
        .trim_end_matches(['.', ' ']);
    let mut out: String = trimmed.chars().take(120).collect();
    if out.is_empty() {
        out = "附件".into();
    }
    not_a_device(out)
}

/// A file name Windows can create: a name whose part before the first dot
/// is a device (`CON`, `aux.pdf`, `com1 .txt`, any case) gets a leading `_`.
pub fn not_a_device(name: String) -> String {
    let stem = name.split('.').next().unwrap_or_default().trim_end();
    let upper = stem.to_ascii_uppercase();
    let device = matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (upper.len() == 4
            && (upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.as_bytes()[3].is_ascii_digit());
    if device {
        format!("_{name}")
    } else {
        name
    }
}

/// The media type from the first bytes; the name only tells Office formats apart.
fn sniff(head: &[u8], name: &str) -> Option<&'static str> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if head.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some("image/jpeg");
    }
    if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        return Some("image/gif");
    }
    if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        return Some("image/webp");
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some(match ext.as_str() {
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            _ => "application/zip",
        });
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(match ext.as_str() {
            "xls" => "application/vnd.ms-excel",
            _ => "application/msword",
        });
    }
    // Text: valid UTF-8 (a cut multi-byte sequence at the end of the sample is fine) and no NUL.
    let text_ok = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    if text_ok && !head.contains(&0) {
        return Some(if ext == "csv" {
            "text/csv"
        } else {
            "text/plain"
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_never_escape() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("..\\..\\win.ini"), "win.ini");
        assert_eq!(safe_name(".."), "附件");
        assert_eq!(safe_name("签到表<1>.pdf"), "签到表1.pdf");
        assert_eq!(safe_name(".hidden"), "hidden");
        // Names Windows reserves for devices, and trailing dots.
        assert_eq!(safe_name("CON"), "_CON");
        assert_eq!(safe_name("aux.pdf"), "_aux.pdf");
        assert_eq!(safe_name("com1 .txt"), "_com1 .txt");
        assert_eq!(safe_name("lpt9.tar.gz"), "_lpt9.tar.gz");
        assert_eq!(safe_name("console.pdf"), "console.pdf");
        assert_eq!(safe_name("签到表..."), "签到表");
    }

    #[test]
    fn stores_by_hash_once_and_sniffs() {
        let dir = tempfile::tempdir().unwrap();
        let store = AttachmentStore::new(dir.path());
        let src = dir.path().join("证书.pdf");
        std::fs::write(&src, b"%PDF-1.4 hello").unwrap();
        let a = store.put(&src).unwrap();
        let b = store.put(&src).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.media_type, "application/pdf");
        assert_eq!(a.file_name, "证书.pdf");
        let stored = store.path_of(&a.sha256).unwrap();
        assert!(stored.starts_with(dir.path().join("attachments")));
        assert_eq!(std::fs::read(stored).unwrap(), b"%PDF-1.4 hello");

        let exe = dir.path().join("photo.png");
        std::fs::write(&exe, [0x7F, b'E', b'L', b'F', 0, 0, 1, 2]).unwrap();
        let e = store.put(&exe).unwrap_err();
        assert!(e.message.contains("不支持的附件类型"), "{}", e.message);
        assert!(store.path_of("../x").is_err());
    }
}
