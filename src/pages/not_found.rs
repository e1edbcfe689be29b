//! The page for a valid postcode that the bundle does not cover.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::CouncilContactDetails;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "We could not find that postcode", with advice and the council's contact details.
#[component]
pub fn NotFoundPage(
    /// The postcode looked up.
    postcode: String,
    /// The council's name in the page's language (or the other).
    council_name: String,
    /// The council to ask.
    council: Council,
) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    let body = i18n.t_with("not-found-body", &[("postcode", postcode.into()), ("council", council_name.into())]);
    view! {
        <BackLink fallback=home.clone() />
        <PageHeading text=i18n.t("not-found-title") />
        <p class="body-l">{body}</p>
        <h2 class="heading-m">{i18n.t("not-found-advice-heading")}</h2>
        <ul class="list">
            <li>{i18n.t("not-found-advice-check")}</li>
            <li>{i18n.t("not-found-advice-new")}</li>
            <li>{i18n.t("not-found-advice-other-council")}</li>
        </ul>
        <h2 class="heading-m">{i18n.t("ask-council-heading")}</h2>
        <CouncilContactDetails council />
        <p class="body">
            <a href=home>{i18n.t("search-again")}</a>
        </p>
    }
}
