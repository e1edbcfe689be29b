//! Long texts written in the catalogues rather than in code (the accessibility
//! statement, "Voting if you are disabled", what "delete my data" deletes), so that
//! they travel as data and a translator sees them whole. One block per line:
//!
//! - `## Heading` → a level-2 heading;
//! - `- item` → an item of a bulleted list (consecutive items make one list);
//! - `=> /path Link text` → a link on its own line; a path of the app is given in
//!   English and shown in the page's language, any other address is used as it is;
//! - anything else → a paragraph.

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::{self, Page};

/// One block of a long text.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    Heading(String),
    Paragraph(String),
    Link { href: String, text: String },
    List(Vec<String>),
}

/// The blocks of `text`, one per line; blank lines are skipped.
fn blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if let Some(item) = line.strip_prefix("- ") {
            match blocks.last_mut() {
                Some(Block::List(items)) => items.push(item.to_owned()),
                _ => blocks.push(Block::List(vec![item.to_owned()])),
            }
        } else if let Some(heading) = line.strip_prefix("## ") {
            blocks.push(Block::Heading(heading.to_owned()));
        } else if let Some((href, text)) = line.strip_prefix("=> ").and_then(|rest| rest.split_once(' ')) {
            blocks.push(Block::Link { href: href.to_owned(), text: text.trim().to_owned() });
        } else {
            blocks.push(Block::Paragraph(line.to_owned()));
        }
    }
    blocks
}

/// The catalogue message `id` as headings, paragraphs, lists and links, written as
/// escaped [`Markup`] (a link's address must be a path of ours or `https:`).
pub fn rich_text(id: &str) -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.lang();
    let mut markup = Markup::new();
    for block in blocks(&i18n.t(id)) {
        match block {
            Block::Heading(text) => markup.element("h2", "heading-m", &text),
            Block::Paragraph(text) => markup.element("p", "body", &text),
            Block::Link { href, text } => {
                let href = if href.starts_with('/') { routes::path_in(&href, language) } else { href };
                markup.open("p", "body").open_with("a", "", &[("href", &href)]).text(&text).close("a").close("p")
            }
            Block::List(items) => {
                markup.open("ul", "list");
                for item in items {
                    markup.element("li", "", &item);
                }
                markup.close("ul")
            }
        };
    }
    markup.into_view()
}

/// A page that is all catalogue text: the back link, the `h1` from `title`, an
/// optional larger lead paragraph, and `body` as [`rich_text`].
pub fn text_page(title: &str, lead: Option<&str>, body: &str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <PageHeading text=i18n.t(title) />
        {lead.map(|lead| view! { <p class="body-l">{i18n.t(lead)}</p> })}
        {rich_text(body)}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks() {
        let text = "Intro.\n## What\n- one\n- two\nAfter.\n\n=> /settings Change settings\n- again\n=> https://example.org/ Out";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("Intro.".into()),
                Block::Heading("What".into()),
                Block::List(vec!["one".into(), "two".into()]),
                Block::Paragraph("After.".into()),
                Block::Link { href: "/settings".into(), text: "Change settings".into() },
                Block::List(vec!["again".into()]),
                Block::Link { href: "https://example.org/".into(), text: "Out".into() },
            ]
        );
    }

    #[test]
    fn a_link_without_text_and_a_lone_marker_are_paragraphs() {
        assert_eq!(
            blocks("=> /settings\n##nospace"),
            vec![Block::Paragraph("=> /settings".into()), Block::Paragraph("##nospace".into()),]
        );
    }

    #[test]
    fn the_catalogues_long_texts_have_headings_lists_and_links() {
        use pollcard_core::model::Language;
        let sources = [
            (Language::En, include_str!("../../public/i18n/en.ftl")),
            (Language::Cy, include_str!("../../public/i18n/cy.ftl")),
        ];
        for (language, source) in sources {
            let catalogue = pollcard_core::i18n::Catalogue::parse(language, source).expect("the catalogue parses");
            for id in ["disabled-voting-body", "accessibility-body"] {
                let text = catalogue.format(id, &[]).expect("the message exists");
                let found = blocks(&text);
                assert!(found.iter().any(|b| matches!(b, Block::Heading(_))), "{id} has headings");
                assert!(found.iter().any(|b| matches!(b, Block::List(_))), "{id} has a list");
                assert!(found.iter().any(|b| matches!(b, Block::Link { .. })), "{id} has a link");
                for block in &found {
                    if let Block::Link { href, .. } = block {
                        assert!(href.starts_with('/') || href.starts_with("https://"), "{id}: {href}");
                    }
                }
            }
        }
    }
}
