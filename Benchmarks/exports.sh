#!/usr/bin/env bash
# Export reading speed (issue 16): builds in release mode and writes the "Exports" section of
# Benchmarks/results.md. Argument: the number of invoice rows (default 100,000).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product overdue-bench-exports
.build/release/overdue-bench-exports "$@"
