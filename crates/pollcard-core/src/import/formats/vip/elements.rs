//! One VIP element → the US model. Each function reads what Pollcard uses from an
//! element and says which required part is missing when it cannot; references to
//! other elements are kept as ids and checked once the whole build is read
//! (`import::dataset::us`).

use roxmltree::Node;

use crate::us::{
    Election, ElectionAdministration, Locality, OpeningHours, Precinct, State, StreetSegment, VotingLocation,
};

/// Why an element cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A required child (or the `id` attribute) is missing or blank.
    Missing(&'static str),
    /// A child holds a value of the wrong kind.
    BadValue { field: &'static str, value: String, expected: &'static str },
}

impl Invalid {
    pub fn describe(&self, element: &str) -> String {
        match self {
            Invalid::Missing(field) => format!("{element} has no {field}, which it needs"),
            Invalid::BadValue { field, value, expected } => {
                format!("{element}'s {field} is \"{value}\", which is not {expected}")
            }
        }
    }
}

fn children<'a, 'input: 'a>(node: Node<'a, 'input>, name: &'a str) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children().filter(move |child| child.is_element() && child.tag_name().name() == name)
}

fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children().find(|child| child.is_element() && child.tag_name().name() == name)
}

/// All the text inside a node, whitespace collapsed; `None` when blank.
fn text_of(node: Node<'_, '_>) -> Option<String> {
    let text: Vec<&str> = node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    let joined = text.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

pub fn child_text(node: Node<'_, '_>, name: &str) -> Option<String> {
    child(node, name).and_then(text_of)
}

fn required(node: Node<'_, '_>, name: &'static str) -> Result<String, Invalid> {
    child_text(node, name).ok_or(Invalid::Missing(name))
}

/// The element's `id` attribute.
pub fn id(node: Node<'_, '_>) -> Result<String, Invalid> {
    node.attribute("id").map(str::trim).filter(|id| !id.is_empty()).map(str::to_owned).ok_or(Invalid::Missing("id"))
}

/// VIP `InternationalizedText`: the English `Text`, else the first one.
fn international(node: Node<'_, '_>, name: &str) -> Option<String> {
    let container = child(node, name)?;
    let texts: Vec<Node<'_, '_>> = children(container, "Text").collect();
    let english = texts.iter().find(|text| text.attribute("language").is_some_and(|l| l.starts_with("en")));
    english.or(texts.first()).copied().and_then(text_of)
}

fn boolean(node: Node<'_, '_>, name: &'static str) -> Result<bool, Invalid> {
    match child_text(node, name).as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("false" | "0") => Ok(false),
        Some("true" | "1") => Ok(true),
        Some(other) => Err(Invalid::BadValue { field: name, value: other.to_owned(), expected: "true or false" }),
    }
}

/// An `IDREFS` list: ids separated by spaces.
fn id_list(node: Node<'_, '_>, name: &str) -> Vec<String> {
    child_text(node, name).map(|ids| ids.split_whitespace().map(str::to_owned).collect()).unwrap_or_default()
}

/// A polling location and the id of its `HoursOpen`, if any. An unusable `LatLng` is
/// returned as `Err` beside the location so it can be reported and left out.
pub struct ReadLocation {
    pub location: VotingLocation,
    pub hours_open_id: Option<String>,
    pub bad_lat_lng: Option<String>,
}

