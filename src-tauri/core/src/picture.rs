//! The optional cover logo and seal: a PNG or JPEG read with small
//! pure-Rust decoders, its size checked from the header before any pixel
//! is decoded (a hostile header cannot make us allocate gigabytes), scaled
//! down to what print needs, and handed to printpdf as raw pixels (it
//! compresses them with Flate and writes any alpha as a soft mask).

use std::io::Cursor;

use sha2::{Digest, Sha256};

use crate::error::{CoreError, Result};

/// Largest image file accepted for a cover.
pub const MAX_FILE: u64 = 10 * 1024 * 1024;
/// Largest image accepted, in pixels (a 5000 × 5000 scan).
pub const MAX_PIXELS: u64 = 25_000_000;
/// Longest side kept in the PDF: the seal is drawn 42 mm wide, which at
/// 300 dpi is about 500 pixels.
const PRINT_SIDE: u32 = 600;

/// Colour channels of the decoded pixels (8 bits each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channels {
    Gray = 1,
    GrayAlpha = 2,
    Rgb = 3,
    Rgba = 4,
}

impl Channels {
    fn count(self) -> usize {
        self as usize
    }
    fn has_alpha(self) -> bool {
        matches!(self, Channels::GrayAlpha | Channels::Rgba)
    }
}

/// Decoded pixels, row by row, top row first.
#[derive(Clone, PartialEq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub channels: Channels,
    pub pixels: Vec<u8>,
    /// Names the content (for sharing one image object in a file).
    pub key: String,
    /// Width and height of the image as read, before any scaling.
    pub source_size: (u32, u32),
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Picture({}×{} {:?} {})",
            self.width,
            self.height,
            self.channels,
            &self.key[..8]
        )
    }
}

fn unreadable(why: impl std::fmt::Display) -> CoreError {
    CoreError::invalid(format!("图片无法读取：{why}。请换一张 PNG 或 JPEG 图片"))
}

/// The pixel size from the header alone (also checks the format and the limits).
fn dimensions(bytes: &[u8]) -> Result<(u32, u32)> {
    let (w, h) = if is_png(bytes) {
        let reader = png_decoder(bytes).read_info().map_err(unreadable)?;
        (reader.info().width, reader.info().height)
    } else if is_jpeg(bytes) {
        let mut d = jpeg_decoder::Decoder::new(Cursor::new(bytes));
        d.read_info().map_err(unreadable)?;
        let info = d.info().ok_or_else(|| unreadable("缺少图像信息"))?;
        (u32::from(info.width), u32::from(info.height))
    } else {
        return Err(CoreError::invalid(
            "封面图片只支持 PNG 或 JPEG 格式（扫描的印章建议用透明背景的 PNG）",
        ));
    };
    check_size(w, h)?;
    Ok((w, h))
}

fn check_size(w: u32, h: u32) -> Result<()> {
    if w == 0 || h == 0 {
        return Err(unreadable("图片宽或高为 0"));
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(CoreError::invalid(format!(
            "图片过大：{w} × {h} 像素，上限 {} 万像素。请缩小或裁剪后再选择",
            MAX_PIXELS / 10_000
        )));
    }
    Ok(())
}

/// Decodes a PNG or JPEG and scales it down for print.
pub fn decode(bytes: &[u8]) -> Result<Picture> {
    if bytes.len() as u64 > MAX_FILE {
        return Err(CoreError::invalid(format!(
            "图片文件过大：{:.1} MB，上限 {} MB",
            bytes.len() as f64 / 1048576.0,
            MAX_FILE / 1048576
        )));
    }
    let (w, h) = dimensions(bytes)?;
    let (channels, pixels) = if is_png(bytes) {
        decode_png(bytes)?
    } else {
        decode_jpeg(bytes)?
    };
    if pixels.len() != w as usize * h as usize * channels.count() {
        return Err(unreadable("像素数据不完整"));
    }
    let full = Picture {
        width: w,
        height: h,
        channels,
        pixels,
        key: String::new(),
        source_size: (w, h),
    };
    let mut p = downscale(&full, PRINT_SIDE);
    let mut hasher = Sha256::new();
    hasher.update(p.width.to_be_bytes());
    hasher.update(p.height.to_be_bytes());
    hasher.update([p.channels as u8]);
    hasher.update(&p.pixels);
    p.key = hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(p)
}

fn is_png(b: &[u8]) -> bool {
    b.starts_with(b"\x89PNG\r\n\x1a\n")
}

fn is_jpeg(b: &[u8]) -> bool {
    b.starts_with(&[0xFF, 0xD8, 0xFF])
}

