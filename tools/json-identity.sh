#!/usr/bin/env bash
# Proves that a change is behaviour-preserving: `parse --json` over the fixtures and the shared corpus, byte for byte.
#   tools/json-identity.sh capture FILE   writes the JSON Lines of the current build to FILE
#   tools/json-identity.sh compare FILE   fails (exit 1) and shows the first differing report when they differ
# The corpus comes from $EXTRACTOR_SHARED or ../shared and is skipped (with a note) when absent. The captured file
# holds corpus content: keep it outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?capture|compare}; file=${2:?output file}
shared=${EXTRACTOR_SHARED:-../shared}
inputs=(fixtures/docx fixtures/html fixtures/pdf fixtures/text)
if [ -d "$shared/corpus" ]; then
  while IFS= read -r f; do inputs+=("$f"); done < <(find "$shared/corpus" -maxdepth 1 -type f ! -name MANIFEST.tsv | sort)
else
  echo "json-identity: no corpus at $shared/corpus; fixtures only" >&2
fi
dotnet build src/Extractor.Worker -c Release -v q -nologo >/dev/null
exe=artifacts/bin/Extractor.Worker/release/extractor
# One call per input, so cross-report checks see the same set whatever the order of the others.
out=$(mktemp)
for input in "${inputs[@]}"; do "$exe" parse --json "$input" 2>/dev/null >>"$out" || true; done
# And the datasets of the whole set at once (cross-report checks included), as file hashes.
ds=$(mktemp -d)
"$exe" parse --out "$ds/out" "${inputs[@]}" >/dev/null 2>&1 || true
(cd "$ds/out" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum) >>"$out"
rm -rf "$ds"
case $mode in
  capture) mv "$out" "$file"; echo "json-identity: $(wc -l <"$file") reports captured in $file" ;;
  compare)
    if cmp -s "$out" "$file"; then echo "json-identity: $(wc -l <"$file") reports byte-identical"; rm -f "$out"
    else echo "json-identity: DIFFERENT (new: $out)" >&2; diff <(tr ',' '\n' <"$file") <(tr ',' '\n' <"$out") | head -40 >&2; exit 1; fi ;;
  *) echo "usage: $0 capture|compare FILE" >&2; exit 2 ;;
esac
