//! The ballot page's tables: the candidates in ballot-paper order (party lists by
//! party, then list position) and, once declared, the results.

use pollcard_core::elections::order::{ballot_paper, party_lists, sort_candidates};
use pollcard_core::elections::{Ballot, Candidate, CandidateStatus};

use crate::candidate_keys::candidate_key;
use crate::components::markup::Markup;
use crate::i18n::{use_i18n, I18n};
use crate::routes::Page;

/// What the party column shows: the description printed on the paper, else the party.
fn party_text(i18n: I18n, candidate: &Candidate) -> String {
    candidate.party_description.clone().or_else(|| candidate.party.clone()).unwrap_or_else(|| i18n.t("ballot-no-party"))
}

fn status_text(i18n: I18n, status: CandidateStatus) -> String {
    i18n.t_with("ballot-status", &[("status", status.key().into())])
}

/// The candidates printed on the paper, in its order, as a table: position, name,
/// party and status; for a party-list ballot, each list's candidates in list order.
/// It scrolls inside its own region on a narrow screen.
pub fn candidates_table(table: &mut Markup, ballot: &Ballot, caption: &str) {
    let i18n = use_i18n();
    let lists = ballot.voting_system.uses_party_lists();
    let rows: Vec<(usize, &Candidate)> = if lists {
        party_lists(ballot)
            .into_iter()
            .enumerate()
            .flat_map(|(entry, (_, members))| members.into_iter().map(move |member| (entry + 1, member)))
            .collect()
    } else {
        ballot_paper(ballot).into_iter().enumerate().map(|(position, candidate)| (position + 1, candidate)).collect()
    };
    if rows.is_empty() {
        table.element("p", "body", &i18n.t("ballot-no-candidates"));
        return;
    }
    let position_header = i18n.t(if lists { "ballot-column-list" } else { "ballot-column-position" });
    let mut headers = vec![position_header, i18n.t("ballot-column-name"), i18n.t("ballot-column-party")];
    if lists {
        headers.push(i18n.t("ballot-column-list-position"));
    }
    headers.push(i18n.t("ballot-column-status"));
    table.open_table(caption, "table candidates-table", ("table-caption", caption), &headers);
    for (position, candidate) in rows {
        table.open("tr", "table-row").element("td", "table-cell", &position.to_string());
        // The name links to the candidate's page (status, statement, their timetable).
        let page = Page::Candidate(ballot.id.clone(), candidate_key(ballot, candidate)).path(i18n.lang());
        table.open_with("th", "table-header", &[("scope", "row")]);
        table.open_with("a", "", &[("href", &page)]).text(&candidate.name).close("a").close("th");
        table.element("td", "table-cell", &party_text(i18n, candidate));
        if lists {
            let list_position = candidate.list_position.map(|p| p.to_string()).unwrap_or_default();
            table.element("td", "table-cell", &list_position);
        }
        table.element("td", "table-cell", &status_text(i18n, candidate.status)).close("tr");
    }
    table.close_table();
}

/// The declared result: each candidate's votes (most first) and whether elected, then
/// turnout, electorate, ballots cast and rejected ballots as far as declared.
pub fn results_table(table: &mut Markup, ballot: &Ballot) {
    let i18n = use_i18n();
    let mut counted: Vec<&Candidate> = ballot_paper(ballot);
    // Most votes first; candidates with equal votes keep their ballot-paper order.
    sort_candidates(&mut counted, &|a, b| b.votes.cmp(&a.votes));
    table.element("h2", "heading-m", &i18n.t("ballot-results-heading"));
    let caption = i18n.t("ballot-results-caption");
    let headers = [
        i18n.t("ballot-column-name"),
        i18n.t("ballot-column-party"),
        i18n.t("ballot-column-votes"),
        i18n.t("ballot-column-result"),
    ];
    table.open_table(&caption, "table results-table", ("table-caption", &caption), &headers);
    for candidate in counted {
        table.open("tr", "table-row");
        table.open_with("th", "table-header", &[("scope", "row")]).text(&candidate.name).close("th");
        table.element("td", "table-cell", &party_text(i18n, candidate));
        table.element(
            "td",
            "table-cell table-number",
            &candidate.votes.map(|votes| votes.to_string()).unwrap_or_default(),
        );
        table.element("td", "table-cell", &status_text(i18n, candidate.status)).close("tr");
    }
    table.close_table();
    let totals = ballot.results.clone().unwrap_or_default();
    let turnout = totals
        .turnout_percent
        .map(|percent| i18n.t_with("ballot-percent", &[("percent", one_decimal(percent).into())]));
    table.open("dl", "summary-list");
    for (key, value) in [
        ("ballot-turnout", turnout),
        ("ballot-electorate", totals.electorate.map(|n| n.to_string())),
        ("ballot-ballots-cast", totals.ballots_cast.map(|n| n.to_string())),
        ("ballot-rejected", totals.rejected_ballots.map(|n| n.to_string())),
    ] {
        if let Some(value) = value {
            table
                .open("div", "summary-row")
                .element("dt", "summary-key", &i18n.t(key))
                .element("dd", "summary-value", &value)
                .close("div");
        }
    }
    table.close("dl");
}

/// A percentage to one decimal place ("34.5") through whole numbers, so that the
/// wasm carries no floating-point printer for it.
fn one_decimal(value: f32) -> String {
    let tenths = (f64::from(value) * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    #[test]
    fn percentages_keep_one_decimal_place() {
        assert_eq!(one_decimal(34.45), "34.5");
        assert_eq!(one_decimal(34.0), "34.0");
        assert_eq!(one_decimal(0.04), "0.0");
        assert_eq!(one_decimal(99.96), "100.0");
        assert_eq!(one_decimal(-1.25), "-1.3");
    }
}
