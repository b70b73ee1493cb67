#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seed inputs taken from the repository, so the corpora are
# generated at fuzz time and never committed: every script under scripts/ and tests/ for the
# `parse` and `run_dry` targets, and the state files those scripts save for `state_load`.
# Usage: fuzz/seed-corpus.sh [path/to/coexist]   (default: builds and uses target/debug/coexist)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [ -z "$bin" ]; then
    cargo build --quiet --bin coexist
    bin="target/debug/coexist"
fi
bin="$(realpath "$bin")"
corpus="fuzz/corpus"
mkdir -p "$corpus/parse" "$corpus/run_dry" "$corpus/state_load"
scripts=$(find scripts tests -name '*.ps1' | sort)
for script in $scripts; do
    name="$(echo "$script" | tr '/' '_')"
    cp "$script" "$corpus/parse/$name"
    cp "$script" "$corpus/run_dry/$name"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '{"format":"coexist-state","version":1,"model":{}}\n' > "$corpus/state_load/empty.json"
for script in $scripts; do
    name="$(echo "$script" | tr '/' '_').json"
    # Scripts that report an error save nothing; the others leave their model behind.
    (cd "$work" && "$bin" run "$OLDPWD/$script" --state state.json --timeout 10 \
        >/dev/null 2>&1) || true
    if [ -f "$work/state.json" ]; then
        mv "$work/state.json" "$corpus/state_load/$name"
    fi
done
for target in parse run_dry state_load; do
    echo "seeded $corpus/$target: $(ls "$corpus/$target" | wc -l) inputs"
done
