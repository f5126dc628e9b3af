//! `cover-image FILE logo|seal IMAGE`, or `--clear`: the pictures on the
//! covers of the application package and the 文件汇编.

use guanbiao_core::model::CoverImageKind;
use guanbiao_core::{CoreError, Project};
use serde::Serialize;

use super::{store, Outcome, Status};
use crate::args;
use crate::output::Out;

#[derive(Serialize)]
struct Answer {
    /// `logo` or `seal`.
    kind: &'static str,
    /// The picture now on the cover; `None` once cleared.
    image: Option<Image>,
}

#[derive(Serialize)]
struct Image {
    file_name: String,
    width: u32,
    height: u32,
}

pub fn handle(a: args::CoverImage, out: Out) -> Outcome {
    let kind = CoverImageKind::from(a.kind);
    let mut project = Project::open(&a.file)?;
    let image = match a.image.filter(|_| !a.clear) {
        None => {
            project.clear_cover_image(kind)?;
            None
        }
        Some(path) => {
            let store = store().ok_or_else(|| CoreError::storage("找不到应用数据目录"))?;
            let c = project.set_cover_image(&store, kind, &path)?;
            Some(Image {
                file_name: c.attachment.file_name,
                width: c.width,
                height: c.height,
            })
        }
    };
    let answer = Answer {
        kind: kind.code(),
        image,
    };
    out.answer(&answer, |a| match &a.image {
        None => println!("已移除{}", kind.label()),
        Some(i) => println!(
            "{}：{}（{} × {} 像素）",
            kind.label(),
            i.file_name,
            i.width,
            i.height
        ),
    });
    project.close()?;
    Ok(Status::Done)
}