pub fn polling_location(node: Node<'_, '_>) -> Result<ReadLocation, Invalid> {
    let id = id(node)?;
    let address = match child(node, "AddressStructured") {
        Some(structured) => {
            let mut parts: Vec<String> =
                ["Line1", "Line2", "Line3", "City"].iter().filter_map(|name| child_text(structured, name)).collect();
            let state_zip: Vec<String> =
                ["State", "Zip"].iter().filter_map(|name| child_text(structured, name)).collect();
            if !state_zip.is_empty() {
                parts.push(state_zip.join(" "));
            }
            parts.join(", ")
        }
        None => children(node, "AddressLine").filter_map(text_of).collect::<Vec<_>>().join(", "),
    };
    if address.is_empty() {
        return Err(Invalid::Missing("AddressStructured or AddressLine"));
    }
    let (location, bad_lat_lng) = match child(node, "LatLng") {
        None => (None, None),
        Some(lat_lng) => {
            let lat = child_text(lat_lng, "Latitude").and_then(|v| v.parse::<f64>().ok());
            let lon = child_text(lat_lng, "Longitude").and_then(|v| v.parse::<f64>().ok());
            match (lat, lon) {
                (Some(lat), Some(lon))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && (lat, lon) != (0.0, 0.0) =>
                {
                    (Some([lat, lon]), None)
                }
                _ => (None, Some(text_of(lat_lng).unwrap_or_default())),
            }
        }
    };
    let location = VotingLocation {
        id,
        name: child_text(node, "Name"),
        address,
        directions: international(node, "Directions"),
        location,
        hours: Vec::new(),
        is_drop_box: boolean(node, "IsDropBox")?,
        is_early_voting: boolean(node, "IsEarlyVoting")?,
    };
    Ok(ReadLocation { location, hours_open_id: child_text(node, "HoursOpenId"), bad_lat_lng })
}

/// `HoursOpen`: its schedules in the feed's order.
pub fn hours_open(node: Node<'_, '_>) -> Result<(String, Vec<OpeningHours>), Invalid> {
    let id = id(node)?;
    let mut schedules = Vec::new();
    for schedule in children(node, "Schedule") {
        let times = children(schedule, "Hours")
            .map(|hours| Ok((required(hours, "StartTime")?, required(hours, "EndTime")?)))
            .collect::<Result<Vec<_>, Invalid>>()?;
        schedules.push(OpeningHours {
            start_date: child_text(schedule, "StartDate"),
            end_date: child_text(schedule, "EndDate"),
            times,
            only_by_appointment: boolean(schedule, "IsOnlyByAppointment")?,
            or_by_appointment: boolean(schedule, "IsOrByAppointment")?,
        });
    }
    if schedules.is_empty() {
        return Err(Invalid::Missing("Schedule"));
    }
    Ok((id, schedules))
}

/// A precinct's `SpatialBoundary`: shapes of an external shapefile, by the
/// `ExternalFile` id and the shapes' zero-based record indexes (`FeatureIdentifier/
/// Index` in the 6.0 schema, `ShapeIdentifier` in later drafts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeReference {
    pub external_file_id: String,
    pub indexes: Vec<u64>,
}

pub fn spatial_boundary(node: Node<'_, '_>) -> Result<Option<ShapeReference>, Invalid> {
    let Some(feature) = child(node, "SpatialBoundary").and_then(|b| child(b, "ExternalGeospatialFeature")) else {
        return Ok(None);
    };
    let external_file_id = required(feature, "ExternalFileId")?;
    let texts: Vec<String> = children(feature, "FeatureIdentifier")
        .filter_map(|identifier| child_text(identifier, "Index"))
        .chain(children(feature, "ShapeIdentifier").filter_map(text_of))
        .collect();
    let indexes = texts
        .into_iter()
        .map(|value| {
            value.parse().map_err(|_| Invalid::BadValue {
                field: "FeatureIdentifier",
                value,
                expected: "a shapefile record index (0, 1, 2, …)",
            })
        })
        .collect::<Result<Vec<u64>, Invalid>>()?;
    if indexes.is_empty() {
        return Err(Invalid::Missing("FeatureIdentifier"));
    }
    Ok(Some(ShapeReference { external_file_id, indexes }))
}

/// `ExternalFile`: its id and the file name its `FileUri` ends in.
pub fn external_file(node: Node<'_, '_>) -> Result<(String, String), Invalid> {
    let id = id(node)?;
    let uri = required(node, "FileUri")?;
    let name = uri.rsplit(['/', '\\']).next().unwrap_or(&uri).to_owned();
    Ok((id, name))
}

pub fn precinct(node: Node<'_, '_>) -> Result<Precinct, Invalid> {
    Ok(Precinct {
        id: id(node)?,
        name: required(node, "Name")?,
        number: child_text(node, "Number"),
        locality_id: required(node, "LocalityId")?,
        split_name: child_text(node, "PrecinctSplitName"),
        ward: child_text(node, "Ward"),
        is_mail_only: boolean(node, "IsMailOnly")?,
        vote_centre: false,
        location_ids: id_list(node, "PollingLocationIds"),
        boundary: None,
    })
}

