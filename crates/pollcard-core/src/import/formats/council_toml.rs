//! `pollcard-council/1`: the council's own details, written by hand in TOML.
//!
//! The whole file is one record. Anything wrong with it is fatal, because every page
//! of the app shows the council and tells voters how to reach it.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;
use crate::model::{Council, CouncilContact, Language, LocalizedText, Nation};

use super::{Confidence, Importer};

/// The format's name and the value of its `format` key.
pub const NAME: &str = "pollcard-council/1";

/// Reads a council details file.
#[derive(Clone, Copy, Debug)]
pub struct CouncilToml;

#[derive(Deserialize)]
struct CouncilFile {
    id: String,
    nation: String,
    #[serde(default)]
    fictional: bool,
    name: TextFile,
    #[serde(default)]
    contact: ContactFile,
    /// Everything else, to warn about keys Pollcard does not read.
    #[serde(flatten)]
    other: BTreeMap<String, toml::Value>,
}

#[derive(Default, Deserialize)]
struct TextFile {
    en: Option<String>,
    cy: Option<String>,
}

impl From<TextFile> for LocalizedText {
    fn from(text: TextFile) -> Self {
        LocalizedText::new(text.en, text.cy)
    }
}

#[derive(Default, Deserialize)]
struct ContactFile {
    phone: Option<String>,
    email: Option<String>,
    #[serde(default)]
    address: TextFile,
    #[serde(default)]
    website: TextFile,
}

impl Importer for CouncilToml {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "TOML with the line format = \"pollcard-council/1\""
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        // Every input is asked, most of them exports of many megabytes: one search for
        // the format's name rules nearly all of them out without a look at each line.
        let named = memchr::memmem::find(source.text().as_bytes(), NAME.as_bytes()).is_some();
        if named && source.text().lines().any(is_format_line) {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        report.set_records_read(1);
        let fate = match read_council(source.text()) {
            Ok((council, fictional, warnings)) => {
                let repaired = warnings.iter().any(|problem| problem.action == Action::Repaired);
                let fate = if repaired { Fate::Repaired } else { Fate::Imported };
                warnings.into_iter().for_each(|problem| report.push(problem));
                dataset.add_council(council, fictional, report.origin(1));
                fate
            }
            Err(problem) => {
                report.push(problem);
                Fate::Dropped
            }
        };
        report.settle(fate);
    }
}

/// `format = "pollcard-council/1"`, with any spacing and an optional comment.
fn is_format_line(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix("format") else { return false };
    let Some(value) = rest.trim_start().strip_prefix('=') else { return false };
    let value = value.trim_start();
    [format!("\"{NAME}\""), format!("'{NAME}'")].iter().any(|quoted| {
        value.strip_prefix(quoted.as_str()).is_some_and(|after| {
            let after = after.trim_start();
            after.is_empty() || after.starts_with('#')
        })
    })
}

fn invalid(message: String, fix: &str) -> Problem {
    Problem::new(ProblemCode::InvalidCouncil, Action::Stopped, message, fix)
}

/// The council, whether it is fictional, and warnings about parts left out.
fn read_council(text: &str) -> Result<(Council, bool, Vec<Problem>), Problem> {
    let file: CouncilFile = toml::from_str(text).map_err(|error| {
        let line = error.span().map(|span| line_of(text, span.start));
        let problem = invalid(
            format!("the council details could not be read: {}", error.message()),
            "Compare the file with the example in docs/data-formats.md.",
        );
        match line {
            Some(line) => problem.at_line(line),
            None => problem,
        }
    })?;
    let mut warnings = Vec::new();
    let known = ["format", "id", "nation", "fictional", "name", "contact"];
    let unknown: Vec<&str> = file.other.keys().map(String::as_str).filter(|key| !known.contains(key)).collect();
    if !unknown.is_empty() {
        warnings.push(Problem::new(
            ProblemCode::UnknownColumns,
            Action::Ignored,
            format!("the key(s) {} are not part of {NAME}; they were ignored", super::rows::quoted_list(&unknown)),
            "Remove them, or check their spelling against docs/data-formats.md.",
        ));
    }
    let id = file.id.trim();
    let is_slug = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !is_slug {
        return Err(invalid(
            format!("the council id \"{id}\" is not a slug"),
            "Use lower-case letters, digits and hyphens only, e.g. id = \"aberdyfi-demo\".",
        ));
    }
    let nation = Nation::from_key(&file.nation).ok_or_else(|| {
        invalid(
            format!("\"{}\" is not a nation Pollcard knows", file.nation),
            "Use nation = \"england\", \"wales\", \"scotland\" or \"northern-ireland\".",
        )
    })?;
    let name = LocalizedText::from(file.name);
    if name.en.is_none() {
        return Err(invalid(
            "the council has no English name ([name] en = \"…\")".to_owned(),
            "Add the council's English name under [name] as en = \"…\".",
        ));
    }
    let mut website = LocalizedText::from(file.contact.website);
    for (language, slot) in [("en", &mut website.en), ("cy", &mut website.cy)] {
        // The app shows the website as a link; anything but http(s) could run script.
        if let Some(url) = slot.take_if(|url| !is_web_url(url)) {
            warnings.push(Problem::new(
                ProblemCode::InvalidWebsite,
                Action::Repaired,
                format!("the {language} website \"{url}\" is not an http(s) address, so it was left out"),
                "Give the full address, starting with https://.",
            ));
        }
    }
    let blank_to_none = |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let contact = CouncilContact {
        phone: blank_to_none(file.contact.phone),
        email: blank_to_none(file.contact.email),
        address: file.contact.address.into(),
        website,
    };
    Ok((Council { id: id.to_owned(), name, nation, contact }, file.fictional, warnings))
}

