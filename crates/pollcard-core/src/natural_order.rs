//! Ordering addresses as people expect: "2 High Street" before "10 High Street",
//! "Flat 9" before "Flat 10". Runs of digits compare as numbers; everything else
//! compares case-insensitively.

use std::cmp::Ordering;

/// Compares two strings in natural order.
pub fn compare(a: &str, b: &str) -> Ordering {
    let mut left = a.chars().peekable();
    let mut right = b.chars().peekable();
    loop {
        match (left.peek().copied(), right.peek().copied()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(l), Some(r)) if l.is_ascii_digit() && r.is_ascii_digit() => {
                let l_digits = take_digits(&mut left);
                let r_digits = take_digits(&mut right);
                let order = compare_numbers(&l_digits, &r_digits);
                if order != Ordering::Equal {
                    return order;
                }
            }
            (Some(l), Some(r)) => {
                let order = l.to_lowercase().cmp(r.to_lowercase());
                if order != Ordering::Equal {
                    return order;
                }
                left.next();
                right.next();
            }
        }
    }
}

fn take_digits(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut digits = String::new();
    while let Some(c) = chars.peek().copied().filter(char::is_ascii_digit) {
        digits.push(c);
        chars.next();
    }
    digits
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
}
