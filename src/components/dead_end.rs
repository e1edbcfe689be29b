//! A page with nothing to show but a message and the way back to the postcode form:
//! an unknown address, an unknown station id, or a lookup forgotten on reload.

use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// A heading, one paragraph, and a link to the home page — all catalogue message ids.
#[component]
pub fn DeadEnd(
    /// Message id of the `h1`.
    title: &'static str,
    /// Message id of the explanation.
    body: &'static str,
    /// Message id of the link to the postcode form.
    link: &'static str,
    /// Show the link as a button (the page's one call to action).
    #[prop(optional)]
    as_button: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // The paragraph and link never change once shown: static markup (see `components::markup`).
    let mut html = Markup::new();
    html.element("p", "body", &i18n.t(body)).open("p", "body");
    let class = if as_button { "button-link" } else { "" };
    html.open_with("a", class, &[("href", &Page::Home.path(i18n.lang()))]).text(&i18n.t(link)).close("a").close("p");
    view! {
        <PageHeading text=i18n.t(title) />
        {html.into_view()}
    }
}
