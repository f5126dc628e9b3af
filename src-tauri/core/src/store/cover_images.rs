//! The optional logo and seal on the covers: chosen from a file, checked to
//! be a readable PNG or JPEG before anything is stored, kept as an
//! attachment (content hash), one of each kind.

use std::path::Path;

use rusqlite::params;

use super::attachments::{self as rows, COLUMNS};
use super::{now, Project};
use crate::attachments::AttachmentStore;
use crate::error::{CoreError, Result};
use crate::model::{CoverImage, CoverImageKind};
use crate::picture;

impl Project {
    /// The chosen cover pictures, logo first.
    pub fn cover_images(&self) -> Result<Vec<CoverImage>> {
        let cols: String = COLUMNS
            .split(", ")
            .map(|c| format!("a.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut st = self.conn().prepare(&format!(
            "SELECT c.kind, c.width, c.height, {cols} FROM cover_image c JOIN attachment a ON a.id = c.attachment_id ORDER BY c.kind"
        ))?;
        let list = st
            .query_map([], |r| {
                let kind: String = r.get(0)?;
                Ok((kind, r.get(1)?, r.get(2)?, rows::row_at(r, 3)?))
            })?
            .collect::<rusqlite::Result<Vec<(String, u32, u32, _)>>>()?;
        Ok(list
            .into_iter()
            .filter_map(|(kind, width, height, attachment)| {
                Some(CoverImage {
                    kind: CoverImageKind::from_code(&kind)?,
                    attachment,
                    width,
                    height,
                })
            })
            .collect())
    }

    /// Uses the picture in `src` as the logo or seal (replacing any before).
    /// The file is read and decoded first: an unreadable picture is refused
    /// and nothing is stored.
    pub fn set_cover_image(
        &mut self,
        store: &AttachmentStore,
        kind: CoverImageKind,
        src: &Path,
    ) -> Result<CoverImage> {
        let meta = std::fs::metadata(src)
            .map_err(|e| CoreError::not_found(format!("无法读取图片 {}：{e}", src.display())))?;
        if !meta.is_file() {
            return Err(CoreError::invalid("请选择一个图片文件"));
        }
        if meta.len() > picture::MAX_FILE {
            return Err(CoreError::invalid(format!(
                "图片文件过大：{:.1} MB，上限 {} MB",
                meta.len() as f64 / 1048576.0,
                picture::MAX_FILE / 1048576
            )));
        }
        let picture = picture::decode(&std::fs::read(src)?)?;
        let (width, height) = picture.source_size;
        let f = store.put(src)?;
        self.write(|tx| {
            let attachment = rows::insert(tx, &f)?;
            tx.execute(
                "INSERT INTO cover_image (kind, attachment_id, width, height, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (kind) DO UPDATE SET attachment_id = excluded.attachment_id, width = excluded.width, height = excluded.height, updated_at = excluded.updated_at",
                params![kind.code(), attachment, width, height, now()],
            )?;
            Ok(())
        })?;
        self.cover_images()?
            .into_iter()
            .find(|c| c.kind == kind)
            .ok_or_else(|| CoreError::storage("封面图片未能保存"))
    }

    /// A small PNG of the chosen picture as a `data:` URL (`None`: none
    /// chosen, or its file is not in `store`).
    pub fn cover_image_preview(
        &self,
        store: &AttachmentStore,
        kind: CoverImageKind,
    ) -> Result<Option<String>> {
        let Some(c) = self.cover_images()?.into_iter().find(|c| c.kind == kind) else {
            return Ok(None);
        };
        let Some(bytes) = store.read(&c.attachment.sha256) else {
            return Ok(None);
        };
        picture::thumbnail_data_url(&bytes, 240).map(Some)
    }

    /// Removes the logo or seal (the covers are drawn without it).
    pub fn clear_cover_image(&mut self, kind: CoverImageKind) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM cover_image WHERE kind = ?1", [kind.code()])?;
            Ok(())
        })
    }
}
