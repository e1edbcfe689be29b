//! The last-resort page for when the translation catalogue itself cannot be loaded.

use leptos::prelude::*;

/// Without a catalogue there is no text to show, so this page carries its own few
/// words, in both languages. It is the only user-facing text compiled into the app.
#[component]
pub fn CatalogueFailure() -> impl IntoView {
    document().set_title("Sorry, there is a problem with the service – Pollcard");
    view! {
        <main class="width-container main" id="main-content">
            <h1 class="heading-xl" lang="en">
                "Sorry, there is a problem with the service"
            </h1>
            <p class="body" lang="en">
                "Pollcard could not load. Check your internet connection and try again later."
            </p>
            <h2 class="heading-l" lang="cy">"Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth"</h2>
            <p class="body" lang="cy">
                "Nid oedd modd llwytho Pollcard. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni yn nes ymlaen."
            </p>
        </main>
    }
}
