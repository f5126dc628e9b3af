//! Attachment records: the file lives in the store, the row in the project.

use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::attachments::{AttachmentStore, StoredFile};
use crate::error::{CoreError, Result};
use crate::model::Attachment;

pub(crate) const COLUMNS: &str = "id, sha256, file_name, media_type, size, created_at";

pub(crate) fn row(r: &Row) -> rusqlite::Result<Attachment> {
    row_at(r, 0)
}

/// An attachment read from the columns of `COLUMNS` starting at `at`.
pub(crate) fn row_at(r: &Row, at: usize) -> rusqlite::Result<Attachment> {
    Ok(Attachment {
        id: r.get(at)?,
        sha256: r.get(at + 1)?,
        file_name: r.get(at + 2)?,
        media_type: r.get(at + 3)?,
        size: r.get::<_, i64>(at + 4)? as u64,
        created_at: r.get(at + 5)?,
    })
}

/// Loads an attachment by id inside a query (`None` stays `None`).
pub(crate) fn load(
    conn: &rusqlite::Connection,
    id: Option<i64>,
) -> rusqlite::Result<Option<Attachment>> {
    match id {
        None => Ok(None),
        Some(id) => conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM attachment WHERE id = ?1"),
                [id],
                row,
            )
            .optional(),
    }
}

/// Checks that an attachment id refers to a row.
pub(crate) fn check(tx: &rusqlite::Connection, id: Option<i64>) -> Result<()> {
    if let Some(id) = id {
        if load(tx, Some(id))?.is_none() {
            return Err(CoreError::not_found(format!("附件（编号 {id}）不存在")));
        }
    }
    Ok(())
}

/// Records a stored file in the project; returns the row's id.
pub(crate) fn insert(tx: &rusqlite::Connection, f: &StoredFile) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO attachment (sha256, file_name, media_type, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![f.sha256, f.file_name, f.media_type, f.size as i64, now()],
    )?;
    Ok(tx.last_insert_rowid())
}

impl Project {
    /// Copies a file into the store and records it in the project.
    pub fn attach_file(
        &mut self,
        store: &AttachmentStore,
        src: &std::path::Path,
    ) -> Result<Attachment> {
        let f: StoredFile = store.put(src)?;
        let id = self.write(|tx| Ok(insert(tx, &f)?))?;
        self.attachment(id)
    }

    /// Records a file described but not necessarily stored on this computer
    /// (the demo's pictures: the store gets their content when it exists).
    pub(crate) fn record_file(&mut self, f: &StoredFile) -> Result<Attachment> {
        let id = self.write(|tx| Ok(insert(tx, f)?))?;
        self.attachment(id)
    }

    pub fn attachment(&self, id: i64) -> Result<Attachment> {
        load(self.conn(), Some(id))?
            .ok_or_else(|| CoreError::not_found(format!("附件（编号 {id}）不存在")))
    }
}
