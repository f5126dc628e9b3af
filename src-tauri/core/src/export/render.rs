//! Display list → PDF bytes through printpdf: one embedded font, subset to
//! the glyphs used; greys, rules and text drawn with as few state changes as
//! possible; and nothing random in the file (the font's subset tag and the
//! file identifier are hashes of the content), so the same input gives the
//! same bytes.

use printpdf::{BlendMode, ExtendedGraphicsState, ExtendedGraphicsStateId, SeperableBlendMode};
use printpdf::{
    Color, CurTransMat, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument,
    PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
    TextRenderingMode, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};

use super::font::font;
use super::metadata::{producer, Metadata};
use super::outline;
use super::page::{Geometry, Item, Page, MM};
use crate::picture::Picture;

/// The graphics state pictures stamped over text are drawn in.
const STAMP_STATE: &str = "GSStamp";

/// Stroke width of bold text, as a share of its size.
const BOLD_STROKE: f32 = 0.035;

/// The PDF for laid-out pages, with `created` (Unix seconds) as its date.
pub(crate) fn render(pages: &[Page], geo: &Geometry, meta: &Metadata, created: i64) -> Vec<u8> {
    let font_id = FontId(format!("{}NotoSansSC", subset_tag(pages)));
    let mut doc = PdfDocument::new(&meta.title);
    doc.resources
        .fonts
        .map
        .insert(font_id.clone(), PdfFont::new(font().parsed.clone()));
    set_info(&mut doc, meta, created);
    let images = image_ids(pages);
    for (id, picture) in images.values() {
        doc.resources
            .xobjects
            .map
            .insert(id.clone(), XObject::Image(picture.raw()));
    }
    if pages.iter().flat_map(|p| &p.items).any(|i| {
        matches!(
            i,
            Item::Image {
                over_text: true,
                ..
            }
        )
    }) {
        // A stamp multiplies with what is under it, as ink does: a seal
        // scanned on white paper does not hide the text it covers.
        let multiply = ExtendedGraphicsState::default()
            .with_blend_mode(BlendMode::Seperable(SeperableBlendMode::Multiply));
        doc.resources
            .extgstates
            .map
            .insert(ExtendedGraphicsStateId(STAMP_STATE.into()), multiply);
    }
    let (w, h) = (Mm(geo.width / MM), Mm(geo.height / MM));
    let pdf_pages = pages
        .iter()
        .map(|p| PdfPage::new(w, h, page_ops(p, &font_id, &images)))
        .collect();
    doc.with_pages(pdf_pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = printpdf::to_lopdf_doc(&doc, &opts, &mut warnings);
    outline::add(&mut lo, &outline::entries(pages));
    drop_false_claims(&mut lo);
    lo.compress();
    save_with_content_id(&mut lo)
}

fn set_info(doc: &mut PdfDocument, meta: &Metadata, created: i64) {
    let date = printpdf::OffsetDateTime::from_unix_timestamp(created)
        .or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0))
        .expect("the epoch is a date");
    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.keywords = meta.keywords.clone();
    info.creator = producer();
    info.producer = producer();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
}

/// printpdf names a PDF/X version in the document information although the
/// file makes no PDF/X promises (no output intent): leave that out.
fn drop_false_claims(lo: &mut lopdf::Document) {
    let Ok(info) = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    else {
        return;
    };
    if let Ok(dict) = lo.get_object_mut(info).and_then(lopdf::Object::as_dict_mut) {
        dict.remove(b"GTS_PDFXVersion");
        dict.remove(b"Identifier");
    }
}

/// Saves with a file identifier derived from the content itself.
fn save_with_content_id(lo: &mut lopdf::Document) -> Vec<u8> {
    use lopdf::{Object, StringFormat};
    let id = |bytes: Vec<u8>| {
        Object::Array(vec![
            Object::String(bytes.clone(), StringFormat::Hexadecimal),
            Object::String(bytes, StringFormat::Hexadecimal),
        ])
    };
    lo.trailer.set("ID", id(vec![0; 16]));
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).expect("writing to memory");
    let digest = Sha256::digest(&bytes)[..16].to_vec();
    lo.trailer.set("ID", id(digest));
    bytes.clear();
    lo.save_to(&mut bytes).expect("writing to memory");
    bytes
}

