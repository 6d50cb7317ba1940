// Copies the front-end files marsad serve needs from node_modules into wwwroot/vendor (run by scripts/setup
// after `npm ci`). Only what the page loads: Leaflet, MarkerCluster, topojson-client, the Natural Earth 1:50m
// country borders of world-atlas, and the Arabic and Latin subsets of Noto Naskh Arabic.
import { cpSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "wwwroot", "vendor");
const files = [
  ["leaflet/dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet/dist/images", "leaflet/images"],
  ["leaflet/LICENSE", "leaflet/LICENSE"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "markercluster/MarkerCluster.css"],
  ["leaflet.markercluster/dist/MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"],
  ["leaflet.markercluster/MIT-LICENCE.txt", "markercluster/MIT-LICENCE.txt"],
  ["topojson-client/dist/topojson-client.min.js", "topojson/topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson/LICENSE"],
  ["world-atlas/countries-50m.json", "world-atlas/countries-50m.json"],
  ["world-atlas/LICENSE", "world-atlas/LICENSE"],
];
for (const w of [400, 700])
  for (const subset of ["arabic", "latin"])
    files.push([`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-${w}-normal.woff2`,
      `fonts/noto-naskh-arabic-${subset}-${w}-normal.woff2`]);
files.push(["@fontsource/noto-naskh-arabic/LICENSE", "fonts/LICENSE"]);

for (const [from, to] of files) {
  const src = join(nm, from);
  if (!existsSync(src)) {
    if (from.endsWith("LICENSE") || from.endsWith("LICENCE.txt")) continue;
    console.error(`copy-vendor: missing ${src}; run npm ci in ${here}`);
    process.exit(1);
  }
  mkdirSync(dirname(join(out, to)), { recursive: true });
  cpSync(src, join(out, to), { recursive: true });
}
