//! The reader on tricky but valid Fluent (also compared with fluent-bundle in
//! `fluent_parity`), and on broken catalogues: each error names its line.

use super::{real_catalogue, real_source};
use crate::i18n::{Arg, Catalogue, CatalogueError, CatalogueProblem, FormatError};
use crate::model::Language;

/// Valid Fluent that exercises the whitespace rules, selects, literals and references.
/// Trailing spaces and tabs are deliberate.
pub(super) const TRICKY: &str = concat!(
    "### Resource comment\n",
    "## Group comment\n",
    "#\n",
    "# Message comment\n",
    "block =\n",
    "    First line\n",
    "      indented more\n",
    "    \n",
    "        \n",
    "    after blank lines\n",
    "\n",
    "inline = Starts here\n",
    "    and continues\n",
    "  less indented\n",
    "lead =\n",
    "    { $name } first\n",
    "      { $name } second, the spaces before it dropped\n",
    "    third\n",
    "column-zero = before\n",
    "{ $name } after\n",
    "trailing = text   \n",
    "\n",
    "\n",
    "trailing-placeable = { $name }   \n",
    "odd = a = b # not a comment\t(tab) ‘quotes’ …\n",
    "count = { $n ->\n",
    "    [0] none\n",
    "    [one] one { $n }\n",
    "    [few]\n",
    "        few,\n",
    "\n",
    "          on two lines\n",
    "   *[other] { $n } things\n",
    "}\n",
    "compact = {$n ->\n",
    "[one] x\n",
    "*[other] y\n",
    "}\n",
    "middle = Before { $s ->\n",
    "      [a] A\n",
    "     *[b] B\n",
    "  } after.\n",
    "nested = { $a ->\n",
    "    [x] { $b ->\n",
    "        [y] XY\n",
    "       *[other] X{ $b }\n",
    "    }\n",
    "   *[other] { $b ->\n",
    "        [one] other-one\n",
    "       *[other] other-other\n",
    "    }\n",
    "}\n",
    "string-keys = { $s ->\n",
    "    [one] ONE\n",
    "   *[other] OTHER\n",
    "}\n",
    "literals = { \"{\" }braces{ \"}\" } { \"\\u00E9\\U01F600\" } { \"\\\\\" } { \"\\\"q\\\"\" }\n",
    "spread = {\n",
    "    $post_code-x\n",
    "    }\n",
    "reference = { inline } / { count }\n",
    "loop = { loop }\n",
    "mutual-a = { mutual-b }\n",
    "mutual-b = { mutual-a }\n",
    "dangling = { nowhere }",
);

fn tricky(language: Language) -> Catalogue {
    Catalogue::parse(language, TRICKY).unwrap_or_else(|error| panic!("{error}"))
}

fn text(catalogue: &Catalogue, id: &str, args: &[(&str, Arg)]) -> String {
    catalogue.format(id, args).unwrap_or_else(|| panic!("missing {id}"))
}

#[test]
fn multiline_values_are_dedented_and_trimmed_as_fluent_does() {
    let en = tricky(Language::En);
    let name = [("name", Arg::from("N"))];
    assert_eq!(text(&en, "block", &[]), "First line\n  indented more\n\n    \nafter blank lines");
    assert_eq!(text(&en, "inline", &[]), "Starts here\n  and continues\nless indented");
    assert_eq!(text(&en, "lead", &name), "N first\nN second, the spaces before it dropped\nthird");
    assert_eq!(text(&en, "column-zero", &name), "before\nN after");
    assert_eq!(text(&en, "trailing", &[]), "text");
    assert_eq!(text(&en, "trailing-placeable", &name), "N");
    assert_eq!(text(&en, "odd", &[]), "a = b # not a comment\t(tab) ‘quotes’ …");
}

