//! Text that exists in more than one language.

use serde::{Deserialize, Serialize};

/// A language Pollcard speaks. English and Welsh are complete and equal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Cy,
}

impl Language {
    /// Every supported language, in the order the language switch shows them.
    pub const ALL: [Language; 2] = [Language::En, Language::Cy];

    /// The BCP 47 code, as used in `lang` attributes and catalogue names.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Cy => "cy",
        }
    }

    /// Parses a BCP 47 code such as `cy` or `en-GB` (only the primary subtag counts).
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "cy" => Some(Language::Cy),
            _ => None,
        }
    }
}

/// Free text given by a council in English and/or Welsh. Either may be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct LocalizedText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cy: Option<String>,
}

impl LocalizedText {
    /// English-only text.
    pub fn english(text: impl Into<String>) -> Self {
        Self::new(Some(text.into()), None)
    }

    /// Builds a text from optional parts, treating blank strings as absent.
    pub fn new(en: Option<String>, cy: Option<String>) -> Self {
        let keep = |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        Self { en: keep(en), cy: keep(cy) }
    }

    /// True when neither language has any text.
    pub fn is_empty(&self) -> bool {
        self.en.is_none() && self.cy.is_none()
    }

    /// The text in `language` only, without falling back.
    pub fn exact(&self, language: Language) -> Option<&str> {
        match language {
            Language::En => self.en.as_deref(),
            Language::Cy => self.cy.as_deref(),
        }
    }

    /// The text in `language`, or else in the other language, with the language
    /// actually returned (so the page can mark it with `lang`).
    pub fn best(&self, language: Language) -> Option<(&str, Language)> {
        let other = match language {
            Language::En => Language::Cy,
            Language::Cy => Language::En,
        };
        self.exact(language).map(|text| (text, language)).or_else(|| self.exact(other).map(|text| (text, other)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_parts_are_absent() {
        let text = LocalizedText::new(Some("  ".into()), Some(" Neuadd ".into()));
        assert_eq!(text.en, None);
        assert_eq!(text.cy.as_deref(), Some("Neuadd"));
    }

    #[test]
    fn best_falls_back_and_says_which_language() {
        let text = LocalizedText::english("Village hall");
        assert_eq!(text.best(Language::Cy), Some(("Village hall", Language::En)));
        assert_eq!(text.best(Language::En), Some(("Village hall", Language::En)));
        assert_eq!(LocalizedText::default().best(Language::En), None);
    }

    #[test]
    fn language_codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("en-GB"), Some(Language::En));
        assert_eq!(Language::from_code("fr"), None);
    }
}
