#!/usr/bin/env bash
# Dumps the PDF fixtures with poppler's pdftotext, as researchers make text from PDFs themselves: with -layout (columns
# aligned by runs of spaces) and without (one cell per line in reading order). The truth of every dump is its source
# fixture's HTML (fixtures/pdf/<stem>.html), read by tests/Shared/HtmlSourceFigures.cs.
# Needs poppler-utils (apt-get install poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fixtures/text/pdftotext
mkdir -p "$out"
for stem in county-2021 bureau-2019; do
  pdftotext -enc UTF-8 -layout "fixtures/pdf/$stem.pdf" "$out/$stem.layout.txt"
  pdftotext -enc UTF-8 "fixtures/pdf/$stem.pdf" "$out/$stem.plain.txt"
done
