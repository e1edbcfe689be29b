//! Easy Read versions of the home page, a station's page and "Voting if you are
//! disabled" (`/easy-read…`): short sentences, one idea per line, each group beside a
//! picture that says the same thing. One renderer, [`easy_read_page`], takes a list of
//! (picture, text) items; the texts are catalogue messages (`easy-read-…`), one line
//! per idea, so translators see them whole. The pictures are Pollcard's own SVGs in
//! `public/easy-read/`, drawn with strokes only and no words, with alt text from the
//! catalogue (`easy-read-picture`). A station's items come from its real facts
//! (`easy_read_station`).

use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The items of the Easy Read home page: (picture, message id).
const HOME: [(&str, &str); 5] = [
    ("ballot", "easy-read-home-vote"),
    ("home", "easy-read-home-postcode"),
    ("station", "easy-read-home-station"),
    ("phone", "easy-read-home-private"),
    ("help", "easy-read-home-help"),
];

/// The items of the Easy Read "Voting if you are disabled".
const DISABLED_VOTING: [(&str, &str); 7] = [
    ("station", "easy-read-disabled-station"),
    ("ballot", "easy-read-disabled-equipment"),
    ("help", "easy-read-disabled-companion"),
    ("staff", "easy-read-disabled-staff"),
    ("post", "easy-read-disabled-postal"),
    ("proxy", "easy-read-disabled-proxy"),
    ("email", "easy-read-disabled-council"),
];

/// The Easy Read version of the home page or of "Voting if you are disabled" (the
/// pages that need no data).
pub fn easy_read_general(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let (title, list): (&str, &[(&str, &str)]) = match page {
        Page::DisabledVoting => ("easy-read-disabled-title", &DISABLED_VOTING),
        _ => ("easy-read-home-title", &HOME),
    };
    let items = list.iter().map(|(picture, id)| (*picture, i18n.t(id))).collect();
    let more = match page {
        Page::DisabledVoting => Vec::new(),
        _ => {
            vec![(Page::EasyRead(Box::new(Page::DisabledVoting)).path(i18n.lang()), i18n.t("easy-read-disabled-title"))]
        }
    };
    easy_read_page(i18n.t(title), &page, items, more)
}

/// An Easy Read page: the `h1`, a link to the standard version of `standard`, one
/// block per item (its picture, then its text one line per paragraph; a line starting
/// `- ` is an item of a list), then `links` (address, text).
pub fn easy_read_page(
    title: String,
    standard: &Page,
    items: Vec<(&'static str, String)>,
    links: Vec<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut markup = Markup::new();
    let standard = standard.path(i18n.lang());
    markup.open("p", "body").open_with("a", "", &[("href", &standard)]).text(&i18n.t("easy-read-standard-link"));
    markup.close("a").close("p").open("ul", "easy-read");
    for (picture, text) in items {
        let src = format!("/easy-read/{picture}.svg");
        let alt = i18n.t_with("easy-read-picture", &[("picture", picture.into())]);
        markup.open("li", "easy-read-item");
        let size = [("width", "96"), ("height", "96")];
        markup.open_with("img", "easy-read-picture", &[("src", &src), ("alt", &alt), size[0], size[1]]);
        markup.open("div", "easy-read-text");
        let mut in_list = false;
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            let item = line.strip_prefix("- ");
            if item.is_some() != in_list {
                in_list = item.is_some();
                if in_list {
                    markup.open("ul", "list")
                } else {
                    markup.close("ul")
                };
            }
            match item {
                Some(item) => markup.element("li", "", item),
                None => markup.element("p", "body-l", line),
            };
        }
        if in_list {
            markup.close("ul");
        }
        markup.close("div").close("li");
    }
    markup.close("ul");
    for (href, text) in links {
        markup.open("p", "body-l").open_with("a", "", &[("href", &href)]).text(&text).close("a").close("p");
    }
    view! {
        <PageHeading text=title />
        {markup.into_view()}
    }
}

/// Where the layout's "Easy Read" link goes from `page`, and its message id: the Easy
/// Read version of the page, or of the home page when the page has none; on an Easy
/// Read page, back to the standard version.
pub fn easy_read_switch(page: Option<Page>) -> (Page, &'static str) {
    match page {
        Some(Page::EasyRead(standard)) => (*standard, "easy-read-standard-link"),
        Some(Page::TellTheCouncil(station)) => (Page::EasyRead(station), "easy-read-link"),
        Some(page) if page.has_easy_read() => (Page::EasyRead(Box::new(page)), "easy-read-link"),
        _ => (Page::EasyRead(Box::new(Page::Home)), "easy-read-link"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_goes_to_the_easy_read_version_and_back() {
        let station = Page::Station("S1".into());
        assert_eq!(easy_read_switch(Some(station.clone())).0, Page::EasyRead(Box::new(station.clone())));
        assert_eq!(easy_read_switch(Some(Page::EasyRead(Box::new(station.clone())))).0, station);
        assert_eq!(
            easy_read_switch(Some(Page::TellTheCouncil(Box::new(station.clone())))).0,
            Page::EasyRead(Box::new(station))
        );
        assert_eq!(easy_read_switch(Some(Page::Privacy)).0, Page::EasyRead(Box::new(Page::Home)));
        assert_eq!(easy_read_switch(None).1, "easy-read-link");
    }

    #[test]
    fn every_picture_has_a_file_and_alt_text_in_both_languages() {
        use pollcard_core::model::Language;
        let pictures: Vec<&str> = HOME.iter().chain(DISABLED_VOTING.iter()).map(|(picture, _)| *picture).collect();
        let sources = [
            (Language::En, include_str!("../../public/i18n/en.ftl")),
            (Language::Cy, include_str!("../../public/i18n/cy.ftl")),
        ];
        for (language, source) in sources {
            let catalogue = pollcard_core::i18n::Catalogue::parse(language, source).expect("the catalogue parses");
            for picture in pictures.iter().chain(super::super::easy_read_station::PICTURES.iter()) {
                let file = format!("{}/public/easy-read/{picture}.svg", env!("CARGO_MANIFEST_DIR"));
                let svg = std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{file} exists"));
                assert!(!svg.contains("<text"), "{file} has no words in it");
                let alt = catalogue.format("easy-read-picture", &[("picture", (*picture).into())]).expect("alt");
                let other = catalogue.format("easy-read-picture", &[("picture", "none".into())]);
                assert!(!alt.is_empty() && Some(&alt) != other.as_ref(), "{language:?} alt text for {picture}: {alt}");
            }
            for (_, id) in HOME.iter().chain(DISABLED_VOTING.iter()) {
                assert!(catalogue.format(id, &[]).is_some(), "{language:?} has {id}");
            }
        }
    }
}
