//! The installable app's PNG icons, rasterised from the committed SVG sources
//! (`public/icons/`, copied into the output by trunk) at build time, so no binary
//! image is ever committed and the PNGs can never drift from their sources.
//!
//! Rendering uses `resvg` without text, fonts or raster-image support: the icons are
//! plain shapes, and an icon that needed a system font would look different on every
//! build machine. The PNGs carry no timestamp or other metadata, so the same SVG gives
//! byte-identical files on the same build of `pollcard`.

use std::fs;
use std::path::Path;

use resvg::{tiny_skia, usvg};
use thiserror::Error;

use super::inline_code::inline_code_violations;

/// The square, full-bleed icon (purpose `any`), relative to the output folder.
pub const ICON_SVG: &str = "icons/app-icon.svg";
/// The same mark inside the maskable safe zone (purpose `maskable`).
pub const MASKABLE_SVG: &str = "icons/app-icon-maskable.svg";

/// One PNG the build writes: its name, source and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PngIcon {
    /// Relative to the output folder, e.g. `icons/icon-192.png`.
    pub name: &'static str,
    pub source: &'static str,
    /// Width and height in pixels.
    pub size: u32,
    /// The manifest's `purpose`.
    pub purpose: &'static str,
}

/// Every PNG icon, in manifest order. 192 and 512 are the sizes Chromium and Android
/// ask for; the 192 one is also the `apple-touch-icon`.
pub const PNG_ICONS: [PngIcon; 4] = [
    PngIcon { name: "icons/icon-192.png", source: ICON_SVG, size: 192, purpose: "any" },
    PngIcon { name: "icons/icon-512.png", source: ICON_SVG, size: 512, purpose: "any" },
    PngIcon { name: "icons/maskable-192.png", source: MASKABLE_SVG, size: 192, purpose: "maskable" },
    PngIcon { name: "icons/maskable-512.png", source: MASKABLE_SVG, size: 512, purpose: "maskable" },
];

