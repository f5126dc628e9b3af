//! Laid-out pages as a plain display list (points, origin bottom-left, as in
//! PDF): what the layout produces, what the glyph check reads and what the
//! renderer turns into PDF operations.

/// One millimetre in points.
pub(crate) const MM: f32 = 72.0 / 25.4;

/// A4 with the margins of a controlled document: wider on the binding side.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

pub(crate) const A4: Geometry = Geometry {
    width: 210.0 * MM,
    height: 297.0 * MM,
    left: 25.0 * MM,
    right: 20.0 * MM,
    top: 25.0 * MM,
    bottom: 20.0 * MM,
};

impl Geometry {
    /// Left edge of the text block.
    pub fn x0(&self) -> f32 {
        self.left
    }
    /// Right edge of the text block.
    pub fn x1(&self) -> f32 {
        self.width - self.right
    }
    pub fn text_width(&self) -> f32 {
        self.x1() - self.x0()
    }
    /// Top of the text block.
    pub fn y_top(&self) -> f32 {
        self.height - self.top
    }
    /// Bottom of the text block.
    pub fn y_bottom(&self) -> f32 {
        self.bottom
    }
}

/// One thing drawn on a page. `grey` is the DeviceGray level (0 black, 1 white).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// Text on a baseline starting at `x`; `spacing` is added after each
    /// character (justification); `bold` draws fill-and-stroke.
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        bold: bool,
        grey: f32,
        spacing: f32,
    },
    /// Text turned by `angle` degrees about its start (the watermark).
    Rotated {
        x: f32,
        y: f32,
        size: f32,
        angle: f32,
        text: String,
        grey: f32,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        grey: f32,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: f32,
    },
    /// A picture in the box whose bottom-left corner is (`x`, `y`); drawn
    /// under the text, or over it when `over_text` (a seal stamped on a name).
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        picture: std::sync::Arc<crate::picture::Picture>,
        over_text: bool,
    },
}

impl Item {
    /// The text this item shows, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Item::Text { text, .. } | Item::Rotated { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// A place a bookmark points to: a heading's level, text and top edge.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Anchor {
    pub level: u8,
    pub title: String,
    pub y: f32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Page {
    pub items: Vec<Item>,
    /// Bookmark targets on this page, top to bottom.
    pub anchors: Vec<Anchor>,
}

impl Page {
    /// The page's text in drawing order, one item a line (for tests).
    #[cfg(test)]
    pub fn plain_text(&self) -> String {
        self.items
            .iter()
            .filter_map(Item::text)
            .collect::<Vec<_>>()
            .join("\n")
    }
}
