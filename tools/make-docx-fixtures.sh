#!/usr/bin/env bash
# Renders the DOCX fixtures under fixtures/docx from their HTML sources, then derives the broken ones:
#   <stem>.docx          LibreOffice (headless) conversion of <stem>.html to Word 2007+ (merged cells become
#                        w:gridSpan / w:vMerge, <h2>/<h3> become Heading 2/3 paragraphs)
#   truncated.docx       the first 60% of ecology-2021.docx (no zip central directory)
#   not-word.docx        a zip that holds a spreadsheet's parts, no word/document.xml
#   legacy.doc           the OLE2 compound-file signature and zero padding, as a .doc/.wps starts
#   encrypted.docx       an OLE2 file naming an "EncryptedPackage" stream, as a password-protected .docx does
#                        (only the signature and the directory name are real: enough for detection)
# Needs: soffice, python3. Golden *.expected.txt files are checked by eye against the HTML.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/docx"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for html in ecology-2021.html forestry-2019.html; do
    soffice --headless -env:UserInstallation=file://"$work"/profile --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$html" >/dev/null
    cp "$work/${html%.html}.docx" "${html%.html}.docx"
done

size=$(stat -c %s ecology-2021.docx)
head -c $((size * 60 / 100)) ecology-2021.docx > truncated.docx

python3 - <<'PY'
import zipfile
with zipfile.ZipFile("not-word.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')

magic = bytes.fromhex("D0CF11E0A1B11AE1")
open("legacy.doc", "wb").write(magic + bytes(512 - len(magic)))

# A directory entry: the name in UTF-16LE, padded to 64 bytes, then its length in bytes (with the terminating NUL).
name = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
entry = name + bytes(64 - len(name)) + len(name).to_bytes(2, "little") + bytes(128 - 66)
open("encrypted.docx", "wb").write(magic + bytes(512 - len(magic)) + entry + bytes(384))
PY
ls -l ./*.docx ./*.doc
