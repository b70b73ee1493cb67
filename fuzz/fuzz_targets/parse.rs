//! Parses the input as `coexist check` does and feeds it to the REPL's line editor helpers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| coexist::fuzz::parse(data));
