#!/usr/bin/env bash
# Builds in release mode and runs the benchmark; the results go to Benchmarks/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product overdue
swift build -c release --product overdue-bench
.build/release/overdue-bench "$@"