fn png_decoder(bytes: &[u8]) -> png::Decoder<Cursor<&[u8]>> {
    let limits = png::Limits {
        bytes: MAX_PIXELS as usize * 4 + (1 << 20),
    };
    let mut d = png::Decoder::new_with_limits(Cursor::new(bytes), limits);
    d.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    d
}

fn decode_png(bytes: &[u8]) -> Result<(Channels, Vec<u8>)> {
    let mut reader = png_decoder(bytes).read_info().map_err(unreadable)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| unreadable("图片过大"))?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(unreadable)?;
    buf.truncate(info.line_size * info.height as usize);
    let channels = match info.color_type {
        png::ColorType::Grayscale => Channels::Gray,
        png::ColorType::GrayscaleAlpha => Channels::GrayAlpha,
        png::ColorType::Rgb => Channels::Rgb,
        png::ColorType::Rgba => Channels::Rgba,
        png::ColorType::Indexed => return Err(unreadable("调色板未能展开")),
    };
    if info.bit_depth != png::BitDepth::Eight {
        return Err(unreadable("不支持的位深"));
    }
    // Rows may carry padding beyond width × channels.
    let row = info.width as usize * channels.count();
    if info.line_size != row {
        buf = buf
            .chunks(info.line_size)
            .flat_map(|l| l[..row].to_vec())
            .collect();
    }
    Ok((channels, buf))
}

fn decode_jpeg(bytes: &[u8]) -> Result<(Channels, Vec<u8>)> {
    let mut d = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    d.set_max_decoding_buffer_size(MAX_PIXELS as usize * 4);
    let data = d.decode().map_err(unreadable)?;
    let info = d.info().ok_or_else(|| unreadable("缺少图像信息"))?;
    Ok(match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => (Channels::Gray, data),
        // Big-endian samples: the high byte is enough for print.
        jpeg_decoder::PixelFormat::L16 => (Channels::Gray, data.chunks(2).map(|s| s[0]).collect()),
        jpeg_decoder::PixelFormat::RGB24 => (Channels::Rgb, data),
        jpeg_decoder::PixelFormat::CMYK32 => (
            Channels::Rgb,
            data.chunks(4)
                .flat_map(|p| {
                    let k = 255 - u32::from(p[3]);
                    let ch = |c: u8| ((255 - u32::from(c)) * k / 255) as u8;
                    [ch(p[0]), ch(p[1]), ch(p[2])]
                })
                .collect(),
        ),
    })
}

/// Scales so the longest side is at most `max`, averaging the source
/// pixels under each target pixel (colour weighted by alpha, so transparent
/// pixels do not darken the edges of a seal).
pub(crate) fn downscale(p: &Picture, max: u32) -> Picture {
    let side = p.width.max(p.height);
    if side <= max {
        return p.clone();
    }
    let scale = f64::from(max) / f64::from(side);
    let tw = ((f64::from(p.width) * scale).round() as u32).max(1);
    let th = ((f64::from(p.height) * scale).round() as u32).max(1);
    let n = p.channels.count();
    let colour = if p.channels.has_alpha() { n - 1 } else { n };
    let span = |t: u32, target: u32, source: u32| {
        let a = (u64::from(t) * u64::from(source) / u64::from(target)) as usize;
        let b = (u64::from(t + 1) * u64::from(source) / u64::from(target)) as usize;
        (a, b.max(a + 1))
    };
    let mut out = Vec::with_capacity(tw as usize * th as usize * n);
    for ty in 0..th {
        let (y0, y1) = span(ty, th, p.height);
        for tx in 0..tw {
            let (x0, x1) = span(tx, tw, p.width);
            let mut sums = [0u64; 4];
            let mut weight = 0u64;
            let mut count = 0u64;
            for y in y0..y1 {
                let row = y * p.width as usize;
                for x in x0..x1 {
                    let px = &p.pixels[(row + x) * n..(row + x + 1) * n];
                    let a = if p.channels.has_alpha() {
                        u64::from(px[n - 1])
                    } else {
                        255
                    };
                    for c in 0..colour {
                        sums[c] += u64::from(px[c]) * a;
                    }
                    weight += a;
                    count += 1;
                }
            }
            for s in sums.iter().take(colour) {
                out.push(s.checked_div(weight).unwrap_or(255) as u8);
            }
            if p.channels.has_alpha() {
                out.push((weight / count) as u8);
            }
        }
    }
    Picture {
        width: tw,
        height: th,
        channels: p.channels,
        pixels: out,
        key: p.key.clone(),
        source_size: p.source_size,
    }
}

