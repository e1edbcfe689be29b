#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pollcard_fuzz::import_as("pollcard-ballots/1", data));
