//! "Voting if you are disabled": what every polling station must provide, bringing a
//! companion, asking the presiding officer for help, and what to do if the station does
//! not suit you. The text is the catalogue's (`disabled-voting-body`), from the
//! Electoral Commission's guidance as summarised in Pollcard's UK domain notes.

use leptos::prelude::*;

use crate::components::rich_text::text_page;

/// The page; linked from every footer and from a station's "does not suit you" part.
#[component]
pub fn DisabledVotingPage() -> impl IntoView {
    text_page("disabled-voting-title", Some("disabled-voting-lead"), "disabled-voting-body")
}
