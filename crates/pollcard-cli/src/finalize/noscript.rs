//! The page a voter sees without JavaScript or WebAssembly: the contents of
//! `index.html`'s `<noscript>`, rewritten at every build from the catalogues (English,
//! then Welsh) and the council's contact details in `data/bundle.json`, so even a
//! browser that cannot run Pollcard tells the voter what to do and whom to ask.
//!
//! Every string from the bundle or a catalogue is HTML-escaped; nothing is inline
//! code (links are `tel:`, `mailto:` and the council's checked `http(s):` website).
//! The element's old contents are replaced whole, so a second run writes the same.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use pollcard_core::bundle::{BundleError, BundleIndex};
use pollcard_core::model::{Council, Language};
use thiserror::Error;

use super::catalogues::{CatalogueFileError, Catalogues};
use super::html_scan::{scan, ScanError};

/// The bundle index, relative to the output folder.
pub const BUNDLE_FILE: &str = "data/bundle.json";

/// Why the fallback could not be written.
#[derive(Debug, Error)]
pub enum NoscriptError {
    #[error("{BUNDLE_FILE} could not be read: {0}")]
    UnreadableBundle(std::io::Error),
    #[error("{BUNDLE_FILE}: {0}")]
    InvalidBundle(BundleError),
    #[error("index.html line {line}: a <noscript> element without its </noscript> end tag")]
    Unclosed { line: usize },
    #[error(transparent)]
    Catalogue(#[from] CatalogueFileError),
    #[error("index.html could not be read: {0}")]
    Scan(#[from] ScanError),
}

/// What the fallback says about the council.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoscriptOutcome {
    /// The council's contact details, with its English name.
    Council(String),
    /// No `data/bundle.json`: a generic explanation only.
    NoBundle,
    /// The page has no `<noscript>` element; it was left alone.
    NoElement,
}

/// The bundle index in `dir`, or `None` if the build has no data or a national
/// bundle (which has no one council to name: the generic explanation is used).
pub fn read_bundle(dir: &Path) -> Result<Option<BundleIndex>, NoscriptError> {
    use pollcard_core::bundle::national::AnyIndex;
    match fs::read(dir.join(BUNDLE_FILE)) {
        Ok(bytes) => match AnyIndex::from_json(&bytes).map_err(NoscriptError::InvalidBundle)? {
            AnyIndex::Council(index) => Ok(Some(*index)),
            AnyIndex::National(_) => Ok(None),
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(NoscriptError::UnreadableBundle(error)),
    }
}

/// `html` with the contents of its first `<noscript>` replaced by the fallback.
pub fn with_fallback(
    html: &str,
    catalogues: &Catalogues,
    bundle: Option<&BundleIndex>,
) -> Result<(String, NoscriptOutcome), NoscriptError> {
    let Some(element) = scan(html)?.into_iter().find(|element| element.name == "noscript") else {
        return Ok((html.to_owned(), NoscriptOutcome::NoElement));
    };
    let content_start = element.start_tag.end;
    // ASCII lower-casing keeps every byte offset.
    let content_end = html.to_ascii_lowercase()[content_start..]
        .find("</noscript")
        .map(|at| content_start + at)
        .ok_or(NoscriptError::Unclosed { line: element.line })?;
    let mut fallback = String::from("<main>\n  <h1>");
    fallback.push_str(&escape(&catalogues.text(Language::En, "service-name", &[])?));
    fallback.push_str("</h1>\n");
    for language in Language::ALL {
        write_section(&mut fallback, catalogues, language, bundle)?;
    }
    fallback.push_str("</main>");
    // Indented one step inside the element, as the page's own markup is.
    let line_start = html[..element.start_tag.start].rfind('\n').map_or(0, |newline| newline + 1);
    let indent = &html[line_start..element.start_tag.start];
    let indent = if indent.chars().all(|c| c == ' ' || c == '\t') { indent } else { "" };
    let mut page = html[..content_start].to_owned();
    for line in fallback.lines() {
        let _ = write!(page, "\n{indent}  {line}");
    }
    let _ = write!(page, "\n{indent}{}", &html[content_end..]);
    let outcome = match bundle {
        Some(bundle) => {
            NoscriptOutcome::Council(bundle.council.name.best(Language::En).unwrap_or_default().0.to_owned())
        }
        None => NoscriptOutcome::NoBundle,
    };
    Ok((page, outcome))
}

/// One language's explanation and the council's contact.
fn write_section(
    out: &mut String,
    catalogues: &Catalogues,
    language: Language,
    bundle: Option<&BundleIndex>,
) -> Result<(), CatalogueFileError> {
    let text = |id: &str| catalogues.text(language, id, &[]).map(|text| escape(&text));
    let code = language.code();
    let _ = writeln!(out, "  <section lang=\"{code}\">");
    let _ = writeln!(out, "    <h2>{}</h2>", text("noscript-title")?);
    let _ = writeln!(out, "    <p>{}</p>", text("noscript-body")?);
    let _ = writeln!(out, "    <p>{}</p>", text("noscript-instead")?);
    match bundle {
        Some(bundle) => {
            if bundle.fictional {
                let _ = writeln!(
                    out,
                    "    <p><strong>{}</strong> {}</p>",
                    text("fictional-title")?,
                    text("fictional-body")?
                );
            }
            let _ = writeln!(out, "    <h3>{}</h3>", text("footer-contact-heading")?);
            write_contact(out, catalogues, language, &bundle.council)?;
        }
        None => {
            let _ = writeln!(out, "    <p>{}</p>", text("noscript-no-data")?);
        }
    }
    out.push_str("  </section>\n");
    Ok(())
}

/// The council's name, address, phone, email and website, as the app's contact
/// component shows them.
fn write_contact(
    out: &mut String,
    catalogues: &Catalogues,
    language: Language,
    council: &Council,
) -> Result<(), CatalogueFileError> {
    let text = |id: &str| catalogues.text(language, id, &[]).map(|text| escape(&text));
    let contact = &council.contact;
    // Text in the other language (the council gave only one) is marked as such.
    let lang = |given: Language| {
        if given == language {
            String::new()
        } else {
            format!(" lang=\"{}\"", given.code())
        }
    };
    if let Some((name, given)) = council.name.best(language) {
        let _ = writeln!(out, "    <p{}><strong>{}</strong></p>", lang(given), escape(name));
    }
    if let Some((address, given)) = contact.address.best(language) {
        let _ = writeln!(out, "    <p{}>{}</p>", lang(given), escape(address));
    }
    let mut items = Vec::new();
    if let (Some(phone), Some(uri)) = (&contact.phone, contact.phone_uri()) {
        items.push(format!("{} <a href=\"{}\">{}</a>", text("contact-phone")?, escape(&uri), escape(phone)));
    }
    if let Some(email) = &contact.email {
        let (label, email) = (text("contact-email")?, escape(email));
        items.push(format!("{label} <a href=\"mailto:{email}\">{email}</a>"));
    }
    if let Some((url, _)) = contact.web_link(language) {
        items.push(format!(
            "<a href=\"{}\" rel=\"external noopener noreferrer\">{}</a>",
            escape(url),
            text("contact-website")?
        ));
    }
    if !items.is_empty() {
        out.push_str("    <ul>\n");
        for item in items {
            let _ = writeln!(out, "      <li>{item}</li>");
        }
        out.push_str("    </ul>\n");
    }
    Ok(())
}

/// Escapes text for an HTML element or a double-quoted attribute value (an
/// apostrophe needs no escaping in either, and Welsh has many).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use pollcard_core::model::{CouncilContact, LocalizedText, Nation};

    use super::*;

    const KEYS: [&str; 11] = [
        "service-name = Pollcard",
        "noscript-title = Needs JavaScript",
        "noscript-body = Body",
        "noscript-instead = Instead",
        "noscript-no-data = See your poll card",
        "fictional-title = Fictional.",
        "fictional-body = Made up.",
        "footer-contact-heading = Contact your council",
        "contact-phone = Phone:",
        "contact-email = Email:",
        "contact-website = Council website",
    ];

    fn catalogues() -> Catalogues {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(dir.path().join("i18n")).expect("mkdir");
        let en = KEYS.join("\n") + "\n";
        let cy = en.replace("Needs JavaScript", "Angen JavaScript");
        fs::write(dir.path().join("i18n/en.ftl"), en).expect("write");
        fs::write(dir.path().join("i18n/cy.ftl"), cy).expect("write");
        Catalogues::read(dir.path()).expect("reads")
    }

    fn bundle(name: &str, website: &str) -> BundleIndex {
        BundleIndex {
            format: "pollcard-bundle".into(),
            format_version: 1,
            fictional: false,
            council: Council {
                id: "x".into(),
                name: LocalizedText::english(name),
                nation: Nation::Wales,
                contact: CouncilContact {
                    phone: Some("01632 960000".into()),
                    email: Some("a&b@example.org".into()),
                    address: LocalizedText::new(Some("1 High St".into()), Some("1 Stryd Fawr".into())),
                    website: LocalizedText::english(website),
                },
            },
            stations: Vec::new(),
            districts: Vec::new(),
            district_boundaries: None,
            postcode_areas: Default::default(),
            us: None,
            voting_places: None,
        }
    }

    const PAGE: &str = "<body>\n  <noscript>\n    <p>Old text</p>\n  </NOSCRIPT>\n</body>";

    #[test]
    fn the_council_contact_is_given_in_both_languages_and_escaped() {
        let index = bundle("<b>Evil</b> & Co", "https://example.org/\"x");
        let (page, outcome) = with_fallback(PAGE, &catalogues(), Some(&index)).expect("writes");
        assert_eq!(outcome, NoscriptOutcome::Council("<b>Evil</b> & Co".into()));
        assert!(!page.contains("Old text"));
        assert!(!page.contains("<b>"), "{page}");
        assert_eq!(page.matches("<strong>&lt;b&gt;Evil&lt;/b&gt; &amp; Co</strong>").count(), 2, "{page}");
        // English-only name in the Welsh section is marked as English.
        assert!(page.contains("<p lang=\"en\"><strong>&lt;b&gt;Evil"), "{page}");
        assert!(page.contains("<p>1 Stryd Fawr</p>"));
        assert!(page.contains("Phone: <a href=\"tel:01632960000\">01632 960000</a>"));
        assert!(page.contains("<a href=\"mailto:a&amp;b@example.org\">a&amp;b@example.org</a>"));
        assert!(page.contains("<a href=\"https://example.org/&quot;x\" rel=\"external noopener noreferrer\">"));
        assert!(page.contains("\n      <section lang=\"cy\">\n        <h2>Angen JavaScript</h2>"), "{page}");
        assert!(page.ends_with("\n    </main>\n  </NOSCRIPT>\n</body>"), "{page}");
    }

    #[test]
    fn rewriting_twice_gives_the_same_page() {
        let index = bundle("Demo Council", "https://example.org");
        let (once, _) = with_fallback(PAGE, &catalogues(), Some(&index)).expect("writes");
        let (twice, _) = with_fallback(&once, &catalogues(), Some(&index)).expect("writes");
        assert_eq!(once, twice);
    }

    #[test]
    fn without_a_bundle_the_explanation_is_generic() {
        let (page, outcome) = with_fallback(PAGE, &catalogues(), None).expect("writes");
        assert_eq!(outcome, NoscriptOutcome::NoBundle);
        assert_eq!(page.matches("<p>See your poll card</p>").count(), 2);
        assert!(!page.contains("<h3>"));
    }

    #[test]
    fn a_website_that_is_not_a_web_address_is_left_out() {
        let index = bundle("Demo Council", "javascript:alert(1)");
        let (page, _) = with_fallback(PAGE, &catalogues(), Some(&index)).expect("writes");
        assert!(!page.contains("javascript"), "{page}");
    }

    #[test]
    fn pages_without_noscript_are_left_alone_and_unclosed_ones_refused() {
        let (page, outcome) = with_fallback("<body></body>", &catalogues(), None).expect("writes");
        assert_eq!((page.as_str(), outcome), ("<body></body>", NoscriptOutcome::NoElement));
        let error = with_fallback("<body>\n<noscript><p>x", &catalogues(), None).expect_err("refused");
        assert_eq!(error.to_string(), "index.html line 2: a <noscript> element without its </noscript> end tag");
    }
}
