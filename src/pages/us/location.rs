//! "Use my location" for a US bundle: where the voter is now → the precinct whose
//! boundary holds it (pollcard-core's [`precinct_at`], the point-in-polygon
//! step of `lookup_location`, which writes no message) → where that precinct votes
//! on election day: its polling place, every vote centre of its locality, or, for a
//! mail-only precinct, nowhere (it says so) — then a link to choose between the
//! vote centres, early-voting sites and drop boxes it may use, and its election office.
//!
//! The page explains, before asking, that the position stays on the device (the same
//! words as the UK page); only the button asks the browser. The two US files are
//! fetched from our own origin and checked against the signed release
//! ([`crate::us_data`]); the position and the precinct stay in memory only.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::geo::places::{choose, us_places};
use pollcard_core::us::choice::{election_day, ElectionDay};
use pollcard_core::us::lookup::{has_boundaries, precinct_at};

use super::{office, place};
use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::geo_memory;
use crate::i18n::{use_i18n, I18n};
use crate::pages::location::{ask_position, PositionRefusal};
use crate::routes::Page;
use crate::state::use_app_state;
use crate::us_data::{self, UsData};

/// Where the search has got to; each but `Ready` and `Found` is a catalogue message.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Outcome {
    Ready,
    Asking,
    /// The precinct is in [`us_data::found`].
    Found,
    Outside,
    NoBoundaries,
    /// The browser gave no position.
    Refused(PositionRefusal),
    Failed,
}

impl Outcome {
    fn key(self) -> &'static str {
        match self {
            Outcome::Ready | Outcome::Found => "",
            Outcome::Asking => "location-asking",
            Outcome::Outside => "us-outside",
            Outcome::NoBoundaries => "us-no-boundaries",
            Outcome::Refused(PositionRefusal::Denied) => "us-denied",
            Outcome::Refused(PositionRefusal::Unavailable) => "us-unavailable",
            Outcome::Refused(PositionRefusal::Timeout) => "us-timeout",
            Outcome::Failed => "us-failed",
        }
    }
}

/// The page. A precinct found earlier in this visit is shown again on return.
/// `start`: shown as a US bundle's start page, where a back link has nowhere to go
/// (a US voter has no postcode to search by, so the position is the way in).
pub fn us_location_page(start: bool) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let home = Page::Home.path(i18n.lang());
    let known = us_data::found().is_some() && geo_memory::position().is_some();
    let outcome = RwSignal::new(if known { Outcome::Found } else { Outcome::Ready });

    let on_click = move |_| {
        if outcome.get_untracked() == Outcome::Asking {
            return;
        }
        outcome.set(Outcome::Asking);
        ask_position(move |answer| {
            let at = match answer {
                Ok(at) => at,
                Err(refusal) => {
                    outcome.set(Outcome::Refused(refusal));
                    return;
                }
            };
            geo_memory::set_position(Some(at));
            spawn_local(async move {
                let Some(release) = state.verified_release() else { return outcome.set(Outcome::Failed) };
                let found = match us_data::load(&release).await {
                    Ok(data) if !has_boundaries(&data.precincts) => Outcome::NoBoundaries,
                    Ok(data) => match precinct_at(&data.precincts, at.lat, at.lon) {
                        Some(precinct) => {
                            us_data::set_found(Some(precinct.id.clone()));
                            Outcome::Found
                        }
                        None => Outcome::Outside,
                    },
                    Err(error) => {
                        leptos::logging::error!("Pollcard could not load the US data: {error}");
                        Outcome::Failed
                    }
                };
                outcome.set(found);
            });
        });
    };

    // What happened is said in the page's one live region; the result below is not live.
    let status = use_context::<StatusMessage>();
    Effect::new(move |_| {
        let shown = outcome.get();
        let text = match shown {
            Outcome::Ready => return,
            Outcome::Found => found(i18n).map(|(said, _)| said).unwrap_or_default(),
            other => i18n.t(other.key()),
        };
        if let Some(status) = status {
            status.say(text);
        }
    });

    let result = move || {
        let html = match outcome.get() {
            Outcome::Ready => return None,
            Outcome::Found => found(i18n)?.1,
            other => {
                let mut html = Markup::new();
                html.element("p", "body", &i18n.t(other.key()));
                html
            }
        };
        Some(html.into_view())
    };

    view! {
        {(!start).then(|| view! { <BackLink fallback=home /> })}
        <PageHeading text=i18n.t("us-title") />
        <p class="body-l">{i18n.t("us-lead")}</p>
        <p class="body">{i18n.t("location-privacy")}</p>
        <p class="body">{i18n.t("us-now-not-registered")}</p>
        <button type="button" class="button" on:click=on_click>
            {i18n.t("location-button")}
        </button>
        <div class="location-result">{result}</div>
    }
}

/// The sentence naming the precinct (also said in the live region), and the result.
fn found(i18n: I18n) -> Option<(String, Markup)> {
    let (data, id) = us_data::found()?;
    let at = geo_memory::position()?;
    let UsData { precincts: _, places: file } = &*data;
    let precinct = data.precinct(&id)?;
    let locality = file.locality(&precinct.locality_id).map_or(precinct.locality_id.as_str(), |l| l.name.as_str());
    let said = i18n.t_with("us-found", &[("precinct", precinct.name.as_str().into()), ("locality", locality.into())]);
    let mut html = Markup::new();
    html.element("h2", "heading-m", &i18n.t("us-found-heading"));
    html.element("p", "body", &said);
    let places = us_places(file, precinct);
    let way = election_day(precinct, &places);
    let lead = match way {
        ElectionDay::MailOnly => i18n.t("us-mail-only"),
        ElectionDay::VoteCentres => i18n.t_with("us-vote-centres", &[("locality", locality.into())]),
        ElectionDay::PollingPlace => i18n.t("us-polling-place"),
        ElectionDay::NotSaid => i18n.t("us-not-said"),
    };
    html.element("p", "body", &lead);
    let choice = choose(Some(at), &places, &[]);
    let on_the_day: Vec<_> =
        choice.places.iter().filter(|listed| listed.place.uses.iter().any(|kind| kind.is_election_day())).collect();
    if !on_the_day.is_empty() {
        html.open("ol", "list places-list");
        for listed in on_the_day {
            place(&mut html, i18n, "h3", listed);
        }
        html.close("ol");
    }
    html.element("p", "body", &i18n.t("us-now-reminder"));
    if places.iter().any(|place| place.uses.iter().any(|kind| !kind.is_election_day()))
        || way == ElectionDay::VoteCentres
    {
        let path = Page::Places.path(i18n.lang());
        html.open("p", "body").open_with("a", "", &[("href", &path)]).text(&i18n.t("us-places-link"));
        html.close("a").close("p");
    }
    office(&mut html, i18n, file, precinct);
    Some((said, html))
}