#[test]
fn selects_try_exact_numbers_then_plural_categories_then_the_default() {
    let (en, cy) = (tricky(Language::En), tricky(Language::Cy));
    let count = |catalogue: &Catalogue, n: u64| text(catalogue, "count", &[("n", Arg::Number(n))]);
    assert_eq!(count(&en, 0), "none");
    assert_eq!(count(&en, 1), "one 1");
    assert_eq!(count(&en, 3), "3 things");
    assert_eq!(count(&cy, 3), "few,\n\n  on two lines");
    assert_eq!(count(&cy, 7), "7 things");
    assert_eq!(text(&en, "compact", &[("n", Arg::Number(1))]), "x");
    assert_eq!(text(&en, "middle", &[("s", Arg::from("a"))]), "Before A after.");
    assert_eq!(text(&en, "middle", &[("s", Arg::from("zzz"))]), "Before B after.");
    let nested = |a: &str, b: Arg| text(&en, "nested", &[("a", Arg::from(a)), ("b", b)]);
    assert_eq!(nested("x", Arg::from("y")), "XY");
    assert_eq!(nested("x", Arg::Number(5)), "X5");
    assert_eq!(nested("q", Arg::Number(1)), "other-one");
    // A string that happens to be a category name matches it as a string.
    assert_eq!(text(&en, "string-keys", &[("s", Arg::from("one"))]), "ONE");
    assert_eq!(text(&en, "string-keys", &[("s", Arg::Number(1))]), "ONE");
    assert_eq!(text(&en, "string-keys", &[("s", Arg::Number(2))]), "OTHER");
}

#[test]
fn literals_references_and_odd_placeables() {
    let en = tricky(Language::En);
    assert_eq!(text(&en, "literals", &[]), "{braces} é😀 \\ \"q\"");
    assert_eq!(text(&en, "spread", &[("post_code-x", Arg::from("P"))]), "P");
    assert_eq!(text(&en, "reference", &[("n", Arg::Number(1))]), "Starts here\n  and continues\nless indented / one 1");
    let report = |id: &str| en.format_reporting(id, &[]).expect("present");
    let looped = report("loop");
    assert_eq!((looped.text.as_str(), looped.errors), ("{loop}", vec![FormatError::Cyclic("loop".into())]));
    assert_eq!(report("mutual-a").text, "{mutual-a}");
    let dangling = report("dangling");
    assert_eq!(dangling.text, "{nowhere}");
    assert_eq!(dangling.errors, vec![FormatError::UnknownMessage("nowhere".into())]);
}

#[test]
fn a_missing_argument_shows_as_fluent_shows_it_and_is_reported() {
    let en = tricky(Language::En);
    let formatted = en.format_reporting("count", &[]).expect("present");
    assert_eq!(formatted.text, "{$n} things");
    // Once for choosing the variant, once for the text: as fluent-bundle counts.
    assert_eq!(formatted.errors, vec![FormatError::UnknownVariable("n".into()); 2]);
    assert_eq!(en.format("no-such-message", &[]), None);
}

#[test]
fn the_last_argument_of_a_name_wins() {
    let en = tricky(Language::En);
    assert_eq!(text(&en, "trailing-placeable", &[("name", Arg::from("a")), ("name", Arg::from("b"))]), "b");
}

#[test]
fn crlf_and_a_byte_order_mark_read_like_plain_lf() {
    let source = "\u{feff}a = one\r\n    two\r\nb = { $n ->\r\n   *[other] x\r\n}\r\n";
    let catalogue = Catalogue::parse(Language::En, source).expect("parses");
    assert_eq!(catalogue.format("a", &[]).as_deref(), Some("one\ntwo"));
    assert_eq!(catalogue.format("b", &[("n", Arg::Number(1))]).as_deref(), Some("x"));
}

