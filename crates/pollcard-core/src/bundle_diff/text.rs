//! The diff as plain text for an officer at a terminal: a summary line, then one
//! section per kind of change, each line naming the station or address in full.

use std::fmt::Write;

use crate::model::StationId;

use super::BundleDiff;

fn station(id: Option<&StationId>) -> String {
    id.map_or_else(|| "no station".to_owned(), |id| format!("\"{id}\""))
}

fn section(text: &mut String, heading: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(text, "\n{heading} ({}):", lines.len());
    for line in lines {
        let _ = writeln!(text, "  {line}");
    }
}

impl BundleDiff {
    /// The diff as readable text, ending in a newline.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        if self.old_council != self.new_council {
            let _ = writeln!(
                text,
                "Warning: the bundles are of different councils (\"{}\" and \"{}\").",
                self.old_council, self.new_council
            );
        }
        if self.is_empty() {
            text.push_str("No changes: every address votes at the same, unchanged station.\n");
            return text;
        }
        let stations = &self.stations;
        let addresses = &self.addresses;
        let _ = writeln!(
            text,
            "{} address(es) change station; stations: {} added, {} removed, {} renamed, {} moved, {} with \
             accessibility changes; addresses: {} added, {} removed.",
            addresses.station_changed_count,
            stations.added.len(),
            stations.removed.len(),
            stations.renamed.len(),
            stations.moved.len(),
            stations.accessibility_changed.len(),
            addresses.added,
            addresses.removed,
        );
        section(
            &mut text,
            "Stations added",
            &stations.added.iter().map(|s| format!("\"{}\" {}", s.id, s.name)).collect::<Vec<_>>(),
        );
        section(
            &mut text,
            "Stations removed",
            &stations.removed.iter().map(|s| format!("\"{}\" {}", s.id, s.name)).collect::<Vec<_>>(),
        );
        let renamed: Vec<String> =
            stations.renamed.iter().map(|s| format!("\"{}\" {} -> {}", s.id, s.old_name, s.new_name)).collect();
        section(&mut text, "Stations renamed", &renamed);
        let moved: Vec<String> =
            stations.moved.iter().map(|s| format!("\"{}\" {}: {} m", s.id, s.name, s.metres)).collect();
        section(&mut text, "Stations moved more than 50 m", &moved);
        let accessibility: Vec<String> = stations
            .accessibility_changed
            .iter()
            .map(|s| {
                let features: Vec<String> =
                    s.features.iter().map(|f| format!("{} {} -> {}", f.feature.key(), f.old, f.new)).collect();
                format!("\"{}\" {}: {}", s.id, s.name, features.join(", "))
            })
            .collect();
        section(&mut text, "Accessibility changed", &accessibility);
        let moved_addresses: Vec<String> = addresses
            .station_changed
            .iter()
            .map(|a| {
                format!(
                    "{} {} (UPRN {}): {} -> {}",
                    a.postcode,
                    a.label,
                    a.uprn,
                    station(a.old_station.as_ref()),
                    station(a.new_station.as_ref())
                )
            })
            .collect();
        section(&mut text, "Addresses whose station changed", &moved_addresses);
        text
    }
}
