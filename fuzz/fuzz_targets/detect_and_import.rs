#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pollcard_fuzz::detect_and_import(data));
