//! Where the data on screen came from: "Information published on 1 April 2026,
//! version 3" with a link to the publication history (in the footer), and a warning
//! when the release in use has expired or the device's clock makes it look not yet
//! valid — the data stays visible, with the advice to check with the council.

use leptos::prelude::*;
use pollcard_core::release::Freshness;

use crate::components::markup::Markup;
use crate::i18n::use_i18n;
use crate::offline::VerifiedRelease;
use crate::routes::Page;

/// "Information published on …, version N. Publication history".
#[component]
pub fn ReleaseProvenance(release: std::sync::Arc<VerifiedRelease>) -> impl IntoView {
    let i18n = use_i18n();
    let text = i18n.t_with(
        "release-published",
        &[
            ("date", i18n.release_date(&release.manifest.created_at).into()),
            ("version", release.manifest.bundle_version.into()),
        ],
    );
    let mut html = Markup::new();
    html.open("p", "body release-provenance").text(&text).text(" ");
    html.open_with("a", "", &[("href", &Page::History.path(i18n.lang()))]).text(&i18n.t("release-history-link"));
    html.close("a").close("p");
    html.into_view()
}

/// The warning for a release past its expiry (or, by the device's clock, not yet
/// valid). Nothing for a release in date.
#[component]
pub fn ReleaseWarning(
    release: std::sync::Arc<VerifiedRelease>,
    /// The council's name, for "check with …".
    council_name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = match &release.freshness {
        Freshness::Current => return None,
        Freshness::Expired { expires_at } => i18n.t_with(
            "release-expired-body",
            &[("date", i18n.release_date(expires_at).into()), ("council", council_name.into())],
        ),
        Freshness::NotYetValid { .. } => i18n.t_with("release-clock-body", &[("council", council_name.into())]),
    };
    let mut html = Markup::new();
    html.open("div", "width-container").open("div", "warning-notice").open("p", "warning-notice-text");
    html.element("strong", "", &i18n.t("release-expired-title")).text(" ").text(&body);
    html.close("p").close("div").close("div");
    Some(html.into_view())
}