pub fn locality(node: Node<'_, '_>) -> Result<Locality, Invalid> {
    Ok(Locality {
        id: id(node)?,
        name: required(node, "Name")?,
        kind: child_text(node, "Type"),
        state_id: child_text(node, "StateId"),
        election_administration_id: child_text(node, "ElectionAdministrationId"),
        location_ids: id_list(node, "PollingLocationIds"),
        is_mail_only: boolean(node, "IsMailOnly")?,
    })
}

pub fn state(node: Node<'_, '_>) -> Result<State, Invalid> {
    Ok(State {
        id: id(node)?,
        name: required(node, "Name")?,
        election_administration_id: child_text(node, "ElectionAdministrationId"),
    })
}

pub fn election(node: Node<'_, '_>) -> Result<Election, Invalid> {
    Ok(Election {
        id: id(node)?,
        name: international(node, "Name"),
        date: required(node, "Date")?,
        state_id: child_text(node, "StateId"),
    })
}

/// The URL elements of `ElectionAdministration` and the keys they get in the bundle.
const ADMINISTRATION_LINKS: [(&str, &str); 7] = [
    ("ElectionsUri", "elections"),
    ("RegistrationUri", "registration"),
    ("AbsenteeUri", "absentee"),
    ("AmIRegisteredUri", "am_i_registered"),
    ("WhereDoIVoteUri", "where_do_i_vote"),
    ("WhatIsOnMyBallotUri", "what_is_on_my_ballot"),
    ("RulesUri", "rules"),
];

/// An election office, and the links it gave that are not http(s) addresses (left
/// out, and reported by the caller).
pub fn election_administration(node: Node<'_, '_>) -> Result<(ElectionAdministration, Vec<String>), Invalid> {
    let mut administration = ElectionAdministration { id: id(node)?, ..ElectionAdministration::default() };
    let mut refused = Vec::new();
    for (element, key) in ADMINISTRATION_LINKS {
        if let Some(url) = child_text(node, element) {
            if is_web_address(&url) {
                administration.links.insert(key.to_owned(), url);
            } else {
                refused.push(format!("{element} \"{url}\""));
            }
        }
    }
    if let Some(contact) = child(node, "Department").and_then(|department| child(department, "ContactInformation")) {
        administration.name = child_text(contact, "Name");
        let lines: Vec<String> = children(contact, "AddressLine").filter_map(text_of).collect();
        administration.address = (!lines.is_empty()).then(|| lines.join(", "));
        administration.phone = child_text(contact, "Phone");
        administration.email = child_text(contact, "Email");
    }
    Ok((administration, refused))
}

fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
}

pub fn street_segment(node: Node<'_, '_>) -> Result<StreetSegment, Invalid> {
    let number = |name: &'static str| -> Result<Option<u64>, Invalid> {
        child_text(node, name)
            .map(|value| {
                value.parse().map_err(|_| Invalid::BadValue { field: name, value, expected: "a whole house number" })
            })
            .transpose()
    };
    let sides = child_text(node, "OddEvenBoth").unwrap_or_else(|| "both".to_owned()).to_ascii_lowercase();
    if !matches!(sides.as_str(), "odd" | "even" | "both") {
        return Err(Invalid::BadValue { field: "OddEvenBoth", value: sides, expected: "odd, even or both" });
    }
    let street: Vec<String> = ["StreetDirection", "StreetName", "StreetSuffix", "AddressDirection"]
        .iter()
        .filter_map(|n| child_text(node, n))
        .collect();
    Ok(StreetSegment {
        id: id(node)?,
        precinct_id: required(node, "PrecinctId")?,
        street: (!street.is_empty()).then(|| street.join(" ")),
        city: required(node, "City")?,
        state: required(node, "State")?,
        zip: child_text(node, "Zip"),
        sides,
        start_house_number: number("StartHouseNumber")?,
        end_house_number: number("EndHouseNumber")?,
        includes_all: boolean(node, "IncludesAllAddresses")? || boolean(node, "IncludesAllStreets")?,
    })
}
