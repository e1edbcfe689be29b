//! Email drafts to a council's electoral services team, written for the voter to send
//! themselves: "tell the council what I need" before polling day and "tell the council
//! how it went" afterwards. Pollcard sends nothing; it only fills in a `mailto:`
//! address (RFC 6068) that opens the voter's own email app with the subject and body
//! written. The words come from the app's catalogues; this module decides what the
//! choices are, how a body is put together and how it is encoded, so that is tested
//! here rather than in a browser.

/// Which message: what the voter needs before they go, or how the visit went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    Before,
    After,
}

impl MessageKind {
    /// The stable key, used in catalogue message ids (`tell-before-…`, `tell-after-…`).
    pub fn key(self) -> &'static str {
        match self {
            MessageKind::Before => "before",
            MessageKind::After => "after",
        }
    }

    /// The choices offered as checkboxes, by key (`tell-choice` in the catalogues
    /// gives each one's words).
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            MessageKind::Before => &NEEDS,
            MessageKind::After => &PROBLEMS,
        }
    }
}

/// What a voter may ask for before polling day.
pub const NEEDS: [&str; 9] = [
    "ramp",
    "chair",
    "staff_help",
    "large_print",
    "tactile_device",
    "magnifier",
    "hearing_loop",
    "parking",
    "quiet_time",
];

/// What may have gone wrong at the station.
pub const PROBLEMS: [&str; 9] = [
    "ramp_missing",
    "step_free_blocked",
    "no_chair",
    "hearing_loop_broken",
    "no_large_print",
    "no_tactile_device",
    "no_help",
    "booth_too_high",
    "parking_blocked",
];

/// The parts of a message, already in the voter's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// "Dear electoral services team," and the station the message is about.
    pub opening: Vec<String>,
    /// The line before the chosen items ("I would like:"), shown only with items.
    pub list_heading: String,
    /// The chosen items, in words.
    pub items: Vec<String>,
    /// What the voter wrote themselves (may be empty).
    pub free_text: String,
    /// "Thank you." and anything after it.
    pub closing: Vec<String>,
}

impl Draft {
    /// The body: the opening lines, a blank line, the list heading and one "- item"
    /// line per item, the voter's own words, then the closing lines. Parts are
    /// separated by a blank line; an empty part is left out. Line ends are `\n`
    /// (RFC 6068 encoding turns them into CRLF).
    pub fn body(&self) -> String {
        let mut parts = Vec::new();
        let opening = self.opening.join("\n");
        if !opening.trim().is_empty() {
            parts.push(opening);
        }
        if !self.items.is_empty() {
            let mut list = self.list_heading.clone();
            for item in &self.items {
                list.push_str("\n- ");
                list.push_str(item);
            }
            parts.push(list);
        }
        let free_text = self.free_text.trim();
        if !free_text.is_empty() {
            parts.push(free_text.replace("\r\n", "\n"));
        }
        let closing = self.closing.join("\n");
        if !closing.trim().is_empty() {
            parts.push(closing);
        }
        parts.join("\n\n")
    }

    /// Whether the voter has said anything yet (an item or words of their own).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.free_text.trim().is_empty()
    }
}

/// The `mailto:` address that opens a message to `email` with `subject` and `body`
/// filled in, or `None` when `email` is not a plain address (one `@`, no spaces, no
/// characters that would start another part of the URL), so data can never add
/// recipients or headers.
pub fn mailto(email: &str, subject: &str, body: &str) -> Option<String> {
    let email = email.trim();
    let (local, domain) = email.split_once('@')?;
    let plain = |part: &str, extra: &[u8]| {
        !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_alphanumeric() || extra.contains(&byte))
    };
    if !plain(local, b".-_+'") || !plain(domain, b".-") {
        return None;
    }
    let mut href = format!("mailto:{email}?subject=");
    encode(subject, &mut href);
    href.push_str("&body=");
    encode(&body.replace("\r\n", "\n"), &mut href);
    Some(href)
}

/// Percent-encodes `text` as UTF-8 for a `mailto:` header value: every byte but
/// the unreserved characters (RFC 3986), with line ends written as CRLF (`%0D%0A`)
/// as RFC 6068 asks. Spaces become `%20`, never `+`.
fn encode(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(char::from(byte)),
            b'\n' => out.push_str("%0D%0A"),
            b'\r' => out.push_str("%0D"),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            opening: vec!["Dear electoral services team,".into(), "I vote at Village Hall, 1 High St.".into()],
            list_heading: "I would like:".into(),
            items: vec!["A ramp".into(), "A chair".into()],
            free_text: "  I use a walking frame.\r\nThanks  ".into(),
            closing: vec!["Thank you.".into()],
        }
    }

    #[test]
    fn the_body_has_the_opening_the_list_the_words_and_the_closing() {
        assert_eq!(
            draft().body(),
            "Dear electoral services team,\nI vote at Village Hall, 1 High St.\n\nI would like:\n- A ramp\n- A chair\n\nI use a walking frame.\nThanks\n\nThank you."
        );
    }

    #[test]
    fn empty_parts_are_left_out() {
        let mut draft = draft();
        draft.items.clear();
        draft.free_text = "   ".into();
        assert!(draft.is_empty());
        assert_eq!(draft.body(), "Dear electoral services team,\nI vote at Village Hall, 1 High St.\n\nThank you.");
        draft.free_text = "Only words".into();
        assert!(!draft.is_empty());
    }

    #[test]
    fn subject_and_body_are_percent_encoded_with_crlf() {
        let href = mailto("elections@demo.gov.uk", "Polling station: what I need", "Ramp & chair?\n- Tŷ 100%+")
            .expect("a link");
        assert_eq!(
            href,
            "mailto:elections@demo.gov.uk?subject=Polling%20station%3A%20what%20I%20need\
             &body=Ramp%20%26%20chair%3F%0D%0A-%20T%C5%B7%20100%25%2B"
        );
        let crlf = mailto("a@b.c", "", "one\r\ntwo").expect("a link");
        assert_eq!(crlf, "mailto:a@b.c?subject=&body=one%0D%0Atwo");
    }

    #[test]
    fn only_a_plain_address_makes_a_link() {
        for bad in ["", "no-at", "a@", "@b", "a b@c", "a@b?cc=x@y", "a@b&bcc=x", "a@b#x", "a@b@c", "a<x>@b", "a@b'c"] {
            assert_eq!(mailto(bad, "s", "b"), None, "{bad}");
        }
        assert!(mailto(" first.last+vote@council.gov.uk ", "s", "b")
            .expect("a link")
            .starts_with("mailto:first.last+vote@"));
    }

    #[test]
    fn each_kind_has_its_own_choices() {
        assert_eq!(MessageKind::Before.choices(), &NEEDS);
        assert_eq!(MessageKind::After.choices(), &PROBLEMS);
        for key in NEEDS.iter().chain(PROBLEMS.iter()) {
            assert!(key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{key}");
        }
        assert_eq!(MessageKind::After.key(), "after");
    }
}
