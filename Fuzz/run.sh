#!/usr/bin/env bash
# Builds the libFuzzer targets (AddressSanitizer + libFuzzer) and runs each on seed corpora made
# from the repository's own test inputs, with a fixed seed.
#
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     # CI: Fuzz/run.sh 8; longer: Fuzz/run.sh 1800
#
# A crash leaves its input in Fuzz/artifacts/<target>/ and fails the run; copy it into
# Fuzz/Regressions/<target>/ (it becomes a seed) and add a test that reproduces it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-20}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzClaimJSON FuzzCSV FuzzUBL FuzzProfile FuzzRates FuzzTemplates FuzzXLSX); fi

swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
bin=$(swift build -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --show-bin-path)

root=..
seeds() {
  case "$1" in
    FuzzClaimJSON) ls "$root"/Examples/*.json "$root"/Tests/*/Fixtures/*.json ;;
    FuzzCSV) ls "$root"/Tests/InvoiceReadersTests/Fixtures/*.csv "$root"/Examples/*.csv 2>/dev/null || true ;;
    FuzzUBL) find "$root"/Tests/InvoiceReadersTests/Fixtures/ubl -name '*.xml' -size -64k ;;
    FuzzProfile) find "$root"/Examples "$root"/Tests -name '*.yaml' ;;
    FuzzRates) ls "$root"/Data/rates/*.csv ;;
    FuzzTemplates) ls "$root"/Templates/*.mustache ;;
    FuzzXLSX) ls "$root"/Tests/XLSXTests/Fixtures/*.xlsx ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
status=0
for target in "${targets[@]}"; do
  corpus=$(mktemp -d)
  { seeds "$target" 2>/dev/null || true; } | while IFS= read -r file; do cp "$file" "$corpus/" 2>/dev/null || true; done
  if [ -d "Regressions/$target" ]; then cp "Regressions/$target"/* "$corpus/" 2>/dev/null || true; fi
  mkdir -p "artifacts/$target"
  echo "== $target: $(ls "$corpus" | wc -l) seeds, ${seconds} s"
  if ! "$bin/$target" "$corpus" -seed=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       -detect_leaks=0 -print_final_stats=1 -artifact_prefix="artifacts/$target/" 2>"artifacts/$target.log"; then
    echo "$target FAILED: see Fuzz/artifacts/$target/ and Fuzz/artifacts/$target.log" >&2
    tail -40 "artifacts/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "artifacts/$target.log" | tail -2 || true
  fi
  rm -rf "$corpus"
done
exit $status
