use crate::import::test_support::{build, problems, with_code, COUNCIL};

const STATIONS: &str = "station_id,name,address,postcode,lat,lon\nS1,Village Hall,Sea View,AA1 9AA,52.544,-4.052\nS2,Chapel,Lôn Capel,,,\n";
const ADDRESSES: &str = "uprn,address,postcode,station_id\n1,1 Sea View,AA1 1AA,S1\n2,2 Sea View,AA1 1AA,S1\n3,1 Mill Lane,AA1 1AB,S1\n4,2 Mill Lane,AA1 1AB,S1\n5,1 New Road,AA1 1AD,\n";

fn corrected(corrections: &str) -> crate::import::test_support::ImportOutcome {
    build(&[("council.toml", COUNCIL), ("s.csv", STATIONS), ("a.csv", ADDRESSES), ("fixes.csv", corrections)])
}

#[test]
fn corrections_are_applied_and_reported_where_they_took_effect() {
    let fixes = "action,uprn,postcode,station,new_name,lat,lon,new_postcode,reason\n\
                 exclude,2,,,,,,,Demolished in March\n\
                 reassign,,AA1 1AB,S2,,,,,Mill Lane votes at the chapel since the boundary review\n\
                 rename_station,,,S2,Capel y Lôn,,,,Name as on the poll card\n\
                 move_station,,,S2,,52.5461,-4.0493,,Missing from the export\n\
                 set_station_postcode,,,S2,,,,aa1 9ab,Missing from the export\n\
                 exclude,999,,,,,,,Typed wrongly\n";
    let outcome = corrected(fixes);
    let applied: Vec<(String, Option<u64>, &str)> = with_code(&outcome, "correction_applied")
        .into_iter()
        .map(|p| {
            (
                p.file.clone().unwrap_or_default(),
                p.line,
                if p.action == crate::import::Action::Dropped { "dropped" } else { "repaired" },
            )
        })
        .collect();
    assert_eq!(
        applied,
        [
            ("s.csv".to_owned(), Some(3), "repaired"),
            ("s.csv".to_owned(), Some(3), "repaired"),
            ("s.csv".to_owned(), Some(3), "repaired"),
            ("a.csv".to_owned(), Some(3), "dropped"),
            ("a.csv".to_owned(), Some(4), "repaired"),
            ("a.csv".to_owned(), Some(5), "repaired"),
        ]
    );
    let excluded = &with_code(&outcome, "correction_applied")[3].message;
    assert!(excluded.contains("line 2 of fixes.csv") && excluded.contains("Demolished in March"), "{excluded}");
    let unmatched = with_code(&outcome, "correction_unmatched");
    assert_eq!((unmatched[0].file.as_deref(), unmatched[0].line), (Some("fixes.csv"), Some(7)));
    let addresses = &outcome.report.files()[2];
    assert_eq!((addresses.imported(), addresses.repaired(), addresses.dropped()), (4, 2, 1));
    let fixes = &outcome.report.files()[3];
    assert_eq!((fixes.records_read(), fixes.imported(), fixes.dropped()), (6, 6, 0));

    let bundle = outcome.bundle.expect("builds");
    let chapel = &bundle.stations[1];
    assert_eq!(chapel.name, "Capel y Lôn");
    assert_eq!(chapel.postcode.as_deref(), Some("AA1 9AB"));
    assert!(chapel.location.is_some());
    assert!(bundle.addresses.iter().all(|(_, a)| a.uprn != "2"));
    let mill: Vec<_> = bundle.addresses.iter().filter(|(p, _)| p.to_string() == "AA1 1AB").collect();
    assert!(mill.iter().all(|(_, a)| a.station_id.as_ref().map(|s| s.as_str()) == Some("S2")));
}

#[test]
fn bad_corrections_are_refused_with_the_reason() {
    let fixes = "action,uprn,postcode,station,lat,lon,reason\n\
                 exclude,1,,,,,\n\
                 demolish,1,,,,,Gone\n\
                 exclude,1,AA1 1AA,,,,Both\n\
                 move_station,,,S1,91,0,Wrong\n\
                 reassign,1,,S9,,,No such station\n\
                 rename_station,,,S1,,,No new name\n";
    let outcome = corrected(fixes);
    let invalid: Vec<Option<u64>> = with_code(&outcome, "invalid_correction").iter().map(|p| p.line).collect();
    assert_eq!(invalid, [Some(2), Some(3), Some(4), Some(5), Some(6), Some(7)]);
    let messages: Vec<&str> = with_code(&outcome, "invalid_correction").iter().map(|p| p.message.as_str()).collect();
    assert!(messages[0].contains("needs a reason"), "{}", messages[0]);
    assert!(messages[1].contains("\"demolish\" is not an action"), "{}", messages[1]);
    assert!(messages[4].contains("\"S9\""), "{}", messages[4]);
    assert!(messages[5].contains("needs a new_name"), "{}", messages[5]);
    let fixes = &outcome.report.files()[3];
    assert_eq!((fixes.imported(), fixes.dropped()), (0, 6));
    assert!(with_code(&outcome, "correction_applied").is_empty(), "{:?}", problems(&outcome));
}
