//! The accessibility statement, in the standard form for UK public-sector websites
//! (what is accessible, what is not, how to report a problem, the enforcement
//! procedure with the EHRC and, in Northern Ireland, the ECNI, and when it was
//! prepared). The text is the catalogue's (`accessibility-body`), so a council can
//! change it without a code change; docs/accessibility.md says when to review it.

use leptos::prelude::*;

use crate::components::rich_text::text_page;

/// The statement; linked from every footer.
#[component]
pub fn AccessibilityStatementPage() -> impl IntoView {
    text_page("accessibility-title", None, "accessibility-body")
}

#[cfg(test)]
mod tests {
    /// The marker above a Welsh message whose text waits for a professional
    /// translator's review (docs/accessibility.md).
    const MARKER: &str = "# awaiting-review";

    /// The messages marked as awaiting review in `source`, in file order. A marker
    /// applies to the message that follows it, past other comment lines.
    fn awaiting_review(source: &str) -> Vec<&str> {
        let mut marked = Vec::new();
        let mut pending = false;
        for line in source.lines() {
            if line.trim_end() == MARKER {
                pending = true;
            } else if line.starts_with('#') || line.trim().is_empty() || line.starts_with(' ') {
                continue;
            } else if let Some((id, _)) = line.split_once(" =") {
                if pending {
                    marked.push(id.trim());
                }
                pending = false;
            }
        }
        marked
    }

    #[test]
    fn a_marker_names_the_message_after_it() {
        let source = "# awaiting-review\na = A\nb = B\n# awaiting-review\n# note\nc =\n    C\n";
        assert_eq!(awaiting_review(source), vec!["a", "c"]);
    }

    #[test]
    fn welsh_awaiting_review_is_counted_and_names_real_messages() {
        let welsh = include_str!("../../public/i18n/cy.ftl");
        let marked = awaiting_review(welsh);
        println!("cy.ftl: {} messages awaiting review by a professional translator", marked.len());
        // A marker names a real message: one the English catalogue has too.
        let english = include_str!("../../public/i18n/en.ftl");
        for id in &marked {
            assert!(english.lines().any(|line| line.starts_with(&format!("{id} ="))), "{id} is not in en.ftl");
        }
        // Every marker is followed by a message: none is left dangling at the end.
        let markers = welsh.lines().filter(|line| line.trim_end() == MARKER).count();
        assert_eq!(markers, marked.len(), "every {MARKER} marker is followed by a message");
    }
}
