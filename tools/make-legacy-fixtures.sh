#!/usr/bin/env bash
# Renders fixtures/legacy/legacy-2015.pdf from its hand-written HTML source with LibreOffice (headless), as
# tools/make-pdf-fixtures.sh does for the current-format fixtures. The other legacy fixtures are hand-written text.
# Needs: soffice and the Noto Serif CJK SC font.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/legacy"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for html in legacy-2015.html; do
    soffice --headless -env:UserInstallation=file://"$work"/profile --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$html" >/dev/null
    cp "$work/${html%.html}.pdf" "${html%.html}.pdf"
done
