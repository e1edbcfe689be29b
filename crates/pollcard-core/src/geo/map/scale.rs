//! The map's scale bar: the longest round distance (1, 2 or 5 times a power of ten
//! metres: 10 m, 20 m, 50 m, 100 m, … 1 km, 2 km …) that fits the space given.

use super::MapFrame;
use crate::geo::bearing::{DistanceUnit, RoundedDistance};

/// The shortest scale bar: a map zoomed to its closest is 100 m across.
const SHORTEST_METRES: f64 = 10.0;

/// A scale bar to draw at the map's edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    /// The distance it stands for, in metres.
    pub metres: f64,
    /// Its length in SVG units.
    pub length: f64,
    /// The label's number and unit: `500` `m`, `1` `km`.
    pub label: RoundedDistance,
}

impl ScaleBar {
    /// The longest round distance whose bar is at most `max_length` units on this
    /// frame; the shortest (10 m) if even that is longer.
    pub fn for_frame(frame: &MapFrame, max_length: f64) -> ScaleBar {
        let room = max_length * frame.metres_per_unit;
        let metres = (1..=7)
            .flat_map(|power| [1.0, 2.0, 5.0].map(|step| step * 10f64.powi(power)))
            .take_while(|&candidate| candidate <= room)
            .last()
            .unwrap_or(SHORTEST_METRES);
        let label = if metres < 1_000.0 {
            RoundedDistance { value: metres, unit: DistanceUnit::Metres }
        } else {
            RoundedDistance { value: metres / 1_000.0, unit: DistanceUnit::Kilometres }
        };
        ScaleBar { metres, length: metres / frame.metres_per_unit, label }
    }
}
