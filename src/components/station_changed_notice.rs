//! The notice on a station page when the voter's polling station has changed since
//! the last election, so that nobody goes to last time's station out of habit.

use crate::components::markup::Markup;
use crate::i18n::I18n;

/// "Your polling station has changed since the last election. …", written into the
/// station page's markup. The page shows it when the lookup that led there says so
/// (see `LookupResult::station_changed_at`); the data comes from `pollcard build --previous`.
pub fn station_changed_notice(html: &mut Markup, i18n: I18n) {
    html.open("div", "warning-notice station-changed-notice").open("p", "warning-notice-text");
    html.element("strong", "", &i18n.t("station-changed-title")).text(" ").text(&i18n.t("station-changed-body"));
    html.close("p").close("div");
}
