//! The app's Fluent catalogues, read from the output folder (`i18n/<code>.ftl`, copied
//! there by trunk) for the texts finalize-dist writes: the web app manifests and the
//! page shown without JavaScript. They are the same files the app reads, so a
//! translator changes these texts where they change every other.

use std::fs;
use std::path::Path;

use pollcard_core::i18n::{Arg, Catalogue, CatalogueError};
use pollcard_core::model::Language;
use thiserror::Error;

/// Why a text could not be taken from a catalogue.
#[derive(Debug, Error)]
pub enum CatalogueFileError {
    #[error("{file} is missing from the output folder; it comes from public/i18n/")]
    Missing { file: String },
    #[error("{file} could not be read: {source}")]
    Unreadable { file: String, source: std::io::Error },
    #[error("{file} {source}")]
    Invalid { file: String, source: CatalogueError },
    #[error("{file} has no message `{id}`, which finalize-dist needs; add it to public/i18n/")]
    MissingMessage { file: String, id: String },
    #[error("{file}: message `{id}` could not be formatted: {problems}")]
    Unformattable { file: String, id: String, problems: String },
}

/// Every language's catalogue.
#[derive(Debug)]
pub struct Catalogues {
    catalogues: Vec<(Language, Catalogue)>,
}

impl Catalogues {
    /// Reads `i18n/<code>.ftl` for every language in `Language::ALL` from `dir`.
    pub fn read(dir: &Path) -> Result<Catalogues, CatalogueFileError> {
        let mut catalogues = Vec::new();
        for language in Language::ALL {
            let file = file_name(language);
            let source = match fs::read_to_string(dir.join(&file)) {
                Ok(source) => source,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    return Err(CatalogueFileError::Missing { file })
                }
                Err(source) => return Err(CatalogueFileError::Unreadable { file, source }),
            };
            let catalogue =
                Catalogue::parse(language, &source).map_err(|source| CatalogueFileError::Invalid { file, source })?;
            catalogues.push((language, catalogue));
        }
        Ok(Catalogues { catalogues })
    }

    /// Message `id` in `language` with `args`; a missing message, or one that cannot
    /// be formatted whole (an unknown variable), is an error rather than a gap.
    pub fn text(&self, language: Language, id: &str, args: &[(&str, Arg)]) -> Result<String, CatalogueFileError> {
        let file = file_name(language);
        let catalogue = self
            .catalogues
            .iter()
            .find_map(|(l, catalogue)| (*l == language).then_some(catalogue))
            .ok_or_else(|| CatalogueFileError::Missing { file: file.clone() })?;
        let formatted = catalogue
            .format_reporting(id, args)
            .ok_or_else(|| CatalogueFileError::MissingMessage { file: file.clone(), id: id.to_owned() })?;
        if !formatted.errors.is_empty() {
            let problems = formatted.errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            return Err(CatalogueFileError::Unformattable { file, id: id.to_owned(), problems });
        }
        Ok(formatted.text)
    }
}

fn file_name(language: Language) -> String {
    format!("i18n/{}.ftl", language.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(en: &str, cy: Option<&str>) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(dir.path().join("i18n")).expect("mkdir");
        fs::write(dir.path().join("i18n/en.ftl"), en).expect("write");
        if let Some(cy) = cy {
            fs::write(dir.path().join("i18n/cy.ftl"), cy).expect("write");
        }
        dir
    }

    #[test]
    fn texts_come_from_each_language() {
        let dir = folder("greeting = Hello { $name }\n", Some("greeting = Helo { $name }\n"));
        let catalogues = Catalogues::read(dir.path()).expect("reads");
        let args = [("name", Arg::from("Ann"))];
        assert_eq!(catalogues.text(Language::En, "greeting", &args).expect("text"), "Hello Ann");
        assert_eq!(catalogues.text(Language::Cy, "greeting", &args).expect("text"), "Helo Ann");
    }

    #[test]
    fn problems_name_the_file_and_message() {
        let missing = Catalogues::read(folder("a = b\n", None).path()).expect_err("refused");
        assert_eq!(missing.to_string(), "i18n/cy.ftl is missing from the output folder; it comes from public/i18n/");

        let invalid = Catalogues::read(folder("a = b\n", Some("= nothing\n")).path()).expect_err("refused");
        assert!(invalid.to_string().starts_with("i18n/cy.ftl line 1:"), "{invalid}");

        let catalogues = Catalogues::read(folder("a = { $x }\n", Some("a = b\n")).path()).expect("reads");
        let error = catalogues.text(Language::Cy, "app-name", &[]).expect_err("missing");
        assert!(error.to_string().starts_with("i18n/cy.ftl has no message `app-name`"), "{error}");
        let error = catalogues.text(Language::En, "a", &[]).expect_err("unformattable");
        assert!(error.to_string().starts_with("i18n/en.ftl: message `a` could not be formatted"), "{error}");
    }
}
