//! The frame of every page: skip link, header with the service name and language
//! switch, the fictional-data notice, an empty `<main>` that the app fills with the
//! page, and a footer with the council's contact details in the same place on every
//! page.
//!
//! The page's one live region (which holds the update banner and its button) is
//! mounted once, before any page, and never rebuilt; the skip link, rebuilt with each
//! page, is put in front of it so it stays the first thing the Tab key reaches.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::council_contact::council_contact;
use crate::components::fictional_notice::FictionalNotice;
use crate::components::language_switch::LanguageSwitch;
use crate::components::markup::Markup;
use crate::components::offline_notices::STATUS_REGION_ID;
use crate::components::release_notice::{ReleaseProvenance, ReleaseWarning};
use crate::i18n::use_i18n;
use crate::offline::VerifiedRelease;
use crate::routes::Page;

/// The id of `<main>`: the skip link's target, and where the app puts the page.
pub const MAIN_ID: &str = "main-content";

/// The common layout around the page.
#[component]
pub fn Layout(
    /// The council whose contact details the footer shows (none until the bundle
    /// is loaded, or if it cannot be).
    council: Option<Council>,
    /// Whether to show the fictional-data notice.
    fictional: bool,
    /// The verified release the page's data comes from.
    release: Option<std::sync::Arc<VerifiedRelease>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let council_name = council
        .as_ref()
        .and_then(|council| council.name.best(i18n.lang()).map(|(name, _)| name.to_owned()))
        .unwrap_or_default();
    let warning = release.clone().map(|release| view! { <ReleaseWarning release council_name /> });
    let provenance = release.map(|release| view! { <ReleaseProvenance release /> });
    let footer_contact = council.map(|council| {
        let mut html = Markup::new();
        html.element("h2", "heading-m", &i18n.t("footer-contact-heading"));
        council_contact(&mut html, &council);
        html.into_view()
    });

    // The Easy Read version of this page (or back to the standard one).
    let easy_read = crate::pages::easy_read_switch(Page::from_path(&crate::router::use_router().path_untracked()));

    // The footer's links never change once shown: static markup (see `components::markup`).
    let mut footer_links = Markup::new();
    footer_links.open("ul", "footer-links");
    let lang = i18n.lang();
    for (page, key) in [
        (Page::Candidates, "candidate-search-footer-link"),
        (Page::Privacy, "privacy-link"),
        (Page::Accessibility, "accessibility-link"),
        (Page::DisabledVoting, "disabled-voting-link"),
        (Page::Settings, "settings-link"),
        easy_read,
    ] {
        footer_links.open("li", "").open_with("a", "", &[("href", &page.path(lang))]).text(&i18n.t(key));
        footer_links.close("a").close("li");
    }
    footer_links.close("ul");

    let skip_link = NodeRef::<leptos::html::A>::new();
    Effect::new(move |_| {
        let (Some(link), Some(status)) = (skip_link.get(), document().get_element_by_id(STATUS_REGION_ID)) else {
            return;
        };
        if let Some(parent) = status.parent_node() {
            // Moving a node cannot fail here: the region's parent is the body.
            let _ = parent.insert_before(&link, Some(&status));
        }
    });

    view! {
        <a href=format!("#{MAIN_ID}") class="skip-link" on:click=skip_to_main node_ref=skip_link>
            {i18n.t("skip-link")}
        </a>
        <header class="site-header">
            <div class="width-container site-header-bar">
                <a href=Page::Home.path(i18n.lang()) class="service-name">
                    {i18n.t("service-name")}
                </a>
                <LanguageSwitch />
            </div>
            {fictional.then(FictionalNotice)}
        </header>
        {warning}
        <div class="width-container">
            <main id=MAIN_ID class="main" tabindex="-1"></main>
        </div>
        <footer class="site-footer">
            <div class="width-container">
                {footer_contact} {provenance} {footer_links.into_view()}
            </div>
        </footer>
    }
}

/// Moves focus to `<main>` ourselves: browsers differ in whether a `#` link moves focus
/// or only the scroll position.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    if let Some(main) = document().get_element_by_id(MAIN_ID) {
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
        }
    }
}
