//! Finding candidates by name, ignoring case and accents: "owen" finds "Owen",
//! "ozturk" finds "Öztürk", "sian" finds "Siân", "o'neill" finds "O’Neill".
//!
//! Why a fold of our own rather than Unicode normalisation: full NFKD with its
//! decomposition tables would add tens of kilobytes to the wasm, close to its size
//! limit, for names that in practice use Latin letters. A 192-entry table covers
//! Latin-1 and Latin Extended-A (every accent of Welsh, Irish, Scottish Gaelic and the
//! other European languages common in UK names, including ŵ and ŷ), combining marks
//! are dropped (so decomposed input folds the same), and anything else is only
//! lowercased — a name in another script still matches itself exactly.

use super::{Ballot, Candidate, ElectionsFile};

/// Base letters of U+00C0..=U+017F in order; `*` marks the few that need more than
/// one letter or are not letters (see [`fold_into`]).
const LATIN: &[u8; 192] = b"aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll\
lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// `text` lowercased, without accents or apostrophes, with other punctuation and
/// runs of spaces as one space.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_into(c, &mut folded);
    }
    folded.trim_end().to_owned()
}

fn fold_into(c: char, out: &mut String) {
    let code = u32::from(c);
    match c {
        'a'..='z' | '0'..='9' => out.push(c),
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' => {}
        '\u{0300}'..='\u{036f}' => {}
        'Æ' | 'æ' => out.push_str("ae"),
        'Œ' | 'œ' => out.push_str("oe"),
        'Þ' | 'þ' => out.push_str("th"),
        'ß' => out.push_str("ss"),
        'Ĳ' | 'ĳ' => out.push_str("ij"),
        '\u{00c0}'..='\u{017f}' if LATIN[(code - 0xc0) as usize] != b'*' => {
            out.push(char::from(LATIN[(code - 0xc0) as usize]));
        }
        _ if crate::letter_case::is_word_character(c) => out.push(crate::letter_case::lowercase(c)),
        _ => {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        }
    }
}

/// Whether `name` matches a query already folded and split into words: every
/// query word starts a word of the name ("ann ev" finds "Ann Evans").
pub fn matches(name: &str, query_words: &[&str]) -> bool {
    let folded = fold(name);
    query_words.iter().all(|word| folded.split(' ').any(|part| part.starts_with(word)))
}

/// Every candidate whose name matches `query`, with their ballot, in file order.
/// A blank query finds nobody.
pub fn search_candidates<'f>(file: &'f ElectionsFile, query: &str) -> Vec<(&'f Ballot, &'f Candidate)> {
    let folded = fold(query);
    let words: Vec<&str> = folded.split(' ').filter(|word| !word.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    file.ballots
        .iter()
        .flat_map(|ballot| ballot.candidates.iter().map(move |candidate| (ballot, candidate)))
        .filter(|(_, candidate)| matches(&candidate.name, &words))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Siân ap Ŵyn-Jones"), "sian ap wyn jones");
        assert_eq!(fold("Öztürk"), "ozturk");
        assert_eq!(fold("O’Neill"), "oneill");
        assert_eq!(fold("O'Neill"), "oneill");
        assert_eq!(fold("Łukasz Żółć"), "lukasz zolc");
        assert_eq!(fold("Strauß Ærø"), "strauss aero");
        assert_eq!(fold("  Dafydd   ÑÚÑEZ  "), "dafydd nunez");
        // Decomposed input (e + combining acute) folds as the precomposed letter does.
        assert_eq!(fold("Ame\u{0301}lie"), fold("Amélie"));
        assert_eq!(fold("Ŧom ŷ"), "tom y");
        assert_eq!(fold("Ολγα"), "ολγα", "other scripts are lowercased only");
    }

    #[test]
    fn the_table_lines_up_with_the_code_points() {
        assert_eq!(fold("À"), "a");
        assert_eq!(fold("Ý"), "y");
        assert_eq!(fold("ÿ"), "y");
        assert_eq!(fold("Ā"), "a");
        assert_eq!(fold("Ŵ"), "w");
        assert_eq!(fold("ſ"), "s");
        assert_eq!(fold("a×b"), "a b", "the multiplication sign is not a letter");
    }

    #[test]
    fn every_query_word_starts_a_name_word() {
        let words = ["ann", "ev"];
        assert!(matches("Ann Évans", &words));
        assert!(matches("Evans, Ann", &words));
        assert!(!matches("Joanne Evans", &words), "ann must start a word");
        assert!(!matches("Ann Jones", &words));
    }
}
