//! The cover pictures an export draws, read once from the attachment store.
//! A picture whose file is missing here (a project copied to another
//! computer without its data directory) is left off and reported, like a
//! missing evidence file: the export itself goes on.

use std::sync::Arc;

use crate::attachments::AttachmentStore;
use crate::error::Result;
use crate::model::{CoverImage, CoverImageKind};
use crate::picture::{self, Picture};
use crate::Project;

#[derive(Debug, Clone, Default)]
pub struct CoverArt {
    pub logo: Option<Arc<Picture>>,
    pub seal: Option<Arc<Picture>>,
    /// "企业标志（logo.png）" for each chosen picture that could not be read.
    pub missing: Vec<String>,
}

impl CoverArt {
    /// The project's cover pictures from `store` (`None`: none can be read).
    pub fn load(project: &Project, store: Option<&AttachmentStore>) -> Result<CoverArt> {
        let mut art = CoverArt::default();
        for c in project.cover_images()? {
            match read(store, &c) {
                Some(p) => match c.kind {
                    CoverImageKind::Logo => art.logo = Some(Arc::new(p)),
                    CoverImageKind::Seal => art.seal = Some(Arc::new(p)),
                },
                None => {
                    art.missing
                        .push(format!("{}（{}）", c.kind.label(), c.attachment.file_name))
                }
            }
        }
        Ok(art)
    }
}

fn read(store: Option<&AttachmentStore>, c: &CoverImage) -> Option<Picture> {
    picture::decode(&store?.read(&c.attachment.sha256)?).ok()
}
