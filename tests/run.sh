#!/usr/bin/env bash
# Runs every test: the unit suite once per culture the product must work in (invariant, de-DE, tr-TR, ar-SA, ja-JP),
# then the notebook and script tests once (they run every notebook in the real .NET Interactive host and every script
# twin with `dotnet run`: real processes, which the test culture does not reach).
# Usage: bash tests/run.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

cultures=(invariant de-DE tr-TR ar-SA ja-JP)
unit=tests/NetworkAdvisor.Tests/NetworkAdvisor.Tests.csproj
notebooks=tests/NetworkAdvisor.Notebooks.Tests/NetworkAdvisor.Notebooks.Tests.csproj
passed=0
failed=0
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs one `dotnet test` and adds its counts to the totals; a run that executes no test fails.
run_tests() {
  local label=$1
  shift
  echo "== $label"
  if "$@" 2>&1 | tee "$log"; then :; else status=1; fi
  local p f
  p=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  if [ $((p + f)) -eq 0 ]; then
    echo "no test ran: $label"
    status=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

dotnet build NetworkAdvisor.sln -c Release --nologo -v quiet
for culture in "${cultures[@]}"; do
  NETWORKADVISOR_TEST_CULTURE="$culture" run_tests "tests under culture: $culture" \
    dotnet test "$unit" -c Release --no-build --nologo
done
run_tests "notebooks in the real host and script twins (once)" \
  dotnet test "$notebooks" -c Release --no-build --nologo

if [ "$passed" -eq 0 ]; then
  echo "no test ran"
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
