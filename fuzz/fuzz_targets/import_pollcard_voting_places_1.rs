#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pollcard_fuzz::import_as("pollcard-voting-places/1", data));
