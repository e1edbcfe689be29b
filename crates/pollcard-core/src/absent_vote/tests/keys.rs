//! Every message key the module returns is documented, so the app's catalogues can
//! be checked against one list.

const SOURCES: [&str; 9] = [
    include_str!("../age.rs"),
    include_str!("../answers.rs"),
    include_str!("../date_input.rs"),
    include_str!("../deadlines.rs"),
    include_str!("../emergency.rs"),
    include_str!("../ni_number.rs"),
    include_str!("../questions.rs"),
    include_str!("../rules.rs"),
    include_str!("../validate.rs"),
];

const DOCS: &str = include_str!("../../../../../docs/absent-voting.md");

/// The `"absent-…"` string literals of `source`.
fn literal_keys(source: &str) -> Vec<&str> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| {
            text.starts_with("absent-")
                && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .collect()
}

#[test]
fn every_message_key_is_in_the_docs() {
    let keys: Vec<&str> = SOURCES.iter().flat_map(|source| literal_keys(source)).collect();
    assert!(keys.len() > 60, "found {} keys", keys.len());
    let missing: Vec<&&str> = keys.iter().filter(|key| !DOCS.contains(&format!("`{key}`"))).collect();
    assert!(missing.is_empty(), "not in docs/absent-voting.md: {missing:?}");
}
