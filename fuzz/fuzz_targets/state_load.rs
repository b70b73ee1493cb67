//! Loads the input as a state file, saves it back, and dry-runs the migration over it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| coexist::fuzz::state_load(data));
