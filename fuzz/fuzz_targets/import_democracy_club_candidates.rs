#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pollcard_fuzz::import_as("democracy-club-candidates", data));
