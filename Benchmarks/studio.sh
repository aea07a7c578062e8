#!/usr/bin/env bash
# Overdue Studio's live preview: how long the server takes to answer the editor, as the browser
# asks (the text on every key, the PDF once the typing pauses). Builds in release mode (or takes
# the binary given), starts `overdue studio` on the shipped example in a temporary folder and
# times N requests of each kind with curl. Prints the rows for Benchmarks/results.md (Studio).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=${1:-30}
binary=${2:+$(realpath "$2")}
if [[ -z "$binary" ]]; then
  swift build -c release --product overdue
  binary=$root/.build/release/overdue
fi
work=$(mktemp -d)
cp Examples/invoices.csv Examples/overdue.yaml "$work/"
cd "$work"
"$binary" studio invoices.csv --profile overdue.yaml --as-of 2026-11-30 --port 18700 > studio.out 2> studio.err &
studio=$!
trap 'kill -INT $studio 2>/dev/null; wait $studio 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 300); do grep -q http studio.out 2>/dev/null && break; sleep 0.1; done
address=$(awk '{print $3}' studio.out)
[[ -n "$address" ]] || { echo "the studio did not start: $(cat studio.err)" >&2; exit 1; }
token=$(curl -s "${address}plan" | sed -n 's/.*name="studio-token" content="\([0-9a-f]*\)".*/\1/p')
template=$root/Templates/reminder.fr.mustache

# Milliseconds per request, median and maximum of $count.
measure() {
  local path=$1
  for _ in $(seq "$count"); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST "${address}${path}" -H "X-Studio-Token: $token" \
      --data-urlencode "text@$template" -d name=reminder.fr -d sample=C-0051
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f ms median, %.0f ms max", t[int((NR + 1) / 2)], t[NR] }'
}
echo "| text preview (\`POST /templates/preview\`, $count requests) | $(measure templates/preview) | at once (≤ 100 ms) |"
echo "| PDF preview (\`POST /templates/preview.pdf\`, $count requests) | $(measure templates/preview.pdf) | ≤ 1 s after the last key |"
