#!/usr/bin/env bash
# Regenerates every file in data-samples/ byte for byte from the project's own generator.
# Usage: bash data-samples/regenerate.sh   (from anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli=(dotnet run --project "$here/../src/NetworkAdvisor.Cli" -c Release --)
asof=2026-11-01
stamp=11-01-2026

rm -rf "$here/small" "$here/typical" "$here/typical-earlier" "$here/eras"
"${cli[@]}" sample -o "$here/small/Basic_LinkedInDataExport_$stamp.zip" --connections 300 --seed 7 --as-of $asof
"${cli[@]}" sample -o "$here/small/unzipped" --connections 300 --seed 7 --as-of $asof
"${cli[@]}" sample -o "$here/typical/Complete_LinkedInDataExport_$stamp.zip" --connections 2500 --seed 42 --as-of $asof
"${cli[@]}" sample -o "$here/typical/unzipped" --connections 2500 --seed 42 --as-of $asof
# The same account half a year earlier, for comparing two exports (diff).
"${cli[@]}" sample -o "$here/typical-earlier/Complete_LinkedInDataExport_05-01-2026.zip" --connections 2500 --seed 42 --as-of $asof --earlier 2026-05-01
for era in Current Preamble2021 Plain2020 Legacy2017 Legacy2016 ExcelUs ExcelEuropean ExcelGermanMonths MixedEncoding UserEdited; do
  "${cli[@]}" sample -o "$here/eras/$era/Connections.csv" --connections 120 --seed 5 --as-of $asof --era $era
done
