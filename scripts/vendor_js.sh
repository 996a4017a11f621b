#!/usr/bin/env bash
# Fetch the JavaScript the HTML report inlines, from the npm registry, into
# src/greatgame/report/assets/ with its licence. Run from the repository root:
#
#     scripts/vendor_js.sh            # the pinned version below
#     CYTOSCAPE_VERSION=3.35.0 scripts/vendor_js.sh
#
# Only cytoscape.js is vendored. plotly.js is not committed: the report inlines the copy
# that ships inside the installed plotly Python package (plotly.offline.get_plotlyjs()).
set -euo pipefail

CYTOSCAPE_VERSION="${CYTOSCAPE_VERSION:-3.35.0}"
ASSETS="src/greatgame/report/assets"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

( cd "$TMP" && npm pack --silent "cytoscape@${CYTOSCAPE_VERSION}" >/dev/null )
tar -xzf "$TMP/cytoscape-${CYTOSCAPE_VERSION}.tgz" -C "$TMP"

mkdir -p "$ASSETS"
cp "$TMP/package/dist/cytoscape.min.js" "$ASSETS/cytoscape.min.js"
cp "$TMP/package/LICENSE" "$ASSETS/cytoscape.LICENSE"
echo "$CYTOSCAPE_VERSION" > "$ASSETS/cytoscape.VERSION"
sha256sum "$ASSETS/cytoscape.min.js"
