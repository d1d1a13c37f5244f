# The programs researchers read the datasets with, for tests/Extractor.Output.Tests/Consumers: pandas, R (read.csv and
# readr), LibreOffice Calc (converts datasets.xlsx), and the Frictionless reference library (npm `datapackage`), which
# goes into a folder outside the repository so that no node_modules is ever committed. With CI=true a missing tool
# fails its test instead of skipping.
ci_apt_install python3-pandas r-base-core r-cran-readr libreoffice-calc-nogui
command -v npm >/dev/null 2>&1 || ci_apt_install nodejs npm

datasets_js="${XDG_CACHE_HOME:-$HOME/.cache}/extractor-ci/datapackage-js"
if [ ! -f "$datasets_js/node_modules/datapackage/package.json" ] \
  || ! grep -q '"version": "1.1.10"' "$datasets_js/node_modules/datapackage/package.json"; then
  mkdir -p "$datasets_js"
  npm install --prefix "$datasets_js" --no-audit --no-fund --no-save --loglevel=error datapackage@1.1.10
fi
export EXTRACTOR_NODE_MODULES="$datasets_js/node_modules"

# Debian's python3 has pandas; a pyenv python3 first on PATH may not.
export EXTRACTOR_PYTHON=/usr/bin/python3
