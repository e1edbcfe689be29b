//! A small client-side router: the current path as a signal, links inside the app
//! handled without a page load, and the browser's back and forward buttons.
//!
//! Pollcard has six pages and one path parameter, so this replaces `leptos_router`,
//! whose generic route matching cost about 47 KB of the gzipped wasm (measured with
//! trunk 0.21.14 and wasm-opt 132: 258 KB with it, 211 KB without). Which page is at which path is
//! decided in [`crate::routes`]. Navigation pushes a history entry with no state:
//! nothing but the path (never a postcode) goes into the history.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The router, shared through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Router {
    path: RwSignal<String>,
}

impl Router {
    /// Starts following the browser's location: the back and forward buttons, and
    /// clicks on links to our own pages.
    pub fn start() -> Router {
        let router = Router { path: RwSignal::new(current_path()) };
        let _ = window_event_listener(ev::popstate, move |_| router.path.set(current_path()));
        let _ = window_event_listener(ev::click, move |event| router.follow_link(event));
        router
    }

    /// The current path, percent-encoded as in `location.pathname`. Reactive.
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The current path without subscribing to changes: for views, which the app
    /// builds afresh on every navigation.
    pub fn path_untracked(&self) -> String {
        self.path.get_untracked()
    }

    /// Goes to `path` (one of ours, e.g. from `Page::path`) as a new history entry.
    pub fn navigate(&self, path: &str) {
        if let Ok(history) = window().history() {
            // No state object: the path is all the history holds.
            if history.push_state_with_url(&JsValue::NULL, "", Some(path)).is_err() {
                // Should the browser refuse (it limits pushState rates), load the page.
                let _ = window().location().set_href(path);
                return;
            }
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
        self.path.set(current_path());
    }

    /// Handles a click on a link to one of our pages in the app; leaves every other
    /// click (new tab, download, other sites, `mailto:`, `#` links) to the browser.
    fn follow_link(&self, event: ev::MouseEvent) {
        let modified = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
        if event.default_prevented() || event.button() != 0 || modified {
            return;
        }
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten());
        let Some(link) = link else { return };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        // Our links are root-relative paths; `//host` is another site.
        if href.starts_with('/') && !href.starts_with("//") {
            event.prevent_default();
            self.navigate(&href);
        }
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_owned())
}

/// The router provided by the app.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