/// A PNG thumbnail at most `side` pixels wide or high, as a `data:` URL the
/// UI can show without reading files itself.
pub fn thumbnail_data_url(bytes: &[u8], side: u32) -> Result<String> {
    use base64::Engine;
    let p = downscale(&decode(bytes)?, side);
    let mut out = Vec::new();
    {
        let mut e = png::Encoder::new(&mut out, p.width, p.height);
        e.set_color(match p.channels {
            Channels::Gray => png::ColorType::Grayscale,
            Channels::GrayAlpha => png::ColorType::GrayscaleAlpha,
            Channels::Rgb => png::ColorType::Rgb,
            Channels::Rgba => png::ColorType::Rgba,
        });
        e.set_depth(png::BitDepth::Eight);
        let mut w = e
            .write_header()
            .map_err(|e| CoreError::storage(format!("缩略图生成失败：{e}")))?;
        w.write_image_data(&p.pixels)
            .map_err(|e| CoreError::storage(format!("缩略图生成失败：{e}")))?;
    }
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(out)
    ))
}

impl Picture {
    /// The size in points that fits `max_w` × `max_h`, keeping the proportions.
    pub(crate) fn fit(&self, max_w: f32, max_h: f32) -> (f32, f32) {
        let s = (max_w / self.width as f32).min(max_h / self.height as f32);
        (self.width as f32 * s, self.height as f32 * s)
    }

    /// What printpdf writes as an image XObject.
    pub(crate) fn raw(&self) -> printpdf::RawImage {
        use printpdf::RawImageFormat as F;
        printpdf::RawImage {
            pixels: printpdf::RawImageData::U8(self.pixels.clone()),
            width: self.width as usize,
            height: self.height as usize,
            data_format: match self.channels {
                Channels::Gray => F::R8,
                Channels::GrayAlpha => F::RG8,
                Channels::Rgb => F::RGB8,
                Channels::Rgba => F::RGBA8,
            },
            tag: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_bytes(w: u32, h: u32, colour: png::ColorType, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut e = png::Encoder::new(&mut out, w, h);
            e.set_color(colour);
            e.set_depth(png::BitDepth::Eight);
            let mut wr = e.write_header().unwrap();
            wr.write_image_data(data).unwrap();
        }
        out
    }

    #[test]
    fn a_png_with_alpha_decodes_and_keeps_its_transparency() {
        let data: Vec<u8> = (0..4 * 3)
            .flat_map(|i| [200, 0, 0, if i % 2 == 0 { 255 } else { 0 }])
            .collect();
        let p = decode(&png_bytes(4, 3, png::ColorType::Rgba, &data)).unwrap();
        assert_eq!((p.width, p.height, p.channels), (4, 3, Channels::Rgba));
        assert_eq!(&p.pixels[..8], &[200, 0, 0, 255, 200, 0, 0, 0]);
        assert_eq!(p.key.len(), 16);
    }

    #[test]
    fn a_large_picture_is_scaled_to_print_size_without_dark_edges() {
        // Left half opaque red, right half fully transparent black.
        let (w, h) = (1200u32, 300u32);
        let data: Vec<u8> = (0..w * h)
            .flat_map(|i| {
                if i % w < w / 2 {
                    [220, 10, 10, 255]
                } else {
                    [0, 0, 0, 0]
                }
            })
            .collect();
        let p = decode(&png_bytes(w, h, png::ColorType::Rgba, &data)).unwrap();
        assert_eq!((p.width, p.height), (600, 150));
        // A pixel straddling nothing: pure red; transparent side stays clear.
        assert_eq!(&p.pixels[..4], &[220, 10, 10, 255]);
        let last = p.pixels.len() - 4;
        assert_eq!(p.pixels[last + 3], 0);
    }

    #[test]
    fn what_is_not_a_png_or_jpeg_is_refused_in_chinese() {
        let e = decode(b"GIF89a........").unwrap_err();
        assert!(e.message.contains("只支持 PNG 或 JPEG"), "{}", e.message);
        let mut broken = png_bytes(2, 2, png::ColorType::Rgb, &[0; 12]);
        broken.truncate(40);
        let e = decode(&broken).unwrap_err();
        assert!(e.message.starts_with("图片无法读取"), "{}", e.message);
        let e = decode(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J']).unwrap_err();
        assert!(e.message.starts_with("图片无法读取"), "{}", e.message);
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    }

    #[test]
    fn a_header_claiming_a_huge_image_is_refused_before_decoding() {
        let mut b = png_bytes(1, 1, png::ColorType::Grayscale, &[0]);
        // IHDR: width and height at bytes 16..24, its CRC at 29..33.
        b[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        b[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32(&b[12..29]);
        b[29..33].copy_from_slice(&crc.to_be_bytes());
        let e = decode(&b).unwrap_err();
        assert!(
            e.message.contains("图片过大：60000 × 60000"),
            "{}",
            e.message
        );
    }
}
