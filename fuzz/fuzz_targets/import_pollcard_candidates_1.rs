#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pollcard_fuzz::import_as("pollcard-candidates/1", data));
