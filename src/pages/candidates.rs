//! Candidate search (`/candidates`): find a candidate by name, whatever the case or
//! accents typed ("fevre" finds "Marc Le Fèvre"), and go to their page.
//!
//! The search runs on the device over the elections file already fetched; the query
//! is kept in memory for this visit only (so "Back" from a candidate finds the results
//! again), never in the URL, history or storage, like the postcode.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use pollcard_core::elections::{search, ElectionsFile};
use pollcard_core::model::{Language, LocalizedText};

use crate::candidate_keys::candidate_key;
use crate::components::dead_end::DeadEnd;
use crate::components::error_summary::ErrorSummary;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::{mount, Shown};

/// The search field's id, which the error summary links to.
const NAME_ID: &str = "candidate-name";

thread_local! {
    /// The last query searched for in this visit; forgotten on reload, on purpose.
    static LAST_QUERY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Data text in `language`, else in the other language, else empty.
pub fn in_language(text: &LocalizedText, language: Language) -> String {
    text.best(language).map(|(text, _)| text.to_owned()).unwrap_or_default()
}

/// Mounts the search page, or says there is no election information.
pub fn show_candidates(main: &web_sys::Element, file: Option<Arc<ElectionsFile>>) -> Shown {
    match file {
        Some(file) => mount(main, move || view! { <CandidatesPage file /> }),
        None => mount(main, || {
            view! { <DeadEnd title="candidate-search-no-data-title" body="candidate-search-no-data-body" link="search-again" /> }
        }),
    }
}

/// A ballot or candidate the data does not have (an old link, or a typo).
#[component]
pub fn UnknownBallotOrCandidate() -> impl IntoView {
    view! { <DeadEnd title="candidate-unknown-title" body="candidate-unknown-body" link="search-again" as_button=true /> }
}

/// One search result, as shown.
#[derive(Clone)]
struct Found {
    href: String,
    name: String,
    party: Option<String>,
    ballot: String,
    status: String,
}

/// Every candidate matching `query`, in file order (so by poll date).
fn find(file: &ElectionsFile, query: &str) -> Vec<Found> {
    let i18n = use_i18n();
    let language = i18n.lang();
    search::search_candidates(file, query)
        .into_iter()
        .map(|(ballot, candidate)| {
            let election = file.election_of(ballot).map(|election| in_language(&election.name, language));
            Found {
                href: Page::Candidate(ballot.id.clone(), candidate_key(ballot, candidate)).path(language),
                name: candidate.name.clone(),
                party: candidate.party.clone(),
                ballot: i18n.t_with(
                    "candidate-ballot-line",
                    &[
                        ("ballot", in_language(&ballot.name, language).into()),
                        ("election", election.unwrap_or_default().into()),
                        ("date", i18n.release_date(ballot.poll_date()).into()),
                    ],
                ),
                status: i18n.t_with("candidate-status-short", &[("status", candidate.status.key().into())]),
            }
        })
        .collect()
}

/// "Find a candidate": a name field, then the candidates it matches.
#[component]
pub fn CandidatesPage(
    /// The elections file to search.
    file: Arc<ElectionsFile>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let error = RwSignal::new(None::<String>);
    let has_error = Signal::derive(move || error.with(Option::is_some));
    let remembered = LAST_QUERY.with_borrow(Clone::clone);
    let file = StoredValue::new(file);
    // What the last search found, with the sentence saying how many; `None` before one.
    let search = move |query: &str| {
        (!query.is_empty()).then(|| {
            let found = file.with_value(|file| find(file, query));
            let count =
                i18n.t_with("candidate-search-found", &[("count", found.len().into()), ("query", query.into())]);
            (count, found)
        })
    };
    let results = RwSignal::new(search(&remembered));

    // How many were found is said in the page's one live region after each search (not
    // when the page opens with the remembered results); the list is read at the
    // voter's own pace.
    let status = use_context::<StatusMessage>();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default().trim().to_owned();
        LAST_QUERY.set(typed.clone());
        error.set(typed.is_empty().then(|| i18n.t("error-candidate-name")));
        let found = search(&typed);
        if let (Some(status), Some((count, _))) = (status, &found) {
            status.say(count.clone());
        }
        results.set(found);
    };

    // How many were found and the list, as markup.
    let found = move || {
        let (count, found) = results.get()?;
        let mut markup = Markup::new();
        markup.element("h2", "heading-m", &count);
        if found.is_empty() {
            markup.element("p", "body", &i18n.t("candidate-search-none-advice"));
        }
        markup.open("ul", "list candidate-results");
        for found in found {
            markup.open("li", "candidate-result").open_with("a", "candidate-result-name", &[("href", &found.href)]);
            markup.text(&found.name).close("a");
            if let Some(party) = found.party {
                markup.element("span", "candidate-result-line", &party);
            }
            markup.element("span", "candidate-result-line", &found.ballot);
            markup.element("span", "candidate-result-line", &found.status).close("li");
        }
        markup.close("ul");
        Some(markup.into_view())
    };

    let hint_id = format!("{NAME_ID}-hint");
    let described_by =
        move || if has_error.get() { format!("{NAME_ID}-hint {NAME_ID}-error") } else { hint_id.clone() };
    let error_prefix = i18n.t("error-prefix");
    let error_message = move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id=format!("{NAME_ID}-error")>
                    <span class="visually-hidden">{error_prefix.clone()}</span>
                    " "
                    {message}
                </p>
            }
        })
    };

    view! {
        <ErrorSummary error field_id=NAME_ID />
        <PageHeading text=i18n.t("candidate-search-title") error=has_error />
        <p class="body-l">{i18n.t("candidate-search-lead")}</p>
        <form class="form" novalidate on:submit=on_submit>
            <div class="form-group" class:form-group-error=has_error>
                <label class="label label-m" for=NAME_ID>
                    {i18n.t("candidate-search-label")}
                </label>
                <div class="hint" id=format!("{NAME_ID}-hint")>
                    {i18n.t("candidate-search-hint")}
                </div>
                {error_message}
                <input
                    class="input"
                    class:input-error=has_error
                    id=NAME_ID
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described_by
                    aria-invalid=move || has_error.get().then_some("true")
                    value=remembered
                    node_ref=input
                />
            </div>
            <button type="submit" class="button">
                {i18n.t("candidate-search-submit")}
            </button>
        </form>
        {found}
        <p class="body">
            <a href=Page::Elections.path(i18n.lang())>{i18n.t("candidate-search-elections-link")}</a>
        </p>
    }
}
