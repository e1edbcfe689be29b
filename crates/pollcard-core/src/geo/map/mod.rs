//! The offline map's geometry: a district outline, the station and the voter's
//! position projected into an SVG `viewBox`, with a scale bar and zoom levels.
//!
//! The app draws the map as inline SVG from bundle data, with no tiles and no request
//! to anyone, so all it needs is numbers: path `d` strings and coordinates, computed
//! here where they can be tested natively. A polling district is a few kilometres
//! across at most, so a local equirectangular projection around the map's centre
//! (metres east = longitude difference × cos(centre latitude) × Earth radius, metres
//! north likewise from latitude) is within a fraction of a pixel of any proper
//! projection. North is up (SVG's y grows downwards, so y is flipped), which is why
//! the north arrow is a fixed drawing.
//!
//! **Zoom** has levels `0` (everything fitted, with a margin) to [`MAX_ZOOM`]; each
//! level halves the metres per unit, keeping the focus (the station, normally) where
//! it was on screen, as a zoom button should. Levels stop early where a unit would
//! drop below [`MIN_METRES_PER_UNIT`].

mod path;
mod scale;

pub use path::boundary_path;
pub use scale::ScaleBar;

use super::distance::{haversine_metres, EARTH_RADIUS_METRES};
use crate::model::{Boundary, Location};

/// The most zoom levels above the fitted view: 16 times closer.
pub const MAX_ZOOM: u8 = 4;
/// The closest a map zooms: a quarter of a metre per unit (a 400-unit map 100 m wide).
pub const MIN_METRES_PER_UNIT: f64 = 0.25;
/// The least a fitted map shows across its shorter side, so a tiny district or a lone
/// station is not drawn at an absurd scale.
pub const MIN_FITTED_METRES: f64 = 300.0;
/// A voter farther than this from the station is neither drawn nor fitted: the map
/// would shrink the district to a dot. The text beside the map still gives the
/// distance and direction.
pub const MAX_VOTER_METRES: f64 = 10_000.0;

/// What to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapRequest<'a> {
    pub district: Option<&'a Boundary>,
    pub station: Option<Location>,
    pub voter: Option<Location>,
    /// `0` to [`MAX_ZOOM`]; larger values are treated as the closest level there is.
    pub zoom: u8,
    /// The `viewBox` size, in SVG units.
    pub width: f64,
    pub height: f64,
    /// Space left around the fitted contents at zoom 0, in SVG units.
    pub margin: f64,
}

/// The map, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    /// `viewBox`: always `0 0 width height`.
    pub view_box: [f64; 4],
    /// The district outline as a path `d` string (draw it with `fill-rule="evenodd"`
    /// so holes stay open); empty without a district.
    pub district_path: String,
    /// The station's position, in SVG units.
    pub station: Option<[f64; 2]>,
    /// The voter's position, when known and within [`MAX_VOTER_METRES`] of the station.
    pub voter: Option<[f64; 2]>,
    pub scale_bar: ScaleBar,
    /// The level drawn, and the highest this map offers (zoom-in stops there).
    pub zoom: u8,
    pub max_zoom: u8,
}

/// A projection of WGS84 onto the map's units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapFrame {
    /// The point the projection is taken around (its scale is true at this latitude).
    pub origin: Location,
    /// Metres east and north of `origin` at the centre of the view.
    pub centre: [f64; 2],
    pub metres_per_unit: f64,
    pub width: f64,
    pub height: f64,
}

impl MapFrame {
    /// Metres east and north of the origin.
    pub fn metres(&self, location: Location) -> [f64; 2] {
        let east = (location.lon - self.origin.lon).to_radians() * self.origin.lat.to_radians().cos();
        let north = (location.lat - self.origin.lat).to_radians();
        [east * EARTH_RADIUS_METRES, north * EARTH_RADIUS_METRES]
    }

    /// SVG coordinates of a position: x right, y down.
    pub fn project(&self, location: Location) -> [f64; 2] {
        let [east, north] = self.metres(location);
        [
            self.width / 2.0 + (east - self.centre[0]) / self.metres_per_unit,
            self.height / 2.0 - (north - self.centre[1]) / self.metres_per_unit,
        ]
    }

    /// The frame one zoom level closer, `focus` (metres from the origin) staying put
    /// on screen.
    fn closer(&self, focus: [f64; 2]) -> MapFrame {
        let centre = [(self.centre[0] + focus[0]) / 2.0, (self.centre[1] + focus[1]) / 2.0];
        MapFrame { centre, metres_per_unit: self.metres_per_unit / 2.0, ..*self }
    }
}

/// Projects the district, station and voter for the SVG map.
pub fn draw_map(request: &MapRequest<'_>) -> MapGeometry {
    let voter = request
        .voter
        .filter(|voter| request.station.is_none_or(|station| haversine_metres(*voter, station) <= MAX_VOTER_METRES));
    let mut points: Vec<Location> = request
        .district
        .into_iter()
        .flat_map(|boundary| boundary.0.iter().filter_map(|polygon| polygon.first()).flatten())
        .map(|&[lon, lat]| Location { lat, lon })
        .collect();
    points.extend(request.station);
    points.extend(voter);
    let fitted = fit(&points, request);
    let focus = request.station.or(voter).map_or(fitted.centre, |location| fitted.metres(location));
    let max_zoom = (0..MAX_ZOOM)
        .take_while(|level| fitted.metres_per_unit / f64::from(1u32 << (level + 1)) >= MIN_METRES_PER_UNIT)
        .count() as u8;
    let zoom = request.zoom.min(max_zoom);
    let frame = (0..zoom).fold(fitted, |frame, _| frame.closer(focus));
    MapGeometry {
        view_box: [0.0, 0.0, request.width, request.height],
        district_path: request.district.map(|boundary| boundary_path(&frame, boundary)).unwrap_or_default(),
        station: request.station.map(|station| frame.project(station)),
        voter: voter.map(|voter| frame.project(voter)),
        scale_bar: ScaleBar::for_frame(&frame, request.width / 4.0),
        zoom,
        max_zoom,
    }
}

/// The frame that shows every point with the margin, at least [`MIN_FITTED_METRES`]
/// across, centred on them; around 0° 0° when there is nothing to show.
fn fit(points: &[Location], request: &MapRequest<'_>) -> MapFrame {
    let [west, south, east, north] = points
        .iter()
        .fold(None, |bounds: Option<[f64; 4]>, p| {
            let [w, s, e, n] = bounds.unwrap_or([p.lon, p.lat, p.lon, p.lat]);
            Some([w.min(p.lon), s.min(p.lat), e.max(p.lon), n.max(p.lat)])
        })
        .unwrap_or_default();
    let origin = Location { lat: (south + north) / 2.0, lon: (west + east) / 2.0 };
    let mut frame =
        MapFrame { origin, centre: [0.0, 0.0], metres_per_unit: 1.0, width: request.width, height: request.height };
    let [x0, y0] = frame.metres(Location { lat: south, lon: west });
    let [x1, y1] = frame.metres(Location { lat: north, lon: east });
    let inner = |size: f64| (size - 2.0 * request.margin).max(size / 2.0).max(1.0);
    let (inner_width, inner_height) = (inner(request.width), inner(request.height));
    let needed = ((x1 - x0) / inner_width).max((y1 - y0) / inner_height);
    frame.metres_per_unit = needed.max(MIN_FITTED_METRES / inner_width.min(inner_height));
    frame
}

#[cfg(test)]
mod tests;
