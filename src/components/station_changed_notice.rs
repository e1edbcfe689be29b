//! The notice on a station page when the voter's polling station has changed since
//! the last election, so that nobody goes to last time's station out of habit.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// "Your polling station has changed since the last election. …". The station page
/// shows it when the lookup that led there says so (see
/// `LookupResult::station_changed_at`); the data comes from `pollcard build --previous`.
#[component]
pub fn StationChangedNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="warning-notice station-changed-notice">
            <p class="warning-notice-text">
                <strong>{i18n.t("station-changed-title")}</strong>
                " "
                {i18n.t("station-changed-body")}
            </p>
        </div>
    }
}
