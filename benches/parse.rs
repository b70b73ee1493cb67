//! Parse throughput on the generated migration workload (`performance.md`: ≥ 50 MB/s).
//!
//! `cargo bench --bench parse`. Sizes 10k and 100k users show that cost grows linearly.

use coexist::span::SourceId;
use divan::counter::BytesCount;
use divan::Bencher;

#[allow(dead_code)]
#[path = "../examples/gen_workload.rs"]
mod gen_workload;

fn main() {
    divan::main();
}

fn workload(users: usize) -> String {
    let mut buf = Vec::new();
    gen_workload::write_workload(users, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("the generator writes UTF-8")
}

/// The whole-file parse: pre-scan, pest on two threads, lowering to the AST.
#[divan::bench(args = [10_000, 100_000], sample_count = 10, sample_size = 1)]
fn parse_workload(bencher: Bencher, users: usize) {
    let text = workload(users);
    bencher
        .counter(BytesCount::new(text.len()))
        // The tree is returned so that divan drops it outside the timed section.
        .bench(|| coexist::syntax::parse(divan::black_box(&text), SourceId(0)));
}

/// The REPL's token stream over the same text.
#[divan::bench(args = [10_000], sample_count = 10, sample_size = 1)]
fn tokens_workload(bencher: Bencher, users: usize) {
    let text = workload(users);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| coexist::syntax::tokens(divan::black_box(&text), SourceId(0)).len());
}
