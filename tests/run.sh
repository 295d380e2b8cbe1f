#!/usr/bin/env bash
# Runs every test, once per culture the product must work in (invariant, de-DE, tr-TR, ar-SA, ja-JP).
# Usage: bash tests/run.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

cultures=(invariant de-DE tr-TR ar-SA ja-JP)
passed=0
failed=0
status=0
log=$(mktemp)

dotnet build NetworkAdvisor.sln -c Release --nologo -v quiet
for culture in "${cultures[@]}"; do
  echo "== tests under culture: $culture"
  if NETWORKADVISOR_TEST_CULTURE="$culture" dotnet test NetworkAdvisor.sln -c Release --no-build --nologo 2>&1 | tee "$log"; then :; else status=1; fi
  p=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -f "$log"

if [ "$passed" -eq 0 ]; then
  echo "no test ran"
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
