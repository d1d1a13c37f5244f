#!/usr/bin/env bash
# Renders the PDF fixtures under fixtures/pdf from their HTML sources, then derives the broken ones:
#   <stem>.pdf          LibreOffice (headless) rendering of <stem>.html, fonts: Noto Serif CJK SC
#   scan-image-only.pdf page 1 of bureau-2019.pdf as a picture only (no text layer)
#   unmapped-font.pdf   county-2021.pdf with its /ToUnicode maps disabled (glyphs without Unicode)
#   truncated.pdf       the first 40% of county-2021.pdf
#   encrypted.pdf       landscape-section4.pdf locked with AES-256 and a user password (cannot be opened without it)
#   county-2021-icon-page.pdf  county-2021.pdf with a last page that is blank but for a small icon (not a scan)
# Needs: soffice, pdftoppm (poppler-utils), qpdf. Golden *.expected.txt files are written by hand.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for html in county-2021.html bureau-2019.html landscape-section4.html; do
    soffice --headless -env:UserInstallation=file://"$work"/profile --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$html" >/dev/null
    cp "$work/${html%.html}.pdf" "${html%.html}.pdf"
done

# LibreOffice here cannot load images, so the one-image PDF is written directly.
pdftoppm -r 100 -f 1 -l 1 -gray bureau-2019.pdf "$work/scan"
python3 - "$work"/scan-1.pgm scan-image-only.pdf <<'PY'
import sys, zlib
data = open(sys.argv[1], "rb").read()
fields = data.split(maxsplit=4)  # P5 width height maxval pixels
width, height, pixels = int(fields[1]), int(fields[2]), fields[4]
image = zlib.compress(pixels, 9)
content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(image)) + image + b"\nendstream",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[2], "wb").write(out)
PY

# Same length replacement keeps the cross-reference offsets valid.
LC_ALL=C sed 's#/ToUnicode#/ToUnicodX#g' county-2021.pdf > unmapped-font.pdf

size=$(stat -c %s county-2021.pdf)
head -c $((size * 40 / 100)) county-2021.pdf > truncated.pdf

# AES keys are random, so the bytes differ on each run; the reader must refuse it either way.
qpdf --encrypt user-secret owner-secret 256 -- landscape-section4.pdf encrypted.pdf
# A page with no text and only a 40 pt icon (a logo, a QR code): blank, not a scanned page.
python3 - "$work"/icon.pdf <<'PY'
import sys, zlib
pixels = bytes((x * 9 + y * 5) % 256 for y in range(24) for x in range(24))
image = zlib.compress(pixels, 9)
content = b"q 40 0 0 40 500 760 cm /Im0 Do Q"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /XObject /Subtype /Image /Width 24 /Height 24 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(image) + image + b"\nendstream",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
qpdf --empty --deterministic-id --pages county-2021.pdf "$work"/icon.pdf -- county-2021-icon-page.pdf

ls -l ./*.pdf