/// Why an icon could not be made.
#[derive(Debug, Error)]
pub enum IconError {
    #[error(
        "{file} is missing from the output folder; it comes from public/icons/ through index.html's \
         <link data-trunk rel=\"copy-dir\" href=\"public/icons\">"
    )]
    Missing { file: &'static str },
    #[error("{file} could not be read: {source}")]
    Unreadable { file: &'static str, source: std::io::Error },
    #[error("{file} is not an SVG image resvg can draw: {reason}")]
    Unparsable { file: &'static str, reason: String },
    #[error(
        "{file} {problem}: the icon is served under the CSP, which forbids inline style and script; \
         use presentation attributes (fill=\"…\")"
    )]
    InlineCode { file: &'static str, problem: String },
    #[error("{file} has no area to draw ({width} × {height})")]
    Empty { file: &'static str, width: f32, height: f32 },
    #[error("{name} could not be encoded as PNG: {reason}")]
    Encode { name: &'static str, reason: String },
}

/// A rendered icon, ready to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedIcon {
    pub icon: PngIcon,
    pub png: Vec<u8>,
}

/// Reads both SVG sources from `dir` and renders every PNG in [`PNG_ICONS`].
pub fn render_icons(dir: &Path) -> Result<Vec<RenderedIcon>, IconError> {
    let mut trees: Vec<(&'static str, usvg::Tree)> = Vec::new();
    for icon in PNG_ICONS {
        if !trees.iter().any(|(source, _)| *source == icon.source) {
            let svg = read_svg(dir, icon.source)?;
            trees.push((icon.source, parse_svg(icon.source, &svg)?));
        }
    }
    PNG_ICONS
        .iter()
        .map(|icon| {
            let (_, tree) = trees.iter().find(|(source, _)| *source == icon.source).expect("parsed above");
            Ok(RenderedIcon { icon: *icon, png: render_png(icon, tree)? })
        })
        .collect()
}

fn read_svg(dir: &Path, file: &'static str) -> Result<String, IconError> {
    match fs::read_to_string(dir.join(file)) {
        Ok(svg) => Ok(svg),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Err(IconError::Missing { file }),
        Err(source) => Err(IconError::Unreadable { file, source }),
    }
}

/// Parses an SVG source, refusing inline style or script: the SVG icon is also served as it is
/// and listed in the manifest, where the site's CSP applies to it.
fn parse_svg(file: &'static str, svg: &str) -> Result<usvg::Tree, IconError> {
    let violations =
        inline_code_violations(svg).map_err(|error| IconError::Unparsable { file, reason: error.to_string() })?;
    if let Some(violation) = violations.first() {
        return Err(IconError::InlineCode { file, problem: violation.to_string() });
    }
    // Default options: no resources folder, so nothing outside the SVG is ever read.
    usvg::Tree::from_str(svg, &usvg::Options::default())
        .map_err(|error| IconError::Unparsable { file, reason: error.to_string() })
}

/// Draws `tree` scaled to fill a `size` × `size` square.
fn render_png(icon: &PngIcon, tree: &usvg::Tree) -> Result<Vec<u8>, IconError> {
    let (width, height) = (tree.size().width(), tree.size().height());
    if !(width > 0.0 && height > 0.0) {
        return Err(IconError::Empty { file: icon.source, width, height });
    }
    let mut pixmap = tiny_skia::Pixmap::new(icon.size, icon.size)
        .ok_or_else(|| IconError::Encode { name: icon.name, reason: "no pixmap of that size".into() })?;
    let transform = tiny_skia::Transform::from_scale(icon.size as f32 / width, icon.size as f32 / height);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| IconError::Encode { name: icon.name, reason: error.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b0c0c"/></svg>"##;

    fn folder_with(icon: &str, maskable: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(dir.path().join("icons")).expect("mkdir");
        fs::write(dir.path().join(ICON_SVG), icon).expect("write");
        fs::write(dir.path().join(MASKABLE_SVG), maskable).expect("write");
        dir
    }

    /// Width and height from the PNG's IHDR chunk.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        (word(16), word(20))
    }

    #[test]
    fn every_icon_is_rendered_at_its_size_and_opaque() {
        let dir = folder_with(SQUARE, SQUARE);
        let icons = render_icons(dir.path()).expect("renders");
        assert_eq!(icons.len(), 4);
        for rendered in &icons {
            assert_eq!(png_size(&rendered.png), (rendered.icon.size, rendered.icon.size), "{}", rendered.icon.name);
            let pixmap = tiny_skia::Pixmap::decode_png(&rendered.png).expect("decodes");
            assert!(pixmap.pixels().iter().all(|pixel| pixel.alpha() == 255), "{}", rendered.icon.name);
            assert_eq!(pixmap.pixel(0, 0).map(|p| (p.red(), p.green(), p.blue())), Some((0x0b, 0x0c, 0x0c)));
        }
    }

    #[test]
    fn the_same_svg_gives_the_same_bytes() {
        let dir = folder_with(SQUARE, SQUARE);
        assert_eq!(render_icons(dir.path()).expect("renders"), render_icons(dir.path()).expect("renders"));
    }

    #[test]
    fn a_missing_svg_is_named() {
        let dir = folder_with(SQUARE, SQUARE);
        fs::remove_file(dir.path().join(MASKABLE_SVG)).expect("remove");
        let error = render_icons(dir.path()).expect_err("refused");
        assert!(matches!(error, IconError::Missing { file: MASKABLE_SVG }), "{error:?}");
        assert!(error.to_string().starts_with("icons/app-icon-maskable.svg is missing"), "{error}");
    }

    #[test]
    fn broken_or_styled_svgs_are_refused_by_name() {
        let dir = folder_with("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect", SQUARE);
        let error = render_icons(dir.path()).expect_err("refused");
        assert!(matches!(error, IconError::Unparsable { file: ICON_SVG, .. }), "{error:?}");

        let styled = SQUARE.replace("fill=\"#0b0c0c\"", "style=\"fill:#0b0c0c\"");
        let dir = folder_with(SQUARE, &styled);
        let error = render_icons(dir.path()).expect_err("refused");
        assert!(matches!(error, IconError::InlineCode { file: MASKABLE_SVG, .. }), "{error:?}");
    }

    /// The committed sources: parseable, style-free, and the maskable mark is inside
    /// the safe zone (every pixel outside the central 80 % circle is background).
    #[test]
    fn committed_icons_render_and_the_maskable_one_keeps_its_safe_zone() {
        let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
        let icons = render_icons(&public).expect("the committed SVGs render");
        let maskable = icons.iter().find(|r| r.icon.name == "icons/maskable-512.png").expect("present");
        let pixmap = tiny_skia::Pixmap::decode_png(&maskable.png).expect("decodes");
        let background = pixmap.pixel(0, 0).expect("pixel");
        let radius = 0.4 * 512.0;
        for y in 0..512u32 {
            for x in 0..512u32 {
                let (dx, dy) = (x as f32 + 0.5 - 256.0, y as f32 + 0.5 - 256.0);
                if (dx * dx + dy * dy).sqrt() > radius {
                    assert_eq!(pixmap.pixel(x, y), Some(background), "({x}, {y}) is outside the safe zone");
                }
            }
        }
    }
}
