#!/usr/bin/env sh
# Parse every .ps1 under a folder with `coexist check` and count the results.
#
# Usage: scripts/dev/parse-corpus.sh FOLDER [COEXIST_BINARY]
#
# The binary defaults to target/release/coexist (build it with `cargo build --release`).
# Each file ends in one of three classes:
#   parsed       `check` exits 0;
#   unsupported  every diagnostic is `coexist::eval::unsupported` (a feature the spec puts out
#                of scope, such as classes or dot-sourcing a script file, refused by name);
#   failed       any other diagnostic (a syntax error): listed as `FAIL file: first message`.
# The last line is `parsed P/T (unsupported U, failed F)`.
set -u
dir="${1:?usage: parse-corpus.sh FOLDER [COEXIST_BINARY]}"
bin="${2:-target/release/coexist}"
total=0
parsed=0
unsupported=0
failed=0
list=$(mktemp)
find "$dir" -type f -iname '*.ps1' | sort > "$list"
while IFS= read -r file; do
    total=$((total + 1))
    if out=$(NO_COLOR=1 "$bin" check --error-format json "$file" 2>&1); then
        parsed=$((parsed + 1))
    elif ! printf '%s\n' "$out" | grep -v '"code":"coexist::eval::unsupported"' | grep -q .; then
        unsupported=$((unsupported + 1))
    else
        failed=$((failed + 1))
        first=$(printf '%s\n' "$out" | grep -v '"code":"coexist::eval::unsupported"' | head -n 1)
        echo "FAIL $file: $first"
    fi
done < "$list"
rm -f "$list"
echo "parsed $parsed/$total (unsupported $unsupported, failed $failed)"
