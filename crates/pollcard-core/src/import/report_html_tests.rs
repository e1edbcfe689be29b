use super::*;
use crate::import::problems::ProblemCode;
use crate::import::report::Fate;
use crate::import::test_support::{build, COUNCIL};

fn sample() -> Report {
    let mut report = Report::new();
    let id = report.add_file("<b>stations</b>.csv");
    let file = report.file_mut(id);
    file.set_records_read(3);
    file.settle(Fate::Imported);
    file.settle(Fate::Repaired);
    file.settle(Fate::Dropped);
    file.push(
        Problem::new(
            ProblemCode::InvalidPostcode,
            Action::Dropped,
            "postcode \"<script>alert('x')</script>\" & more",
            "Correct it & export again.",
        )
        .at_line(4),
    );
    file.push(Problem::new(ProblemCode::NoLocation, Action::Kept, "no location", "add lat and lon").at_line(2));
    report.push_general(Problem::new(ProblemCode::NoCouncil, Action::Stopped, "no council", "add one"));
    report
}

#[test]
fn escapes_every_special_character() {
    assert_eq!(escape("<a href=\"x\">Tom's & co</a>"), "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
}

#[test]
fn text_from_the_input_is_escaped() {
    let html = sample().to_html();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<b>"));
    assert!(html.contains("&lt;b&gt;stations&lt;/b&gt;.csv"));
    assert!(html.contains("postcode &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; more"));
    assert!(html.contains("Correct it &amp; export again."));
}

#[test]
fn counts_are_in_the_table() {
    let html = sample().to_html();
    let row_start = html.find("<tr><th scope=\"row\">&lt;b&gt;stations").expect("a row for the file");
    let row = &html[row_start..html[row_start..].find("</tr>").map_or(html.len(), |end| row_start + end)];
    let numbers: Vec<&str> = row.split("<td class=\"number\">").skip(1).map(|cell| &cell[..1]).collect();
    assert_eq!(numbers, ["3", "2", "1", "1"], "read, imported, repaired, dropped");
    assert!(html.contains("1 fatal problem, 1 error, 1 warning."));
}

#[test]
fn every_problem_is_on_the_page_under_its_severity() {
    let report = sample();
    let html = report.to_html();
    let fatal = html.find("<h3>Fatal problems (1)</h3>").expect("fatal heading");
    let errors = html.find("<h3>Errors (1)</h3>").expect("errors heading");
    let warnings = html.find("<h3>Warnings (1)</h3>").expect("warnings heading");
    assert!(fatal < errors && errors < warnings);
    for problem in report.problems() {
        let at = html.find(&format!("<code>{}</code>", problem.code.key())).expect("code shown");
        let section = match problem.severity {
            Severity::Fatal => fatal..errors,
            Severity::Error => errors..warnings,
            Severity::Warning => warnings..html.len(),
        };
        assert!(section.contains(&at), "{} under its severity", problem.code.key());
        assert!(html.contains(&escape(&problem.suggested_fix)));
    }
    assert!(html.contains("<h4>&lt;b&gt;stations&lt;/b&gt;.csv, line 4</h4>"));
    assert!(html.contains("<h4>All the files</h4>"));
}

#[test]
fn the_page_is_standalone_and_accessible() {
    let html = sample().to_html();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for needed in ["<title>", "<caption>", "scope=\"col\"", "scope=\"row\"", "href=\"#problems\"", "id=\"problems\""] {
        assert!(html.contains(needed), "{needed}");
    }
    for external in ["<script", "<link", "src=", "http://", "https://", "@import", "url("] {
        assert!(!html.contains(external), "{external}");
    }
    // Headings never skip a level.
    let levels: Vec<u8> = html.match_indices("<h").filter_map(|(at, _)| html.as_bytes().get(at + 2).copied()).collect();
    let levels: Vec<u8> = levels.into_iter().filter(u8::is_ascii_digit).map(|digit| digit - b'0').collect();
    assert_eq!(levels.first(), Some(&1));
    assert!(levels.windows(2).all(|pair| pair[1] <= pair[0] + 1), "{levels:?}");
}

#[test]
fn a_real_import_lists_every_problem_and_no_section_is_lost() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", "station_id,name,address,lat,lon\nS1,Hall,Mill Lane,,\n"),
        ("addresses.csv", "uprn,address,postcode,station_id\n1,1 High St,AA1 1AA,S1\n2,2 High St,not a postcode,S1\n"),
    ]);
    let html = outcome.report.to_html();
    assert!(!outcome.report.problems().is_empty());
    for problem in outcome.report.problems() {
        assert!(html.contains(&escape(&problem.message)), "{}", problem.message);
    }
    assert!(html.contains("<h3>Fatal problems (0)</h3>\n<p>A fatal problem stops the build: no bundle is written until it is fixed.</p>\n<p>None.</p>"));
    assert_eq!(html, outcome.report.to_html(), "deterministic");
}
