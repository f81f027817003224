#!/usr/bin/env bash
# Regenerate static/vendor/ from the npm registry packages the map needs (run by `make vendor`).
#
# The dashboard must work offline, so Leaflet and Leaflet.markercluster are served by Streamlit
# from ./static (see .streamlit/config.toml) instead of the CDNs folium points at. Only the files
# the map uses are kept; SHA256SUMS records what was vendored so a review can see any change.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packages=("leaflet@1.9.4" "leaflet.markercluster@1.5.3")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for pkg in "${packages[@]}"; do
  npm pack --silent "$pkg" >/dev/null
done
mkdir leaflet markercluster
tar -xzf leaflet-1.9.4.tgz -C leaflet --strip-components=1
tar -xzf leaflet.markercluster-1.5.3.tgz -C markercluster --strip-components=1

rm -rf "$here/leaflet" "$here/leaflet.markercluster"
mkdir -p "$here/leaflet/images" "$here/leaflet.markercluster"
install -m 0644 leaflet/dist/leaflet.js leaflet/dist/leaflet.css "$here/leaflet/"
install -m 0644 leaflet/dist/images/*.png "$here/leaflet/images/"
install -m 0644 leaflet/LICENSE "$here/leaflet/LICENSE"
install -m 0644 markercluster/dist/leaflet.markercluster.js markercluster/dist/MarkerCluster.css \
  markercluster/dist/MarkerCluster.Default.css "$here/leaflet.markercluster/"
install -m 0644 markercluster/MIT-LICENCE.txt "$here/leaflet.markercluster/LICENSE"

cd "$here"
printf '%s\n' "${packages[@]}" > PACKAGES
find leaflet leaflet.markercluster -type f | LC_ALL=C sort | xargs sha256sum > SHA256SUMS
echo "vendored: ${packages[*]} into $here"
