# The watchdog site's browser tests (tests/Extractor.Site.Tests): Microsoft.Playwright drives Debian's Chromium, since
# Playwright cannot download its own browser here; the CJK fonts make the Chinese pages and screenshots legible.
# Sourced by .ci/run (which defines ci_apt_install); idempotent.
ci_apt_install chromium fonts-noto-cjk
if [ -x /usr/bin/chromium ]; then
  export EXTRACTOR_CHROMIUM=/usr/bin/chromium
fi
# Screenshots of the browser tests, kept as CI artifacts.
export EXTRACTOR_SITE_SCREENSHOTS="${EXTRACTOR_SITE_SCREENSHOTS:-$PWD/artifacts/test-results/site}"
