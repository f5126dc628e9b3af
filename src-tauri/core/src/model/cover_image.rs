use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Attachment;

/// Which picture goes on the covers of exported volumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CoverImageKind {
    /// 企业标志: above the title of the application package and the 文件汇编.
    Logo,
    /// 单位印章: stamped over the 申报单位 and date of the application package.
    Seal,
}

impl CoverImageKind {
    pub fn code(self) -> &'static str {
        match self {
            CoverImageKind::Logo => "logo",
            CoverImageKind::Seal => "seal",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        match c {
            "logo" => Some(CoverImageKind::Logo),
            "seal" => Some(CoverImageKind::Seal),
            _ => None,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            CoverImageKind::Logo => "企业标志",
            CoverImageKind::Seal => "单位印章",
        }
    }
}

/// A chosen cover picture: the stored file and its pixel size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CoverImage {
    pub kind: CoverImageKind,
    pub attachment: Attachment,
    pub width: u32,
    pub height: u32,
}
