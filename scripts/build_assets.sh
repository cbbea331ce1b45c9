#!/usr/bin/env bash
# Fetch the web UI's front-end libraries from the npm registry (web/package.json, pinned by
# web/package-lock.json) and copy the files the pages load into
# vakanuvis/serve/static/vendor/ (git-ignored, generated). Nothing is hand-copied into the repo;
# pages still render their server-side content when vendor/ is missing.
# Usage: bash scripts/build_assets.sh   (needs node + npm; idempotent)
set -euo pipefail
cd "$(dirname "$0")/.."
WEB=web
OUT=vakanuvis/serve/static/vendor
NM="$WEB/node_modules"

# Without node/npm (or the registry) the UI still works, minus its drawn views: warn, and
# fail only when STRICT=1 (the browser tests that need the libraries skip with the reason).
give_up() {
    echo "build_assets: $1; the web UI will run without its timeline/network/map drawings" >&2
    [ "${STRICT:-0}" = "1" ] && exit 1
    exit 0
}
if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null || true
fi
command -v npm >/dev/null 2>&1 || give_up "npm not found (apt-get install -y nodejs npm)"
if [ -f "$WEB/package-lock.json" ]; then
    (cd "$WEB" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) || give_up "npm ci failed"
else
    (cd "$WEB" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error) || give_up "npm install failed"
fi

rm -rf "$OUT"
mkdir -p "$OUT/leaflet/images" "$OUT/world-atlas"
# vis-timeline's standalone bundle includes vis-data (vis.DataSet) and injects its own CSS.
cp "$NM/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$OUT/vis-timeline.min.js"
cp "$NM/vis-data/standalone/umd/vis-data.min.js"                 "$OUT/vis-data.min.js"
cp "$NM/cytoscape/dist/cytoscape.min.js"                          "$OUT/cytoscape.min.js"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css"   "$OUT/leaflet/"
cp "$NM/leaflet/dist/images/"*.png                                "$OUT/leaflet/images/"
cp "$NM/topojson-client/dist/topojson-client.min.js"              "$OUT/topojson-client.min.js"
cp "$NM/world-atlas/countries-50m.json"                           "$OUT/world-atlas/countries-50m.json"
for pkg in vis-timeline vis-data cytoscape leaflet topojson-client world-atlas; do
    printf '%s %s\n' "$pkg" "$(node -p "require('./$NM/$pkg/package.json').version")"
done > "$OUT/VERSIONS.txt"
echo "build_assets: vendor files in $OUT"
cat "$OUT/VERSIONS.txt"
