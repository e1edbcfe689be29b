//! Pieces that more than one page uses.

pub mod accessibility_list;
pub mod address_question;
pub mod area_download;
pub mod back_link;
pub mod calendar_download;
pub mod council_contact;
pub mod dead_end;
pub mod error_summary;
pub mod fictional_notice;
pub mod key_dates;
pub mod language_switch;
pub mod layout;
pub mod localized_text;
pub mod markup;
pub mod no_election_data;
pub mod offline_notices;
pub mod page_heading;
pub mod question_fields;
pub mod question_page;
pub mod read_aloud;
pub mod release_notice;
pub mod rich_text;
pub mod start_again;
pub mod station_changed_notice;
pub mod station_map;
