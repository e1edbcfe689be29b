//! Page content that never changes once shown, written as escaped HTML and cloned
//! into the page in one step.
//!
//! Why: every element of a `view!` compiles to its own typed build, mount and
//! unmount code, and a page of headings, paragraphs, lists and tables is mostly
//! such elements whose text is only known at run time (it comes from the
//! catalogues and the bundle). Leptos's own answer for content without
//! interactivity is [`InertElement`], which it uses for markup known when compiling;
//! [`Markup`] builds the same kind of element from run-time text. Measured: see
//! docs/performance.md, "The app's size".
//!
//! Safety: every text and attribute value passes through [`escape`]; tag and
//! attribute names are `&'static str` written in the code, never data; a link's
//! address must be one of ours (a path), or `https:`, `http:`, `mailto:` or `tel:`
//! ([`safe_href`]), so data can never add script. Links to our own pages still
//! navigate inside the app: the router follows clicks on any `<a href="/…">`.

use leptos::tachys::html::InertElement;

/// HTML under construction: call the element methods in document order, then turn
/// it into a view with [`Markup::into_view`] (wrapped in one `<div>`).
#[derive(Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// Opens `<tag class="class">`; close it with [`Markup::close`].
    pub fn open(&mut self, tag: &'static str, class: &'static str) -> &mut Markup {
        self.html.push('<');
        self.html.push_str(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.html.push('>');
        self
    }

    /// Opens `<tag class="…" name="value" …>` with attributes whose values come
    /// from data. A `href` that is not [`safe_href`] is left out.
    pub fn open_with(&mut self, tag: &'static str, class: &'static str, attrs: &[(&'static str, &str)]) -> &mut Markup {
        self.html.push('<');
        self.html.push_str(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        for (name, value) in attrs {
            if *name != "href" || safe_href(value) {
                self.attr(name, value);
            }
        }
        self.html.push('>');
        self
    }

    /// Opens `<tag class="class">`, with `lang` when the text inside is not in the
    /// page's language (see [`crate::components::localized_text::lang_attribute`]).
    pub fn open_in(&mut self, lang: Option<&str>, tag: &'static str, class: &'static str) -> &mut Markup {
        match lang {
            Some(lang) => self.open_with(tag, class, &[("lang", lang)]),
            None => self.open(tag, class),
        }
    }

    /// Closes the element `tag`.
    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(text, &mut self.html);
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &'static str, class: &'static str, text: &str) -> &mut Markup {
        self.open(tag, class).text(text).close(tag)
    }

    fn attr(&mut self, name: &'static str, value: &str) {
        self.html.push(' ');
        self.html.push_str(name);
        self.html.push_str("=\"");
        escape(value, &mut self.html);
        self.html.push('"');
    }

    /// Opens a table with its caption and column headers inside a focusable region
    /// labelled `label`, which scrolls on its own when the table is wider than the
    /// screen (WCAG 1.4.10 Reflow): named and focusable, so a keyboard user can scroll
    /// it with the arrow keys and a screen reader says what it holds. Add rows, then
    /// [`Markup::close_table`].
    pub fn open_table(
        &mut self,
        label: &str,
        class: &'static str,
        caption: (&'static str, &str),
        headers: &[String],
    ) -> &mut Markup {
        self.open_with("div", "scroll-region", &[("role", "region"), ("aria-label", label), ("tabindex", "0")]);
        self.open("table", class).element("caption", caption.0, caption.1);
        self.open("thead", "").open("tr", "table-row");
        for header in headers {
            self.open_with("th", "table-header", &[("scope", "col")]).text(header).close("th");
        }
        self.close("tr").close("thead").open("tbody", "")
    }

    /// Closes a table opened with [`Markup::open_table`].
    pub fn close_table(&mut self) -> &mut Markup {
        self.close("tbody").close("table").close("div")
    }

    /// The HTML, wrapped in one `<div>` (an inert element has one root).
    pub fn into_html(self) -> String {
        format!("<div>{}</div>", self.html)
    }

    /// The content as a view: cloned into the page in one step, with no code of its
    /// own per element.
    pub fn into_view(self) -> InertElement {
        InertElement::new(self.into_html())
    }
}

/// Appends `text` to `html` with `&`, `<`, `>`, `"` and `'` escaped: safe inside
/// element content and inside a double-quoted attribute value.
pub fn escape(text: &str, html: &mut String) {
    for character in text.chars() {
        match character {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            other => html.push(other),
        }
    }
}

/// Whether `href` may be a link's address: a path of ours (`/…`, not `//host`), a
/// fragment, or an `https:`, `http:`, `mailto:` or `tel:` address. Anything else
/// (`javascript:`, `data:`, a relative path) is refused.
pub fn safe_href(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with('#')
        || ["https://", "http://", "mailto:", "tel:"].iter().any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut markup = Markup::new();
        markup.open_with("p", "body", &[("title", "a\"b<c>")]).text("<script>&'x'").close("p");
        assert_eq!(
            markup.into_html(),
            "<div><p class=\"body\" title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;&#39;x&#39;</p></div>"
        );
    }

    #[test]
    fn only_safe_links_keep_their_address() {
        for good in ["/station/S1", "#main", "https://example.org", "HTTP://x", "mailto:a@b", "tel:+441"] {
            assert!(safe_href(good), "{good}");
        }
        for bad in ["javascript:alert(1)", " JavaScript:x", "data:text/html,x", "//evil.example", "relative"] {
            assert!(!safe_href(bad), "{bad}");
        }
        let mut markup = Markup::new();
        markup.open_with("a", "", &[("href", "javascript:alert(1)")]).text("x").close("a");
        assert_eq!(markup.into_html(), "<div><a>x</a></div>");
    }
}
