#!/usr/bin/env bash
# Refresh the front-end libraries and data Attaché serves itself (never from a CDN): install the exact versions pinned in
# eng/frontend/package.json (and its lock file), copy their built files into src/Attache/wwwroot/lib/<name>/, and extract
# the CLDR names of countries and languages for the app's languages into src/Attache/Resources/Cldr/.
# Needs Node 20 and npm; the results are committed, so building and running Attaché needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix eng/frontend --no-audit --no-fund --loglevel=error
nm=eng/frontend/node_modules
lib=src/Attache/wwwroot/lib
rm -rf "$lib" && mkdir -p "$lib"/{tom-select,flatpickr/l10n,leaflet/images,world-atlas,topojson-client}
cp $nm/tom-select/dist/js/tom-select.complete.min.js $nm/tom-select/dist/css/tom-select.default.min.css $lib/tom-select/
cp $nm/flatpickr/dist/flatpickr.min.js $nm/flatpickr/dist/flatpickr.min.css $lib/flatpickr/
cp $nm/flatpickr/dist/l10n/vn.js $lib/flatpickr/l10n/
cp $nm/leaflet/dist/leaflet.js $nm/leaflet/dist/leaflet.css $lib/leaflet/
cp $nm/leaflet/dist/images/*.png $lib/leaflet/images/
cp $nm/world-atlas/countries-50m.json $nm/world-atlas/land-50m.json $lib/world-atlas/
cp $nm/topojson-client/dist/topojson-client.min.js $lib/topojson-client/
for p in tom-select flatpickr leaflet world-atlas topojson-client; do
  cp $nm/$p/LICENSE* $lib/$p/ 2>/dev/null || true
  node -e "const p=require('./$nm/$p/package.json');console.log(p.name+' '+p.version+' ('+p.license+')')" >> $lib/VERSIONS.txt
done
mkdir -p src/Attache/Resources/Cldr
node - "$PWD/$nm/cldr-localenames-full" src/Attache/Resources/Cldr <<'JS'
// Country (ISO 3166-1 alpha-2) and language (ISO 639-1) names in each language of the staff UI and the portal.
const fs = require('fs'), [src, out] = process.argv.slice(2);
const langs = { vi: 'vi', en: 'en', zh: 'zh', ko: 'ko', lo: 'lo', fr: 'fr', de: 'de', ja: 'ja' };
const countries = {}, languages = {};
for (const [ours, cldr] of Object.entries(langs)) {
  const t = require(`${src}/main/${cldr}/territories.json`).main[cldr].localeDisplayNames.territories;
  const l = require(`${src}/main/${cldr}/languages.json`).main[cldr].localeDisplayNames.languages;
  countries[ours] = Object.fromEntries(Object.entries(t).filter(([k]) => /^[A-Z]{2}$/.test(k) && k !== 'ZZ').sort());
  languages[ours] = Object.fromEntries(Object.entries(l).filter(([k]) => /^[a-z]{2}$/.test(k)).sort());
}
fs.writeFileSync(`${out}/countries.json`, JSON.stringify(countries));
fs.writeFileSync(`${out}/languages.json`, JSON.stringify(languages));
const v = require(`${src}/package.json`).version;
fs.writeFileSync(`${out}/README.md`, `Names from Unicode CLDR ${v} (cldr-localenames-full, Unicode License v3), extracted by eng/refresh-lib.sh.\n`);
JS
echo "refreshed: $(cat $lib/VERSIONS.txt | tr '\n' ';')"
