# OCR of scanned PDFs (src/Extractor.Pdf/Ocr): Tesseract with its simplified-Chinese model (English for digits), ImageMagick to decode and
# deskew page images, poppler's pdftoppm for pages that are not one image; img2pdf to build scanned fixtures.
ci_apt_install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng fonts-dejavu-core poppler-utils imagemagick img2pdf
# The OCR tests fail instead of skipping when this is set.
export EXTRACTOR_REQUIRE_OCR=1