/// Whether the app would show `url` as a link; the model owns that rule, so the
/// importer reports exactly the websites the app would refuse.
fn is_web_url(url: &str) -> bool {
    let contact = CouncilContact { website: LocalizedText::english(url), ..CouncilContact::default() };
    contact.web_link(Language::En).is_some()
}

/// The 1-based line holding byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> u64 {
    let before = text.get(..offset).unwrap_or(text);
    u64::try_from(before.matches('\n').count() + 1).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"format = "pollcard-council/1"
id = "aberdyfi-demo"          # slug
nation = "wales"
fictional = true
[name]
en = "Aberdyfi Demo County Council"
cy = "Cyngor Sir Demo Aberdyfi"
[contact]
phone = "01234 567890"
email = "elections@example.org"
[contact.address]
en = "Electoral Services, County Hall, Demo Town, AA1 9ZZ"
cy = "Gwasanaethau Etholiadol, Neuadd y Sir, Tref Demo, AA1 9ZZ"
[contact.website]
en = "https://example.org/elections"
cy = "https://example.org/cy/etholiadau"
"#;

    #[test]
    fn detects_the_format_line_only() {
        assert!(is_format_line("format = \"pollcard-council/1\""));
        assert!(is_format_line("  format='pollcard-council/1'   # council details"));
        assert!(!is_format_line("format = \"pollcard-council/2\""));
        assert!(!is_format_line("formats = \"pollcard-council/1\""));
        assert!(!is_format_line("station_id,name,address"));
    }

    #[test]
    fn reads_the_documented_example() {
        let (council, fictional, warnings) = read_council(EXAMPLE).expect("valid");
        assert!(fictional);
        assert!(warnings.is_empty());
        assert_eq!(council.id, "aberdyfi-demo");
        assert_eq!(council.nation, Nation::Wales);
        assert_eq!(council.name.cy.as_deref(), Some("Cyngor Sir Demo Aberdyfi"));
        assert_eq!(council.contact.phone.as_deref(), Some("01234 567890"));
        assert_eq!(council.contact.website.en.as_deref(), Some("https://example.org/elections"));
        assert!(council.contact.address.en.as_deref().is_some_and(|a| a.starts_with("Electoral Services")));
    }

    #[test]
    fn fictional_defaults_to_false() {
        let text = EXAMPLE.replace("fictional = true\n", "");
        assert!(!read_council(&text).expect("valid").1);
    }

    #[test]
    fn fatal_problems_are_specific() {
        let cases = [
            (EXAMPLE.replace("\"wales\"", "\"cymru\""), "\"cymru\" is not a nation"),
            (EXAMPLE.replace("aberdyfi-demo", "Aberdyfi Demo"), "not a slug"),
            (EXAMPLE.replace("en = \"Aberdyfi Demo County Council\"\n", ""), "no English name"),
            (EXAMPLE.replace("id = ", "# id = "), "missing field `id`"),
        ];
        for (text, expected) in cases {
            let problem = read_council(&text).expect_err("invalid");
            assert_eq!(problem.code, ProblemCode::InvalidCouncil);
            assert!(problem.message.contains(expected), "{} should mention {expected}", problem.message);
        }
        let broken = EXAMPLE.replace("[contact]", "[contact");
        assert_eq!(read_council(&broken).err().and_then(|problem| problem.line), Some(8));
    }

    #[test]
    fn unsafe_websites_and_unknown_keys_are_reported() {
        let text = EXAMPLE
            .replace("https://example.org/elections", "javascript:alert(1)")
            .replace("fictional = true", "fictional = true\nmotto = \"x\"");
        let (council, _, warnings) = read_council(&text).expect("valid");
        assert_eq!(council.contact.website.en, None);
        let codes: Vec<_> = warnings.iter().map(|problem| problem.code).collect();
        assert_eq!(codes, [ProblemCode::UnknownColumns, ProblemCode::InvalidWebsite]);
    }
}