/// Six capital letters naming this subset of the font (ISO 32000-1, 9.6.4),
/// derived from the characters used.
fn subset_tag(pages: &[Page]) -> String {
    let mut chars: Vec<char> = pages
        .iter()
        .flat_map(|p| p.items.iter().filter_map(Item::text))
        .flat_map(str::chars)
        .collect();
    chars.sort_unstable();
    chars.dedup();
    let text: String = chars.into_iter().collect();
    Sha256::digest(text.as_bytes())[..6]
        .iter()
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

type Images<'a> = std::collections::BTreeMap<&'a str, (XObjectId, &'a Picture)>;

/// One image object per distinct picture, named in order of first use
/// (names are part of the bytes: nothing random).
fn image_ids(pages: &[Page]) -> Images<'_> {
    let mut images = Images::new();
    for item in pages.iter().flat_map(|p| &p.items) {
        if let Item::Image { picture, .. } = item {
            let n = images.len() + 1;
            images
                .entry(picture.key.as_str())
                .or_insert_with(|| (XObjectId(format!("Im{n}")), picture));
        }
    }
    images
}

/// Draws the pictures of `page` that go under (or over) the text.
fn image_ops(pen: &mut Pen, page: &Page, images: &Images, over: bool) {
    for item in &page.items {
        if let Item::Image {
            x,
            y,
            w,
            h,
            picture,
            over_text,
        } = item
        {
            if *over_text != over {
                continue;
            }
            let (id, _) = &images[picture.key.as_str()];
            pen.ops.push(Op::SaveGraphicsState);
            if over {
                pen.ops.push(Op::LoadGraphicsState {
                    gs: ExtendedGraphicsStateId(STAMP_STATE.into()),
                });
            }
            pen.ops.push(Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([*w, 0.0, 0.0, *h, *x, *y]),
            });
            pen.ops.push(Op::UseXobject {
                id: id.clone(),
                transform: XObjectTransform {
                    no_auto_scale: true,
                    ..Default::default()
                },
            });
            pen.ops.push(Op::RestoreGraphicsState);
            // The saved state is back: what the pen set before still holds.
        }
    }
}

fn grey(g: f32) -> Color {
    Color::Greyscale(Greyscale::new(g.clamp(0.0, 1.0), None))
}

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// The graphics and text state last set on the page, so that each change is
/// written once.
#[derive(Default)]
struct Pen {
    ops: Vec<Op>,
    fill: Option<f32>,
    stroke: Option<f32>,
    line_width: Option<f32>,
    size: Option<f32>,
    bold: Option<bool>,
    spacing: Option<f32>,
}

impl Pen {
    fn fill(&mut self, g: f32) {
        if self.fill != Some(g) {
            self.ops.push(Op::SetFillColor { col: grey(g) });
            self.fill = Some(g);
        }
    }
    fn stroke(&mut self, g: f32, width: f32) {
        if self.stroke != Some(g) {
            self.ops.push(Op::SetOutlineColor { col: grey(g) });
            self.stroke = Some(g);
        }
        if self.line_width != Some(width) {
            self.ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.line_width = Some(width);
        }
    }
    fn font(&mut self, font: &FontId, size: f32) {
        if self.size != Some(size) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(size),
            });
            self.size = Some(size);
        }
    }
    fn bold(&mut self, bold: bool, grey: f32, size: f32) {
        if bold {
            self.stroke(grey, size * BOLD_STROKE);
        }
        if self.bold != Some(bold) {
            let mode = if bold {
                TextRenderingMode::FillStroke
            } else {
                TextRenderingMode::Fill
            };
            self.ops.push(Op::SetTextRenderingMode { mode });
            self.bold = Some(bold);
        }
    }
    fn spacing(&mut self, s: f32) {
        if self.spacing.unwrap_or(0.0) != s {
            self.ops.push(Op::SetCharacterSpacing { multiplier: s });
            self.spacing = Some(s);
        }
    }
    fn show(&mut self, matrix: TextMatrix, text: &str) {
        self.ops.push(Op::SetTextMatrix { matrix });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
    }
}

/// A page's operations: watermark, pictures, shading, rules, text, then
/// pictures stamped over the text.
fn page_ops(page: &Page, font_id: &FontId, images: &Images) -> Vec<Op> {
    let mut pen = Pen::default();
    let rotated: Vec<&Item> = page
        .items
        .iter()
        .filter(|i| matches!(i, Item::Rotated { .. }))
        .collect();
    if !rotated.is_empty() {
        pen.ops.push(Op::StartTextSection);
        for item in rotated {
            if let Item::Rotated {
                x,
                y,
                size,
                angle,
                text,
                grey,
            } = item
            {
                let (s, c) = angle.to_radians().sin_cos();
                pen.font(font_id, *size);
                pen.fill(*grey);
                pen.show(TextMatrix::Raw([c, s, -s, c, *x, *y]), text);
            }
        }
        pen.ops.push(Op::EndTextSection);
    }
    image_ops(&mut pen, page, images, false);
    for item in &page.items {
        if let Item::Fill { x, y, w, h, grey } = item {
            pen.fill(*grey);
            pen.ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    mode: Some(PaintMode::Fill),
                    ..Rect::from_xywh(Pt(*x), Pt(*y), Pt(*w), Pt(*h))
                },
            });
        }
    }
    for item in &page.items {
        if let Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            grey,
        } = item
        {
            pen.stroke(*grey, *width);
            pen.ops.push(Op::DrawLine {
                line: Line {
                    points: vec![pt(*x1, *y1), pt(*x2, *y2)],
                    is_closed: false,
                },
            });
        }
    }
    pen.ops.push(Op::StartTextSection);
    for item in &page.items {
        if let Item::Text {
            x,
            y,
            size,
            text,
            bold,
            grey,
            spacing,
        } = item
        {
            pen.font(font_id, *size);
            pen.fill(*grey);
            pen.bold(*bold, *grey, *size);
            pen.spacing(*spacing);
            pen.show(TextMatrix::Translate(Pt(*x), Pt(*y)), text);
        }
    }
    pen.ops.push(Op::EndTextSection);
    image_ops(&mut pen, page, images, true);
    pen.ops
}
