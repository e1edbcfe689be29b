//! "Where do I vote?" for a US location: latitude and longitude → the precinct whose
//! boundary holds it → the places that serve it. [`UsLookupAnswer`] is the JSON
//! `pollcard lookup BUNDLE --lat LAT --lon LON` prints, in the postcode lookup's style:
//! a `status`, who to contact (`council`), then `precinct` and `locations`.

use serde::Serialize;

use super::bundle::{UsPlacesFile, UsPrecinctsFile};
use super::{OpeningHours, Precinct, VotingLocation};
use crate::lookup::{CouncilAnswer, ErrorAnswer};

/// The answer to a location lookup.
#[derive(Clone, Debug, PartialEq)]
pub enum UsLookupOutcome<'a> {
    /// The point is in this precinct.
    Precinct { precinct: &'a Precinct, locations: Vec<&'a VotingLocation> },
    /// No precinct's boundary holds the point.
    NotFound,
    /// The bundle has no precinct boundaries at all (it was built without a boundary
    /// file), so no point can be found.
    NoBoundaries,
    /// The numbers are not a latitude and longitude.
    InvalidLocation { message: String },
}

impl UsLookupOutcome<'_> {
    /// `precinct`, `not_found` or `invalid_location`.
    pub fn status(&self) -> &'static str {
        match self {
            UsLookupOutcome::Precinct { .. } => "precinct",
            UsLookupOutcome::NotFound | UsLookupOutcome::NoBoundaries => "not_found",
            UsLookupOutcome::InvalidLocation { .. } => "invalid_location",
        }
    }
}

/// Finds the precinct holding `(lat, lon)`. Precincts are tried in id order, so if
/// two boundaries overlap the answer is still the same every time.
pub fn lookup_location<'a>(
    precincts: &'a UsPrecinctsFile,
    places: &'a UsPlacesFile,
    lat: f64,
    lon: f64,
) -> UsLookupOutcome<'a> {
    if !(lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)) {
        return UsLookupOutcome::InvalidLocation {
            message: format!("{lat}, {lon} is not a latitude (−90 to 90) and longitude (−180 to 180)"),
        };
    }
    if !has_boundaries(precincts) {
        return UsLookupOutcome::NoBoundaries;
    }
    match precinct_at(precincts, lat, lon) {
        Some(precinct) => UsLookupOutcome::Precinct {
            precinct,
            locations: precinct.location_ids.iter().filter_map(|id| places.location(id)).collect(),
        },
        None => UsLookupOutcome::NotFound,
    }
}

/// Whether any precinct has a boundary (else no position can be found).
pub fn has_boundaries(precincts: &UsPrecinctsFile) -> bool {
    precincts.precincts.iter().any(|precinct| precinct.boundary.is_some())
}

/// The first precinct, in id order, whose boundary holds `(lat, lon)`. Unlike
/// [`lookup_location`] it writes no message, so the app (which never formats a
/// float) calls this.
pub fn precinct_at(precincts: &UsPrecinctsFile, lat: f64, lon: f64) -> Option<&Precinct> {
    precincts.precincts.iter().find(|precinct| precinct.boundary.as_ref().is_some_and(|b| b.contains(lon, lat)))
}

/// The JSON answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UsLookupAnswer<'a> {
    pub status: &'static str,
    /// The point asked about, as given.
    pub lat: f64,
    pub lon: f64,
    pub council: CouncilAnswer<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precinct: Option<PrecinctAnswer<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<LocationAnswer<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorAnswer>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrecinctAnswer<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split_name: Option<&'a str>,
    pub locality: &'a str,
    pub is_mail_only: bool,
    pub vote_centre: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocationAnswer<'a> {
    pub id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'a str>,
    pub address: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directions: Option<&'a str>,
    /// `{"lat", "lon"}` rounded to 6 places; absent when the feed gave none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<PointAnswer>,
    pub hours: &'a [OpeningHours],
    pub is_drop_box: bool,
    pub is_early_voting: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PointAnswer {
    pub lat: f64,
    pub lon: f64,
}

impl<'a> UsLookupAnswer<'a> {
    /// The answer for `outcome`; `council` is who to contact (the bundle's council,
    /// which for a VIP build is the state's or locality's election office).
    pub fn new(
        council: CouncilAnswer<'a>,
        places: &'a UsPlacesFile,
        lat: f64,
        lon: f64,
        outcome: &UsLookupOutcome<'a>,
    ) -> UsLookupAnswer<'a> {
        let mut answer = UsLookupAnswer {
            status: outcome.status(),
            lat,
            lon,
            council,
            precinct: None,
            locations: None,
            error: None,
        };
        match outcome {
            UsLookupOutcome::Precinct { precinct, locations } => {
                let locality =
                    places.locality(&precinct.locality_id).map_or(precinct.locality_id.as_str(), |l| &l.name);
                answer.precinct = Some(PrecinctAnswer {
                    id: &precinct.id,
                    name: &precinct.name,
                    number: precinct.number.as_deref(),
                    split_name: precinct.split_name.as_deref(),
                    locality,
                    is_mail_only: precinct.is_mail_only,
                    vote_centre: precinct.vote_centre,
                });
                answer.locations = Some(locations.iter().map(|location| LocationAnswer::new(location)).collect());
            }
            UsLookupOutcome::NotFound => {
                answer.error = Some(ErrorAnswer {
                    code: "outside_every_precinct",
                    message: format!("{lat}, {lon} is outside every precinct boundary in this bundle"),
                });
            }
            UsLookupOutcome::NoBoundaries => {
                answer.error = Some(ErrorAnswer {
                    code: "no_precinct_boundaries",
                    message: "this bundle has no precinct boundaries, so no location can be found; build it with the \
                              precincts' boundary file (a shapefile or GeoJSON)"
                        .to_owned(),
                });
            }
            UsLookupOutcome::InvalidLocation { message } => {
                answer.error = Some(ErrorAnswer { code: "invalid_location", message: message.clone() });
            }
        }
        answer
    }
}

impl<'a> LocationAnswer<'a> {
    fn new(location: &'a VotingLocation) -> LocationAnswer<'a> {
        let round = |degrees: f64| (degrees * 1e6).round() / 1e6;
        LocationAnswer {
            id: &location.id,
            name: location.name.as_deref(),
            address: &location.address,
            directions: location.directions.as_deref(),
            location: location.location.map(|[lat, lon]| PointAnswer { lat: round(lat), lon: round(lon) }),
            hours: &location.hours,
            is_drop_box: location.is_drop_box,
            is_early_voting: location.is_early_voting,
        }
    }
}
