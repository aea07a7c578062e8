#!/usr/bin/env bash
# Builds in release mode and runs the dunning benchmark (plan and run); the results go into
# the "Dunning" section of Benchmarks/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product overdue
swift build -c release --product overdue-dunning-bench
.build/release/overdue-dunning-bench "$@"
