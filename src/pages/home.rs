//! The home page: what Pollcard is, and the postcode question.

use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::postcode::Postcode;

use crate::components::area_download::AreaDownload;
use crate::components::error_summary::ErrorSummary;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::data;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes::Page;
use crate::state::use_app_state;

/// The postcode field's id, which the error summary links to.
const POSTCODE_ID: &str = "postcode";

/// "Find your polling station".
#[component]
pub fn HomePage(
    /// The bundle index to look postcodes up in.
    index: Arc<BundleIndex>,
    /// The postcode of the last lookup, to show again when the voter comes back.
    postcode: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let router = use_router();
    let input = NodeRef::<Input>::new();
    // The message for the last failed submit; each new failure is a new value, so the
    // error summary takes focus again.
    let error = RwSignal::new(None::<String>);
    let busy = StoredValue::new(false);
    let has_error = Signal::derive(move || error.with(Option::is_some));

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        if busy.get_value() {
            return;
        }
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        let postcode = match Postcode::parse(&typed) {
            Ok(postcode) => postcode,
            Err(problem) => {
                error.set(Some(i18n.t_with("error-postcode", &[("code", problem.code().into())])));
                return;
            }
        };
        // The home page is only shown once the release is verified.
        let Some(release) = state.verified_release() else { return };
        busy.set_value(true);
        let index = Arc::clone(&index);
        spawn_local(async move {
            let found = match state.national.get_value() {
                Some(national) => {
                    let cached = state.lookup_shard.get_value();
                    data::find_in_national(&release.manifest, &national, &postcode, cached).await.map(|answer| {
                        state.lookup_shard.set_value(answer.shard);
                        state.council_view.set_value(answer.council);
                        answer.result
                    })
                }
                None => {
                    let cached = state.shard.get_value();
                    data::find_polling_station(&release.manifest, &index, &postcode, cached).await.map(
                        |(result, shard)| {
                            state.shard.set_value(shard);
                            result
                        },
                    )
                }
            };
            match found {
                Ok(result) => {
                    let page = Page::showing(&result);
                    state.lookup.set(Some(result));
                    router.navigate(&page.path(i18n.lang()));
                }
                Err(problem) => {
                    leptos::logging::error!("Postcode lookup failed: {problem}");
                    // A file that does not match the release is never shown; say so
                    // rather than "try again", which would not help.
                    let message = match problem {
                        data::DataError::Unverified(_) => "error-lookup-unverified",
                        _ => "error-lookup-failed",
                    };
                    error.set(Some(i18n.t(message)));
                }
            }
            busy.set_value(false);
        });
    };

    let hint_id = format!("{POSTCODE_ID}-hint");
    let error_id = format!("{POSTCODE_ID}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if has_error.get() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let error_prefix = i18n.t("error-prefix");
    let error_message = move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{error_prefix.clone()}</span>
                    " "
                    {message}
                </p>
            }
        })
    };

    // What the page says around the form never changes once shown: static markup
    // (see `components::markup`).
    let lang = i18n.lang();
    let link = |html: &mut Markup, page: Page, key: &str| {
        html.open_with("a", "", &[("href", &page.path(lang))]).text(&i18n.t(key)).close("a");
    };
    let mut lead = Markup::new();
    lead.element("p", "body-l", &i18n.t("home-lead")).element("p", "body", &i18n.t("home-accessibility"));
    lead.open("p", "body").text(&i18n.t("home-privacy")).text(" ");
    link(&mut lead, Page::Privacy, "home-privacy-link");
    lead.close("p");
    let mut links = Markup::new();
    for (page, key) in [(Page::Location, "location-home-link"), (Page::Elections, "elections-link")] {
        links.open("p", "body");
        link(&mut links, page, key);
        links.close("p");
    }

    view! {
        <ErrorSummary error field_id=POSTCODE_ID />
        <PageHeading text=i18n.t("home-title") error=has_error />
        {lead.into_view()}
        <form class="form" novalidate on:submit=on_submit>
            <div class="form-group" class:form-group-error=has_error>
                <label class="label label-m" for=POSTCODE_ID>
                    {i18n.t("postcode-label")}
                </label>
                <div class="hint" id=hint_id>
                    {i18n.t("postcode-hint")}
                </div>
                {error_message}
                // No `name`: even if this form were ever submitted by the browser, the
                // postcode would not go into a URL or a request.
                <input
                    class="input input-postcode"
                    class:input-error=has_error
                    id=POSTCODE_ID
                    type="text"
                    autocomplete="postal-code"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby=described_by
                    aria-invalid=move || has_error.get().then_some("true")
                    value=postcode
                    node_ref=input
                />
            </div>
            <button type="submit" class="button">
                {i18n.t("postcode-submit")}
            </button>
        </form>
        {links.into_view()}
        // Back from a lookup in a national bundle: its area can still be kept offline.
        <AreaDownload />
    }
}
