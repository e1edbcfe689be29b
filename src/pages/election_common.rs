//! Pieces the elections page and the ballot page share: council text in the best
//! language, ballots listed under their elections, and today's date as the data
//! writes dates.

use leptos::prelude::*;
use pollcard_core::elections::{Ballot, ElectionsFile};
use pollcard_core::model::{Language, LocalizedText};

use crate::components::localized_text::lang_attribute;
use crate::components::markup::Markup;
use crate::election_dates::today_in_london;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// `text` in the page's language or else the other one, with the `lang` attribute it
/// then needs.
pub fn localized(text: &LocalizedText, page: Language) -> (String, Option<&'static str>) {
    text.best(page).map_or((String::new(), None), |(text, language)| (text.to_owned(), lang_attribute(language, page)))
}

/// Today in Europe/London as `YYYY-MM-DD`, to compare with the data's dates; empty
/// when the device's clock gives no date (every poll then counts as coming up).
pub fn today_text() -> String {
    today_in_london().map(|date| date.to_string()).unwrap_or_default()
}

/// Ballots under a heading per election (its name and polling day), each ballot a
/// link to its page; `after_each` adds what follows an election's ballots (its key
/// dates). Ballots keep the order given; consecutive ballots of one election share
/// its heading.
pub fn election_list<V: IntoView>(
    file: &ElectionsFile,
    ballots: &[&Ballot],
    after_each: impl Fn(&str) -> V,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let mut groups: Vec<(&str, Vec<&Ballot>)> = Vec::new();
    for ballot in ballots {
        match groups.last_mut() {
            Some((id, list)) if *id == ballot.election_id => list.push(ballot),
            _ => groups.push((&ballot.election_id, vec![ballot])),
        }
    }
    groups
        .into_iter()
        .map(|(id, ballots)| {
            let election = file.election(id);
            let (name, name_lang) = election.map(|e| localized(&e.name, lang)).unwrap_or_else(|| (id.to_owned(), None));
            let day = ballots.first().map(|ballot| i18n.data_date_in_words(ballot.poll_date())).unwrap_or_default();
            let mut list = Markup::new();
            list.open_in(name_lang, "h3", "heading-s").text(&name).close("h3");
            list.element("p", "body", &i18n.t_with("elections-polling-day", &[("date", day.into())]));
            list.open("ul", "list");
            for ballot in ballots {
                let (text, text_lang) = localized(&ballot.name, lang);
                let href = Page::Ballot(ballot.id.clone()).path(lang);
                list.open("li", "");
                match text_lang {
                    Some(text_lang) => list.open_with("a", "", &[("href", &href), ("lang", text_lang)]),
                    None => list.open_with("a", "", &[("href", &href)]),
                };
                list.text(&text).close("a");
                if let Some(note) = ballot_note(file, ballot) {
                    list.text(&format!(" – {}", i18n.t(note)));
                }
                list.close("li");
            }
            list.close("ul");
            (list.into_view(), after_each(id))
        })
        .collect_view()
}

/// A word on a ballot in a list: cancelled, or elected unopposed.
fn ballot_note(file: &ElectionsFile, ballot: &Ballot) -> Option<&'static str> {
    let published = file.election_of(ballot).is_some_and(|election| election.sopn_published);
    if ballot.is_cancelled() {
        Some("elections-ballot-cancelled")
    } else if ballot.is_uncontested(published) {
        Some("elections-ballot-uncontested")
    } else {
        None
    }
}
