//! A wide table (or anything wider than a phone) scrolls inside its own region instead
//! of making the whole page scroll sideways (WCAG 1.4.10 Reflow). The region is named
//! and takes keyboard focus, so a keyboard user can scroll it with the arrow keys and
//! a screen reader announces what it holds.

use leptos::prelude::*;

/// Wraps `content` (e.g. a `<table>`) in a focusable region labelled `label`, which
/// should say what the content is ("Publication history").
///
/// A plain function rather than a component with `Children`, which would box the
/// content as an `AnyView`.
pub fn scroll_region<V: IntoView>(label: String, content: V) -> impl IntoView {
    view! {
        <div class="scroll-region" role="region" aria-label=label tabindex="0">
            {content}
        </div>
    }
}
