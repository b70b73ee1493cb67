//! Runs the input as a dry run (`coexist plan`) against the seeded Group Chat 2010 deployment.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| coexist::fuzz::run_dry(data));
