//! Ordering addresses as people expect: "2 High Street" before "10 High Street",
//! "Flat 9" before "Flat 10". Runs of digits compare as numbers; everything else
//! compares case-insensitively.

use std::cmp::Ordering;

use crate::letter_case::lowercase;

/// Compares two strings in natural order.
///
/// A national build sorts millions of labels with this, so it walks the two strings'
/// bytes without allocating: a run of digits is compared as a slice, and two ASCII
/// characters by their lower-case bytes, which is what comparing their
/// [`lowercase`] gives. Only where either character is not ASCII are the characters
/// decoded and compared through [`lowercase`] (see [`crate::letter_case`] for why
/// not `char::to_lowercase`).
pub fn compare(a: &str, b: &str) -> Ordering {
    let (left, right) = (a.as_bytes(), b.as_bytes());
    // Byte offsets into `a` and `b`, always at a character boundary.
    let (mut i, mut j) = (0, 0);
    loop {
        match (left.get(i), right.get(j)) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(l), Some(r)) if l.is_ascii_digit() && r.is_ascii_digit() => {
                let (l_end, r_end) = (i + digits(&left[i..]), j + digits(&right[j..]));
                let order = compare_numbers(&a[i..l_end], &b[j..r_end]);
                if order != Ordering::Equal {
                    return order;
                }
                (i, j) = (l_end, r_end);
            }
            (Some(l), Some(r)) if l.is_ascii() && r.is_ascii() => {
                let order = l.to_ascii_lowercase().cmp(&r.to_ascii_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                (i, j) = (i + 1, j + 1);
            }
            _ => {
                let (Some(l), Some(r)) = (a[i..].chars().next(), b[j..].chars().next()) else { return a.cmp(b) };
                let order = lowercase(l).cmp(&lowercase(r));
                if order != Ordering::Equal {
                    return order;
                }
                (i, j) = (i + l.len_utf8(), j + r.len_utf8());
            }
        }
    }
}

/// How many ASCII digits `bytes` starts with.
fn digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|byte| byte.is_ascii_digit()).count()
}

/// Compares digit strings of any length without overflowing.
fn compare_numbers(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn house_numbers_sort_numerically() {
        let mut labels = vec![
            "10 High Street",
            "2 High Street",
            "1 High Street",
            "Flat 10, 3 Mill Lane",
            "Flat 9, 3 Mill Lane",
            "the Old Rectory",
            "The Barn",
        ];
        labels.sort_by(|a, b| compare(a, b));
        assert_eq!(
            labels,
            [
                "1 High Street",
                "2 High Street",
                "10 High Street",
                "Flat 9, 3 Mill Lane",
                "Flat 10, 3 Mill Lane",
                "The Barn",
                "the Old Rectory",
            ]
        );
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        assert_eq!(compare("99999999999999999999999 a", "100000000000000000000000 a"), Ordering::Less);
        // Equal numbers with different padding still get a stable, total order.
        assert_eq!(compare("007", "7"), Ordering::Less);
        assert_eq!(compare("7", "007"), Ordering::Greater);
    }

    /// The definition the fast comparison must agree with: characters one at a time,
    /// runs of digits as numbers, everything else by [`lowercase`].
    fn reference(a: &str, b: &str) -> Ordering {
        let (mut left, mut right) = (a.chars().peekable(), b.chars().peekable());
        let digits = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
            let mut run = String::new();
            while let Some(c) = chars.next_if(char::is_ascii_digit) {
                run.push(c);
            }
            run
        };
        loop {
            match (left.peek().copied(), right.peek().copied()) {
                (None, None) => return a.cmp(b),
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(l), Some(r)) if l.is_ascii_digit() && r.is_ascii_digit() => {
                    let order = compare_numbers(&digits(&mut left), &digits(&mut right));
                    if order != Ordering::Equal {
                        return order;
                    }
                }
                (Some(l), Some(r)) => {
                    let order = lowercase(l).cmp(&lowercase(r));
                    if order != Ordering::Equal {
                        return order;
                    }
                    left.next();
                    right.next();
                }
            }
        }
    }

    #[test]
    fn agrees_with_the_definition_on_awkward_text() {
        let words = [
            "",
            "a",
            "A",
            "b",
            "Z",
            "_",
            "1",
            "01",
            "007",
            "7",
            "10",
            "9a",
            "a9",
            "a10",
            "Flat 9",
            "flat 10",
            "Ä",
            "ä",
            "é",
            "É",
            "İ",
            "i",
            "I",
            "ß",
            "SS",
            "ss",
            "Ω",
            "ω",
            "Ωa",
            "2 Heol y Llan",
            "2 heol y llan",
            "Tŷ Mawr",
            "TŶ MAWR",
            "Tŷ 10",
            "Ty 9",
            "١٢",
            "12",
            "x\u{307}",
            "\u{130}x",
            "Ǆ",
            "ǅ",
            "ǆ",
        ];
        for a in words {
            for b in words {
                for (a, b) in [(a.to_owned(), b.to_owned()), (format!("{a}{b}"), format!("{b}{a}"))] {
                    assert_eq!(compare(&a, &b), reference(&a, &b), "{a:?} against {b:?}");
                }
            }
        }
    }
}
