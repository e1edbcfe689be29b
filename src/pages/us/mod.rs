//! The US pages, for a bundle with a `us` part (a Voting Information Project feed
//! and precinct boundaries, `docs/us-vip.md`): "use my location" finds the precinct
//! and where it votes ([`location`]), and "choose a place" lists the vote centres,
//! early-voting sites and drop boxes the voter may use ([`places`]).
//!
//! This module holds what both show, as [`Markup`]: a place (name, address, how far
//! and which way, opening hours with their UTC offset, directions, and accessibility
//! as not known, since VIP has no accessibility fields) and the election office.

mod location;
mod places;

pub use location::us_location_page;
pub use places::us_places_page;

use pollcard_core::geo::places::{ListedPlace, Nearness, UsPlace};
use pollcard_core::us::bundle::UsPlacesFile;
use pollcard_core::us::choice::election_office;
use pollcard_core::us::hours::{schedule, utc_offset_text, Clock, Days};
use pollcard_core::us::{OpeningHours, Precinct};

use crate::components::markup::Markup;
use crate::i18n::I18n;

/// The catalogue's links of an election office, in the order shown.
const OFFICE_LINKS: [&str; 7] =
    ["elections", "registration", "am_i_registered", "absentee", "where_do_i_vote", "what_is_on_my_ballot", "rules"];

/// One place: its name as a heading at `level`, then what is known about it.
fn place(html: &mut Markup, i18n: I18n, heading: &'static str, listed: &ListedPlace<'_, UsPlace<'_>>) {
    let location = listed.place.location;
    html.open("li", "places-item");
    html.element(heading, "heading-s", location.name.as_deref().unwrap_or(&location.address));
    html.element("p", "body places-address", &location.address);
    let nearness = match listed.nearness {
        Nearness::Here => i18n.t("places-here"),
        Nearness::Away(way) => crate::pages::places::away(i18n, way),
        Nearness::Unknown => i18n.t("places-no-location"),
    };
    html.element("p", "body places-distance", &nearness);
    hours(html, i18n, &location.hours);
    if let Some(directions) = &location.directions {
        html.element("p", "body", &i18n.t_with("us-directions", &[("text", directions.as_str().into())]));
    }
    html.element("p", "body", &i18n.t("us-accessibility-unknown"));
    html.close("li");
}

/// The opening hours, one line per VIP schedule.
fn hours(html: &mut Markup, i18n: I18n, hours: &[OpeningHours]) {
    if hours.is_empty() {
        html.element("p", "body", &i18n.t("us-hours-unknown"));
        return;
    }
    html.element("p", "body us-hours-heading", &i18n.t("opening-hours-heading"));
    html.open("ul", "list");
    let clock = |clock: Clock<'_>| match clock {
        Clock::At(time) => i18n.time_in_words(time),
        Clock::Text(text) => text.to_owned(),
    };
    for schedule in hours.iter().map(schedule) {
        let days = match schedule.days {
            Days::Any => String::new(),
            Days::On(date) => i18n.date_in_words(date),
            Days::Between(from, to) => i18n.t_with(
                "us-days-between",
                &[("from", i18n.date_in_words(from).into()), ("to", i18n.date_in_words(to).into())],
            ),
            Days::From(date) => i18n.t_with("us-days-from", &[("date", i18n.date_in_words(date).into())]),
            Days::Until(date) => i18n.t_with("us-days-until", &[("date", i18n.date_in_words(date).into())]),
            Days::Text(from, Some(to)) => i18n.t_with("us-days-between", &[("from", from.into()), ("to", to.into())]),
            Days::Text(date, None) => date.to_owned(),
        };
        let mut parts: Vec<String> = (!days.is_empty()).then_some(days).into_iter().collect();
        for opening in &schedule.openings {
            let mut times = i18n.t_with(
                "opening-hours",
                &[("opens", clock(opening.start).into()), ("closes", clock(opening.end).into())],
            );
            if let Some(offset) = opening.offset_minutes {
                times = format!("{times} ({})", utc_offset_text(offset));
            }
            parts.push(times);
        }
        for (on, key) in
            [(schedule.only_by_appointment, "us-appointment-only"), (schedule.or_by_appointment, "us-appointment-or")]
        {
            if on {
                parts.push(i18n.t(key));
            }
        }
        html.element("li", "", &parts.join(", "));
    }
    html.close("ul");
}

/// Who to contact: the precinct's election office, its phone, email and links (each
/// labelled as leaving Pollcard).
fn office(html: &mut Markup, i18n: I18n, file: &UsPlacesFile, precinct: &Precinct) {
    let Some(office) = election_office(file, precinct) else { return };
    html.element("h2", "heading-m", &i18n.t("us-office-heading"));
    if let Some(name) = &office.name {
        html.element("p", "body", name);
    }
    if let Some(address) = &office.address {
        html.element("p", "body", address);
    }
    html.open("ul", "list");
    if let Some(phone) = &office.phone {
        let tel: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        html.open("li", "").text(&i18n.t("us-office-phone")).text(" ");
        html.open_with("a", "", &[("href", &format!("tel:{tel}"))]).text(phone).close("a").close("li");
    }
    if let Some(email) = &office.email {
        html.open("li", "").text(&i18n.t("us-office-email")).text(" ");
        html.open_with("a", "", &[("href", &format!("mailto:{email}"))]).text(email).close("a").close("li");
    }
    for key in OFFICE_LINKS {
        if let Some(url) = office.links.get(key) {
            let label = i18n.t_with("us-office-link", &[("link", key.into())]);
            html.open("li", "");
            html.open_with("a", "", &[("href", url), ("rel", "external noopener noreferrer")]).text(&label);
            html.close("a").close("li");
        }
    }
    html.close("ul");
}