/// Broken sources: (source, line, problem, whether fluent-syntax also refuses it).
/// Those fluent accepts are valid Fluent outside the subset this reader takes.
fn broken() -> Vec<(&'static str, usize, CatalogueProblem, bool)> {
    use CatalogueProblem as P;
    vec![
        ("ok = fine\nbad line here\n", 2, P::ExpectedEquals("bad".into()), true),
        ("ok = fine\n\n  [x] y\n", 3, P::UnexpectedIndent, true),
        ("=x\n", 1, P::ExpectedMessageId, true),
        ("x = { $a -> [one] a }\n", 1, P::Expected("a new line after `->`"), true),
        ("x = { $a ->\n    [one] a\n    [other] b\n}\n", 1, P::MissingDefault, true),
        ("x = { $a ->\n   *[one] a\n   *[other] b\n}\n", 3, P::MultipleDefaults, true),
        ("a = b\nx = a } b\n", 2, P::UnbalancedBrace, true),
        ("x =\ny = z\n", 1, P::EmptyMessage("x".into()), true),
        ("x = 1\ny = 2\nx = 3\n", 3, P::DuplicateMessage { id: "x".into(), first_line: 1 }, true),
        ("x = { $a ->\n   *[other] b\n", 3, P::Expected("`}` to close the placeable"), true),
        ("x = { \"open }\n", 1, P::UnterminatedString, true),
        ("x = { \"\\q\" }\n", 1, P::BadEscape, true),
        ("x = { \"\\u12\" }\n", 1, P::BadEscape, true),
        ("x = { $n ->\n    [one]\n   *[other] b\n}\n", 2, P::EmptyVariant, true),
        ("x = { msg ->\n   *[a] b\n}\n", 1, P::SelectorNotVariable, true),
        ("x = { $ }\n", 1, P::Expected("a variable name after `$`"), true),
        ("x = { $n ->\n    [one] a\n    [1] b\n   *[other] c\n}\n", 3, P::NumberAfterCategory(1), false),
        ("x = { $n ->\n    [1.5] a\n   *[other] b\n}\n", 2, P::BadVariantKey, false),
        ("-brand = Pollcard\n", 1, P::Unsupported("terms (`-name = …`)"), false),
        ("x = y\n    .title = z\n", 2, P::Unsupported("attributes (`.name = …`)"), false),
        ("x = { NUMBER($n) }\n", 1, P::Unsupported("functions (`NAME(…)`)"), false),
        ("x = { 5 }\n", 1, P::Unsupported("number literals"), false),
        ("x = { -brand }\n", 1, P::Unsupported("terms (`-name`) and negative numbers"), false),
        ("x = { { $n } }\n", 1, P::Unsupported("nested placeables (`{ { … } }`)"), false),
        ("#bad\nx = y\n", 1, P::BadComment, false),
        ("#### four\nx = y\n", 1, P::BadComment, false),
    ]
}

#[test]
fn every_broken_entry_is_an_error_naming_its_line() {
    for (source, line, problem, fluent_refuses) in broken() {
        let expected = CatalogueError { line, problem };
        match Catalogue::parse(Language::En, source) {
            Err(error) => assert_eq!(error, expected, "{source:?}"),
            Ok(_) => panic!("{source:?} parsed; expected {expected}"),
        }
        let resource = fluent_bundle::FluentResource::try_new(source.to_owned());
        let fluent_refused = match resource {
            Err(_) => true,
            Ok(resource) => {
                let mut bundle = fluent_bundle::FluentBundle::new(vec![unic_langid::LanguageIdentifier::default()]);
                bundle.add_resource(resource).is_err()
            }
        };
        assert_eq!(fluent_refused, fluent_refuses, "does fluent refuse {source:?}?");
    }
}

#[test]
fn errors_say_where_and_what() {
    let error = Catalogue::parse(Language::En, "a = b\nx = { $n ->\n    [one] a\n    [2] b\n   *[other] c\n}\n")
        .expect_err("a number after a category");
    assert_eq!(error.to_string(), "line 4: the exact-number variant [2] must come before the plural-category variants");
}

#[test]
fn a_broken_line_deep_in_a_real_catalogue_is_reported_at_that_line() {
    for language in Language::ALL {
        let source = real_source(language);
        let (index, line) = source
            .lines()
            .enumerate()
            .find(|(_, line)| line.starts_with("continue = "))
            .expect("both catalogues have `continue`");
        let broken = source.replacen(line, &line.replacen(" = ", " ", 1), 1);
        let error = Catalogue::parse(language, &broken).expect_err("a message without `=`");
        assert_eq!(error.line, index + 1, "{}", language.code());
        assert_eq!(error.problem, CatalogueProblem::ExpectedEquals("continue".into()));
    }
}

#[test]
fn no_real_message_is_dropped() {
    for language in Language::ALL {
        let id_lines = real_source(language).lines().filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()));
        let catalogue = real_catalogue(language);
        assert_eq!(catalogue.ids().count(), id_lines.count(), "{}", language.code());
    }
}
