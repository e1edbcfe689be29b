//! Democracy Club's accessibility survey, one row per station keyed by the station's
//! id in the council's export (`internal_council_id`). Answers are mostly `yes`/`no`,
//! some `y`/`n` and some blank (not surveyed); `level_access` and `temporary_ramp` are
//! never both yes, as a ramp goes over a step.

use std::io;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::CsvOut;
use super::super::rng::Rng;
use super::joined;

const HEADER: [&str; 16] = [
    "internal_council_id",
    "polling_station_address",
    "polling_station_postcode",
    "polling_station_uprn",
    "polling_station_identifier",
    "is_temporary",
    "nearby_parking",
    "disabled_parking",
    "level_access",
    "temporary_ramp",
    "hearing_loop",
    "public_toilets",
    "getting_to_the_station",
    "at_the_station",
    "getting_to_the_station_cy",
    "at_the_station_cy",
];

/// The answers drawn from, as often as they appear here.
static ANSWERS: [&str; 8] = ["yes", "yes", "yes", "no", "no", "y", "n", ""];

/// The survey file.
pub struct Survey {
    csv: CsvOut,
    welsh: bool,
    rng: Rng,
}

impl Survey {
    pub fn new(mut csv: CsvOut, welsh: bool, seed: u64) -> io::Result<Survey> {
        csv.header(&HEADER)?;
        Ok(Survey { csv, welsh, rng: Rng::derive(seed, 1) })
    }

    fn answer(&mut self) -> &'static str {
        let answer: &&'static str = self.rng.pick(&ANSWERS);
        answer
    }
}

impl ExportWriter for Survey {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let answers: Vec<&str> = (0..7).map(|_| self.answer()).collect();
        let level = answers[3];
        let ramp = if matches!(level, "yes" | "y") { "no" } else { answers[4] };
        let csv = &mut self.csv;
        csv.field(&station.survey_id).field(&joined(station)).field(&station.postcode).field_u64(station.uprn);
        csv.field(&station.code);
        for (index, answer) in answers.iter().enumerate() {
            csv.field(if index == 4 { ramp } else { answer });
        }
        csv.field(&format!("{} is on {}.", station.name, station.address_lines[0]));
        csv.field(if level == "yes" {
            "Level entrance; you vote in the main room."
        } else {
            "There is a step at the entrance."
        });
        if self.welsh {
            csv.field(&format!("Mae {} ar {}.", station.name, station.address_lines[0]));
            csv.field(if level == "yes" { "Mynedfa wastad." } else { "Mae gris wrth y fynedfa." });
        } else {
            csv.field("").field("");
        }
        csv.end_row()
    }

    fn address(&mut self, _address: &Address<'_>, _station: Option<&Station>) -> io::Result<()> {
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}
