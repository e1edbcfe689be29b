//! The integrity report as a standalone HTML page (`report.html`), for the officer who
//! has to read it rather than a script that parses `report.json`.
//!
//! The page is one file with nothing external: no scripts, no fonts, no images, no
//! links off the page, so it can be opened from a USB stick or attached to an email
//! and looks the same everywhere. It is never served by the app, so its small inline
//! stylesheet is outside the app's Content Security Policy. Every piece of text from
//! the input files (paths, messages quoting cells) is escaped, because an export can
//! hold anything, including markup.
//!
//! Accessibility: `lang="en"`, a skip link, headings in order (h1 → h2 → h3 → h4), the
//! per-file counts in a table with a caption and scoped header cells, and severity
//! given in words, never by colour alone.

use std::fmt::Write;

use super::problems::{Action, Severity};
use super::report::{ChosenBy, FileReport, Problem, Report};

/// The page's stylesheet: readable type, visible focus, and severities marked by a
/// border as well as by their heading.
const STYLE: &str = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Arial,sans-serif;line-height:1.5;\
margin:0 auto;max-width:72rem;padding:1rem;color:#0b0c0c;background:#fff}\
.skip{position:absolute;left:-999rem}.skip:focus{position:static;display:inline-block;padding:.5rem;\
background:#fd0;color:#0b0c0c;outline:3px solid #0b0c0c}\
a:focus{outline:3px solid #fd0;box-shadow:0 4px #0b0c0c}\
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold;padding:.5rem 0}\
th,td{border-bottom:1px solid #b1b4b6;padding:.4rem .6rem;text-align:left;vertical-align:top}\
.number{text-align:right;font-variant-numeric:tabular-nums}th[scope=row]{overflow-wrap:anywhere;min-width:12rem}\
.table-scroll{overflow-x:auto}.table-scroll:focus{outline:3px solid #fd0}\
ol.problems{padding-left:1.5rem}ol.problems li{margin:0 0 1rem;padding-left:.75rem;border-left:5px solid #505a5f}\
.fatal li{border-left-color:#d4351c}.error li{border-left-color:#f47738}h4{margin:.25rem 0}\
code{font-size:1rem;background:#f3f2f1;padding:0 .2rem}";

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

impl Report {
    /// The report as a standalone, accessible HTML page, ending in a newline. The
    /// same report always gives the same bytes.
    pub fn to_html(&self) -> String {
        let problems = self.problems();
        let mut page = String::new();
        page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(page, "<title>Pollcard import report: {}</title>", outcome_title(self));
        let _ = writeln!(page, "<style>{STYLE}</style>\n</head>\n<body>");
        page.push_str("<a class=\"skip\" href=\"#problems\">Skip to the problems</a>\n<main>\n");
        page.push_str("<h1>Pollcard import report</h1>\n");
        let _ = writeln!(page, "<p><strong>{}</strong></p>", outcome_sentence(self));
        let _ = writeln!(
            page,
            "<p>{}, {}, {}. Every record of every file is counted below: imported and dropped records add up to \
             the records read.</p>",
            counted(self.count(Severity::Fatal), "fatal problem", "fatal problems"),
            counted(self.count(Severity::Error), "error", "errors"),
            counted(self.count(Severity::Warning), "warning", "warnings"),
        );
        files_table(&mut page, self.files());
        let _ = writeln!(page, "<h2 id=\"problems\" tabindex=\"-1\">Problems</h2>");
        for severity in [Severity::Fatal, Severity::Error, Severity::Warning] {
            let of_severity: Vec<&Problem> =
                problems.iter().copied().filter(|problem| problem.severity == severity).collect();
            problem_section(&mut page, severity, &of_severity);
        }
        page.push_str("</main>\n</body>\n</html>\n");
        page
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn outcome_title(report: &Report) -> &'static str {
    if report.has_fatal() {
        "stopped by fatal problems"
    } else {
        "no fatal problems"
    }
}

fn outcome_sentence(report: &Report) -> &'static str {
    if report.has_fatal() {
        "The data cannot be published: fix the fatal problems, then run Pollcard again. No bundle was written."
    } else {
        "The data can be built into a bundle. Read the errors and warnings before publishing it."
    }
}

fn files_table(page: &mut String, files: &[FileReport]) {
    // A narrow window scrolls the table sideways; the region can take focus so that
    // keyboard users can scroll it too.
    page.push_str("<h2>Files</h2>\n<div class=\"table-scroll\" role=\"region\" aria-label=\"Files\" tabindex=\"0\">\n");
    page.push_str("<table>\n<caption>What each input file held and what became of its records</caption>\n");
    page.push_str("<thead>\n<tr>");
    for heading in ["File", "Format", "How the format was chosen", "Encoding"] {
        let _ = write!(page, "<th scope=\"col\">{heading}</th>");
    }
    for heading in ["Records read", "Imported", "Of which repaired", "Dropped"] {
        let _ = write!(page, "<th scope=\"col\" class=\"number\">{heading}</th>");
    }
    page.push_str("</tr>\n</thead>\n<tbody>\n");
    for file in files {
        let chosen_by = match file.chosen_by {
            Some(ChosenBy::Content) => "Recognised from its content",
            Some(ChosenBy::Override) => "Named with --format",
            None => "Not read",
        };
        let mut encoding = file.encoding.unwrap_or("not read").to_owned();
        if let Some(delimiter) = file.delimiter {
            let _ = write!(encoding, ", {}", delimiter.describe());
        }
        let _ = write!(
            page,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{chosen_by}</td><td>{}</td>",
            escape(&file.path),
            escape(&file.format),
            escape(&encoding)
        );
        for count in [file.records_read(), file.imported(), file.repaired(), file.dropped()] {
            let _ = write!(page, "<td class=\"number\">{count}</td>");
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</div>\n");
}

fn problem_section(page: &mut String, severity: Severity, problems: &[&Problem]) {
    let (heading, explanation) = match severity {
        Severity::Fatal => {
            ("Fatal problems", "A fatal problem stops the build: no bundle is written until it is fixed.")
        }
        Severity::Error => {
            ("Errors", "An error means a record was left out of the bundle, or changed in a way a voter would notice.")
        }
        Severity::Warning => (
            "Warnings",
            "A warning means the record was used, as it stands or harmlessly repaired, but is worth checking.",
        ),
    };
    let _ = writeln!(page, "<h3>{heading} ({})</h3>\n<p>{explanation}</p>", problems.len());
    if problems.is_empty() {
        let _ = writeln!(page, "<p>None.</p>");
        return;
    }
    let _ = writeln!(page, "<ol class=\"problems {}\">", severity.key());
    for problem in problems {
        let place = match (&problem.file, problem.line) {
            (Some(file), Some(line)) => format!("{}, line {line}", escape(file)),
            (Some(file), None) => format!("{}, the whole file", escape(file)),
            (None, _) => "All the files".to_owned(),
        };
        let _ = writeln!(
            page,
            "<li>\n<h4>{place}</h4>\n<p>{} <code>{}</code></p>\n<p>{}</p>\n<p><strong>What to do:</strong> {}</p>\n</li>",
            action_text(problem.action),
            problem.code.key(),
            escape(&problem.message),
            escape(&problem.suggested_fix)
        );
    }
    page.push_str("</ol>\n");
}

/// What Pollcard did, in words.
fn action_text(action: Action) -> &'static str {
    match action {
        Action::Stopped => "The build stopped.",
        Action::Dropped => "The record was left out.",
        Action::Kept => "The record was kept as it is.",
        Action::Repaired => "The record was kept, repaired.",
        Action::KeptAsNoStation => "The address was kept without a station.",
        Action::Ignored => "This part of the file was not used.",
    }
}

#[cfg(test)]
#[path = "report_html_tests.rs"]
mod tests;
