//! The ballot page's tables: the candidates in ballot-paper order (party lists by
//! party, then list position) and, once declared, the results.

use leptos::either::Either;
use leptos::prelude::*;
use pollcard_core::elections::order::{ballot_paper, party_lists};
use pollcard_core::elections::{Ballot, Candidate, CandidateStatus};

use crate::i18n::{use_i18n, I18n};

/// What the party column shows: the description printed on the paper, else the party.
fn party_text(i18n: I18n, candidate: &Candidate) -> String {
    candidate.party_description.clone().or_else(|| candidate.party.clone()).unwrap_or_else(|| i18n.t("ballot-no-party"))
}

fn status_text(i18n: I18n, status: CandidateStatus) -> String {
    i18n.t_with("ballot-status", &[("status", status.key().into())])
}

/// The candidates printed on the paper, in its order, as a table: position, name,
/// party and status; for a party-list ballot, each list's candidates in list order.
#[component]
pub fn CandidatesTable(ballot: Ballot, caption: String) -> impl IntoView {
    let i18n = use_i18n();
    let lists = ballot.voting_system.uses_party_lists();
    let rows: Vec<(usize, &Candidate)> = if lists {
        party_lists(&ballot)
            .into_iter()
            .enumerate()
            .flat_map(|(entry, (_, members))| members.into_iter().map(move |member| (entry + 1, member)))
            .collect()
    } else {
        ballot_paper(&ballot).into_iter().enumerate().map(|(position, candidate)| (position + 1, candidate)).collect()
    };
    if rows.is_empty() {
        return Either::Left(view! { <p class="body">{i18n.t("ballot-no-candidates")}</p> });
    }
    let rows = rows
        .into_iter()
        .map(|(position, candidate)| {
            let list_position =
                lists.then(|| view! { <td class="table-cell">{candidate.list_position.map(|p| p.to_string())}</td> });
            view! {
                <tr class="table-row">
                    <td class="table-cell">{position}</td>
                    <th scope="row" class="table-header">{candidate.name.clone()}</th>
                    <td class="table-cell">{party_text(i18n, candidate)}</td>
                    {list_position}
                    <td class="table-cell">{status_text(i18n, candidate.status)}</td>
                </tr>
            }
        })
        .collect_view();
    let list_header =
        lists.then(|| view! { <th scope="col" class="table-header">{i18n.t("ballot-column-list-position")}</th> });
    Either::Right(view! {
        <table class="table candidates-table">
            <caption class="table-caption">{caption}</caption>
            <thead>
                <tr class="table-row">
                    <th scope="col" class="table-header">{i18n.t(if lists { "ballot-column-list" } else { "ballot-column-position" })}</th>
                    <th scope="col" class="table-header">{i18n.t("ballot-column-name")}</th>
                    <th scope="col" class="table-header">{i18n.t("ballot-column-party")}</th>
                    {list_header}
                    <th scope="col" class="table-header">{i18n.t("ballot-column-status")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    })
}

/// The declared result: each candidate's votes (most first) and whether elected, then
/// turnout, electorate, ballots cast and rejected ballots as far as declared.
#[component]
pub fn ResultsTable(ballot: Ballot) -> impl IntoView {
    let i18n = use_i18n();
    let mut counted: Vec<&Candidate> = ballot_paper(&ballot);
    counted.sort_by_key(|candidate| std::cmp::Reverse(candidate.votes));
    let rows = counted
        .into_iter()
        .map(|candidate| {
            view! {
                <tr class="table-row">
                    <th scope="row" class="table-header">{candidate.name.clone()}</th>
                    <td class="table-cell">{party_text(i18n, candidate)}</td>
                    <td class="table-cell table-number">{candidate.votes.map(|votes| votes.to_string())}</td>
                    <td class="table-cell">{status_text(i18n, candidate.status)}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = ballot.results.clone().unwrap_or_default();
    let total = |key: &'static str, value: Option<String>| {
        value.map(|value| {
            view! {
                <div class="summary-row">
                    <dt class="summary-key">{i18n.t(key)}</dt>
                    <dd class="summary-value">{value}</dd>
                </div>
            }
        })
    };
    let turnout = totals
        .turnout_percent
        .map(|percent| i18n.t_with("ballot-percent", &[("percent", format!("{percent:.1}").into())]));
    view! {
        <h2 class="heading-m">{i18n.t("ballot-results-heading")}</h2>
        <table class="table results-table">
            <caption class="table-caption">{i18n.t("ballot-results-caption")}</caption>
            <thead>
                <tr class="table-row">
                    <th scope="col" class="table-header">{i18n.t("ballot-column-name")}</th>
                    <th scope="col" class="table-header">{i18n.t("ballot-column-party")}</th>
                    <th scope="col" class="table-header table-number">{i18n.t("ballot-column-votes")}</th>
                    <th scope="col" class="table-header">{i18n.t("ballot-column-result")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <dl class="summary-list">
            {total("ballot-turnout", turnout)}
            {total("ballot-electorate", totals.electorate.map(|n| n.to_string()))}
            {total("ballot-ballots-cast", totals.ballots_cast.map(|n| n.to_string()))}
            {total("ballot-rejected", totals.rejected_ballots.map(|n| n.to_string()))}
        </dl>
    }
}
