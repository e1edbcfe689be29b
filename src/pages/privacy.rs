//! What Pollcard stores and sends: nothing, unless the voter asks.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The privacy notice.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = |id: &str| i18n.t(id);
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <PageHeading text=t("privacy-title") />
        <p class="body-l">{t("privacy-lead")}</p>
        <h2 class="heading-m">{t("privacy-lookup-heading")}</h2>
        <p class="body">{t("privacy-lookup-body")}</p>
        <p class="body">{t("privacy-download-body")}</p>
        <h2 class="heading-m">{t("privacy-storage-heading")}</h2>
        <p class="body">{t("privacy-storage-body")}</p>
        <h2 class="heading-m">{t("privacy-settings-heading")}</h2>
        <p class="body">{t("privacy-settings-body")}</p>
        <p class="body">
            <a href=Page::Settings.path(i18n.lang())>{t("settings-title")}</a>
        </p>
        <h2 class="heading-m">{t("privacy-third-party-heading")}</h2>
        <p class="body">{t("privacy-third-party-body")}</p>
        <p class="body">{t("privacy-council-body")}</p>
    }
}
